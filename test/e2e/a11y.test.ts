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

const PAGES = ['', 'regulations/', 'regulations/fangdiao-lhasa-2019/', 'regulations/sichuan-da-tiaojie-2015/', 'tools/', 'tools/deadline/?start=2026-09-30&count=3&unit=workday', 'tools/deadline/?start=2026-02-30&count=0&unit=day', 'tools/deadline/?procedure=fangdiao&start=2026-09-30', 'procedures/', 'procedures/fangdiao/', 'procedures/compare/', 'scope/', 'scope/fangdiao-bushiyi/', 'calendar/', 'glossary/'];

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
