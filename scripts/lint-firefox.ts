/**
 * addons-linter (web-ext lint) on dist/firefox: no errors, and no warnings but the known ones listed here,
 * each with the reason it cannot go. Prints every message.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * innerHTML assignments inside bundled libraries, on documents that are never rendered: two in
 * Readability in the content script (it works on our clone of the page) and one in DOMPurify in the
 * reader page (its own inert parsing document). Readcite's own code assigns no HTML (ESLint's
 * no-unsanitized checks that).
 */
const KNOWN = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'content.js', count: 2 },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'reader.js', count: 1 },
];

const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: Message[]; warnings: Message[]; notices: Message[] };
for (const kind of ['errors', 'warnings', 'notices'] as const) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1).padEnd(7)} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''} ${m.message}`);
}
const unexplained = KNOWN.reduce(
  (warnings, k) => {
    const matching = warnings.filter((w) => w.code === k.code && w.file === k.file);
    return matching.length === k.count ? warnings.filter((w) => !matching.includes(w)) : warnings;
  },
  [...report.warnings],
);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} known, in bundled libraries), ${report.notices.length} notices`);
if (report.errors.length || unexplained.length) process.exit(1);
