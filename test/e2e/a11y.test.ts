/** axe-core in Chromium on every page type: no serious or critical violation. */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['', 'regulations/', 'regulations/fangdiao-lhasa-2019/', 'regulations/sichuan-da-tiaojie-2015/', 'tools/', 'tools/deadline/?start=2026-09-30&count=3&unit=workday', 'tools/deadline/?start=2026-02-30&count=0&unit=day', 'tools/deadline/?procedure=fangdiao&start=2026-09-30', 'procedures/', 'procedures/fangdiao/', 'procedures/compare/', 'scope/', 'scope/fangdiao-bushiyi/', 'calendar/', 'glossary/', 'study/', 'study/?topic=mixed&n=5&seed=3', 'study/sheet/fangdiao/', 'search/?q=%E8%AE%BF%E8%B0%83%E5%AF%B9%E6%8E%A5', 'cases/', 'cases/?mechanism=%E8%A1%8C%E6%94%BF%E8%B0%83%E8%A7%A3', 'cases/2025/', 'cases/2025/chaoshi-chagan-fuyi-tiaojie/', 'tools/scope/?parties=citizen&subject=civil-linked&domain=%E9%82%BB%E9%87%8C%E7%BA%A0%E7%BA%B7&route=petition&refuses=no&reserved=no&mediated=none'];

describe('accessibility (axe)', () => {
  for (const path of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`/${path} in ${scheme} theme`, async () => {
        const { page, context } = await openPage(browser, { colorScheme: scheme });
        await page.goto(`${baseUrl()}${path}`);
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
        expect(bad).toEqual([]);
        await context.close();
      });
    }
  }
});
