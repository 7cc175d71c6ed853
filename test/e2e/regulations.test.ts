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

describe('regulation pages', () => {
  it('goes home → 法规文件 → a document → a provision anchor', async () => {
    const { page, context, foreign, errors } = await openPage(browser);
    await page.goto(baseUrl());
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '法规文件' }).click();
    await page.waitForURL(/\/regulations\/$/);
    await page.getByRole('link', { name: '完善“访调对接”机制实施意见' }).click();
    await page.waitForURL(/fangdiao-lhasa-2019\/$/);
    await page
      .getByRole('complementary')
      .getByRole('link', { name: /引导分流|工作流程/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#p6/);
    const target = page.locator(':target');
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.isVisible()).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a citation with the provision link', async () => {
    const { page, context } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await page.goto(`${baseUrl()}regulations/fangdiao-lhasa-2019/`);
    const block = page.locator('[data-provision="fangdiao-lhasa-2019/6.3"]');
    await block.getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => block.getByRole('button').first().textContent()).toBe('已复制');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(`《完善“访调对接”机制实施意见》第六部分第（三）项 ${baseUrl()}regulations/fangdiao-lhasa-2019/#p6.3`);
    await context.close();
  });

  it('sorts and filters the regulation index, keeping the state in the URL', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}regulations/?kind=${encodeURIComponent('方案')}&sort=-date`);
    const rows = page.locator('.reg-table tbody tr');
    const kinds = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['kind']));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['方案']));
    const dates = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['date'] ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.getByLabel('类型').selectOption('');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?sort=-date');
    expect(await rows.count()).toBe(5);
    await context.close();
  });
});

describe('law library', () => {
  it('lists the statutes with their status, and a statute page cites 款 by 条/款', async () => {
    const { page, context, foreign, errors } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await page.goto(`${baseUrl()}regulations/`);
    const row = (id: string) => page.locator(`.statute-table tr[data-statute="${id}"]`);
    expect(await row('renmin-tiaojie-fa').locator('[data-status]').innerText()).toBe('现行有效');
    expect(await row('minfadian').locator('[data-status]').innerText()).toBe('现行有效；节录');
    expect(await row('zhian-guanli-chufa-fa-2012').locator('[data-status]').innerText()).toBe('已修订；节录');
    expect(await row('zhian-guanli-chufa-fa').locator('[data-status]').innerText()).toBe('现行有效；节录');
    expect(await row('renmin-tiaojie-fa').innerText()).toContain('全文 35 条');
    await row('renmin-tiaojie-fa').getByRole('link', { name: '人民调解法' }).click();
    await page.waitForURL(/renmin-tiaojie-fa\/$/);
    expect(await page.locator('[data-status]').first().innerText()).toContain('现行有效');
    expect(await page.locator('[data-provenance] summary').innerText()).toContain('已与官方数据库文件的转存副本比对');
    await page.locator('[data-provenance] summary').click();
    const official = await page.locator('[data-official-copy]').innerText();
    expect(official).toContain('https://flk.npc.gov.cn/detail?id=2c909fdd678bf17901678bf7105c05af');
    expect(official).toContain('编者未能直接打开该页');
    expect(official).toContain('全部三十五条逐字一致');
    const block = page.locator('[data-provision="renmin-tiaojie-fa/33.2"]');
    expect(await block.innerText()).toContain('人民法院依法确认调解协议有效');
    await block.getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => block.getByRole('button').first().textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `《人民调解法》第三十三条第二款 ${baseUrl()}regulations/renmin-tiaojie-fa/#p33.2`,
    );
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the 2012 治安管理处罚法 article as replaced, with the reason and a link to the 2025 text, which links back', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}regulations/zhian-guanli-chufa-fa-2012/`);
    const note = page.locator('[data-effect-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('不是现行条文');
    await note.locator('[data-current-version]').click();
    await page.waitForURL(/regulations\/zhian-guanli-chufa-fa\/$/);
    expect(await page.locator('[data-status]').first().innerText()).toContain('现行有效');
    expect(await page.locator('[data-provision="zhian-guanli-chufa-fa/9.4"]').innerText()).toContain('经人民调解委员会调解达成协议并履行');
    await page.locator('[data-history-versions] a').click();
    await page.waitForURL(/regulations\/zhian-guanli-chufa-fa-2012\/$/);
    await context.close();
  });

  it('keeps text outside a provision out of the provision, and repair notes after the repaired unit', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}regulations/fangdiao-lhasa-2019/`);
    expect(await page.locator('[data-provision="fangdiao-lhasa-2019/8.3"]').innerText()).not.toContain('拉萨市司法局');
    expect(await page.locator('[data-closing]').innerText()).toContain('2019年6月13日');
    await page.goto(`${baseUrl()}regulations/quangang-xingzheng-zhengyi-2020/`);
    const item = await page.locator('[data-provision="quangang-xingzheng-zhengyi-2020/4.4"]').innerText();
    expect(item).toMatch(/^\(四\)〔编者注/);
    expect(item).not.toContain('附件');
    expect(await page.locator('[data-closing]').innerText()).toMatch(/^附件〔编者注[^〕]*〕:泉港区/);
    await page.goto(`${baseUrl()}regulations/xingzheng-tiaojie-zhou-2022/`);
    expect(await page.locator('[data-provision="xingzheng-tiaojie-zhou-2022/4.3"]').innerText()).not.toContain('责任制');
    expect(await page.locator('[data-part-text]').innerText()).toContain('严格落实行政调解工作责任制');
    await context.close();
  });

  it('finds a statute article by its words and opens it at its anchor', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('申请司法确认')}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const link = page.locator('#search-results a', { hasText: '《人民调解法》第三十三条' }).first();
    expect(await link.count()).toBe(1);
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#p33');
    expect(await page.locator(':target').innerText()).toContain('申请司法确认');
    await context.close();
  });
});
