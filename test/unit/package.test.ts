import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder, reproducibleZip } from '../../scripts/zip.js';
import { manifestFor } from '../../scripts/build.js';

describe('store packages', () => {
  it('zip the same tree to the same bytes, whatever the files’ times', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readcite-zip-'));
    fs.mkdirSync(path.join(dir, 'icons'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{}');
    fs.writeFileSync(path.join(dir, 'icons', 'a.png'), 'png');
    const first = reproducibleZip(dir, filesUnder(dir));
    fs.utimesSync(path.join(dir, 'manifest.json'), new Date(2030, 1, 1), new Date(2030, 1, 1));
    const second = reproducibleZip(dir, filesUnder(dir).reverse());
    assert.deepEqual(Buffer.from(second), Buffer.from(first));
    assert.deepEqual(filesUnder(dir), ['icons/a.png', 'manifest.json']);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('per-browser manifests from one source', () => {
  const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
  it('Chrome: a service worker, no gecko settings, the version from package.json', () => {
    const m = manifestFor('chrome');
    assert.deepEqual(m.background, { service_worker: 'background.js' });
    assert.equal(m['browser_specific_settings'], undefined);
    assert.equal(m['version'], version);
  });
  it('Firefox: background scripts and gecko settings with data collection permissions', () => {
    const m = manifestFor('firefox');
    assert.deepEqual(m.background, { scripts: ['background.js'] });
    assert.deepEqual((m['browser_specific_settings'] as { gecko: unknown }).gecko, { id: 'readcite@readcite.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
  });
  it('both ask for the fewest permissions and no host permissions', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(browser);
      assert.deepEqual(m['permissions'], ['activeTab', 'scripting', 'storage', 'contextMenus']);
      assert.equal(m['host_permissions'], undefined);
      assert.equal(m['content_scripts'], undefined);
    }
  });
});
