/**
 * The main job: Chromium with Readcite on the bundled demo article (the Common Dreams fixture, served on
 * 127.0.0.1). With a display it opens a window, shows the reader view and stays until you close it.
 * Without one it runs headless, toggles the view, saves a screenshot, prints its path and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from './extension-browser.js';
import { startServer } from './fixture-server.js';
import { ReaderView } from './reader-view.js';

const OUT = path.resolve(import.meta.dirname, '..', 'artifacts');
const headed = !!process.env['DISPLAY'] && process.env['READCITE_HEADLESS'] !== '1';

const server = await startServer();
const browser = await launchWithExtension({ headless: !headed });
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = `${server.origin}/page/commondreams-doj`;
  await page.goto(url);
  const view = new ReaderView(page);
  await browser.clickAction(page);
  await view.waitFor((root) => {
    const img = root.querySelector<HTMLImageElement>('.rc-lead img');
    return (!img || img.complete) && root.getAnimations().length === 0;
  });
  console.log(`Readcite is showing ${url}`);

  if (headed) {
    console.log('Click the Readcite button or press Alt+Shift+R to toggle; close the window to finish.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  } else {
    fs.mkdirSync(OUT, { recursive: true });
    const shot = path.join(OUT, 'readcite-demo.png');
    await page.screenshot({ path: shot });
    await browser.clickAction(page);
    await view.waitForClosed();
    console.log(`screenshot: ${shot}`);
    console.log('toggled off again: the page is back as it was');
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
