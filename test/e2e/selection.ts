import { expect } from './fixtures.js';
import type { ReaderView } from '../../scripts/reader-view.js';

/** Selects `text` in the article (it lies in one text node), as a drag over it would. */
export async function selectInArticle(view: ReaderView, text: string): Promise<void> {
  const found = await view.eval((root, wanted) => {
    const body = root.querySelector('.rc-body')!;
    const walker = root.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = root.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      root.getSelection()!.removeAllRanges();
      root.getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, text);
  expect(found, `“${text}” is in the article`).toBe(true);
}
