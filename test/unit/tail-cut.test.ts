import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanBody } from '../../src/core/clean.js';
import { parse } from './fixtures.js';

const PROSE = (n: number) => `<p>Paragraph ${n} of the article: the ferry timetable is a chain, and a late sailing in the morning delays every crossing after it until the evening.</p>`;
const cleaned = (tail: string) => {
  const doc = parse(`<body><div>${[1, 2, 3, 4, 5, 6].map(PROSE).join('')}${tail}</div></body>`, 'https://example.org/');
  const root = doc.querySelector('div')!;
  cleanBody(root, { page: doc, title: 'The ferry timetable', siteName: 'Example', bylineNames: [], base: 'https://example.org/' });
  return Array.from(root.children).map((el) => el.textContent);
};

describe('the tail after a "Related" or "Further reading" heading', () => {
  it('goes when it is a list of links', () => {
    const out = cleaned('<h2>Further reading</h2><ul><li><a href="/a">Why ferries run late in winter</a></li><li><a href="/b">The new pier opens next spring</a></li></ul>');
    assert.equal(out.length, 6);
    assert.ok(!out.some((t) => t.includes('Further reading')));
  });

  it('stays when it is the author’s prose', () => {
    const out = cleaned('<h2>Further reading</h2><p>The clearest account of how the timetable chain works is the operator’s own explanation of its summer schedule, which sets out the turnaround time allowed at each pier.</p>');
    assert.equal(out.at(-2), 'Further reading');
    assert.ok(out.at(-1)!.startsWith('The clearest account'));
  });
});

describe('the end trim past promos for other articles', () => {
  it('goes on past "MORE:" promos to the sign-up and social lines behind them', () => {
    const out = cleaned(`<p>Got a story? Get in touch with our news team by emailing us at news@example.org.</p>
      <p>For more stories like this, check our <a href="/news">news page</a>.</p>
      <p>Follow Example.org on <a href="/t">Twitter</a> and <a href="/f">Facebook</a> for the latest news updates.</p>
      <p>MORE: <a href="/c">The ferry company posts record profits after a summer of delays</a></p>
      <p>MORE: <a href="/d">Islanders vote to keep the night crossing</a></p>
      <p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p>`);
    assert.deepEqual(out, [1, 2, 3, 4, 5, 6].map((n) => `Paragraph ${n} of the article: the ferry timetable is a chain, and a late sailing in the morning delays every crossing after it until the evening.`));
  });
});

describe('the safety net: no cleaning takes most of the article', () => {
  const APPEAL = (n: number) => `<div class="donate-box"><p>Appeal ${n}: donate today, become a member and subscribe to our newsletter, because independent media can't do it without you and every supporter counts.</p></div>`;
  const run = (paragraphs: number, appeals: number, lines = 0) => {
    const doc = parse(`<body><div>${Array.from({ length: paragraphs }, (_, i) => PROSE(i + 1)).join('')}${Array.from({ length: appeals }, (_, i) => APPEAL(i + 1)).join('')}${'<p>Subscribe to our newsletter.</p>'.repeat(lines)}</div></body>`, 'https://example.org/');
    const root = doc.querySelector('div')!;
    const notes: { action: string; rule: string }[] = [];
    cleanBody(root, { page: doc, title: 'The ferry timetable', siteName: 'Example', bylineNames: [], base: 'https://example.org/', notes: notes as never });
    return { out: Array.from(root.children).map((el) => el.textContent.slice(0, 11)), undone: notes.some((n) => n.rule.startsWith('all removals undone')) };
  };

  it('removes appeals that are under half of the words', () => {
    assert.deepEqual(run(3, 2), { out: ['Paragraph 1', 'Paragraph 2', 'Paragraph 3'], undone: false });
  });

  it('counts the words left when many small removals come near half (48 of 100 words, in 12 lines)', () => {
    assert.deepEqual(run(2, 0, 12), { out: ['Paragraph 1', 'Paragraph 2'], undone: false });
  });

  it('undoes every removal when they would take more than half of the words', () => {
    assert.deepEqual(run(1, 3), { out: ['Paragraph 1', 'Appeal 1: d', 'Appeal 2: d', 'Appeal 3: d'], undone: true });
  });
});
