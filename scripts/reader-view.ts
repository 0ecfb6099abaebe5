import type { CDPSession, Page } from '@playwright/test';

/**
 * Looks into Readcite's view the way DevTools does. The view lives in a *closed* shadow root, which page
 * scripts (and Playwright's selectors) cannot enter; the DevTools protocol can, so tests see exactly what
 * the reader sees without the extension opening a back door for them. Clicks are real mouse clicks at
 * the element's position.
 */
export class ReaderView {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<ReaderView> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new ReaderView(page, cdp);
  }

  /** Number of Readcite hosts in the page (0 when closed; never more than 1). */
  async hostCount(): Promise<number> {
    return this.page.evaluate(() => document.querySelectorAll('readcite-view').length);
  }

  private async shadowRootId(): Promise<string | null> {
    const { result } = await this.cdp.send('Runtime.evaluate', { expression: 'document.querySelector("readcite-view")' });
    if (!result.objectId) return null;
    const { node } = await this.cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId ?? null;
  }

  /** Runs `fn(shadowRoot, arg)` in the page and returns its JSON result; null when no view is open. */
  async eval<T, A = undefined>(fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
    const objectId = await this.shadowRootId();
    if (!objectId) return null;
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the view: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /**
   * Waits until the view is in the page and `predicate(shadowRoot)` holds, checking once per frame
   * inside the page (no fixed sleeps).
   */
  async waitFor(predicate: (root: ShadowRoot) => boolean, timeout = 10_000): Promise<void> {
    await this.page.waitForSelector('readcite-view', { state: 'attached', timeout });
    const objectId = await this.shadowRootId();
    if (!objectId) throw new Error('the view has no shadow root');
    const { exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (timeout) {
        const predicate = (${predicate.toString()});
        const start = performance.now();
        return new Promise((resolve, reject) => {
          const tick = () => {
            if (predicate(this)) resolve(true);
            else if (performance.now() - start > timeout) reject(new Error('the view did not get there in ' + timeout + ' ms'));
            else requestAnimationFrame(tick);
          };
          tick();
        });
      }`,
      arguments: [{ value: timeout }],
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  }

  async waitForClosed(timeout = 10_000): Promise<void> {
    await this.page.waitForSelector('readcite-view', { state: 'detached', timeout });
  }

  async isOpen(): Promise<boolean> {
    return (await this.eval((root) => !!root.querySelector('dialog')?.open)) ?? false;
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

  /** A real mouse click in the middle of the element. */
  async click(selector: string): Promise<void> {
    const box = await this.eval((root, sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' }); // as a person scrolls to what they click
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, selector);
    if (!box) throw new Error(`no ${selector} in the view`);
    await this.page.mouse.click(box.x, box.y);
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
