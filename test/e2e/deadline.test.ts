import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const rows = readFileSync('test/fixtures/deadline-cases.tsv', 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .map(([start, count, unit, due]) => ({ start: start!, count: count!, unit: unit!, due: due! }));

const url = (q: string) => `${baseUrl()}tools/deadline/?${q}`;
const dueOf = (page: Page) => page.locator('[data-due]').first().getAttribute('data-due');

describe('deadline calculator', () => {
  it('computes every row of the shared table from the URL', async () => {
    const { page, context, foreign, errors } = await openPage(browser);
    for (const r of rows) {
      await page.goto(url(`start=${r.start}&count=${r.count}&unit=${r.unit}`));
      expect(await dueOf(page), `${r.start} + ${r.count} ${r.unit}`).toBe(r.due);
      expect(await page.locator('[data-calendar-warning]').count()).toBe(0);
    }
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains the working: the holiday skipped and the make-up Saturday counted', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('start=2026-09-30&count=3&unit=workday'));
    const working = await page.locator('.working').innerText();
    expect(working).toContain('国庆');
    expect(working).toMatch(/10月10日.*调休/);
    expect(await page.locator('td.is-due[data-date="2026-10-10"]').count()).toBe(1);
    await context.close();
  });

  it('warns when the period runs into a year without holiday data', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('start=2026-12-20&count=30&unit=workday'));
    const warning = page.locator('[data-calendar-warning]');
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.innerText()).toContain('2027');
    expect(await page.locator('[data-due]').count()).toBe(1);
    await context.close();
  });

  it('shows what is wrong next to the field, with no due date, and keeps the other fields', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('start=2026-02-30&count=15&unit=day'));
    const alert = page.locator('#start-error');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toContain('2月只有28天');
    expect(await page.locator('[data-due]').count()).toBe(0);
    expect(await page.inputValue('#start')).toBe('2026-02-30');
    expect(await page.inputValue('#count')).toBe('15');
    expect(await page.inputValue('#unit')).toBe('day');

    for (const [q, field] of [
      ['start=2026-03-01&count=0&unit=day', 'count'],
      ['start=2026-03-01&count=10000&unit=day', 'count'],
      ['start=2026-03-01&count=5&unit=week', 'unit'],
      ['start=&count=5&unit=day', 'start'],
    ] as const) {
      await page.goto(url(q));
      expect(await page.locator(`#${field}-error`).isVisible(), q).toBe(true);
      expect(await page.locator('[data-due]').count(), q).toBe(0);
    }
    await context.close();
  });

  it('recomputes from the form and puts the input in the URL', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(''));
    await page.fill('#start', '2026-02-06');
    await page.fill('#count', '15');
    await page.selectOption('#unit', 'day');
    await page.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => dueOf(page)).toBe('2026-02-24');
    expect(new URL(page.url()).searchParams.get('start')).toBe('2026-02-06');
    await page.reload();
    expect(await dueOf(page)).toBe('2026-02-24');
    await context.close();
  });

  it('downloads an .ics event for the due date with a reminder the day before', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('start=2026-10-01&count=30&unit=day'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /加入日历/ }).click()]);
    expect(download.suggestedFilename()).toBe('期限-2026-11-02.ics');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const ics = Buffer.concat(chunks).toString('utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20261102/);
    expect(ics).toMatch(/TRIGGER:-PT24H|TRIGGER:-P1D/);
    await context.close();
  });
});
