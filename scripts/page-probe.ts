import path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Vanilla Readability and Readcite's core as one script for a page's main world, for benchmarks that
 * time both on the same live page: globalThis.__bench.{vanilla, vanillaWithClone, readcite}() each
 * return milliseconds.
 */
export async function buildProbe(): Promise<string> {
  const probe = await esbuild.build({
    stdin: {
      contents: `
        import { Readability } from '@mozilla/readability';
        import { extractArticle } from './src/core/extract.ts';
        globalThis.__bench = {
          vanilla() { const clone = document.cloneNode(true); const t = performance.now(); new Readability(clone).parse(); return performance.now() - t; },
          vanillaWithClone() { const t = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - t; },
          readcite() { const t = performance.now(); extractArticle(document, location.href); return performance.now() - t; },
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  return probe.outputFiles[0]?.text ?? '';
}
