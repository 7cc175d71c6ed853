/**
 * Everyday use (issue 13): phones, typed dates, search results, the quiz and the small things,
 * each checked as a reader sees it (visible items, layout widths, the words on the page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, countVisible, openPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const url = (path: string) => `${baseUrl()}${path}`;

/** Width of every visible cell of the table, in CSS pixels. */
const cellWidths = (table: Locator) =>
  table
    .locator('tbody td, tbody th')
    .evaluateAll((cells) => cells.filter((c) => c.checkVisibility()).map((c) => c.getBoundingClientRect().width));

/** How many lines each element's text occupies: 1 means it did not break. */
const lineCounts = (els: Locator) =>
  els.evaluateAll((nodes) =>
    nodes.map((n) => {
      const range = document.createRange();
      range.selectNodeContents(n);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    }),
  );

describe('phones: wide tables become cards', () => {
  const tables: [string, string, string][] = [
    ['procedure page 期限一览', 'procedures/fangdiao/', '.deadline-table'],
    ['期限对照表', 'procedures/compare/', '.compare table'],
    ['deadline schedule', 'tools/deadline/?procedure=fangdiao&start=2026-09-28', '.timeline table'],
    ['法规文件 index', 'regulations/', '.reg-table'],
  ];
  it.each(tables)(
    '%s: every cell is nearly the screen wide at 390 px, and dates and durations stay on one line',
    async (_, path, selector) => {
      const { page, context } = await openPage(browser, { viewport: PHONE });
      await page.goto(url(path));
      const table = page.locator(selector);
      await table.waitFor();
      const widths = await cellWidths(table);
      expect(widths.length).toBeGreaterThan(3);
      // Six columns side by side left ~50 px each (one character per line); a card line is ≥ 300 px.
      expect(Math.min(...widths)).toBeGreaterThan(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const nowrap = table.locator('.nowrap, .num, time');
      expect(await nowrap.count()).toBeGreaterThan(0);
      for (const n of await lineCounts(nowrap)) expect(n).toBe(1);
      await context.close();
    },
  );

  it('the schedule shows each due date whole ("2026年10月13日", not "20/26/年")', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(url('tools/deadline/?procedure=fangdiao&start=2026-09-28'));
    const dues = page.locator('.timeline [data-due]');
    await dues.first().waitFor();
    expect(await dues.allInnerTexts()).toContain('2026年10月13日');
    for (const n of await lineCounts(dues)) expect(n).toBe(1);
    // Each value is labelled in the card.
    const labels = await page
      .locator('.timeline td[data-label="届满日"]')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(labels).toContain('届满日');
    await context.close();
  });

  it('a wide screen keeps the table as a table', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('procedures/compare/'));
    expect(await page.locator('.compare thead').isVisible()).toBe(true);
    expect(
      await page
        .locator('.compare tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('table-row');
    await context.close();
  });
});

describe('phones: the header', () => {
  it('folds the sections behind a menu button that works by mouse and keyboard; search stays in view', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: PHONE });
    await page.goto(url('procedures/'));
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(110);
    const nav = page.getByRole('navigation', { name: '主导航' });
    const menu = page.getByRole('button', { name: '菜单' });
    expect(await nav.isVisible()).toBe(false);
    expect(await page.locator('#header-q').isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await countVisible(nav.locator('a'))).toBe(7);
    await menu.click();
    expect(await nav.isVisible()).toBe(false);
    // Keyboard: Enter opens, Escape closes and leaves the focus on the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await nav.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the sections without a script, and shows no dead menu button', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('procedures/'));
    expect(await countVisible(page.getByRole('navigation', { name: '主导航' }).locator('a'))).toBe(7);
    expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
    await context.close();
  });

  it('shows the sections and no menu button on a wide screen', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('procedures/'));
    expect(await countVisible(page.getByRole('navigation', { name: '主导航' }).locator('a'))).toBe(7);
    expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
    await context.close();
  });

  it('"/" and Ctrl+K put the cursor in the search box, but "/" typed in a field stays in the field', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('cases/'));
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('name') || '');
    await page.keyboard.press('/');
    expect(await focused()).toBe('header-q');
    expect(await page.inputValue('#header-q')).toBe('');
    await page.locator('.case-q input').focus();
    await page.keyboard.type('a/b');
    expect(await page.inputValue('.case-q input')).toBe('a/b');
    expect(await focused()).toBe('q');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    expect(await focused()).toBe('header-q');
    await context.close();
  });
});

