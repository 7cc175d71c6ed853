/**
 * axe-core in Chromium on every page type, in the state people use it (results shown, filters on,
 * answers given, a quiz graded), in light and dark theme: no serious or critical violation.
 * Each page is loaded once; the theme is switched in place through the colour-scheme preference,
 * and axe runs in the page (test/e2e/axe.ts): every rule in the light theme, the colour rules in the
 * dark one (the DOM is the same; only colours change).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const resultsAnnounced = (page: Page) =>
  page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));

/** Page → how to bring it into the state a user scans (nothing: as loaded). */
const PAGES: [string, ((page: Page) => Promise<void>)?][] = [
  [''],
  ['regulations/'],
  ['regulations/fangdiao-lhasa-2019/'],
  ['regulations/sichuan-da-tiaojie-2015/'],
  ['regulations/renmin-tiaojie-fa/'],
  ['regulations/zhian-guanli-chufa-fa-2012/'],
  ['regulations/zhian-guanli-chufa-fa/'],
  ['tools/'],
  ['tools/deadline/?start=2026-09-30&count=3&unit=workday', (p) => p.locator('[data-due]').first().waitFor()],
  ['tools/deadline/?start=2026-02-30&count=0&unit=day', (p) => p.locator('[role="alert"]:not([hidden])').first().waitFor()],
  ['tools/deadline/?procedure=fangdiao&start=2026-09-30', (p) => p.locator('[data-due]').first().waitFor()],
  ['procedures/'],
  ['procedures/fangdiao/'],
  ['procedures/compare/'],
  ['scope/'],
  ['scope/fangdiao-bushiyi/'],
  ['calendar/'],
  ['glossary/'],
  ['study/'],
  [
    'study/?topic=mixed&n=5&seed=3',
    async (page) => {
      // A graded quiz: every single-choice question answered, then handed in.
      const questions = page.locator('.study-q');
      await questions.first().waitFor();
      for (const q of await questions.all()) {
        const radio = q.locator('input[type="radio"]').first();
        if (await radio.count()) await radio.check();
      }
      await page.getByRole('button', { name: '交卷' }).click();
      await page.locator('[data-score]').waitFor();
    },
  ],
  ['study/sheet/fangdiao/'],
  [
    'search/?q=%E8%B0%83%E8%A7%A3',
    async (page) => {
      // Results listed, then a filter chip on.
      await resultsAnnounced(page);
      await page.locator('button.chip[data-filter="type:案例"]').click();
      await page.waitForURL(/type=/);
      await resultsAnnounced(page);
    },
  ],
  ['cases/'],
  [
    'cases/?mechanism=%E8%A1%8C%E6%94%BF%E8%B0%83%E8%A7%A3',
    async (page) => {
      await page.fill('[data-case-filters] [name="q"]', '纠纷');
      await page.waitForURL(/q=/);
    },
  ],
  ['cases/2025/'],
  ['cases/2025/chaoshi-chagan-fuyi-tiaojie/'],
  [
    'cases/2023/fengqiu-jiulao-shanyang/',
    async (page) => {
      // 法律依据: the article's text opened in place.
      await page.locator('[data-law] summary').first().click();
    },
  ],
  ['cases/?law=renmin-tiaojie-fa%2F33'],
  [
    'tools/scope/?parties=citizen&subject=civil-linked&domain=%E9%82%BB%E9%87%8C%E7%BA%A0%E7%BA%B7&route=petition&refuses=no&reserved=no&mediated=none',
  ],
  [
    'tools/scope/',
    async (page) => {
      // A described dispute pre-fills answers (marked 预填); unanswered lists open once started.
      await page.fill('#dispute-q', '对城管的罚款不服');
      await page.press('#dispute-q', 'Enter');
      await page.waitForURL(/subject=admin-act/);
    },
  ],
];

describe('accessibility (axe), in use, both themes', () => {
  // One tab for the whole list, as a reader going from page to page: each address is a new
  // document, without a browser context (and renderer process) of its own per page.
  let tab: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    tab = await openPage(browser, { colorScheme: 'light' });
    tab.page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await tab?.context.close();
  });

  for (const [path, use] of PAGES) {
    it(`/${path}${use ? ' (in use)' : ''}`, async () => {
      const { page, errors } = tab;
      errors.length = 0;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${baseUrl()}${path}`);
      await use?.(page);
      expect(await seriousViolations(page), 'light theme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
      expect(await seriousViolations(page, 'colour'), 'dark theme').toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe('the axe check itself', () => {
  it('reports a serious violation that is there (grey on white text, an image without alt)', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}`);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '浅灰色的字';
      // Through the CSSOM: the site's policy refuses style attributes.
      p.style.color = '#ddd';
      p.style.background = '#fff';
      document.querySelector('main')?.append(p);
      const img = document.createElement('img');
      document.querySelector('main')?.append(img);
    });
    const found = await seriousViolations(page);
    expect(found.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
    // The colour rules alone (the dark-theme pass) still see the contrast, and only colour rules run.
    const colour = (await seriousViolations(page, 'colour')).map((v) => v.split(':')[0]);
    expect(colour).toContain('color-contrast');
    expect(colour).not.toContain('image-alt');
    await context.close();
  });
});
