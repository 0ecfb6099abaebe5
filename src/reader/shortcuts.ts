import { t, type MessageKey } from '../browser/i18n.js';
import { h } from './dom.js';

/** The view's keys, as listed by `?`. Letters act only outside form fields and without modifiers. */
export const SHORTCUTS: readonly { keys: string[]; what: MessageKey }[] = [
  { keys: ['c'], what: 'keyCopy' },
  { keys: ['q'], what: 'keyQuote' },
  { keys: ['h'], what: 'keyHighlight' },
  { keys: ['n'], what: 'keyNote' },
  { keys: ['Shift+N'], what: 'keyNotes' },
  { keys: ['+'], what: 'keyLarger' },
  { keys: ['-'], what: 'keySmaller' },
  { keys: ['t'], what: 'keyTheme' },
  { keys: ['s'], what: 'keySettings' },
  { keys: ['p'], what: 'keyPrint' },
  { keys: ['?'], what: 'keyHelp' },
  { keys: ['Esc'], what: 'keyClose' },
];

/** The shortcut list: a modal dialog in the reader page (Esc or its button closes it, focus returns). */
export function createHelp(doc: Document, toggleKeys: string): HTMLDialogElement {
  const list = h(doc, 'dl', { class: 'rc-keys' });
  for (const { keys, what } of [...SHORTCUTS, ...(toggleKeys ? [{ keys: [toggleKeys], what: 'keyToggle' as const }] : [])]) {
    list.append(h(doc, 'dt', {}, ...keys.map((k) => h(doc, 'kbd', {}, k))), h(doc, 'dd', {}, t(what)));
  }
  const close = h(doc, 'button', { type: 'button', class: 'rc-button' }, t('closeShort'));
  const dialog = h(doc, 'dialog', { class: 'rc-help', 'aria-labelledby': 'rc-help-title' }, h(doc, 'h2', { id: 'rc-help-title' }, t('shortcutsLabel')), list, close);
  close.addEventListener('click', () => dialog.close());
  return dialog;
}

/** True when a key press belongs to a form field, not to the view. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.matches('select, input:not([type=radio]), textarea, [contenteditable]');
}
