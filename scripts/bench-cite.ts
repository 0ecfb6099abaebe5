/**
 * npm run bench:cite — Readcite's citation styles against citeproc-js with the official CSL styles over
 * the generated matrix (issue 13): the table style × (same as citeproc / on the reviewed list / other),
 * then the largest classes of "other" differences with one example each.
 *
 *   --all       print every differing item, not one example per class
 *   --style=ID  only that Readcite style
 *
 * READCITE_CSL_DIR=folder adds the CSL styles that are not in the repository (Chicago 18th edition:
 * chicago-notes-bibliography.csl, chicago-author-date.csl; test/cite/csl/NOTICE.md).
 */
import { buildMatrix } from '../test/cite/matrix.js';
import { activePairs, compareAll, CSL_DIR_ENV, describe, extraCslDir, inactivePairs, otherClasses, resolveCsl, tally } from '../test/cite/compare.js';
import { DIVERGENCES } from '../test/cite/divergences.js';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--style='))?.slice('--style='.length);
const all = args.includes('--all');

const matrix = buildMatrix();
const pairs = activePairs().filter((p) => !only || p.style === only);
const results = compareAll(matrix, pairs);

const rows = tally(results);
const head = ['Readcite style', 'CSL (edition)', 'items', 'same', 'reviewed', 'other'];
const body = rows.map((t) => [t.style, t.edition, String(t.same + t.reviewed + t.other), String(t.same), String(t.reviewed), String(t.other)]);
const total = rows.reduce((s, t) => ({ same: s.same + t.same, reviewed: s.reviewed + t.reviewed, other: s.other + t.other }), { same: 0, reviewed: 0, other: 0 });
body.push(['all', '', String(total.same + total.reviewed + total.other), String(total.same), String(total.reviewed), String(total.other)]);
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const r of body) console.log(`| ${r.join(' | ')} |`);
for (const p of inactivePairs()) console.log(`(${p.style} — ${p.edition}: ${p.reason.startsWith('not compared') || p.reason.startsWith('refused') ? p.reason : `not compared: ${p.reason}`})`);
const extra = extraCslDir();
console.log(`\n${CSL_DIR_ENV}: ${extra ?? '(not set)'}`);
for (const p of pairs) {
  const r = resolveCsl(p.csl);
  if (r.ok && p.csl.dir === 'env') console.log(`  ${p.style} ↔ ${r.file} (“${r.title}”)`);
}

console.log('\nReviewed divergences used:');
for (const d of DIVERGENCES) {
  const n = results.filter((r) => r.applied.includes(d.id)).length;
  console.log(`  ${d.id} (${d.styles.join(', ')}): ${n} items — ${d.rule}`);
}

const classes = otherClasses(results);
console.log(`\nOther differences by class (${classes.length} classes):`);
for (const c of classes) {
  console.log(`\n## ${c.style}: ${c.cls} — ${c.count} items`);
  console.log(describe(c.example));
}
if (all) {
  console.log('\nEvery differing item:');
  for (const r of results) if (r.verdict === 'other') console.log(describe(r));
}
