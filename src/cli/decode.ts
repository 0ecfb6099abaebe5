/**
 * Bytes to text the way a browser decodes an HTML page (HTML Standard §13.2.3 "Determining the character
 * encoding"), for the CLI: jsdom on its own only honours a BOM or a <meta> in the first 1024 bytes and
 * reads everything else as windows-1252, so an undeclared UTF-8 page became mojibake.
 *
 * Precedence, first match wins:
 *   1. bom       a UTF-8, UTF-16LE or UTF-16BE byte order mark (the spec puts it even before the user's
 *                override, as browsers do: a BOM is never wrong about its own encoding);
 *   2. override  the user's label (`readcite extract --encoding LABEL`);
 *   3. http      the charset of an HTTP Content-Type, when it names an encoding we can decode;
 *   4. meta      the spec's prescan of the first 1024 bytes (<meta charset>, <meta http-equiv=content-type
 *                content="…charset=…">, comments skipped, then an XML declaration), or else a declaration
 *                later in <head>: the parser "changes the encoding" when it meets one while the encoding is
 *                still tentative, and Chromium reads <meta> up to the end of <head> for that;
 *   5. utf8      bytes with non-ASCII that are all valid UTF-8 (a truncated last character is allowed);
 *   6. detector  chardet's statistical guess, on the text between the tags;
 *   7. default   windows-1252 (the spec's default for most locales), e.g. for ASCII-only bytes.
 * A declared label is followed even when the bytes disagree, as in Chromium and Firefox: <meta
 * charset=iso-8859-1> on UTF-8 bytes gives "Ã©" mojibake, and <meta charset=utf-8> on windows-1251 bytes
 * gives U+FFFD for every Cyrillic letter. Nothing in the spec lets content override a declaration; only a
 * tentative guess (steps 5-7) gives way to a declaration.
 *
 * For XML (XHTML) there is no <meta> prescan and no guessing: BOM, override, HTTP, the XML declaration,
 * else UTF-8 (XML 1.0 §4.3.3).
 *
 * Labels follow the WHATWG Encoding Standard ("latin1", "iso-8859-1", "ascii" are windows-1252; "utf-16" in
 * a <meta> is UTF-8; iso-2022-kr and the other "replacement" labels decode to a single U+FFFD). Names are
 * given lowercased, as TextDecoder gives them ("utf-8", "shift_jis", "windows-1251").
 */
import { isAscii } from 'node:buffer';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export type DecodeSource = 'bom' | 'override' | 'http' | 'meta' | 'utf8' | 'detector' | 'default';

export interface Decoded {
  text: string;
  /** The encoding's name, lowercased ("utf-8", "windows-1251", "x-user-defined", "replacement"). */
  encoding: string;
  /** Which step decided it. */
  source: DecodeSource;
}

export interface DecodeOptions {
  /** The charset parameter of the HTTP Content-Type (see charsetFromContentType). */
  httpCharset?: string | undefined;
  /** An encoding label that overrides everything but a BOM; must be known (see encodingForLabel). */
  override?: string | undefined;
  /** The bytes are XML (XHTML): no <meta> prescan, no detection, UTF-8 by default. */
  xml?: boolean | undefined;
}

/** The bytes the HTML Standard's prescan looks at ("encouraged to only prescan the first 1024 bytes"). */
export const PRESCAN_BYTES = 1024;
/** The detector reads at most this much of the page's text (after the tags are taken out). */
const DETECT_BYTES = 64 * 1024;

/** Encoding Standard labels of the replacement encoding, which TextDecoder refuses to construct. */
const REPLACEMENT_LABELS = new Set(['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement']);

/**
 * The encoding a label names (Encoding Standard "get an encoding": ASCII whitespace trimmed, ASCII case
 * ignored), lowercased, or null for an unknown label and for an encoding this Node cannot decode (its ICU
 * has no ISO-8859-16, nor has Chromium's, which likewise ignores that label).
 */
