/**
 * readcite: the core on the command line.
 *   readcite extract <file-or-url> [--url URL] [--format json|markdown|text] [--encoding LABEL]
 *   readcite cite <file-or-url> [--url URL] --style tasl|apa|mla|chicago-note|… [--html] [--accessed YYYY-MM-DD]
 * A file may be .html or .html.gz; --url is the page's address (for links, metadata and the citation).
 * Bytes are decoded as a browser decodes them (./cli/decode.ts), or with --encoding.
 * Exit codes: 0 an article, 2 no article found, 1 an error (said on stderr).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { createTurndown } from './core/markdown.js';
import { extractArticle } from './core/extract.js';
import { STYLES, formatCitation, isStyleId, toCitationItem } from './core/citation/index.js';
import type { Article } from './core/types.js';
import { newExplanation, type Explanation } from './core/explain.js';
import { sanitizeArticleHtmlToString } from './reader/sanitize.js';
import { charsetFromContentType, decodeHtml, encodingForLabel, type Decoded } from './cli/decode.js';

const USAGE = `usage: readcite extract <file-or-url> [--url URL] [--format json|markdown|text] [--explain] [--encoding LABEL]
       readcite cite <file-or-url> [--url URL] --style STYLE [--html] [--accessed YYYY-MM-DD] [--encoding LABEL]

  extract     the article of an HTML page (.html, .html.gz or an http(s) URL)
  cite        its citation; STYLE is one of ${Object.keys(STYLES).join(', ')}
  --url       the page's address when reading a file (default: file://…)
  --format    json (default: all metadata, licence, text and sanitised html), markdown or text
  --explain   instead of the article: each metadata field with its source and the candidates it beat,
              and each block removed (or kept at an edge) with the rule or model score that decided it
  --encoding  read the page in this encoding (a WHATWG label: utf-8, windows-1251, shift_jis, euc-kr…);
              by default it is found as a browser does: byte order mark, HTTP charset, <meta charset>,
              valid UTF-8, else a statistical guess (a byte order mark still wins over --encoding)
  --html      the citation as HTML instead of plain text
  --accessed  the access date for the citation (default: today)

exit codes: 0 article, 2 no article found, 1 error`;

const FETCH_TIMEOUT_MS = 20_000;
const MAX_BYTES = 15 * 1024 * 1024;

class CliError extends Error {}

export interface Input {
  bytes: Uint8Array;
  url: string;
  /** The HTTP Content-Type for a URL (its charset is honoured); text/html or application/xhtml+xml for a file. */
  contentType: string;
}

