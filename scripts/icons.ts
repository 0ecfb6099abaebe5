/** Renders icons/icon.svg to the PNG sizes the manifest names. Run after changing the SVG: npx tsx scripts/icons.ts */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, OFFLINE_ARGS } from './chromium.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const svg = fs.readFileSync(path.join(ROOT, 'icons', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: OFFLINE_ARGS });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}`);
    const out = path.join(ROOT, 'icons', `icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: true });
    console.log(`${out} ${fs.statSync(out).size} B`);
    await page.close();
  }
} finally {
  await browser.close();
}
