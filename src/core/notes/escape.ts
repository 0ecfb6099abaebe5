/**
 * Page strings (titles, passages) and the reader's notes go into Markdown and YAML as inert text: they
 * can start no link, image, embed, heading, list, tag, comment or HTML, and end no front matter.
 */
import { escapeMarkdown } from '../citation/rich.js';

/** escapeMarkdown's characters, and line starts that would make a list, heading or quote too. */
export function markdownText(s: string): string {
  return escapeMarkdown(s)
    .replace(/^([ \t]*)(?:([-+=])|(\d+)(?=[.)]))/gm, (_m, space: string, mark?: string, digits?: string) => (mark ? `${space}\\${mark}` : `${space}${digits}\\`));
}

/** Lone surrogates cannot be written as UTF-8: each becomes U+FFFD. */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * A YAML double-quoted scalar (YAML 1.2 §7.3.1): backslash and quote escaped, and every character YAML
 * does not print (controls, line and paragraph separators, NEL, BOM, noncharacters) as \uXXXX, so
 * nothing in it can end the string, the line or the front matter.
 */
export function yamlString(s: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is escaped
  const body = wellFormed(s).replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${body}"`;
}
