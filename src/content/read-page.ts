import { ExtractionTimeoutError, PageTooLargeError, extractArticleAsync, type AsyncExtractOptions } from '../core/extract.js';
import type { ViewContent, ViewState } from '../browser/messages.js';

export interface PageResult {
  content: ViewContent;
  state: ViewState;
}

/**
 * Extracts the article, or says why there is none; never rejects, except with the abort reason when the
 * reader cancelled (the view is gone then: there is nothing to show).
 */
export async function readPage(doc: Document, url: string, options: AsyncExtractOptions = {}): Promise<PageResult> {
  try {
    const article = await extractArticleAsync(doc, url, options);
    if (article) return { content: { kind: 'article', article }, state: 'open' };
    return { content: { kind: 'message', reason: 'no-article', detail: '' }, state: 'no-article' };
  } catch (error) {
    if (options.signal?.aborted && error === options.signal.reason) throw error;
    const content: ViewContent =
      error instanceof PageTooLargeError
        ? { kind: 'message', reason: 'too-large', elements: error.elements, limit: error.limit }
        : error instanceof ExtractionTimeoutError
          ? { kind: 'message', reason: 'too-slow', seconds: Math.round(error.limitMs / 1000) }
          : { kind: 'message', reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    return { content, state: 'error' };
  }
}
