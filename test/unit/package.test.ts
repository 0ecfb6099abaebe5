import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder, reproducibleZip } from '../../scripts/zip.js';
import { manifestFor } from '../../scripts/build.js';
import { FRAME_ORIGINS } from '../../src/core/embed-frames.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

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
      // The reader page is the one resource pages may load (in the view's frame); nothing else is exposed.
      assert.deepEqual(m['web_accessible_resources'], [{ resources: ['reader.html'], matches: ['<all_urls>'] }]);
    }
  });

  it('extension pages have a strict CSP: own scripts, styles and fonts only, frames only from the players the reader may load, no eval, no inline code, no plugins, no base or forms', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const csp = (manifestFor(browser)['content_security_policy'] as { extension_pages: string }).extension_pages;
      const directives: Record<string, string[]> = {};
      for (const [name = '', ...values] of csp.split(';').map((d) => d.trim().split(/\s+/))) directives[name] = values;
      assert.deepEqual(directives, {
        'default-src': ["'none'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ['http:', 'https:'],
        'font-src': ["'self'"],
        // Exactly the origins of the players a card can load (core/embed-frames.ts).
        'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
      });
      assert.doesNotMatch(csp, /unsafe|\*|data:|blob:/);
      assert.deepEqual(directives['frame-src'], FRAME_ORIGINS);
    }
  });

  it('extension pages load code and styles from files only: nothing inline for the CSP to block', () => {
    for (const page of ['src/reader/reader.html', 'src/options/options.html']) {
      const html = fs.readFileSync(path.join(ROOT, page), 'utf8');
      assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i, page);
    }
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(browser);
      assert.deepEqual(m['options_ui'], { page: 'options.html', open_in_tab: true });
      assert.equal(m['default_locale'], 'en');
      assert.equal(m['name'], '__MSG_extName__');
    }
  });
});
