/**
 * The scope checker in Chromium: answering through the page gives the engine's verdicts, a shared
 * URL restores the answers, and it works by keyboard alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { scopeChannelSchema, scopeQuestionSchema } from '../../src/schemas/scope.ts';
import { evaluateAll, visibleQuestions, type Answers } from '../../src/lib/scope/engine.ts';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

const questions = (parse(readFileSync('src/content/scope/questions.yaml', 'utf8')) as unknown[]).map((q) => scopeQuestionSchema.parse(q));
const channels = readdirSync('src/content/scope/channels')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => scopeChannelSchema.parse(parse(readFileSync(`src/content/scope/channels/${f}`, 'utf8'))));
const expected = (answers: Answers) => Object.fromEntries(evaluateAll(channels, visibleQuestions(questions, answers).answers, questions).map((r) => [r.channel.id, r.verdict]));

const SCENARIOS: { name: string; answers: Answers }[] = [
  { name: '邻里噪音，信访，双方愿调', answers: { parties: ['citizen'], subject: ['civil-linked'], domain: ['邻里纠纷'], route: ['petition'], refuses: ['no'], reserved: ['no'], mediated: ['none'] } },
  { name: '不服罚款，复议中，行为可能违法', answers: { parties: ['org', 'organ'], subject: ['admin-act'], domain: ['行政处罚'], route: ['window'], refuses: ['no'], reserved: ['no'], mediated: ['none'], review: ['pending'], legality: ['appears-unlawful'], complexity: ['single'] } },
  { name: '讨薪，一方拒绝调解', answers: { parties: ['citizen', 'org'], subject: ['civil-linked'], domain: ['劳动争议'], route: ['petition'], refuses: ['yes'], reserved: ['no'], mediated: ['none'] } },
  { name: '亲友借钱已调解达成协议', answers: { parties: ['citizen'], subject: ['civil-private'], domain: ['合同债务'], route: ['assigned'], refuses: ['no'], reserved: ['no'], mediated: ['rm-agreement'] } },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function verdicts(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-channel]').evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset['channel'], (e as HTMLElement).dataset['verdict']])));
}

async function answer(page: Page, answers: Answers): Promise<void> {
  for (const q of questions) {
    const values = answers[q.id];
    if (!values) continue;
    const fieldset = page.locator(`[data-question="${q.id}"]`);
    await expect.poll(() => fieldset.isVisible(), { message: `question ${q.id} should be asked` }).toBe(true);
    if (q.id === 'domain') await fieldset.locator('select').selectOption(values[0]!);
    else for (const v of values) await fieldset.locator(`input[value="${v}"]`).check();
  }
}

describe('scope checker', () => {
  for (const s of SCENARIOS) {
    it(`answering through the page matches the engine: ${s.name}`, async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${baseUrl()}tools/scope/`);
      await answer(page, s.answers);
      expect(await verdicts(page)).toEqual(expected(s.answers));
      // The shared URL restores the same answers and verdicts.
      const shared = page.url();
      expect(shared).toContain('parties=');
      const other = await context.newPage();
      await other.goto(shared);
      expect(await verdicts(other)).toEqual(expected(s.answers));
      for (const [q, values] of Object.entries(s.answers)) {
        if (q === 'domain') expect(await other.locator('select[name="domain"]').inputValue()).toBe(values[0]);
        else for (const v of values) expect(await other.locator(`[name="${q}"][value="${v}"]`).isChecked()).toBe(true);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('asks the review questions only for a dispute about an administrative act', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/?subject=civil-private`);
    expect(await page.locator('[data-question="review"]').isVisible()).toBe(false);
    await page.locator('[name="subject"][value="admin-act"]').check();
    expect(await page.locator('[data-question="review"]').isVisible()).toBe(true);
    await context.close();
  });

  it('finds the domain from everyday words and selects it', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/`);
    await page.fill('#dispute-q', '老板不发工资');
    const first = page.locator('#dispute-suggestions button').first();
    expect(await first.innerText()).toContain('劳动争议');
    await first.click();
    expect(await page.locator('select[name="domain"]').inputValue()).toBe('劳动争议');
    expect(new URL(page.url()).searchParams.get('domain')).toBe('劳动争议');
    await context.close();
  });

  it('prints the answers and the verdicts on one A4 page', async () => {
    const { page, context } = await openPage(browser);
    const params = new URLSearchParams();
    for (const [q, vs] of Object.entries(SCENARIOS[1]!.answers)) for (const v of vs) params.append(q, v);
    await page.goto(`${baseUrl()}tools/scope/?${params}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.answer-summary').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
    await context.close();
  });

  it('works with the keyboard alone', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/`);
    await page.locator('#dispute-q').focus();
    await page.keyboard.press('Tab'); // first checkbox: 公民
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // into the subject radio group
    await page.keyboard.press('ArrowDown'); // second option: civil-linked
    expect(await page.locator('[name="parties"][value="citizen"]').isChecked()).toBe(true);
    expect(await page.locator('[name="subject"][value="civil-linked"]').isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('parties')).toEqual(['citizen']);
    expect(await page.locator('[data-channel]').count()).toBe(channels.length);
    await context.close();
  });
});
