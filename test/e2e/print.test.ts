/**
 * Printing in dark theme: every page type a user prints must come out black on white, with or
 * without background graphics. Each page is printed to PDF by Chromium and rasterised by poppler's
 * pdftoppm, and the pixels are read: what the printer would put on paper, not a computed style.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'print-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** First page of a PDF as 8-bit grey pixels (poppler writes a binary PGM: "P5 w h 255\n" + bytes). */
function firstPageGrey(pdf: Buffer): Uint8Array {
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '100', '-gray', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
  const pgm = readFileSync(join(dir, 'page.pgm'));
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  return new Uint8Array(pgm.subarray(header[0].length, header[0].length + w * h));
}

const PAGES: [string, string][] = [
  ['法规文件', 'regulations/fangdiao-lhasa-2019/'],
  ['程序', 'procedures/fangdiao/'],
  ['期限对照表', 'procedures/compare/'],
  ['学习提纲', 'study/sheet/fangdiao/'],
  ['清单', 'scope/fangdiao-bushiyi/'],
  [
    '范围判断结果',
    'tools/scope/?parties=citizen&subject=civil-linked&domain=%E9%82%BB%E9%87%8C%E7%BA%A0%E7%BA%B7&route=petition&refuses=no&reserved=no&mediated=none',
  ],
  ['期限计算结果', 'tools/deadline/?start=2026-09-30&count=3&unit=workday'],
  ['案例', 'cases/2025/chaoshi-chagan-fuyi-tiaojie/'],
  ['工作日历', 'calendar/'],
];

describe('print in dark theme is black on white', () => {
  // One tab for the whole list, dark by the system preference and by the header button's stored
  // choice, as a reader printing one page after another.
  let tab: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    tab = await openPage(browser, { colorScheme: 'dark' });
    await tab.context.addInitScript(() => localStorage.setItem('theme', 'dark'));
  });
  afterAll(async () => {
    await tab?.context.close();
  });

  for (const [name, path] of PAGES) {
    it(`${name} (/${path})`, async () => {
      const { page } = tab;
      await page.goto(`${baseUrl()}${path}`);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      for (const printBackground of [false, true]) {
        // Only the first sheet is read, so only it is printed (the layout is that of the whole document).
        const px = firstPageGrey(await page.pdf({ format: 'A4', printBackground, pageRanges: '1' }));
        const white = px.filter((v) => v >= 230).length / px.length;
        const darkest = px.reduce((m, v) => Math.min(m, v), 255);
        // Paper stays white (a dark page background would fail this) ...
        expect(white, `${name}: share of white paper, background graphics ${printBackground ? 'on' : 'off'}`).toBeGreaterThan(0.8);
        // ... and the text is black: grey text (the dark theme's light foreground) never gets this dark.
        expect(darkest, `${name}: darkest ink, background graphics ${printBackground ? 'on' : 'off'}`).toBeLessThan(60);
      }
    });
  }
});
