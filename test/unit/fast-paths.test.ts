import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { blockText, countWords, countWordsIn, hasText, opensWith, squash, squashHead, textHead, textLongerThan, textUpTo } from '../../src/core/text.js';
import { APPEAL, appealHits } from '../../src/core/furniture.js';
import { blockFeatures, collectBlocks, FEATURE_NAMES } from '../../src/core/block-features.js';
import { blockScores } from '../../src/core/block-model.js';
import { toArray } from '../../src/core/dom-lists.js';

/**
 * The speed rewrites (issue 12) each claim to give exactly what the plain form gave: checked here against
 * that plain form on random input. Text is drawn from whitespace of several kinds, letters with and without
 * case, digits and punctuation, so the boundaries the fast paths care about come up often.
 */
const CHARS = [' ', '  ', '\n', '\t', '\u00a0', 'a', 'B', 'é', 'Ü', 'ß', 'ж', 'Σ', '語', '3', '.', '@', '-', '’', 'İ', 'x'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 400 }).map((cs) => cs.join(''));

describe('fast paths give what the plain forms gave', () => {
  it('squashHead(t, n) is squash(t).slice(0, n)', () => {
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 300 }), (t, n) => squashHead(t, n) === squash(t).slice(0, n)), { numRuns: 2000 });
  });

  it('squash replaces every run of white space, as a replace of each run did', () => {
    fc.assert(fc.property(text, (t) => squash(t) === t.replace(/[\s\u00a0]+/g, ' ').trim()), { numRuns: 2000 });
  });

  it('appeal phrases in raw text count as in the squashed text, whatever white space parts their words', () => {
    const space = fc.constantFrom(' ', '  ', '\n', '\n   ', '\t', '\u00a0', '');
    const words = ['sign', 'up', 'support', 'our', 'us', 'work', 'team', 'giving', 'tuesday', 'reader', 'supported', '-', 'every', 'single', 'supporter', 'chip', 'in', 'can’t', "can't", 'do', 'it', 'without', 'you', 'follow', 'kim', 'on', 'google', 'news', '.'];
    const raw = fc.array(fc.tuple(fc.constantFrom(...words), space), { maxLength: 30 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(raw, (t) => appealHits(t) === appealHits(squash(t))), { numRuns: 3000 });
  });

  it('words counted in raw text are the words of the squashed text', () => {
    fc.assert(fc.property(text, (t) => countWords(t) === countWords(squash(t))), { numRuns: 2000 });
  });

  it('opensWith reads only the opening, with the same answer', () => {
    const plain = (t: string, lead: string) => {
      const cmp = (s: string) => squash(s).toLowerCase().replace(/[‘’′]/g, "'").replace(/[“”″]/g, '"');
      const head = cmp(lead).replace(/\s*(?:\.\.\.|…)$/, '').slice(0, 120);
      return head.length > 0 && cmp(t).startsWith(head);
    };
    fc.assert(fc.property(text, fc.nat({ max: 200 }), (t, cut) => opensWith(t, t.slice(0, cut)) === plain(t, t.slice(0, cut))), { numRuns: 2000 });
  });

  it('hasText(node) is whether its squashed text is non-empty', () => {
    const { document } = new JSDOM('').window;
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (parts) => {
        const div = document.createElement('div');
        for (const p of parts) div.appendChild(document.createElement('span')).textContent = p;
        return hasText(div) === !!squash(div.textContent);
      }),
      { numRuns: 500 },
    );
  });

  it('appeal phrases are counted case-insensitively, in any case the page writes them', () => {
    assert.equal(appealHits('DONATE today. Sign Up for our NEWSLETTER'), 3);
    assert.equal(appealHits('Jetzt Abonnieren'), 1);
    assert.equal(appealHits('Donatello'), 0);
    assert.equal(APPEAL.flags.includes('i'), false, 'APPEAL is matched against lower-cased text');
  });

  it('an e-mail is found as before: \\S@ matches exactly where \\S+@ does', () => {
    const before = /\S+@\S+\.\w{2,}/;
    const after = /\S@\S+\.\w{2,}/;
    const mail = fc.array(fc.constantFrom('a', 'b', '@', '.', ' ', 'co', 'x'), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(fc.property(mail, (t) => before.test(t) === after.test(t)), { numRuns: 3000 });
  });

  it('feature rows keep every column the shipped weights read, whatever the text', () => {
    const { document } = new JSDOM('').window;
    const letters = fc.array(fc.constantFrom('Ab', 'CD', 'éx', 'ÉTÉ', 'ж', 'Жук', '語', '12', 'x1', '_a', 'İs', '. ', ' ', '!', 'Σσ', '𝐀b'), { maxLength: 30 }).map((w) => w.join(' '));
    // The plain forms of the case and digit columns, as they were written before the fast paths.
    const plain = (t: string) => {
      const toks = t.match(/[\p{L}\p{N}_]+/gu) ?? [];
      const cased = toks.filter((w) => /^\p{L}/u.test(w)).filter((w) => w[0]!.toLowerCase() !== w[0]!.toUpperCase());
      const alnum = t.replace(/[^\p{L}\p{N}]/gu, '');
      return [
        cased.length ? cased.filter((w) => w[0] === w[0]!.toUpperCase()).length / cased.length : 0,
        cased.length ? cased.filter((w) => w.length > 1 && w === w.toUpperCase()).length / cased.length : 0,
        alnum.length ? alnum.replace(/\D/g, '').length / alnum.length : 0,
      ];
    };
    const cols = ['capShare', 'upperShare', 'digitShare'].map((f) => FEATURE_NAMES.indexOf(f as (typeof FEATURE_NAMES)[number]));
    fc.assert(
      fc.property(letters, (t) => {
        const root = document.createElement('div');
        // A leading word: a paragraph of spaces is no block.
        root.appendChild(document.createElement('p')).textContent = `x ${t}`;
        const row = blockFeatures(collectBlocks(root), root)[0]!;
        const text = squash(`x ${t}`);
        return cols.every((c, k) => row[c] === plain(text)[k]);
      }),
      { numRuns: 1000 },
    );
  });

  it('sentence and title columns read by hand as their patterns read them', () => {
    const { document } = new JSDOM('').window;
    const parts = fc.array(fc.constantFrom('Ab', 'cd', '.', '..', '!', '?', '。', '！', '؟', '।', '"', '”', '’', '»', ')', ':', '：', ' ', '\u00a0', 'Long', 'TITLE', 'İs', 'x1', '𝐀b'), { maxLength: 30 }).map((w) => w.join(''));
    const title = 'A long title, İs x1';
    const titleSet = new Set((title.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []));
    const plain = (t: string) => {
      const words = countWords(t);
      const stops = t.match(/[.!?。！？؟।]+(?=\s|$|["'”’»)])/gu)?.length ?? 0;
      const toks = t.match(/[\p{L}\p{N}_]+/gu) ?? [];
      return [
        /[.!?。！？؟।]["'”’»)]*$/u.test(t) ? 1 : 0,
        /[:：]$/.test(t) ? 1 : 0,
        words ? Math.min(1, stops / words) * 10 : 0,
        Math.log1p(words / Math.max(1, stops)),
        toks.length ? toks.filter((w) => titleSet.has(w.toLowerCase())).length / Math.max(toks.length, titleSet.size) : 0,
      ];
    };
    const cols = ['endsSentence', 'endsColon', 'sentencePunct', 'avgSentence', 'titleSim'].map((f) => FEATURE_NAMES.indexOf(f as (typeof FEATURE_NAMES)[number]));
    fc.assert(
      fc.property(parts, (t) => {
        const root = document.createElement('div');
        root.appendChild(document.createElement('p')).textContent = `x ${t}`;
        const row = blockFeatures(collectBlocks(root), root, undefined, title)[0]!;
        const want = plain(squash(`x ${t}`));
        return cols.every((c, k) => row[c] === want[k]);
      }),
      { numRuns: 2000 },
    );
  });

  it('countWordsIn(node) counts the words of its textContent, however the text is split into nodes', () => {
    const { document } = new JSDOM('').window;
    const piece = fc.tuple(text, fc.constantFrom('text', 'b', 'span', 'p', 'comment', 'empty'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const root = document.createElement('div');
        for (const [t, kind] of pieces) {
          if (kind === 'text') root.appendChild(document.createTextNode(t));
          else if (kind === 'comment') root.appendChild(document.createComment(t));
          else if (kind === 'empty') root.appendChild(document.createTextNode(''));
          else root.appendChild(document.createElement(kind)).textContent = t;
        }
        return countWordsIn(root) === countWords(root.textContent);
      }),
      { numRuns: 3000 },
    );
  });

  it('toArray reads a list\'s length once (each read of a live list\'s length is a walk in jsdom)', () => {
    let reads = 0;
    const items = ['a', 'b', 'c', 'd'];
    const list = { get length() { reads++; return items.length; } } as { length: number; [i: number]: string };
    items.forEach((x, i) => (list[i] = x));
    assert.deepEqual(toArray(list), items);
    assert.equal(reads, 1);
  });

  it('scoring only the blocks under maxWords gives those blocks the scores and rows of scoring all', () => {
    const { document } = new JSDOM('').window;
    const word = fc.constantFrom('Donate', 'today', 'support', 'our', 'work', 'the', 'river', 'rose', 'Share', 'this:', '2024', '.', 'Related');
    const block = fc.tuple(fc.constantFrom('p', 'h3', 'li', 'div'), fc.array(word, { minLength: 1, maxLength: 60 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 50 }), (blocks, maxWords) => {
        const root = document.createElement('div');
        for (const [tag, words, linked] of blocks) {
          const el = root.appendChild(document.createElement(tag));
          if (linked) el.appendChild(document.createElement('a')).textContent = words.join(' ');
          else el.textContent = words.join(' ');
        }
        const all = blockScores(root, { keepFeatures: true });
        const some = blockScores(root, { keepFeatures: true, maxWords });
        return (
          all.length === some.length &&
          all.every((a, i) => {
            const s = some[i]!;
            if (s.el !== a.el || s.words !== a.words) return false;
            return a.words < maxWords ? s.p === a.p && s.features.every((f, k) => f === a.features[k]) && s.features.length === a.features.length : s.p === 1 && s.features.length === 0;
          })
        );
      }),
      { numRuns: 500 },
    );
  });

  it("textHead, textLongerThan and textUpTo read as many text nodes as they need, with textContent's answers", () => {
    const { DOMParser } = new JSDOM('').window;
    const html = fc.array(fc.tuple(fc.constantFrom('p', 'span', 'b', 'svg'), text), { maxLength: 8 }).map((xs) => xs.map(([t, x]) => (t === 'svg' ? `<svg><![CDATA[${x}]]></svg>` : `<${t}>${x.replace(/[<>&]/g, '')}</${t}>`)).join(''));
    fc.assert(
      fc.property(html, fc.integer({ min: 0, max: 200 }), (h, n) => {
        const root = new DOMParser().parseFromString(`<div>${h}</div>`, 'text/html').body;
        const all = root.textContent;
        return textHead(root, n) === squash(all).slice(0, n) && textLongerThan(root, n) === all.length > n && textUpTo(root, n) === (all.length > n ? null : all);
      }),
      { numRuns: 1500 },
    );
  });

  it("a block's text is its block text squashed, gathered in one pass", () => {
    const { DOMParser } = new JSDOM('').window;
    const html = fc.array(fc.tuple(fc.constantFrom('p', 'span', 'li', 'br', 'b'), text), { maxLength: 6 }).map((xs) => xs.map(([t, x]) => (t === 'br' ? `${x}<br>` : `<${t}>${x.replace(/[<>&]/g, '')}</${t}>`)).join(''));
    fc.assert(
      fc.property(html, (h) => {
        const root = new DOMParser().parseFromString(`<div>${h}</div>`, 'text/html').body;
        return blockText(root, undefined, ' ') === squash(blockText(root));
      }),
      { numRuns: 1000 },
    );
  });

  it('blockText streams its lines: the same text as joining, splitting and squashing', () => {
    const { DOMParser } = new JSDOM('').window;
    // text.ts's block tags, as the plain form used them.
    const BLOCKS: ReadonlySet<string> = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
    // The form it replaced.
    const plain = (root: Node, blocks: ReadonlySet<string>) => {
      const out: string[] = [];
      const walk = (node: Node): void => {
        if (node.nodeType === 3) return void out.push(node.nodeValue ?? '');
        if (node.nodeType !== 1) return;
        const tag = (node as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') return;
        const block = blocks.has(tag);
        if (block) out.push('\n');
        for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
        if (block) out.push('\n');
      };
      walk(root);
      return out.join('').split(/\n+/).map(squash).filter(Boolean).join('\n\n');
    };
    const tags = ['p', 'div', 'span', 'b', 'li', 'br', 'script', 'h2', 'em', 'pre'];
    const tree: fc.Memo<string> = fc.memo((d) =>
      d <= 1 ? text.map((t) => t.replace(/[<>&]/g, '')) : fc.tuple(fc.constantFrom(...tags), fc.array(tree(d - 1), { maxLength: 3 })).map(([t, kids]) => (t === 'br' ? '<br>' : `<${t}>${kids.join('')}</${t}>`)),
    );
    fc.assert(
      fc.property(fc.array(tree(3), { maxLength: 3 }), (parts) => {
        const root = new DOMParser().parseFromString(`<div>${parts.join('')}</div>`, 'text/html').body;
        return blockText(root) === plain(root, BLOCKS);
      }),
      { numRuns: 1000 },
    );
  });
});
