import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { announcedCases, baseUrl, countVisible, openPage } from './helpers.ts';
import { readCases, readFrontmatterFile } from '../support/data.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// What the reader sees: rendered items, not items without a `hidden` attribute.
const visibleItems = (page: Page) => page.locator('[data-case-list] > li').filter({ visible: true });
const meta = (page: Page) => visibleItems(page).locator('p.muted').allInnerTexts();

/** Every case file's frontmatter: the expected counts come from the files, not from the page's script. */
const CASES = readCases().map((c) => c.data);

describe('case library: what is shown is what is counted', () => {
  const facetValue = (f: string, c: Record<string, unknown>) => String(c[f]);
  for (const facet of ['year', 'domain', 'mechanism', 'outcome']) {
    it(`ticking a ${facet} value shows exactly the cases the files have for it`, async () => {
      const { page, context } = await openPage(browser);
      await page.goto(`${baseUrl()}cases/`);
      const boxes = page.locator(`[data-facet="${facet}"] input[type="checkbox"]`);
      const values = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      expect(values.length).toBeGreaterThan(1);
      // One value at a time, as a reader does: tick it, read the list, untick it.
      for (const value of values.slice(0, 4)) {
        const box = page.locator(`[data-facet="${facet}"] input[value="${value}"]`);
        await box.check();
        const expected = CASES.filter((c) => facetValue(facet, c) === value).length;
        await expect.poll(() => announcedCases(page), { message: `${facet}=${value}` }).toBe(expected);
        expect(await countVisible(page.locator('[data-case-list] > li')), `${facet}=${value}`).toBe(expected);
        await box.uncheck();
        await expect.poll(() => announcedCases(page), { message: `${facet}=${value} unticked` }).toBe(CASES.length);
      }
      await context.close();
    });
  }

  it('a region, a keyword and their combinations show as many items as they announce', async () => {
    const { page, context } = await openPage(browser);
    const mech = CASES.find((c) => c['mechanism'] === '行政复议调解')!;
    await page.goto(`${baseUrl()}cases/`);
    const region = await page.locator('[data-facet="region"] input').first().getAttribute('value');
    const combos = [
      'q=%E5%8C%BB%E7%96%97%E7%BA%A0%E7%BA%B7', // 医疗纠纷
      'q=%E7%89%A9%E4%B8%9A', // 物业
      `region=${encodeURIComponent(region!)}`,
      `region=${encodeURIComponent(region!)}&q=${encodeURIComponent('纠纷')}`,
      `mechanism=${encodeURIComponent('行政复议调解')}&domain=${encodeURIComponent(String(mech['domain']))}`,
      `q=${encodeURIComponent('调解')}&mechanism=${encodeURIComponent('人民调解')}&year=2025`,
    ];
    for (const qs of combos) {
      await page.goto(`${baseUrl()}cases/?${qs}`);
      const n = await announcedCases(page);
      expect(await countVisible(page.locator('[data-case-list] > li')), qs).toBe(Math.min(n, 50));
      expect(await page.locator('[data-case-empty]').isVisible(), qs).toBe(n === 0);
    }
    // A word no case contains: nothing listed, and the empty message shown.
    await page.goto(`${baseUrl()}cases/`);
    await page.fill('[data-case-filters] [name="q"]', '医疗纠纷');
    await expect.poll(() => page.locator('[data-case-status]').innerText()).toContain('找到');
    expect(await countVisible(page.locator('[data-case-list] > li'))).toBe(await announcedCases(page));
    await context.close();
  });
});

