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

describe('study mode', () => {
  it('takes a short test, scores it, keeps progress across a reload, and erases it', async () => {
    const { page, context, errors, foreign } = await openPage(browser);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${baseUrl()}study/`);
    await page.selectOption('select[name="topic"]', 'deadline');
    await page.selectOption('select[name="n"]', '5');
    await page.getByRole('button', { name: '开始一套新题' }).click();
    const questions = page.locator('.study-q');
    await expect.poll(() => questions.count()).toBe(5);
    expect(new URL(page.url()).searchParams.get('topic')).toBe('deadline');
    // Answer by keyboard: the first choice of every single-choice question; the order questions
    // in the order given (every question answered, so 交卷 grades at once).
    for (let i = 0; i < 5; i++) {
      const radio = questions.nth(i).locator('input[type="radio"]').first();
      if (await radio.count()) {
        await radio.focus();
        await page.keyboard.press('Space');
      } else {
        for (const [k, sel] of (await questions.nth(i).locator('select').all()).entries()) await sel.selectOption(String(k));
      }
    }
    await page.getByRole('button', { name: '交卷' }).click();
    const score = page.locator('[data-score]');
    const text = (await score.getAttribute('data-score'))!;
    expect(text).toMatch(/^\d\/5$/);
    expect(await page.locator('.feedback:not([hidden])').count()).toBe(5);
    expect(await page.locator('.feedback a').count()).toBeGreaterThanOrEqual(5);
    await page.reload();
    expect(await page.locator('[data-study-progress]').innerText()).toContain(`上次得分 ${text}`);
    await page.getByRole('button', { name: '清除全部学习记录' }).click();
    expect(await page.locator('[data-study-progress]').innerText()).toBe('还没有记录。');
    await page.reload();
    expect(await page.locator('[data-study-progress]').innerText()).toBe('还没有记录。');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('prints a study sheet for a procedure', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}study/sheet/fangdiao/`);
    expect(await page.locator('h1').innerText()).toBe('访调对接学习提纲');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeLessThanOrEqual(2);
    await context.close();
  });
});