export function encodingForLabel(label: string): string | null {
  const trimmed = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  if (trimmed === 'x-user-defined') return 'x-user-defined';
  if (REPLACEMENT_LABELS.has(trimmed)) return 'replacement';
  // Labels are printable ASCII (a <meta> may leave anything in its value, a no-break space for one).
  if (!trimmed || /[^\x21-\x7e]/.test(trimmed)) return null;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

/**
 * The charset parameter of a Content-Type value, or undefined: MIME Sniffing "parse a MIME type", reduced
 * to its parameters (names case-insensitive, the first one given wins, quoted strings with backslash
 * escapes, trailing whitespace of unquoted values dropped).
 */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  const s = contentType;
  let i = s.indexOf(';');
  if (i < 0) return undefined;
  while (i < s.length) {
    i++; // past the ';'
    while (/[\t\n\r ]/.test(s[i] ?? '')) i++;
    let name = '';
    while (i < s.length && s[i] !== ';' && s[i] !== '=') name += s.charAt(i++);
    if (s[i] !== '=') continue;
    i++;
    let value = '';
    if (s[i] === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) {
        if (s[i] === '\\' && i + 1 < s.length) i++;
        value += s.charAt(i);
      }
      while (i < s.length && s[i] !== ';') i++;
    } else {
      while (i < s.length && s[i] !== ';') value += s.charAt(i++);
      value = value.replace(/[\t\n\r ]+$/, '');
      if (!value) continue;
    }
    if (name.toLowerCase() === 'charset') return value || undefined;
  }
  return undefined;
}

/** The encoding a byte order mark gives (TextDecoder drops the mark itself). */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

const isSpace = (c: number | undefined) => c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
const isLetter = (c: number | undefined) => c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
const lower = (c: number) => String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/** Thrown inside the prescan when it runs out of bytes: the scan ends there. */
class EndOfInput extends Error {}

/**
 * The bytes as the prescan sees them: reading past `limit` ends the scan (EndOfInput).
 */
class Cursor {
  pos = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly limit: number,
  ) {}
  get byte(): number {
    if (this.pos >= this.limit) throw new EndOfInput();
    return this.bytes[this.pos]!;
  }
  /** The byte `offset` after the current one, or undefined past the limit (for matching sequences). */
  peek(offset: number): number | undefined {
    return this.pos + offset < this.limit ? this.bytes[this.pos + offset] : undefined;
  }
  startsWith(ascii: string, caseInsensitive = false): boolean {
    for (let i = 0; i < ascii.length; i++) {
      const c = this.peek(i);
      if (c === undefined) return false;
      if ((caseInsensitive ? lower(c) : String.fromCharCode(c)) !== ascii[i]) return false;
    }
    return true;
  }
  /** Moves to the next byte at or after the current one for which `test` holds (EndOfInput if none). */
  seek(test: (c: number) => boolean): void {
    while (!test(this.byte)) this.pos++;
  }
}

/** HTML Standard "get an attribute" (when sniffing); null when there are no more attributes. */
function getAttribute(cur: Cursor): { name: string; value: string } | null {
  while (isSpace(cur.byte) || cur.byte === 0x2f) cur.pos++;
  if (cur.byte === 0x3e) return null;
  let name = '';
  let value = '';
  for (;;) {
    const c = cur.byte;
    if (c === 0x3d && name !== '') {
      cur.pos++;
      break;
    }
    if (isSpace(c)) {
      while (isSpace(cur.byte)) cur.pos++;
      if (cur.byte !== 0x3d) return { name, value };
      cur.pos++;
      break;
    }
    if (c === 0x2f || c === 0x3e) return { name, value };
    name += lower(c);
    cur.pos++;
  }
  while (isSpace(cur.byte)) cur.pos++;
  const c = cur.byte;
  if (c === 0x22 || c === 0x27) {
    for (;;) {
      cur.pos++;
      if (cur.byte === c) {
        cur.pos++;
        return { name, value };
      }
      value += lower(cur.byte);
    }
  }
  if (c === 0x3e) return { name, value };
  value += lower(c);
  for (;;) {
    cur.pos++;
    if (isSpace(cur.byte) || cur.byte === 0x3e) return { name, value };
    value += lower(cur.byte);
  }
}

const FAILURE = Symbol('failure');
type Found = string | typeof FAILURE;

/** "get an encoding", where this Node's decoders count: an unknown or undecodable label is failure. */
const getEncoding = (label: string): Found => encodingForLabel(label) ?? FAILURE;

