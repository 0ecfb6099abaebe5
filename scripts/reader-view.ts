import type { Frame, Page } from '@playwright/test';

/** The view's root as tests see it: the reader page's document. */
export type ViewRoot = Document;

/**
 * What looking into a document needs from a browser, whatever drives it: evaluate an expression there
 * and click at a point of the window. Chromium's comes from Playwright (DevTools protocol), Firefox's from
 * WebDriver BiDi (scripts/firefox-browser.ts).
 */
export interface DocumentTarget {
  /**
   * Evaluates a JavaScript expression in the document (a promise is awaited) and returns its value as
   * JSON would carry it; `null` when the document is not there (no view open).
   */
  evaluate(expression: string): Promise<unknown>;
  /** Waits until the document is there (the reader frame attached), at most `timeout` ms. */
  attached(timeout: number): Promise<void>;
  /** The real mouse, in the coordinates of the tab's window (the view's frame fills the window). */
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
}

/** What a view needs besides its document: the page it is shown in. */
export interface ViewTarget extends DocumentTarget {
  /** Number of `<readcite-view>` hosts in the page (0 when closed; never more than 1). */
  hostCount(): Promise<number>;
  /** Resolves once no host is left in the page, at most `timeout` ms. */
  hostGone(timeout: number): Promise<void>;
}

/**
 * Looks into a document as a person sees it: text as rendered, computed styles, attributes; clicks are
 * real mouse clicks in the middle of the element. Functions passed in are serialised and run in the
 * document, so they must be self-contained.
 */
export class DocumentView {
  constructor(protected readonly target: DocumentTarget) {}

  /** Runs `fn(document, arg)` in the document and returns its JSON result; null when it is not there. */
  async eval<T, A = undefined>(fn: (root: ViewRoot, arg: A) => T | Promise<T>, arg?: A): Promise<T | null> {
    return (await this.target.evaluate(`(${fn.toString()})(document, ${JSON.stringify(arg ?? null)})`)) as T | null;
  }

  /**
   * Waits until `predicate(document)` holds, checked once per frame inside the document (no sleeps). The
   * check is one evaluation: extension pages' CSP forbids eval, so a driver's own waitForFunction cannot run there.
   */
  async waitFor(predicate: (root: ViewRoot) => boolean, timeout = 10_000): Promise<void> {
    await this.target.attached(timeout);
    const held = await this.target.evaluate(`new Promise((resolve, reject) => {
      const predicate = (${predicate.toString()});
      const start = performance.now();
      const tick = () => {
        if (${this.readyCheck()} && predicate(document)) resolve(true);
        else if (performance.now() - start > ${timeout}) reject(new Error('the document did not get there in ${timeout} ms'));
        else requestAnimationFrame(tick);
      };
      tick();
    })`);
    if (held !== true) throw new Error('the document went away before it got there');
  }

  /** An expression that is true once the document has rendered (the reader page sets data-ready). */
  protected readyCheck(): string {
    return 'true';
  }

  /** What a person sees of an element: its rendered text, or null if absent. */
  async text(selector: string): Promise<string | null> {
    return this.eval((root, sel) => root.querySelector<HTMLElement>(sel)?.innerText.trim() ?? null, selector);
  }

  async texts(selector: string): Promise<string[]> {
    return (await this.eval((root, sel) => Array.from(root.querySelectorAll(sel)).map((el) => (el as HTMLElement).innerText.trim()), selector)) ?? [];
  }

  async style(selector: string, property: string): Promise<string | null> {
    return this.eval(
      (root, [sel, prop]) => {
        const el = root.querySelector(sel);
        return el ? getComputedStyle(el).getPropertyValue(prop) : null;
      },
      [selector, property] as [string, string],
    );
  }

  async attributes(selector: string, name: string): Promise<(string | null)[]> {
    return (
      (await this.eval(
        (root, [sel, attr]) => Array.from(root.querySelectorAll(sel)).map((el) => el.getAttribute(attr)),
        [selector, name] as [string, string],
      )) ?? []
    );
  }