describe('phones: /cases/', () => {
  it('shows the count and the results first, filters behind 筛选（已选 n）, with no scroll boxes', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(url('cases/'));
    const summary = page.locator('[data-case-facets] > summary');
    expect(await summary.innerText()).toBe('筛选（已选 0）');
    expect(await page.locator('[data-case-facets] fieldset').first().isVisible()).toBe(false);
    const first = await page.locator('.case-list > li').first().boundingBox();
    // Was ~1,470 px down: now within the first screen.
    expect(first!.y).toBeLessThan(PHONE.height);
    await summary.click();
    const box = page.locator('[data-case-facets] input[name="domain"]').first();
    await box.check();
    await expect.poll(() => summary.innerText()).toBe('筛选（已选 1）');
    const shown = Number(/找到 (\d+) 件/.exec(await page.locator('[data-case-status]').innerText())![1]);
    expect(await countVisible(page.locator('.case-list > li'))).toBe(shown);
    // No box inside the page that scrolls on its own.
    const scrollers = await page
      .locator('main *')
      .evaluateAll(
        (els) => els.filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1).length,
      );
    expect(scrollers).toBe(0);
    const clear = await page.getByRole('button', { name: '清除全部筛选' }).boundingBox();
    expect(clear!.height).toBeLessThan(60);
    expect(clear!.width).toBeLessThan(200);
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await expect.poll(() => summary.innerText()).toBe('筛选（已选 0）');
    await context.close();
  });

  it('keeps the filters open beside the list on a wide screen', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('cases/'));
    expect(await page.locator('[data-case-facets] fieldset').first().isVisible()).toBe(true);
    await context.close();
  });

  it("puts a case page's contents at the top on a phone, folded, and beside the text on a wide screen", async () => {
    const phone = await openPage(browser, { viewport: PHONE });
    await phone.page.goto(url('cases/2021/hongkou-loushang-loushui/'));
    const toc = phone.page.locator('.case-toc');
    const tocBox = await toc.boundingBox();
    const h1Box = await phone.page.locator('h1').boundingBox();
    expect(tocBox!.y).toBeLessThan(h1Box!.y);
    expect(await countVisible(toc.locator('a'))).toBe(0);
    await toc.locator('summary').click();
    expect(await countVisible(toc.locator('a'))).toBeGreaterThan(3);
    await phone.context.close();

    const wide = await openPage(browser);
    await wide.page.goto(url('cases/2021/hongkou-loushang-loushui/'));
    const links = wide.page.locator('.case-toc a');
    expect(await countVisible(links)).toBeGreaterThan(3);
    const tocX = (await wide.page.locator('.case-toc').boundingBox())!.x;
    const textX = (await wide.page.locator('h1').boundingBox())!.x;
    expect(tocX).toBeGreaterThan(textX);
    await wide.context.close();
  });
});

describe('dates as people type them', () => {
  const typed = ['2026/9/28', '2026.9.28', '2026年9月28日', '20260928', '2026-9-28'];

  it('each way of writing it in the URL is read as 2026-09-28 and shown so', async () => {
    const { page, context } = await openPage(browser);
    for (const start of typed) {
      await page.goto(url(`tools/deadline/?start=${encodeURIComponent(start)}&count=15&unit=day`));
      // 2026-09-28 + 15 days = Tuesday 2026-10-13, a working day.
      expect(await page.locator('[data-due]').getAttribute('data-due'), start).toBe('2026-10-13');
      expect(await page.inputValue('#start'), start).toBe('2026-09-28');
      expect(await page.locator('#start-hint').innerText(), start).toContain('2026年9月28日');
      expect(new URL(page.url()).searchParams.get('start'), start).toBe('2026-09-28');
    }
    await context.close();
  });

  it('each way of typing it in the form is read as 2026-09-28', async () => {
    const { page, context } = await openPage(browser);
    for (const start of typed) {
      await page.goto(url('tools/deadline/'));
      await page.fill('#start', start);
      await page.fill('#count', '15');
      await page.selectOption('#unit', 'day');
      await page.getByRole('button', { name: '计算', exact: true }).click();
      expect(await page.locator('[data-due]').getAttribute('data-due'), start).toBe('2026-10-13');
      expect(await page.inputValue('#start'), start).toBe('2026-09-28');
    }
    await context.close();
  });

  it('offers a keyboard with "-" (no numeric-only keypad), and keeps the alert for a date that does not exist', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('tools/deadline/?start=2026%2F2%2F30&count=15&unit=day'));
    expect(await page.locator('#start').getAttribute('inputmode')).not.toBe('numeric');
    const alert = page.locator('#start-error');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain('2月只有28天');
    expect(await page.locator('[data-due]').count()).toBe(0);
    await context.close();
  });
});