/** HTML Standard "extracting a character encoding from a meta element" (null: nothing found). */
export function encodingFromMetaContent(s: string): Found | null {
  let position = 0;
  for (;;) {
    const found = s.slice(position).search(/charset/i);
    if (found < 0) return null;
    position += found + 'charset'.length;
    while (isSpace(s.charCodeAt(position))) position++;
    if (s[position] === '=') break;
  }
  position++;
  while (isSpace(s.charCodeAt(position))) position++;
  const next = s[position];
  if (next === undefined) return null;
  if (next === '"' || next === "'") {
    const end = s.indexOf(next, position + 1);
    return end < 0 ? null : getEncoding(s.slice(position + 1, end));
  }
  const rest = s.slice(position);
  return getEncoding(rest.slice(0, rest.search(/[\t\n\f\r ;]|$/)));
}

/** Tags Chromium reads <meta> past and still counts as <head> (HTMLMetaCharsetParser). */
const HEAD_TAGS = new Set(['script', 'noscript', 'style', 'link', 'meta', 'object', 'title', 'base']);
/** Elements whose text the tokenizer does not read as markup (scripting on, as in a browser). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/**
 * HTML Standard "prescan a byte stream to determine its encoding" over bytes[0, limit). With `head`, the
 * same scan made the way the tree builder meets <meta> (Chromium's reading of "change the encoding"):
 * raw-text elements (script, style, title…) are skipped whole, and the scan stops where <head> ends (at
 * any tag Chromium does not count as part of it, or </head>).
 */
export function prescan(bytes: Uint8Array, limit = PRESCAN_BYTES, head = false): string | null {
  const cur = new Cursor(bytes, Math.min(limit, bytes.length));
  try {
    // UTF-16 XML declarations: "<?x" in UTF-16LE or BE.
    if (cur.startsWith('<\0?\0x\0')) return 'utf-16le';
    if (cur.startsWith('\0<\0?\0x')) return 'utf-16be';
    for (; ; cur.pos++) {
      if (cur.byte !== 0x3c) continue;
      if (cur.startsWith('<!--')) {
        // The first '>' preceded by two '-' after the '<': "<!-->" is a whole comment.
        cur.pos += 2;
        cur.seek((c) => c === 0x3e && cur.bytes[cur.pos - 1] === 0x2d && cur.bytes[cur.pos - 2] === 0x2d);
      } else if (cur.startsWith('<meta', true) && (isSpace(cur.peek(5)) || cur.peek(5) === 0x2f)) {
        cur.pos += 6;
        const found = meta(cur);
        if (found !== null) return found;
        // "Next byte": cur is at the '>' (or wherever the attributes ended).
      } else if (isLetter(cur.peek(1)) || (cur.peek(1) === 0x2f && isLetter(cur.peek(2)))) {
        const end = cur.peek(1) === 0x2f;
        cur.pos += end ? 2 : 1;
        const start = cur.pos;
        cur.seek((c) => isSpace(c) || c === 0x3e);
        const name = head ? String.fromCharCode(...cur.bytes.subarray(start, cur.pos)).toLowerCase() : '';
        if (head && !HEAD_TAGS.has(name) && (end || (name !== 'html' && name !== 'head'))) return null;
        while (getAttribute(cur)) {
          /* attributes are read past */
        }
        if (head && !end && RAW_TEXT.has(name)) skipRawText(cur, name);
      } else if (cur.peek(1) === 0x21 || cur.peek(1) === 0x2f || cur.peek(1) === 0x3f) {
        cur.pos++;
        cur.seek((c) => c === 0x3e);
      }
    }
  } catch (error) {
    if (!(error instanceof EndOfInput)) throw error;
  }
  return head ? null : xmlEncoding(bytes.subarray(0, Math.min(limit, bytes.length)));
}

/** The rest of a <meta>'s prescan, from just after "<meta" and its space or slash. */
function meta(cur: Cursor): string | null {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: Found | null = null;
  for (let attr = getAttribute(cur); attr; attr = getAttribute(cur)) {
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv') {
      if (attr.value === 'content-type') gotPragma = true;
    } else if (attr.name === 'content') {
      const found = encodingFromMetaContent(attr.value);
      if (found !== null && found !== FAILURE && charset === null) {
        charset = found;
        needPragma = true;
      }
    } else if (attr.name === 'charset') {
      charset = getEncoding(attr.value);
      needPragma = false;
    }
  }
  if (needPragma === null || (needPragma && !gotPragma) || charset === null || charset === FAILURE) return null;
  if (charset === 'utf-16le' || charset === 'utf-16be') return 'utf-8';
  if (charset === 'x-user-defined') return 'windows-1252';
  return charset;
}

