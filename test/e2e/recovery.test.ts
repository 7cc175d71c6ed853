/**
 * Failures a reader can recover from: a damaged search index, a failed load of the search program,
 * storage that is blocked or full, an absurd ?q=, a crafted ?unit=, and a browser without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, countVisible, openPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const status = (page: Page) => page.locator('[data-search-status]');
const failure = (page: Page) => page.locator('[data-search-error]');
const results = (page: Page) => page.locator('#search-results > li');
/** The search has ended one way or the other: a count, "nothing found", or the failure notice. */
const searchEnded = (page: Page) =>
  page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /找到|没有找到/.test(s) || !document.querySelector('[data-search-error]')?.hasAttribute('hidden');
  });
const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const NOT_KEPT = '此浏览器不允许本站在本机保存数据，关闭或刷新页面后不会保留。';

describe('search when the index or the search program fails', () => {
  const Q = encodeURIComponent('调解');

  it('one unreadable result fragment: the other results are shown and the page says one was left out', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}search/?q=${Q}`);
    await searchEnded(page);
    const whole = await countVisible(results(page));
    expect(whole).toBe(20);

    let broken = 0;
    await context.route('**/pagefind/fragment/**', (route) => {
      if (broken++ === 0) return route.fulfill({ status: 200, body: 'not a pagefind fragment' });
      return route.continue();
    });
    await page.reload();
    await searchEnded(page);
    expect(await countVisible(results(page))).toBe(whole - 1);
    expect(await status(page).innerText()).toContain('1 条结果的索引文件无法读取，已略去');
    expect(await failure(page).isVisible()).toBe(false);
    await context.close();
  });

  it('a missing index file: a Chinese message with the sections to browse, and 重试 recovers', async () => {
    const { page, context, errors } = await openPage(browser);
    // The search program's WebAssembly, without which Pagefind cannot open the index.
    await context.route('**/pagefind/wasm.*', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto(`${baseUrl()}search/?q=${Q}`);
    await searchEnded(page);
    expect(await failure(page).isVisible()).toBe(true);
    expect(await failure(page).innerText()).toContain('搜索暂时无法使用');
    expect(await status(page).innerText()).not.toContain('正在搜索');
    const sections = await failure(page).getByRole('link').allInnerTexts();
    expect(sections).toEqual(['法规文件', '范围与原则', '程序与期限', '案例库', '术语表']);
    await context.unroute('**/pagefind/wasm.*');
    await page.getByRole('button', { name: '重试' }).click();
    await searchEnded(page);
    expect(await countVisible(results(page))).toBe(20);
    expect(await failure(page).isVisible()).toBe(false);
    // Pagefind's own runtime leaves one rejection of the failed file unhandled; the site's code none.
    expect(errors.filter((e) => !e.includes('/pagefind/wasm.'))).toEqual([]);
    await context.close();
  });

  it('the search program fails to load: the message, then 重试 loads it', async () => {
    const { page, context, errors } = await openPage(browser);
    await context.route('**/pagefind/pagefind.js*', (route) => route.abort('connectionreset'));
    await page.goto(`${baseUrl()}search/?q=${Q}`);
    await searchEnded(page);
    expect(await failure(page).isVisible()).toBe(true);
    await context.unroute('**/pagefind/pagefind.js*');
    await page.getByRole('button', { name: '重试' }).click();
    await searchEnded(page);
    expect(await countVisible(results(page))).toBe(20);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a 10,000-character ?q= is cut to 100 characters, and the page says so', async () => {
    const { page, context, errors } = await openPage(browser);
    // Mostly ASCII so the address stays within what a web server accepts (about 10 kB).
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('调解' + 'x'.repeat(9998))}`);
    await searchEnded(page);
    expect(await page.locator('#search-q').inputValue()).toBe('调解' + 'x'.repeat(98));
    expect(await status(page).innerText()).toContain('查询词过长，只按前 100 个字查找');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('10,000 characters pasted into the search box are cut the same way', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${baseUrl()}search/`);
    await page.locator('#search-q').fill('调解期限'.repeat(2500));
    await page.locator('#search-q').press('Enter');
    await searchEnded(page);
    expect(await page.locator('#search-q').inputValue()).toBe('调解期限'.repeat(25));
    expect(await status(page).innerText()).toContain('查询词过长，只按前 100 个字查找');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** localStorage that throws on every access (blocked), or only on writes (full). */
async function breakStorage(context: BrowserContext, how: 'blocked' | 'full'): Promise<void> {
  await context.addInitScript((mode) => {
    if (mode === 'blocked') {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    } else {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  }, how);
}

describe('storage blocked or full', () => {
  for (const how of ['blocked', 'full'] as const) {
    it(`${how}: the theme button still switches the theme`, async () => {
      const { page, context, errors } = await openPage(browser);
      await breakStorage(context, how);
      await page.goto(`${baseUrl()}glossary/`);
      await page.getByRole('button', { name: /改为深色/ }).click();
      expect(await bg(page)).toBe('rgb(21, 22, 26)');
      await page.getByRole('button', { name: /改为浅色/ }).click();
      expect(await bg(page)).toBe('rgb(251, 250, 247)');
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`${how}: a checklist counts ticks and says they will not be kept`, async () => {
      const { page, context, errors } = await openPage(browser);
      await breakStorage(context, how);
      await page.goto(`${baseUrl()}scope/fangdiao-shiyi/`);
      const total = await page.locator('input[data-item]').count();
      await page.locator('input[data-item]').nth(0).check();
      await page.locator('input[data-item]').nth(1).check();
      expect(await page.locator('[data-checklist-count]').innerText()).toBe(`已勾选 2 / ${total} 项。${NOT_KEPT}`);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`${how}: a quiz is scored, and the page says progress cannot be kept`, async () => {
      const { page, context, errors } = await openPage(browser);
      await breakStorage(context, how);
      await page.goto(`${baseUrl()}study/?topic=deadline&n=5&seed=3`);
      const questions = page.locator('.study-q');
      await expect.poll(() => questions.count()).toBe(5);
      for (let i = 0; i < 5; i++) {
        const radio = questions.nth(i).locator('input[type="radio"]').first();
        if (await radio.count()) await radio.check();
      }
      await page.getByRole('button', { name: '交卷' }).click();
      expect(await page.locator('[data-score]').getAttribute('data-score')).toMatch(/^\d\/5$/);
      expect(await page.locator('[data-study-result]').innerText()).toContain(NOT_KEPT);
      expect(await page.locator('[data-study-progress]').innerText()).toBe(`学习记录无法保存：${NOT_KEPT}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('input from the URL', () => {
  it('/tools/deadline/?unit=__proto__ says which units exist, not “undefined”', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/deadline/?start=2026-01-05&count=5&unit=__proto__`);
    const alerts = page.locator('[role="alert"]').filter({ visible: true });
    await expect.poll(() => alerts.count()).toBeGreaterThan(0);
    const text = (await alerts.allInnerTexts()).join('\n');
    expect(text).toContain('期限单位只能是：日、工作日、月、年');
    expect(text).not.toContain('undefined');
    expect(await page.locator('[data-due]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  async function noScript() {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    return { context, page: await context.newPage() };
  }

  it('/study/ hides the quiz controls and says the quiz needs JavaScript', async () => {
    const { page, context } = await noScript();
    await page.goto(`${baseUrl()}study/`);
    expect(await page.getByRole('button', { name: '开始一套新题' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '清除全部学习记录' }).isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toContain('自测练习需要浏览器启用 JavaScript');
    // The study sheets need no script.
    expect(await page.getByRole('link', { name: '访调对接学习提纲' }).isVisible()).toBe(true);
    await context.close();
  });

  it('a regulation page shows no dead 复制引用 buttons, and no theme button', async () => {
    const { page, context } = await noScript();
    await page.goto(`${baseUrl()}regulations/fangdiao-lhasa-2019/`);
    expect(await page.locator('button.copy-cite').count()).toBeGreaterThan(0);
    expect(await countVisible(page.getByRole('button', { name: '复制引用' }))).toBe(0);
    expect(await countVisible(page.locator('[data-theme-toggle]'))).toBe(0);
    await context.close();
  });

  it('/cases/ hides the filters that cannot work and points to the year collections', async () => {
    const { page, context } = await noScript();
    await page.goto(`${baseUrl()}cases/`);
    expect(await page.locator('[data-case-filters]').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toContain('筛选和关键词查找需要浏览器启用 JavaScript');
    expect(await countVisible(page.locator('[data-case-list] > li'))).toBeGreaterThan(0);
    await context.close();
  });
});