describe('search results', () => {
  const settled = (page: Page) =>
    page.waitForFunction(() => !/正在搜索/.test(document.querySelector('[data-search-status]')?.textContent ?? '正在搜索'));

  it("excerpts do not open with a case's labels, and the top results are different pages", async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(`search/?q=${encodeURIComponent('物业')}`));
    await settled(page);
    const excerpts = await page.locator('#search-results > li .excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(2);
    // The labels line read “物业服务2025人民调解 人民调解 物业服务 达成协议”.
    for (const e of excerpts) expect(e).not.toMatch(/\d{4}(人民调解|行政调解|访调对接|复议调解)/);
    // Each of the top results is its own page or provision; a page's sections sit inside its result.
    const pages = await page
      .locator('#search-results > li .result-title a')
      .evaluateAll((as) => as.slice(0, 5).map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    expect(new Set(pages).size).toBe(pages.length);
    const sections = page.locator('#search-results > li').first().locator('.result-section a, .result-more a');
    for (const href of await sections.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))
      expect(href).toBe(pages[0]!.replace(/#.*$/, ''));
    await context.close();
  });

  it('噪音 finds 邻里纠纷 cases through the dispute vocabulary', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(`search/?q=${encodeURIComponent('噪音')}`));
    await settled(page);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/找到 \d+ 条结果.*邻里纠纷/);
    const firstCase = page.locator('#search-results > li .result-title a[href*="/cases/"]').first();
    await firstCase.click();
    await page.waitForURL(/\/cases\/\d{4}\//);
    expect(await page.locator('.badge').allInnerTexts()).toContain('邻里纠纷');
    await context.close();
  });
});

describe('the quiz', () => {
  async function startSet(page: Page): Promise<Locator> {
    await page.goto(url('study/?topic=deadline&n=5&seed=7'));
    const questions = page.locator('.study-q');
    await expect.poll(() => questions.count()).toBe(5);
    return questions;
  }

  it('asks before grading unanswered questions, keeps them out of the 错题本, and locks the answers', async () => {
    const { page, context, errors } = await openPage(browser);
    const questions = await startSet(page);
    await page.getByRole('button', { name: '交卷' }).click();
    const ask = page.locator('.study-confirm');
    expect(await ask.innerText()).toContain('还一道题都没有作答');
    await page.getByRole('button', { name: '继续作答' }).click();
    expect(await ask.isVisible()).toBe(false);
    expect(await page.locator('[data-score]').count()).toBe(0);

    // Answer the first question only (its first choice), then hand in anyway.
    const firstQ = questions.nth(0);
    const radio = firstQ.locator('input[type="radio"]').first();
    if (await radio.count()) await radio.check();
    else for (const [k, sel] of (await firstQ.locator('select').all()).entries()) await sel.selectOption(String(k));
    await page.getByRole('button', { name: '交卷' }).click();
    expect(await ask.innerText()).toContain('还有 4 道题未作答');
    await page.getByRole('button', { name: '仍然交卷' }).click();
    expect(await page.locator('[data-score]').getAttribute('data-score')).toMatch(/^[01]\/1$/);
    expect(await page.locator('[data-study-result]').innerText()).toContain('另有 4 道未作答');
    // The 错题本 holds at most the one answered question.
    expect(Number(/错题本里还有 (\d+) 道/.exec(await page.locator('[data-study-progress]').innerText())![1])).toBeLessThanOrEqual(1);

    // Locked: no field can change, and 交卷 cannot be pressed again.
    expect(await page.getByRole('button', { name: '交卷' }).isDisabled()).toBe(true);
    for (const field of await page.locator('.study-q input, .study-q select').all()) expect(await field.isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks the right choice and a wrong choice in the options, in colour and in words', async () => {
    const { page, context } = await openPage(browser);
    const questions = await startSet(page);
    const singles: number[] = [];
    for (let i = 0; i < 5; i++) {
      const radios = questions.nth(i).locator('input[type="radio"]');
      if (await radios.count()) {
        singles.push(i);
        await radios.first().check();
      } else {
        for (const [k, sel] of (await questions.nth(i).locator('select').all()).entries()) await sel.selectOption(String(k));
      }
    }
    expect(singles.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: '交卷' }).click();
    let sawWrong = false;
    for (const i of singles) {
      const labels = questions.nth(i).locator('label');
      const texts = await labels.allInnerTexts();
      expect(texts.filter((t) => t.includes('正确答案')).length).toBe(1);
      const chosen = texts[0]!;
      expect(chosen).toContain('你的选择');
      if (chosen.includes('✗')) {
        sawWrong = true;
        const colour = (l: Locator) => l.evaluate((el) => getComputedStyle(el).outlineColor);
        const right = labels.filter({ hasText: '正确答案' });
        expect(await colour(labels.first())).not.toBe(await colour(right));
      }
    }
    // Always answering the first choice of 3+ choices gets at least one wrong in a set of five.
    if (singles.length >= 3) expect(sawWrong).toBe(true);
    await context.close();
  });

  it('offers 再做一套 and 练错题 after grading', async () => {
    const { page, context } = await openPage(browser);
    const questions = await startSet(page);
    for (let i = 0; i < 5; i++) {
      const radios = questions.nth(i).locator('input[type="radio"]');
      if (await radios.count()) await radios.first().check();
      else for (const [k, sel] of (await questions.nth(i).locator('select').all()).entries()) await sel.selectOption(String(k));
    }
    await page.getByRole('button', { name: '交卷' }).click();
    const seed = new URL(page.url()).searchParams.get('seed');
    await page.getByRole('button', { name: '再做一套' }).click();
    expect(new URL(page.url()).searchParams.get('seed')).not.toBe(seed);
    expect(await page.locator('[data-score]').count()).toBe(0);
    expect(await page.getByRole('button', { name: '交卷' }).isDisabled()).toBe(false);
    expect(await questions.first().locator('input, select').first().isDisabled()).toBe(false);
    await context.close();
  });
});

