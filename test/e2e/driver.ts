import type { DocumentView, ReaderView } from '../../scripts/reader-view.js';

/**
 * What the end-to-end scenarios ask of a browser, the same for Chromium (Playwright, DevTools protocol:
 * chromium-driver.ts) and Firefox (puppeteer-core over WebDriver BiDi plus a few Firefox internals:
 * firefox-driver.ts). Scenarios are written once against this; a browser that cannot do something
 * throws a NotSupported naming what is missing, and the scenario registers a skip with that reason.
 */
export type BrowserName = 'chromium' | 'firefox';

/** Functions passed to evaluate() are serialised and run elsewhere: they must be self-contained. */
export type Evaluated<A, T> = (arg: A) => T | Promise<T>;

export interface Tab {
  /** The tab's address as it was opened (unique per test, so the tab can be found by it). */
  readonly url: string;
  /** Readcite's view in this tab. */
  readonly view: ReaderView;
  /** The tab's own document (the options page, say), looked into the same way as the view. */
  readonly document: DocumentView;
  /** Runs `fn(arg)` in the page's own world (where its scripts run) and returns its JSON value. */
  evaluate<T, A = undefined>(fn: Evaluated<A, T>, arg?: A): Promise<T>;
  goto(url: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** A key press as Playwright writes it: 'a', 'Escape', 'Shift+Tab', 'Control+P'. */
  press(key: string): Promise<void>;
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  type(text: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  wheel(dx: number, dy: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** prefers-color-scheme for this tab's documents (Firefox: for every tab). */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Print media in the view's frame (on), or screen again (off). */
  emulatePrintMedia(on: boolean): Promise<void>;
  /** Runs a script's source (a library such as axe-core) in the view's frame, outside its CSP, as DevTools does. */
  injectIntoView(source: string): Promise<void>;
  /** The same in the tab's own document. */
  injectIntoPage(source: string): Promise<void>;
  /** What assistive technology gets from the page side: "role: name" of each node the tree exposes. */
  accessibilityTree(): Promise<string[]>;
  /** Messages of alert/confirm/prompt dialogs the page opened (dismissed at once). */
  readonly dialogs: string[];
  /** Uncaught errors and console errors of the page itself. */
  readonly errors: { text: string; kind: 'pageerror' | 'console' }[];
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  readonly extensionOrigin: string;
  /** The tab the browser started with. */
  firstTab(): Promise<Tab>;
  newTab(): Promise<Tab>;
  /** Clicks Readcite's toolbar button for this tab, as a person would: activeTab is granted. */
  clickAction(tab: Tab): Promise<void>;
  /**
   * Runs `fn(arg)` where the extension's APIs are (`chrome.*`, promise style): Chromium's background
   * worker, or in Firefox an extension page in a background tab (Firefox's event page is not reachable
   * over BiDi). Either way `tabs.query({ active: true, lastFocusedWindow: true })` is the tab in front.
   */
  inExtension<T, A = undefined>(fn: Evaluated<A, T>, arg?: A): Promise<T>;
  /** Opens the extension's options page in a new tab. */
  openOptions(): Promise<Tab>;
  /** A page of the browser's own, where extensions may not run (chrome://version, about:robots). */
  readonly browserPage: string;
  /** The file a download started by `act` in this tab saved: its name and its text (UTF-8). */
  download(tab: Tab, act: () => Promise<void>): Promise<{ name: string; text: string }>;
  /** Chooses a file for the file input `selector` of the tab's own document (the options page), as a person would. */
  upload(tab: Tab, selector: string, file: { name: string; text: string }): Promise<void>;
  /** What the clipboard holds: text/plain and, if any, text/html. */
  readClipboard(): Promise<{ text: string; html: string | null }>;
  /** A script to run before any of a page's own, in every document loaded from now on. */
  addInitScript(source: string): Promise<void>;
  /** Calls back with the URL of every request any tab or frame makes from now on. */
  onRequest(listener: (url: string) => void): void;
  /** Uncaught errors and console errors of the extension's own scripts and pages so far. */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** A capability this browser (or its driver) does not have; the reason names it. */
export class NotSupported extends Error {}
