import { isFrameInit, type FrameCancel, type FrameReport, type ViewContent } from '../browser/messages.js';
import { readingNotice } from './reading-notice.js';
import { t, uiDir, uiLanguage } from '../browser/i18n.js';
import { toggleShortcut } from '../browser/shortcut.js';
import { loadSettings, nextTheme, onSettingsChanged, saveSettings, step, type Settings } from '../browser/settings.js';
import { applyAppearance } from './appearance.js';
import { createSettingsForm, hiddenLabel } from './controls.js';
import { renderView } from './render.js';
import { createHelp, isTyping } from './shortcuts.js';
import { h } from './dom.js';

/**
 * The reader page (reader.html), shown in an iframe by the content script. It waits for one message
 * carrying the token from its own URL fragment and a MessagePort, renders the article, and reports back
 * over the port only. Being an extension page, its DOM, key presses, selection and copy events are out of
 * the web page's reach, and its CSP is the extension's.
 */
const token = location.hash.slice(1);
const settingsLoaded = loadSettings();
const toggleKeys = toggleShortcut();

document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDir();

// A long step can keep the page's thread, and so the article, from coming: say so, with a Cancel that
// reaches the page by postMessage (the port comes with the article).
const notice = readingNotice(() => showReading(() => parent.postMessage({ type: 'readcite/cancel' } satisfies FrameCancel, '*')));

addEventListener('message', function onInit(event: MessageEvent<unknown>) {
  const port = event.ports[0];
  if (!port || !isFrameInit(event.data, token)) return;
  removeEventListener('message', onInit);
  const { content } = event.data;
  void Promise.all([settingsLoaded, toggleKeys]).then(([settings, keys]) => {
    notice.done();
    start(port, content, settings, keys);
  });
});

/**
 * While a slow page is read: says so, with Cancel (and Esc), which closes the view and stops the
 * extraction. Returns what removes this screen's key handler before the article is shown.
 */
function showReading(cancel: () => void): () => void {
  // The reader's theme and type from the first frame on, as the article will have them.
  void settingsLoaded.then((settings) => applyAppearance(document, settings));
  const button = h(document, 'button', { type: 'button', class: 'rc-button rc-cancel' }, t('cancel'));
  button.addEventListener('click', cancel);
  const main = h(document, 'main', { class: 'rc-main', tabindex: '-1' }, h(document, 'div', { class: 'rc-message rc-reading-page', role: 'status' }, h(document, 'h1', { id: 'rc-title' }, t('readingPage')), h(document, 'p', {}, button)));
  document.body.replaceChildren(main);
  document.title = t('readingPage');
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel();
  };
  document.addEventListener('keydown', onKey);
  button.focus({ preventScroll: true });
  document.documentElement.dataset['reading'] = '';
  return () => {
    document.removeEventListener('keydown', onKey);
    delete document.documentElement.dataset['reading'];
  };
}