describe('small things', () => {
  it('/procedures/ cards say 文件未规定期限 instead of 0 个期限, with no badge that repeats the title', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('procedures/'));
    const text = await page.locator('.card-grid').innerText();
    expect(text).not.toContain('0 个期限');
    expect(text).toContain('文件未规定期限');
    for (const card of await page.locator('.card-grid .card').all()) {
      const title = await card.locator('h2').innerText();
      expect(await card.locator('.badge').allInnerTexts()).not.toContain(title);
    }
    await context.close();
  });

  it('flow card 4 of 访调对接 says which period is which', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('procedures/fangdiao/'));
    const card = await page.locator('.step-diagram li').nth(3).innerText();
    // 004: 调解成功的，5个工作日内反馈调解结果；调解不成功的，3个工作日内反馈调解情况.
    expect(card).toMatch(/调解成功[^]*5个工作日/);
    expect(card).toMatch(/调解不成功[^]*3个工作日/);
    await context.close();
  });

  it('prints the procedure diagram on one row (no second row starting with an arrow)', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 680, height: 900 } });
    await page.goto(url('procedures/fangdiao/'));
    await page.emulateMedia({ media: 'print' });
    const tops = await page.locator('.step-diagram li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(3);
    expect(new Set(tops).size).toBe(1);
    await context.close();
  });

  it('year-only documents show the year, not a made-up 1 January', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('regulations/'));
    const row = await page.locator('.reg-table tr', { hasText: '“大调解”工作要点' }).innerText();
    expect(row).toContain('2015年');
    expect(row).not.toContain('2015-01-01');
    expect(await page.locator('main').innerText()).not.toContain('。；');
    await page.goto(url('regulations/sichuan-da-tiaojie-2015/'));
    const meta = await page.locator('.meta').innerText();
    expect(meta).toContain('2015年');
    expect(meta).not.toContain('2015-01-01');
    await context.close();
  });

  it('an unverified source title is a note, not a title in 《》', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('cases/2019/pingjiang-gongshang-queren/'));
    const source = await page.locator('.source').innerText();
    expect(source).toContain('原标题未能核实');
    expect(source).not.toContain('《原标题未能核实》');
    await context.close();
  });

  it('the study sheet writes 期限 in words (no ⏱ that shows as an empty box)', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('study/sheet/fangdiao/'));
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('⏱');
    expect(text).toMatch(/期限（[^）]+）：\d+/);
    await context.close();
  });
});