  /** Chooses an option of a <select> as a form does when a person picks one: value, then input and change events. */
  async select(selector: string, value: string): Promise<void> {
    const done = await this.eval(
      (root, [sel, v]) => {
        const select = root.querySelector<HTMLSelectElement>(sel);
        if (!select || !Array.from(select.options).some((o) => o.value === v)) return false;
        select.focus();
        select.value = v;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      [selector, value] as [string, string],
    );
    if (!done) throw new Error(`no option ${value} in ${selector}`);
  }

  /** Scrolls the element into view if it is not, as a person would, and returns the middle of its box. */
  protected async centre(selector: string): Promise<{ x: number; y: number }> {
    const box = await this.eval((root, sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      const r0 = el.getBoundingClientRect();
      if (r0.top < 0 || r0.left < 0 || r0.bottom > innerHeight || r0.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }, selector);
    if (!box) throw new Error(`${selector} is not visible`);
    return box;
  }

  /** A real mouse click in the middle of the element, scrolled into view first. */
  async click(selector: string): Promise<void> {
    const { x, y } = await this.centre(selector);
    await this.target.mouseClick(x, y);
  }

  /** The real mouse moved onto the middle of the element, scrolled into view first. */
  async hover(selector: string): Promise<void> {
    const { x, y } = await this.centre(selector);
    await this.target.mouseMove(x, y);
  }
}

/**
 * Looks into Readcite's view. The view is an extension page (reader.html) in an iframe inside a closed
 * shadow root: page scripts cannot reach it, test drivers can, because they see every frame of the tab
 * (DevTools protocol in Chromium, WebDriver BiDi in Firefox), as DevTools does.
 */
export class ReaderView extends DocumentView {
  private readonly page: Page | null;
  private readonly view: ViewTarget;

  /** A Playwright page (Chromium), or any browser's ViewTarget. */
  constructor(target: Page | ViewTarget) {
    const page = isPlaywrightPage(target) ? target : null;
    const view = page ? playwrightViewTarget(page) : (target as ViewTarget);
    super(view);
    this.page = page;
    this.view = view;
  }

  /** The reader frame as a Playwright frame (Chromium, through Playwright, only), when one is attached. */
  frame(): Frame | null {
    return this.page ? readerFrame(this.page) : null;
  }

  protected override readyCheck(): string {
    // Null-safe: a frame just attached may not have parsed its document yet.
    return "!!document.documentElement && 'ready' in document.documentElement.dataset";
  }

  /** Number of Readcite hosts in the page (0 when closed; never more than 1). */
  hostCount(): Promise<number> {
    return this.view.hostCount();
  }

  async waitForClosed(timeout = 10_000): Promise<void> {
    await this.view.hostGone(timeout);
  }

  /** True once the reader page has rendered what the content script sent. */
  async isOpen(): Promise<boolean> {
    return (await this.eval((root) => 'ready' in ((root.documentElement as HTMLElement | null)?.dataset ?? {}))) ?? false;
  }

  /**
   * A real mouse click in the middle of the element, scrolled into view first as a person would. The
   * click goes to the tab at window coordinates (the frame fills the window), not through a frame
   * locator, whose post-click bookkeeping can wait forever on a frame the click itself removes.
   */
  override async click(selector: string): Promise<void> {
    // The bar slides away while reading; a person brings it back by moving the pointer to the top, and
    // clicks once it has stopped moving (again, should a scroll still under way hide it once more).
    const barState = () =>
      this.eval((root, sel) => {
        const bar = root.querySelector(sel)?.closest<HTMLElement>('.rc-bar');
        return bar ? ('hidden' in bar.dataset ? 'hidden' : 'shown') : null;
      }, selector);
    for (let tries = 0; ; tries++) {
      const state = await barState();
      if (state === null) break; // not in the bar
      if (state === 'hidden') {
        // Two moves, so there is a pointer move to see even if the pointer was at the top already.
        await this.target.mouseMove(640, 30);
        await this.target.mouseMove(640, 10);
      }
      await this.waitFor((root) => root.querySelector<HTMLElement>('.rc-bar')!.getAnimations().length === 0);
      if ((await barState()) === 'shown') break;
      if (tries === 5) throw new Error(`the bar kept sliding away: cannot click ${selector}`);
    }
    await super.click(selector);
  }
}

const READER_URL = /^(chrome|moz)-extension:\/\/[^/]+\/reader\.html/;

function isPlaywrightPage(target: Page | ViewTarget): target is Page {
  return typeof (target as Partial<Page>).frames === 'function';
}

function readerFrame(page: Page): Frame | null {
  return page.frames().find((f) => READER_URL.test(f.url()) && !f.isDetached()) ?? null;
}

/** The reader frame and the page, through Playwright (Chromium). */
export function playwrightViewTarget(page: Page): ViewTarget {
  return {
    async evaluate(expression) {
      const frame = readerFrame(page);
      if (!frame) return null;
      try {
        return (await frame.evaluate<unknown>(expression)) ?? null;
      } catch (error) {
        if (frame.isDetached()) return null;
        throw new Error(`in the view: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
    async attached(timeout) {
      if (readerFrame(page)) return;
      await page.waitForEvent('framenavigated', { predicate: (f) => /\/reader\.html/.test(f.url()), timeout });
    },
    hostCount: () => page.evaluate(() => document.querySelectorAll('readcite-view').length),
    async hostGone(timeout) {
      await page.waitForSelector('readcite-view', { state: 'detached', timeout });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
  };
}

/** A page's own document (the options page), through Playwright. */
export function playwrightDocumentTarget(page: Page): DocumentTarget {
  return {
    evaluate: async (expression) => (await page.evaluate<unknown>(expression)) ?? null,
    attached: () => Promise.resolve(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
  };
}
