/** A tiny element builder for the view: attributes and text only, never HTML strings. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/**
 * The class of what the view adds inside the article (code buttons and labels, note previews): not the
 * author's words, so never copied, selected or republished with them.
 */
export const VIEW_ONLY = 'rc-view-only';

/** The reader's selection when it lies in `within` (the article's body) and is not empty, else null. */
export function selectionIn(doc: Document, within: Element): { selection: Selection; range: Range } | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  return within.contains(range.commonAncestorContainer) ? { selection, range } : null;
}
