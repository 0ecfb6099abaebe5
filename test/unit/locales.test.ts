import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/** Both catalogues are complete: the same keys, the same placeholders, no empty message. */
const ROOT = path.resolve(import.meta.dirname, '..', '..', 'src', '_locales');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, lang, 'messages.json'), 'utf8')) as Catalogue;
const placeholders = (message: string) => [...message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const en = load('en');
  const de = load('de');

  it('are en and de, nothing half-done', () => {
    assert.deepEqual(fs.readdirSync(ROOT).sort(), ['de', 'en']);
  });

  it('German has every English key and no other', () => {
    assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
  });

  for (const [key, entry] of Object.entries(en)) {
    it(`"${key}": non-empty, with the same placeholders in both`, () => {
      assert.ok(entry.message.trim());
      assert.ok(de[key]?.message.trim());
      assert.deepEqual(placeholders(de[key]!.message), placeholders(entry.message));
      for (const name of placeholders(entry.message)) assert.ok(entry.placeholders?.[name!.toLowerCase()], `${key}: placeholder ${name} is declared`);
    });
  }

  it('every key the code asks for exists', () => {
    const src = path.resolve(ROOT, '..');
    const used = new Set<string>();
    const walk = (dir: string): void => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/\bt\('(\w+)'/g)) used.add(m[1]!);
      }
    };
    walk(src);
    assert.ok(used.size > 50);
    assert.deepEqual([...used].filter((k) => !(k in en)), []);
  });
});
