/** User-facing strings of the browser layer and the view, in one place. */
export const STRINGS = {
  actionTitle: 'Readcite: open reader view',
  actionTitleOpen: 'Readcite: close reader view',
  actionTitleBlocked: 'Readcite cannot run on this page: browsers keep their own pages and extension stores off limits to extensions.',
  actionTitleFailed: 'Readcite could not open this page. Reload it and try again.',
  menuOpen: 'Open in reader view',
  viewLabel: 'Reader view',
  close: 'Close reader view',
  closeShort: 'Close',
  noArticle: 'Readcite could not find an article on this page.',
  noArticleHint: 'Reader view works on pages with one main article, such as a news story or a blog post.',
  failed: 'Readcite could not read this page.',
  tooLarge: 'This page is too large for reader view.',
} as const;

/** The cite panel's words. */
export const CITE_STRINGS = {
  section: 'Cite this article',
  styleLabel: 'Citation style',
  copyCitation: 'Copy citation',
  copyAttribution: 'Copy attribution',
  copyQuote: 'Copy quote',
  republish: 'Republish',
  preview: 'What will be copied',
  copied: (what: string) => `Copied: ${what}.`,
  copiedPlain: (what: string) => `Copied as plain text: ${what}.`,
  failed: (why: string) => `Could not copy: ${why}.`,
  selectFirst: 'Select text in the article first.',
  quoteLabel: 'quote with attribution',
  republishLabel: 'the whole article with its attribution',
  licence: {
    ccUses: { nc: 'non-commercial use only', nd: 'share unchanged', sa: 'share alike' } as Record<string, string>,
    ccReuse: 'reuse with attribution',
    noVersion: 'no version stated: check the site’s terms before reuse',
    cc0: 'dedicated to the public domain: free to reuse',
    pdm: 'marked as free of known copyright',
    custom: 'The site’s own terms apply: cite only',
    syndicated: 'No reuse licence for this article (the site’s licence does not cover syndicated stories): cite only',
    reserved: 'All rights reserved: cite only',
    none: 'No reuse licence found: cite only',
  },
} as const;
