import path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Vanilla Readability and Readcite's core as one script for a page's main world, for benchmarks that
 * time both on the same live page: globalThis.__bench.{vanilla, vanillaWithClone, readcite}() each
 * return milliseconds; rounds(names, n) calls them warm, in turn, n times. The `parts*` entries time extractArticle's parts cumulatively (where its time goes):
 * Readability as Readcite calls it (clone, parse, serialising the body), then with the page's facts read
 * (metadata, lead image and its caption, licence), then with the block model scored on the body.
 */
export async function buildProbe(): Promise<string> {
  const probe = await esbuild.build({
    stdin: {
      contents: `
        import { Readability } from '@mozilla/readability';
        import { extractArticle, readClone, readFacts } from './src/core/extract.ts';
        import { detectLicence } from './src/core/licence.ts';
        import { blockScores } from './src/core/block-model.ts';
        import { MODEL_MAX_WORDS } from './src/core/clean.ts';
        const timed = (f) => () => { const t = performance.now(); f(); return performance.now() - t; };
        const readability = () => readClone(document)?.content;
        const facts = () => {
          const { nodes, scope } = readFacts(document, location.href);
          detectLicence(document, location.href, nodes, scope);
        };
        globalThis.__bench = {
          // Warm rounds in one page: each round calls every named entry once, in turn, so each call has a
          // vanilla call of the same moment to be compared with (the machine's drift cancels): ms per round.
          rounds(names, n) {
            for (const name of names) this[name]();
            return Array.from({ length: n }, () => Object.fromEntries(names.map((name) => [name, this[name]()])));
          },
          partsReadability: timed(() => readability()?.innerHTML),
          partsFacts: timed(() => { facts(); readability()?.innerHTML; }),
          partsModel: timed(() => { facts(); const body = readability(); if (body) blockScores(body, { page: document, maxWords: MODEL_MAX_WORDS }); body?.innerHTML; }),
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