/** Moves past the text of a raw-text element, to just before its end tag's '>' (or to the end). */
function skipRawText(cur: Cursor, name: string): void {
  for (cur.pos++; ; cur.pos++) {
    if (cur.byte === 0x3c && cur.startsWith(`</${name}`, true)) {
      const after = cur.peek(name.length + 2);
      if (after === undefined || isSpace(after) || after === 0x2f || after === 0x3e) {
        cur.pos += name.length + 2;
        cur.seek((c) => c === 0x3e);
        return;
      }
    }
  }
}

/** HTML Standard "get an XML encoding": the encoding="…" of a leading <?xml …?>, or null. */
export function xmlEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  if (!head.startsWith('<?xml')) return null;
  const end = head.indexOf('>');
  if (end < 0) return null;
  const m = /encoding[\0-\x20]*=[\0-\x20]*(["'])([^"']*?)\1/.exec(head.slice(0, end));
  if (!m || /[\0-\x20]/.test(m[2]!)) return null;
  // The spec finds the first "encoding" and fails if what follows is not ="…": a regex match further on
  // would be more lenient, so the match must start at the first occurrence.
  if (m.index !== head.indexOf('encoding')) return null;
  const found = encodingForLabel(m[2]!);
  return found === 'utf-16le' || found === 'utf-16be' ? 'utf-8' : found;
}

/** Whether bytes[0…] is all valid UTF-8 with at least one non-ASCII byte; a cut-off last character is allowed. */
function isUtf8(bytes: Uint8Array): boolean {
  if (isAscii(bytes)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The page's text for the detector: tags, comments, scripts and styles taken out (their ASCII would drown
 * the letter statistics), as ICU's detector does with its tag filter; the raw bytes if that leaves no
 * non-ASCII at all.
 */
export function textForDetector(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.min(bytes.length, DETECT_BYTES));
  let n = 0;
  let nonAscii = false;
  const lowerAt = (i: number, s: string) => {
    for (let k = 0; k < s.length; k++) if (lower(bytes[i + k] ?? 0) !== s[k]) return false;
    return true;
  };
  for (let i = 0; i < bytes.length && n < out.length; ) {
    const c = bytes[i]!;
    const next = bytes[i + 1];
    if (c === 0x3c && (isLetter(next) || next === 0x2f || next === 0x21 || next === 0x3f)) {
      let close: number;
      const rawText = ['script', 'style'].find((name) => lowerAt(i + 1, name) && /[\t\n\f\r />]/.test(String.fromCharCode(bytes[i + 1 + name.length] ?? 0x3e)));
      if (lowerAt(i, '<!--')) {
        close = indexOf(bytes, '-->', i + 4);
        if (close >= 0) close += 2;
      } else if (rawText) {
        const endTag = indexOfCaseless(bytes, `</${rawText}`, i + 1);
        close = endTag < 0 ? -1 : bytes.indexOf(0x3e, endTag);
      } else {
        close = bytes.indexOf(0x3e, i + 1);
      }
      if (close < 0) break; // an unclosed tag runs to the end
      i = close + 1;
      out[n++] = 0x20;
      continue;
    }
    if (c >= 0x80) nonAscii = true;
    out[n++] = c;
    i++;
  }
  return nonAscii ? out.subarray(0, n) : bytes.subarray(0, 16 * DETECT_BYTES);
}

function indexOf(bytes: Uint8Array, ascii: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(ascii, from, 'latin1');
}

function indexOfCaseless(bytes: Uint8Array, ascii: string, from: number): number {
  for (let i = indexOf(bytes, '<', from); i >= 0; i = indexOf(bytes, '<', i + 1)) {
    let k = 1;
    while (k < ascii.length && lower(bytes[i + k] ?? 0) === ascii[k]) k++;
    if (k === ascii.length) return i;
  }
  return -1;
}

/** chardet's best guess that names an encoding we decode (not UTF-32, not a replacement one), or null. */
function detect(bytes: Uint8Array): string | null {
  for (const match of analyse(textForDetector(bytes))) {
    const encoding = encodingForLabel(match.name);
    if (encoding && encoding !== 'replacement') return encoding;
  }
  return null;
}

/** windows-1252's bytes 0x80-0x9F (Encoding Standard index); its other bytes are Latin-1's. */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** ICU's IBM866 swaps three ASCII controls (0x1A, 0x1C, 0x7F); the Encoding Standard keeps ASCII as it is. */
const IBM866_FIX: Record<string, string> = { '\x1c': '\x1a', '\x7f': '\x1c', '\x1a': '\x7f' };

/**
 * The bytes decoded in `encoding` (a name from encodingForLabel), as the Encoding Standard decodes them:
 * TextDecoder, except where Node 20's is not the Standard's:
 * - x-user-defined and replacement it has not (§14.5, §14.1);
 * - windows-1252 (also what "latin1", "iso-8859-1" and "ascii" name) it decodes as Latin-1 since Node
 *   20.18.3, leaving “ ” – € as C1 controls (nodejs/node#60888, #56542): done here from the index;
 * - gbk: the Standard's GBK decoder is gb18030's, ICU's GBK stops at two bytes;
 * - euc-kr and big5: ICU's are plain EUC-KR and plain Big5, which silently drop the Unified Hangul Code
 *   syllables (똠, 햏) and the Hong Kong characters (啲, 嘢) that the Standard's EUC-KR (Microsoft's
 *   code page 949) and Big5 (Big5-HKSCS) decode: iconv-lite's cp949 and big5hkscs do those, as they did
 *   when jsdom decoded the bytes itself.
 */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'replacement') return bytes.length ? '\uFFFD' : '';
  if (encoding === 'windows-1252') {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
  }
  if (encoding === 'x-user-defined') {
    let text = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      text += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => (b < 0x80 ? b : 0xf780 + b - 0x80)));
    }
    return text;
  }
  if (encoding === 'euc-kr' || encoding === 'big5') return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding === 'euc-kr' ? 'cp949' : 'big5hkscs');
  const text = new TextDecoder(encoding === 'gbk' ? 'gb18030' : encoding).decode(bytes);
  return encoding === 'ibm866' ? Array.from(text, (c) => IBM866_FIX[c] ?? c).join('') : text;
}