async function readUrl(url: string): Promise<Input> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') throw new CliError(`cannot resolve the host of ${url}`);
    if ((error as Error).name === 'TimeoutError') throw new CliError(`no answer from ${url} within ${FETCH_TIMEOUT_MS / 1000} s`);
    throw new CliError(`cannot fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new CliError(`${url} answered HTTP ${response.status} ${response.statusText}`);
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType && !/html|xml/i.test(contentType)) throw new CliError(`${url} is not HTML (content-type: ${contentType})`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) throw new CliError(`${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > MAX_BYTES) throw new CliError(`${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
      chunks.push(chunk);
    }
  }
  return { bytes: Buffer.concat(chunks), url: response.url || url, contentType: contentType || 'text/html' };
}

function readFile(file: string, url: string | undefined): Input {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (file.endsWith('.gz')) {
    try {
      bytes = zlib.gunzipSync(bytes);
    } catch {
      throw new CliError(`${file} is not valid gzip`);
    }
  }
  const xml = /\.(?:xhtml|xht)(?:\.gz)?$/i.test(file);
  return { bytes, url: url ?? `file://${path.resolve(file)}`, contentType: xml ? 'application/xhtml+xml' : 'text/html' };
}

export interface Extracted {
  article: Article;
  /** The body, sanitised as the view would show it. */
  html: string;
  /** How the bytes were decoded. */
  decoded: Omit<Decoded, 'text'>;
}

/**
 * Decodes bytes as a browser would (./cli/decode.ts; `encoding` overrides) and parses the text without
 * running scripts. jsdom gets a string, so it does not sniff again; the content type still picks XML.
 */
export function parseInput(input: Input, encoding?: string): { dom: JSDOM; decoded: Decoded } {
  // jsdom parses anything but text/html as XML.
  const xml = (input.contentType.split(';')[0] ?? '').trim().toLowerCase() !== 'text/html';
  const decoded = decodeHtml(input.bytes, { httpCharset: charsetFromContentType(input.contentType), override: encoding, xml });
  const dom = new JSDOM(decoded.text, { url: input.url, contentType: input.contentType, virtualConsole: new VirtualConsole() });
  return { dom, decoded };
}

/** Parses bytes as a browser would (charset sniffing included), without running scripts, and extracts. */
export function extractFromBytes(input: Input, explain?: Explanation, encoding?: string): Extracted | null {
  const { dom, decoded } = parseInput(input, encoding);
  const article = extractArticle(dom.window.document, input.url, explain ? { explain } : {});
  if (!article) return null;
  const html = sanitizeArticleHtmlToString(article.contentHtml, dom.window as unknown as Window & typeof globalThis);
  return { article, html, decoded: { encoding: decoded.encoding, source: decoded.source } };
}

function toMarkdown({ article, html }: Extracted): string {
  const turndown = createTurndown();
  const lines = [`# ${article.title}`, ''];
  if (article.standfirst) lines.push(`*${article.standfirst}*`, '');
  const facts = [article.byline, article.published?.slice(0, 10), article.siteName].filter(Boolean);
  if (facts.length) lines.push(facts.join(' · '), '');
  if (article.leadImage) {
    lines.push(`![${article.leadImage.alt}](${article.leadImage.src})`, '');
    const caption = [article.leadImage.caption, article.leadImage.credit && `(${article.leadImage.credit})`].filter(Boolean).join(' ');
    if (caption) lines.push(`*${caption}*`, '');
  }
  lines.push(turndown.turndown(html), '', `Source: <${article.url}>`);
  const { licence, notice } = article.licence;
  if (licence) lines.push(`Licence: ${licence.shortName}${licence.url ? ` <${licence.url}>` : ''}`);
  if (notice) lines.push(`Publisher's notice: “${notice}”`);
  return `${lines.join('\n')}\n`;
}

function render(extracted: Extracted, format: string): string {
  if (format === 'text') return `${extracted.article.text}\n`;
  if (format === 'markdown') return toMarkdown(extracted);
  // The unsanitised body stays inside: the JSON carries the sanitised html instead.
  const data: Partial<Article> = { ...extracted.article };
  delete data.contentHtml;
  return `${JSON.stringify({ ...data, html: extracted.html }, null, 2)}\n`;
}

/** The explanation as a report: fields, then blocks. */
export function renderExplanation({ fields, blocks }: Explanation): string {
  const lines = ['fields (source: value; other candidates)'];
  for (const f of fields) {
    lines.push(`  ${f.field}: [${f.source ?? 'none'}] ${f.value || '-'}`);
    for (const c of f.candidates) if (c.value !== f.value || c.source !== f.source) lines.push(`      ${c.source}: ${c.value}`);
  }
  lines.push('', 'blocks (removed, or kept where a trim stopped)');
  for (const b of blocks) lines.push(`  ${b.action === 'removed' ? '-' : '+'} ${b.tag ? `<${b.tag}> ` : ''}${b.rule}${b.text ? `: “${b.text}”` : ''}`);
  return `${lines.join('\n')}\n`;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const STDIO: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export async function main(argv: string[], io: Io = STDIO): Promise<number> {
  const [command, source, ...rest] = argv;
  if (command === '--help' || command === '-h' || !command) {
    io.out(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  const option = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  try {
    if (command !== 'extract' && command !== 'cite') throw new CliError(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
    if (!source) throw new CliError(`${command} needs a file or URL\n${USAGE}`);
    const format = option('--format') ?? 'json';
    if (!['json', 'markdown', 'text'].includes(format)) throw new CliError(`unknown format ${JSON.stringify(format)}: use json, markdown or text`);
    const style = option('--style') ?? 'apa';
    if (command === 'cite' && !isStyleId(style)) throw new CliError(`unknown style ${JSON.stringify(style)}: use ${Object.keys(STYLES).join(', ')}`);
    const accessed = option('--accessed') ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(accessed)) throw new CliError(`--accessed takes a date as YYYY-MM-DD`);
    const encoding = option('--encoding');
    const known = encoding === undefined ? null : encodingForLabel(encoding);
    if (rest.includes('--encoding') && (!known || known === 'replacement')) {
      throw new CliError(`unknown encoding ${JSON.stringify(encoding ?? '')} for --encoding: use a WHATWG Encoding label such as utf-8, windows-1252, windows-1251, shift_jis, euc-kr, gb18030`);
    }
    const input = /^https?:\/\//i.test(source) ? await readUrl(source) : readFile(source, option('--url'));
    const explanation = rest.includes('--explain') ? newExplanation() : undefined;
    const extracted = extractFromBytes(input, explanation, encoding);
    if (explanation) io.out(renderExplanation(explanation));
    if (explanation && extracted) return 0;
    if (!extracted) {
      io.err(`readcite: no article found in ${source}\n`);
      return 2;
    }
    if (command === 'cite' && isStyleId(style)) {
      const citation = formatCitation(toCitationItem(extracted.article, accessed), style);
      if (!citation) throw new CliError('no reuse licence found on this page: cite it in an academic style (e.g. --style apa)');
      const out = rest.includes('--html') ? citation.html : citation.text;
      io.out(out.endsWith('\n') ? out : `${out}\n`);
      return 0;
    }
    io.out(render(extracted, format));
    return 0;
  } catch (error) {
    io.err(`readcite: ${error instanceof CliError ? error.message : String(error)}\n`);
    return 1;
  }
}
