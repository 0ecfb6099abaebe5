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
} as const;
