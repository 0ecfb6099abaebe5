import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface Fixture {
  slug: string;
  html: string;
  expected: Record<string, unknown> & { pageUrl: string };
}

/** Every test/fixtures/<slug>/ with a source.html and an expected.json. */
export function fixtures(): Fixture[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((slug) => fs.existsSync(path.join(FIXTURES, slug, 'expected.json')))
    .sort()
    .map((slug) => ({
      slug,
      html: fs.readFileSync(path.join(FIXTURES, slug, 'source.html'), 'utf8'),
      expected: JSON.parse(fs.readFileSync(path.join(FIXTURES, slug, 'expected.json'), 'utf8')) as Fixture['expected'],
    }));
}

/** A document as a browser would build it for `url`, without running scripts or loading resources. */
export function parse(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