/** Which encoding the bytes are in, and which step said so (see the top of this file). */
export function sniffEncoding(bytes: Uint8Array, options: DecodeOptions = {}): { encoding: string; source: DecodeSource } {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, source: 'bom' };
  if (options.override !== undefined) {
    const encoding = encodingForLabel(options.override);
    if (!encoding || encoding === 'replacement') throw new RangeError(`unknown encoding label ${JSON.stringify(options.override)}`);
    return { encoding, source: 'override' };
  }
  if (options.httpCharset !== undefined) {
    const encoding = encodingForLabel(options.httpCharset);
    if (encoding) return { encoding, source: 'http' };
  }
  if (options.xml) {
    const declared = xmlEncoding(bytes);
    return declared ? { encoding: declared, source: 'meta' } : { encoding: 'utf-8', source: 'default' };
  }
  const declared = prescan(bytes) ?? prescan(bytes, bytes.length, true);
  if (declared) return { encoding: declared, source: 'meta' };
  if (isUtf8(bytes)) return { encoding: 'utf-8', source: 'utf8' };
  // Only ISO-2022-JP among the encodings the detector knows is written in 7-bit bytes (with escapes).
  if (!isAscii(bytes) || bytes.includes(0x1b)) {
    const detected = detect(bytes);
    if (detected) return { encoding: detected, source: 'detector' };
  }
  return { encoding: 'windows-1252', source: 'default' };
}

/**
 * Decodes an HTML (or, with `xml`, XHTML) page's bytes as a browser would. Throws a RangeError for an
 * unknown override label (check it first with encodingForLabel for a friendlier message).
 */
export function decodeHtml(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const { encoding, source } = sniffEncoding(bytes, options);
  return { text: decodeAs(bytes, encoding), encoding, source };
}
