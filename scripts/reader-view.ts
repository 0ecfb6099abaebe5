import type { Frame, Page } from '@playwright/test';

/** The view's root as tests see it: the reader page's document. */
export type ViewRoot = Document;

/**
 * Looks into Readcite's view as a person sees it. The view is an extension page (reader.html) in an
 * iframe inside a closed shadow root: page scripts cannot reach it, Playwright can, because it drives
 * every frame of the tab through the DevTools protocol. Clicks are real mouse clicks.
 */
export class ReaderView {
  constructor(private readonly page: Page) {}

  /** Number of Readcite hosts in the page (0 when closed; never more than 1). */
  async hostCount(): Promise<number> {
    return this.page.evaluate(() => document.querySelectorAll('readcite-view').length);
  }

  /** The reader frame, when one is attached. */
  frame(): Frame | null {
    return this.page.frames().find((f) => /^(chrome|moz)-extension:\/\/[^/]+\/reader\.html/.test(f.url()) && !f.isDetached()) ?? null;
  }

  /** Runs `fn(document, arg)` in the reader page and returns its JSON result; null when no view is open. */
  async eval<T, A = undefined>(fn: (root: ViewRoot, arg: A) => T, arg?: A): Promise<T | null> {
    const frame = this.frame();
    if (!frame) return null;
    try {
      return await frame.evaluate<T>(`(${fn.toString()})(document, ${JSON.stringify(arg ?? null)})`);
    } catch (error) {
      if (frame.isDetached()) return null;
      throw new Error(`in the view: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  /**
   * Waits until the view has rendered and `predicate(document)` holds, checked once per frame inside the
   * reader page (no sleeps). The check is one DevTools evaluation: the page's CSP forbids eval, so
   * Playwright's waitForFunction cannot run there.
   */
  async waitFor(predicate: (root: ViewRoot) => boolean, timeout = 10_000): Promise<void> {
    const frame = await this.waitForFrame(timeout);
    await frame.evaluate(`new Promise((resolve, reject) => {
      const predicate = (${predicate.toString()});
      const start = performance.now();
      const tick = () => {
        if ('ready' in document.documentElement.dataset && predicate(document)) resolve(true);
        else if (performance.now() - start > ${timeout}) reject(new Error('the view did not get there in ${timeout} ms'));
        else requestAnimationFrame(tick);
      };
      tick();
    })`);
  }

  private async waitForFrame(timeout: number): Promise<Frame> {
    const found = this.frame();
    if (found) return found;
    return this.page.waitForEvent('framenavigated', { predicate: (f) => /\/reader\.html/.test(f.url()), timeout });
  }

  async waitForClosed(timeout = 10_000): Promise<void> {
    await this.page.waitForSelector('readcite-view', { state: 'detached', timeout });
  }

  /** True once the reader page has rendered what the content script sent. */
  async isOpen(): Promise<boolean> {
    return (await this.eval((root) => 'ready' in root.documentElement.dataset)) ?? false;
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

  /**
   * A real mouse click in the middle of the element, scrolled into view first as a person would. The
   * click goes to the tab at window coordinates (the frame fills the window), not through the frame's
   * locator, whose post-click bookkeeping can wait forever on a frame the click itself removes.
   */
  async click(selector: string): Promise<void> {
    const frame = this.frame();
    if (!frame) throw new Error(`no view open to click ${selector} in`);
    const target = frame.locator(selector);
    // The bar slides away while reading; a person brings it back by moving the pointer to the top, and
    // clicks once it has stopped moving.
    const inBar = await target.evaluate((el) => (el.closest('.rc-bar') ? ('hidden' in (el.closest('.rc-bar') as HTMLElement).dataset ? 'hidden' : 'shown') : null));
    if (inBar === 'hidden') await this.page.mouse.move(640, 10);
    if (inBar) {
      await this.waitFor((root) => {
        const bar = root.querySelector<HTMLElement>('.rc-bar')!;
        return !('hidden' in bar.dataset) && bar.getAnimations().length === 0;
      });
    }
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error(`${selector} is not visible in the view`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}