function start(port: MessagePort, content: ViewContent, initial: Settings, keys: string): void {
  const send = (report: FrameReport) => port.postMessage(report);
  let settings = initial;
  const show = (next: Settings) => {
    settings = next;
    applyAppearance(document, settings);
    form.update(settings);
  };

  // Our own writes come back as change events, possibly behind newer presses: while any is under way,
  // this view's state is the newest and the events are ignored.
  let writing = 0;
  const change = (patch: Partial<Settings>) => {
    show({ ...settings, ...patch });
    writing++;
    void saveSettings(patch)
      .catch(() => undefined)
      .finally(() => writing--);
  };
  const form = createSettingsForm(document, settings, change);
  applyAppearance(document, settings);
  const panel = h(document, 'div', { class: 'rc-settings', id: 'rc-settings', role: 'group', 'aria-label': t('settingsLabel'), hidden: '' }, form.element);

  const settingsButton = h(document, 'button', { type: 'button', class: 'rc-button rc-settings-toggle', 'aria-expanded': 'false', 'aria-controls': 'rc-settings', title: t('settingsLabel') }, t('settings'), hiddenLabel(document, t('settingsLabel')));
  const printButton = h(document, 'button', { type: 'button', class: 'rc-button rc-print', title: t('printLabel') }, t('print'));
  const helpButton = h(document, 'button', { type: 'button', class: 'rc-button rc-help-toggle', title: t('shortcutsLabel'), 'aria-haspopup': 'dialog' }, t('shortcuts'), hiddenLabel(document, t('shortcutsLabel')));
  const closeButton = h(document, 'button', { type: 'button', class: 'rc-button rc-close', 'aria-label': t('close') }, t('closeShort'));

  const view = renderView(document, content, settings, [settingsButton, printButton, helpButton, closeButton]);
  view.bar.append(panel);
  const help = createHelp(document, keys);
  document.body.append(help);

  const showSettings = (open: boolean) => {
    panel.hidden = !open;
    settingsButton.setAttribute('aria-expanded', String(open));
    if (open) panel.querySelector<HTMLInputElement>('input:checked')?.focus();
  };
  settingsButton.addEventListener('click', () => showSettings(!!panel.hidden));
  printButton.addEventListener('click', () => print());
  helpButton.addEventListener('click', () => help.showModal());
  closeButton.addEventListener('click', () => send({ type: 'readcite/close' }));

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || help.open || view.notes?.editing()) return; // those dialogs handle their own Esc
    const printKey = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p';
    if (printKey) {
      // Print this page (the article and its citation), not the web page behind it.
      event.preventDefault();
      print();
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!panel.hidden) {
        showSettings(false);
        settingsButton.focus();
      } else if (!view.notes?.closePanel()) send({ type: 'readcite/close' });
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const act: Record<string, (() => void) | undefined> = {
      c: () => void view.cite?.copyCitation(),
      q: () => void view.cite?.copyQuote(),
      h: () => view.notes?.highlightSelection(false),
      n: () => view.notes?.highlightSelection(true),
      N: () => view.notes?.togglePanel(),
      '+': () => change({ size: step(settings, 'size', 1) }),
      '=': () => change({ size: step(settings, 'size', 1) }),
      '-': () => change({ size: step(settings, 'size', -1) }),
      t: () => change({ theme: nextTheme(settings.theme) }),
      s: () => showSettings(!!panel.hidden),
      p: () => print(),
      '?': () => help.showModal(),
    };
    const action = act[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  keepBarOutOfTheWay(view.bar, panel);

  // Another tab or the options page changed the settings: follow them.
  onSettingsChanged((next) => {
    if (!writing) show(next);
  });

  // Reading and scrolling start at once: focus the article, not the first button.
  view.main.focus({ preventScroll: true });
  // Ready once the stored highlights are painted too: the view is then complete, and no storage read of
  // ours is still on its way should the reader close it at once (Firefox reports a promise that settles
  // after its page is gone as an error).
  void (view.notes?.ready ?? Promise.resolve()).then(() => (document.documentElement.dataset['ready'] = ''));
  // For the benchmark (npm run bench:view): the first frame painted with the article in it.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('readcite:painted')));
}

/**
 * The bar slides away while the reader scrolls down the article and comes back on scrolling up, on
 * moving the pointer to the top, on Tab into it, and when text is selected (for Copy quote). It stays
 * while the settings are open. Hidden means moved, never removed: screen readers still have it.
 */
function keepBarOutOfTheWay(bar: HTMLElement, panel: HTMLElement): void {
  let lastY = scrollY;
  const show = (visible: boolean) => {
    if (visible) delete bar.dataset['hidden'];
    else bar.dataset['hidden'] = '';
  };
  addEventListener(
    'scroll',
    () => {
      const y = scrollY;
      const down = y > lastY;
      lastY = y;
      show(!(down && y > 120 && panel.hidden && !bar.contains(document.activeElement)));
    },
    { passive: true },
  );
  addEventListener('pointermove', (event) => event.clientY < 64 && show(true), { passive: true });
  bar.addEventListener('focusin', () => show(true));
  document.addEventListener('selectionchange', () => {
    if (!(document.getSelection()?.isCollapsed ?? true)) show(true);
  });
}
