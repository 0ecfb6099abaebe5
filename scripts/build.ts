/**
 * Builds the extension for each browser from one source: esbuild bundles the entries below, and the one
 * manifest.json is patched per browser. Prints each bundle's size in bytes, raw and gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');

/** Entry points: output name -> source. */
const ENTRIES = {
  background: 'src/browser/background.ts',
  content: 'src/content/content.ts',
  reader: 'src/reader/main.ts',
  options: 'src/options/options.ts',
} as const;

/** Files copied as they are: source path -> path in the extension. */
const STATIC: Record<string, string> = {
  'src/reader/reader.html': 'reader.html',
  'src/reader/reader.css': 'reader.css',
  'src/options/options.html': 'options.html',
  'src/options/options.css': 'options.css',
  'src/_locales/en/messages.json': '_locales/en/messages.json',
  'src/_locales/de/messages.json': '_locales/de/messages.json',
  // Atkinson Hyperlegible (SIL Open Font License 1.1, which permits bundling), Latin subset.
  ...Object.fromEntries(
    ['400-normal', '400-italic', '700-normal', '700-italic'].map((v) => [
      `node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${v}.woff2`,
      `fonts/atkinson-hyperlegible-latin-${v}.woff2`,
    ]),
  ),
  'node_modules/@fontsource/atkinson-hyperlegible/LICENSE': 'fonts/LICENSE-OFL.txt',
};

export const BROWSERS = ['chrome', 'firefox'] as const;
export type Browser = (typeof BROWSERS)[number];

type Manifest = Record<string, unknown> & { background: Record<string, unknown> };

/**
 * The per-browser differences, all here. Chrome runs the background as a service worker and ignores the
 * gecko keys; Firefox MV3 has no background service workers (addons-linter BACKGROUND_SERVICE_WORKER_IGNORED,
 * ../shared/STYLE.md §7) and runs background.scripts as an event page.
 */
export function manifestFor(browser: Browser): Manifest {
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest: Manifest = { ...source, version, background: { ...source.background } };
  if (browser === 'chrome') {
    delete manifest.background['scripts'];
    delete manifest['browser_specific_settings'];
  } else {
    delete manifest.background['service_worker'];
  }
  return manifest;
}

async function build(): Promise<void> {
  fs.rmSync(DIST, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: ENTRIES,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: path.join(DIST, 'bundle'),
    metafile: true,
    logLevel: 'warning',
  });
  const rows: [string, number, number][] = [];
  for (const browser of BROWSERS) {
    const out = path.join(DIST, browser);
    fs.mkdirSync(path.join(out, 'icons'), { recursive: true });
    for (const name of Object.keys(ENTRIES)) fs.copyFileSync(path.join(DIST, 'bundle', `${name}.js`), path.join(out, `${name}.js`));
    for (const [from, to] of Object.entries(STATIC)) {
      fs.mkdirSync(path.dirname(path.join(out, to)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, from), path.join(out, to));
    }
    for (const icon of fs.readdirSync(path.join(ROOT, 'icons')).filter((f) => f.endsWith('.png'))) {
      fs.copyFileSync(path.join(ROOT, 'icons', icon), path.join(out, 'icons', icon));
    }
    fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
  }
  for (const file of Object.keys(result.metafile.outputs).sort()) {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    rows.push([path.basename(file), bytes.length, zlib.gzipSync(bytes, { level: 9 }).length]);
  }
  fs.rmSync(path.join(DIST, 'bundle'), { recursive: true, force: true });

  // The CLI: the same core for Node; its npm dependencies stay external (installed with the package).
  await esbuild.build({
    entryPoints: { readcite: 'src/cli-main.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    outExtension: { '.js': '.mjs' },
    outdir: path.join(DIST, 'cli'),
    logLevel: 'warning',
  });
  fs.chmodSync(path.join(DIST, 'cli', 'readcite.mjs'), 0o755);
  console.log(`built ${BROWSERS.map((b) => `dist/${b}`).join(', ')}, dist/cli/readcite.mjs`);
  console.log('bundle           bytes    gzip');
  for (const [name, raw, gz] of rows) console.log(`${name.padEnd(14)} ${String(raw).padStart(7)} ${String(gz).padStart(7)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
