import { countWords, decodeFragment, squash } from '../core/text.js';
import { h, VIEW_ONLY } from './dom.js';

/** Fewer words than this in a link's target and it is a reference mark (a back-link's target), not a note. */
const MIN_NOTE_WORDS = 3;

/** The note a link within the article points at, as text: its block, without its own back-links. */
function noteText(link: Element, doc: Document): string {
  const href = (link.getAttribute('href') ?? '').slice(1);
  // A fragment as the browser matches it: as written, else percent-decoded.
  const target = doc.getElementById(href) ?? doc.getElementById(decodeFragment(href));
  if (!target || target.contains(link) || !/^(?:LI|P|DIV|ASIDE|DD|SECTION)$/.test(target.tagName)) return '';
  const copy = target.cloneNode(true) as Element;
  copy.querySelectorAll('a[href^="#"]').forEach((a) => a.remove());
  const text = squash(copy.textContent);
  return countWords(text) >= MIN_NOTE_WORDS ? text : '';
}

/**
 * A footnote shown beside its reference while the pointer is on it or the reference has keyboard focus
 * (Escape hides it), so a reader need not leave the sentence; the notes stay listed at the article's end.
 * One tooltip for all references, described by aria-describedby while it shows; its text is the note's
 * text, never markup.
 */
export function addNotePreviews(doc: Document, body: Element): void {
  const tip = h(doc, 'div', { class: `rc-note-preview ${VIEW_ONLY}`, role: 'tooltip', id: 'rc-note-preview' });
  tip.hidden = true;
  // Inside the article body (the view replaces the page's body when it shows), placed against it.
  body.append(tip);
  const hide = (link: Element) => {
    tip.hidden = true;
    link.removeAttribute('aria-describedby');
  };
  for (const link of Array.from(body.querySelectorAll('a[href^="#user-content-"]'))) {
    // Read when first shown: the article is not in the document yet while it is being built.
    const show = () => {
      const text = noteText(link, doc);
      if (!text) return;
      tip.textContent = text;
      tip.hidden = false;
      const box = link.getBoundingClientRect();
      const frame = body.getBoundingClientRect();
      const width = Math.min(420, frame.width);
      tip.style.width = `${width}px`;
      tip.style.left = `${Math.max(0, Math.min(box.left - frame.left, frame.width - width))}px`;
      tip.style.top = `${box.bottom - frame.top + 6}px`;
      link.setAttribute('aria-describedby', tip.id);
    };
    link.addEventListener('mouseenter', show);
    link.addEventListener('focus', show);
    link.addEventListener('mouseleave', () => hide(link));
    link.addEventListener('blur', () => hide(link));
    link.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Escape' || tip.hidden) return;
      // The preview closes, not the view.
      event.preventDefault();
      hide(link);
    });
  }
}
