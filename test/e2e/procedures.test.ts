import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
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

interface Proc {
  title: string;
  steps: { id: string; name: string; deadlines: { id: string }[] }[];
}
const procedures = readdirSync('src/content/procedures')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(`src/content/procedures/${f}`, 'utf8')) as Proc) }));

describe('procedure pages', () => {
  it('render every step of every procedure, in the diagram and in the details', async () => {
    const { page, context, errors } = await openPage(browser);
    for (const p of procedures) {
      await page.goto(`${baseUrl()}procedures/${p.id}/`);
      expect(await page.locator('h1').innerText()).toBe(p.title);
      expect(
        await page
          .locator('.step-diagram li')
          .allInnerTexts()
          .then((t) =>
            t.map((x) =>
              x
                .split('\n')
                .find((l) => /\S/.test(l) && !/^\d+$/.test(l.trim()))
                ?.trim(),
            ),
          ),
      ).toEqual(p.steps.map((s) => s.name));
      for (const s of p.steps) expect(await page.locator(`[id="${s.id}"] h3`).innerText()).toBe(s.name);
      expect(await page.locator('.deadline-table tbody tr').count()).toBe(p.steps.reduce((n, s) => n + s.deadlines.length, 0));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links each deadline to the calculator, which then asks only for the start date', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}procedures/fangdiao/`);
    await page.locator('[id="tiaojie-qixian"]').getByRole('link', { name: '计算此期限' }).click();
    await page.waitForURL(/tools\/deadline\//);
    expect(await page.inputValue('#count')).toBe('15');
    expect(await page.inputValue('#unit')).toBe('day');
    expect(await page.locator('[role="alert"]:visible').count()).toBe(0);
    await page.fill('#start', '2026-09-30');
    await page.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => page.locator('[data-due]').getAttribute('data-due')).toBe('2026-10-15');
    expect(await page.locator('.due__label').innerText()).toContain('访调对接');
    await context.close();
  });

  it('lays out a whole procedure from one start date, with and without extension', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/deadline/?procedure=shujie&start=2026-12-20`);
    const rows = page.locator('[data-deadline-id]');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-due-extended]').count()).toBeGreaterThanOrEqual(1);
    // 30 working days into 2027, for which no holiday data exists yet
    expect(await page.locator('[data-calendar-warning]').isVisible()).toBe(true);
    await context.close();
  });

  it('prints the deadline comparison on one A4 sheet', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}procedures/compare/`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
    expect(await page.locator('tbody tr').count()).toBe(
      procedures.reduce((n, p) => n + p.steps.reduce((m, s) => m + s.deadlines.length, 0), 0),
    );
    await context.close();
  });
});

describe('checklists, calendar, glossary', () => {
  it('keeps checklist ticks across a reload and clears them on reset', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}scope/fangdiao-bushiyi/`);
    const boxes = page.locator('input[type="checkbox"]');
    expect(await boxes.count()).toBe(4);
    await boxes.nth(1).check();
    await boxes.nth(3).check();
    await page.reload();
    expect(await boxes.evaluateAll((b) => b.map((x) => (x as HTMLInputElement).checked))).toEqual([false, true, false, true]);
    expect(await page.locator('[data-checklist-count]').innerText()).toContain('2 / 4');
    await page.getByRole('button', { name: '清除勾选' }).click();
    await page.reload();
    expect(await boxes.evaluateAll((b) => b.filter((x) => (x as HTMLInputElement).checked).length)).toBe(0);
    await context.close();
  });

  it('each provision lists the steps, checklist items and terms that cite it', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}regulations/fangdiao-lhasa-2019/#p6.3`);
    const cited = page.locator('[data-provision="fangdiao-lhasa-2019/6.3"] .cited-by');
    await cited.locator('summary').click();
    const text = await cited.innerText();
    expect(text).toContain('程序步骤');
    expect(text).toContain('访调对接：依法调解');
    await cited
      .getByRole('link', { name: /访调对接：依法调解/ })
      .first()
      .click();
    await page.waitForURL(/procedures\/fangdiao\/#yifa-tiaojie/);
    await context.close();
  });

  it('offers the work calendar as a valid .ics file', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}calendar/`);
    const link = page.getByRole('link', { name: /年$/ }).first();
    const res = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(res.headers()['content-type']).toMatch(/text\/calendar/);
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect((body.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThan(12);
    // 002 plans 专题培训 (4月份) and 优秀案例评选 (11月份) once, for its plan year: not in any year's file.
    expect(body).not.toContain('专题培训');
    expect(body).not.toContain('优秀案例评选');
    await context.close();
  });

  it('lists the plan year’s one-off campaigns apart from the monthly grid, and invents no day for 分析研判', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}calendar/`);
    const oneOff = page.locator('h2', { hasText: '方案年度内一次的活动' });
    await expect.poll(() => oneOff.count()).toBe(1);
    const grid = page.locator('.months');
    const gridText = await grid.innerText();
    for (const title of ['行政争议积案化解活动', '行政争议纾解集中普法宣传活动', '行政争议纾解业务专题培训', '行政纾解优秀案例评选']) {
      expect(gridText, title).not.toContain(title);
      expect(await page.locator('table tr', { hasText: title }).count(), title).toBe(1);
    }
    const quji = grid.locator('li', { hasText: '矛盾纠纷分析研判（区级）' }).first();
    expect(await quji.innerText()).toContain('本月内');
    expect(await quji.innerText()).not.toContain('28日前');
    await context.close();
  });
});