describe('case library', () => {
  it('works as a plain list without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}cases/`);
    expect(await page.locator('[data-case-list] li').count()).toBeGreaterThanOrEqual(30);
    await context.close();
  });

  it('combines filters, counts them, and keeps them across a reload', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/`);
    const all = await visibleItems(page).count();
    await page.locator('[data-facet="mechanism"] input[value="行政复议调解"]').check();
    const afterOne = await visibleItems(page).count();
    expect(afterOne).toBeLessThan(all);
    for (const m of await meta(page)) expect(m).toContain('行政复议调解');
    await page.locator('[data-facet="domain"] input[value="行政处罚"]').check();
    const afterTwo = await visibleItems(page).count();
    expect(afterTwo).toBeGreaterThan(0);
    expect(afterTwo).toBeLessThan(afterOne);
    for (const m of await meta(page)) expect(m).toMatch(/行政复议调解.*行政处罚/);
    // the count next to the checked domain equals what is shown
    expect(await page.locator('[data-facet="domain"] input[value="行政处罚"] ~ [data-count]').innerText()).toBe(`(${afterTwo})`);
    const url = new URL(page.url());
    expect(url.searchParams.get('mechanism')).toBe('行政复议调解');
    await page.reload();
    expect(await visibleItems(page).count()).toBe(afterTwo);
    expect(await page.locator('[data-facet="domain"] input[value="行政处罚"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a case by a word from its key points', async () => {
    const c = readFrontmatterFile('src/content/cases/2025/chaoshi-chagan-fuyi-tiaojie.mdx');
    expect((c.data['keyPoints'] as string[]).join('')).toContain('裁量准则');
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/`);
    await page.fill('[data-case-filters] [name="q"]', '裁量准则');
    await expect.poll(() => visibleItems(page).first().locator('h2').innerText()).toBe(c.data['title']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('裁量准则');
    await context.close();
  });

  it('sorts by days taken', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/?sort=days-asc`);
    const days = (await meta(page)).map((m) => /用时 (\d+) 天/.exec(m)?.[1] ?? null);
    const known = days.filter((d) => d !== null).map(Number);
    expect(known.length).toBeGreaterThan(2);
    // Known durations first, shortest first; cases whose duration was not reported after them.
    expect(days.slice(0, known.length).every((d) => d !== null)).toBe(true);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    await context.close();
  });

  it('links a case to its provisions, and the provision back to the case', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/2025/chaoshi-chagan-fuyi-tiaojie/`);
    const title = await page.locator('h1').innerText();
    expect(await page.locator('.toc a').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#related-title ~ ul li').count()).toBeGreaterThanOrEqual(3);
    const cite = page.locator('.case-cites a').first();
    const citeId = await cite.getAttribute('data-cite');
    await cite.click();
    await page.waitForURL(/regulations\//);
    const block = page.locator(`[data-provision="${citeId}"]`);
    await block.locator('.cited-by summary').click();
    await block.locator('.cited-by').getByRole('link', { name: title }).click();
    await page.waitForURL(/cases\/2025\/chaoshi-chagan-fuyi-tiaojie\/$/);
    await context.close();
  });

  it('has a page per year with charts, and a feed', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/2024/`);
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    expect(await page.locator('.year-list li').count()).toBeGreaterThan(0);
    const feed = await page.request.get(`${baseUrl()}cases/rss.xml`);
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    expect((xml.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(30);
    await context.close();
  });

  it('shows 争议焦点, 调解要旨 and 法律依据 above the narrative, each article opening in place, 工作依据 apart', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/2023/fengqiu-jiulao-shanyang/`);
    const headings = await page.locator('article h2').allInnerTexts();
    const at = (h: string) => headings.indexOf(h);
    expect(at('争议焦点')).toBeGreaterThan(-1);
    expect(at('争议焦点')).toBeLessThan(at('调解要旨'));
    expect(at('调解要旨')).toBeLessThan(at('法律依据'));
    expect(at('法律依据')).toBeLessThan(at('基本案情'));
    expect(at('工作依据')).toBeGreaterThan(at('典型意义'));
    const law = page.locator('[data-law="minfadian/1067"]');
    await expect.poll(() => law.locator('summary').innerText()).toBe('《民法典》第一千零六十七条');
    // The article's text (from 民法典 第一千零六十七条) is hidden until the reader opens it.
    const text = law.getByText('成年子女不履行赡养义务的');
    expect(await text.isVisible()).toBe(false);
    await law.locator('summary').click();
    expect(await text.isVisible()).toBe(true);
    await law.getByRole('link', { name: '到条文原处' }).click();
    await page.waitForURL(/regulations\/minfadian\/#/);
    await context.close();
  });

  it('says 报道未载明 where the report has not been read', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/2019/pingjiang-gongshang-queren/`);
    expect(await page.locator('[data-unchecked]').isVisible()).toBe(true);
    expect(await page.locator('[data-field="disputeFocus"]').innerText()).toBe('报道未载明');
    expect(await page.locator('[data-field="holding"]').innerText()).toBe('报道未载明');
    expect(await page.locator('[data-laws-none]').innerText()).toBe('报道未载明');
    await context.close();
  });

  it('filters by statute article, keeping it in the URL', async () => {
    const article = 'renmin-tiaojie-fa/33';
    const cites = (c: Record<string, unknown>) =>
      ((c['laws'] as (string | { id: string })[] | undefined) ?? []).some((l) => {
        const id = typeof l === 'string' ? l : l.id;
        return id === article || id.startsWith(`${article}.`);
      });
    const expected = CASES.filter(cites).length;
    expect(expected).toBeGreaterThan(0);
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/`);
    await page.locator('select[name="law"]').selectOption(article);
    expect(await page.locator('select[name="law"] option:checked').innerText()).toContain('引用《人民调解法》第三十三条的案例');
    expect(new URL(page.url()).searchParams.get('law')).toBe(article);
    expect(await announcedCases(page)).toBe(expected);
    expect(await countVisible(page.locator('[data-case-list] > li'))).toBe(expected);
    await page.reload();
    expect(await countVisible(page.locator('[data-case-list] > li'))).toBe(expected);
    await context.close();
  });
});
