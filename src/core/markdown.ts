import TurndownService from 'turndown';

/**
 * The HTML-to-Markdown converter of the CLI's `--format markdown` and the view's "Save as Markdown":
 * ATX headings, fenced code, `-` bullets; a formula as its TeX between dollars when the page gave it.
 * Turndown escapes Markdown characters in the text it converts, so page text stays text.
 */
export function createTurndown(): TurndownService {
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  turndown.addRule('formula', {
    filter: (node) => node.nodeName.toLowerCase() === 'math',
    replacement: (_content, node) => {
      const math = node as Element;
      const tex = math.querySelector('annotation[encoding="application/x-tex"]')?.textContent.trim();
      if (!tex) return math.textContent;
      return math.getAttribute('display') === 'block' ? `\n\n$$${tex}$$\n\n` : `$${tex}$`;
    },
  });
  return turndown;
}
