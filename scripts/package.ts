/**
 * Store packages from the build: readcite-chrome-<version>.zip, readcite-firefox-<version>.zip and
 * readcite-source-<version>.zip (Firefox's review asks for the source of bundled code). Reproducible: the
 * same tree gives the same bytes (sorted entries, one fixed timestamp, fixed permissions, fixed compression).
 * The version comes from package.json alone. Run after `npm run build`: npm run package
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { filesUnder, reproducibleZip } from './zip.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'artifacts');

const zip = (root: string, files: string[], out: string) => fs.writeFileSync(out, reproducibleZip(root, files));

const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
fs.mkdirSync(OUT, { recursive: true });
const made: string[] = [];
for (const browser of ['chrome', 'firefox']) {
  const dir = path.join(ROOT, 'dist', browser);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`dist/${browser} is missing: run npm run build first`);
  const out = path.join(OUT, `readcite-${browser}-${version}.zip`);
  zip(dir, filesUnder(dir), out);
  made.push(out);
}
// The source as committed: what a reviewer needs to rebuild the bundles with `npm ci && npm run build`.
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f && fs.existsSync(path.join(ROOT, f)));
const source = path.join(OUT, `readcite-source-${version}.zip`);
zip(ROOT, tracked, source);
made.push(source);

console.log('package                                   bytes  sha256');
for (const file of made) {
  const bytes = fs.readFileSync(file);
  console.log(`${path.relative(ROOT, file).padEnd(38)} ${String(bytes.length).padStart(8)}  ${crypto.createHash('sha256').update(bytes).digest('hex')}`);
}
