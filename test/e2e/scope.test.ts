/**
 * The scope checker in Chromium: answering through the page shows the engine's scope verdicts and
 * entries and the one-line summary; a shared URL (old values included) restores the answers; a
 * described dispute pre-fills editable answers; the results are not boxed in a scroll area; it
 * works by keyboard; it prints on one A4 page in light and dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadScopeData } from '../support/scope-data.ts';
import type { Answers } from '../../src/lib/scope/condition.ts';
import { evaluateAll } from '../../src/lib/scope/evaluate.ts';
import { visibleQuestions } from '../../src/lib/scope/questions.ts';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

const { questions, channels } = loadScopeData();
const expected = (answers: Answers) =>
  Object.fromEntries(
    evaluateAll(channels, visibleQuestions(questions, answers).answers, questions).map((r) => [
      r.channel.id,
      `${r.verdict}/${r.entryStatus}`,
    ]),
  );

const NEIGHBOURS: Answers = {
  parties: ['citizen'],
  subject: ['civil-private'],
  domain: ['邻里纠纷'],
  criminal: ['none'],
  route: ['petition'],
  refuses: ['no'],
  reserved: ['no'],
  mediated: ['none'],
  complexity: ['single'],
};
const SCENARIOS: { name: string; answers: Answers }[] = [
  { name: '邻里纠纷，信访，双方愿调', answers: NEIGHBOURS },
  {
    name: '治安罚款不服，复议中，可能违法',
    answers: {
      parties: ['citizen', 'organ'],
      subject: ['admin-act'],
      domain: ['治安管理', '行政处罚'],
      criminal: ['none'],
      route: ['window'],
      refuses: ['no'],
      mediated: ['none'],
      review: ['pending'],
      legality: ['appears-unlawful'],
      discretion: ['yes'],
      complexity: ['single'],
    },
  },
  {
    name: '讨薪，直接到窗口，一方拒绝调解',
    answers: {
      parties: ['citizen', 'org'],
      subject: ['civil-linked'],
      domain: ['劳动争议'],
      criminal: ['none'],
      route: ['window'],
      refuses: ['yes'],
      reserved: ['no'],
      mediated: ['none'],
      complexity: ['single'],
    },
  },
];
const query = (answers: Answers) => {
  const p = new URLSearchParams();
  for (const [q, vs] of Object.entries(answers)) for (const v of vs) p.append(q, v);
  return p.toString();
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function shown(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-channel]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [
          (e as HTMLElement).dataset['channel'],
          `${(e as HTMLElement).dataset['verdict']}/${(e as HTMLElement).dataset['entry']}`,
        ]),
      ),
    );
}

async function answer(page: Page, answers: Answers): Promise<void> {
  for (const q of questions) {
    const values = answers[q.id];
    if (!values) continue;
    const fieldset = page.locator(`[data-question="${q.id}"]`);
    await expect.poll(() => fieldset.isVisible(), { message: `question ${q.id} should be asked` }).toBe(true);
    for (const v of values) await fieldset.locator(`input[value="${v}"]`).check();
  }
}

describe('scope checker', () => {
  for (const s of SCENARIOS) {
    it(`answering through the page shows the engine's verdicts and entries: ${s.name}`, async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${baseUrl()}tools/scope/`);
      await answer(page, s.answers);
      expect(await shown(page)).toEqual(expected(s.answers));
      const shared = page.url();
      const other = await context.newPage();
      await other.goto(shared);
      expect(await shown(other)).toEqual(expected(s.answers));
      for (const [q, values] of Object.entries(s.answers))
        for (const v of values) expect(await other.locator(`[name="${q}"][value="${v}"]`).isChecked(), `${q}=${v}`).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('shows the one-line summary, the progress and, per channel, scope and entry side by side', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/?${query(NEIGHBOURS)}`);
    // 004 第五部分第（一）项第1目 fits; 000 第一部分 and 002 第一部分 do not; a civil matter is no 复议 case.
    expect(await page.locator('[data-scope-summary-line]').innerText()).toBe(
      '适用：人民调解（访调对接） ｜ 不适用：行政调解、行政争议纾解、行政复议中的和解、调解',
    );
    expect(await page.locator('[data-scope-progress]').innerText()).toBe('已答 9/9');
    const fd = page.locator('[data-channel="fangdiao"]');
    expect(await fd.locator('.verdict').innerText()).toBe('范围：适用');
    expect(await fd.locator('.entry-status').innerText()).toBe('可以进入');
    expect(await fd.locator('.reasons').innerText()).toContain('《完善“访调对接”机制实施意见》第五部分第（一）项第1目');
    // 其他途径 is labelled as alternatives, not given a verdict.
    expect(await page.locator('[data-channel="qita-tujing"] .verdict').innerText()).toBe('可选途径');
    expect(await page.locator('.alt-heading').innerText()).toContain('也可以选择');
    await context.close();
  });

  it('on a phone keeps the summary line in view while the questions are answered', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl()}tools/scope/`);
    const peek = page.locator('[data-scope-peek]');
    expect(await peek.isVisible()).toBe(false); // nothing answered, nothing to summarise
    await page.locator('[data-question="parties"] input[value="citizen"]').check();
    await page.locator('[data-question="parties"]').scrollIntoViewIfNeeded();
    await expect.poll(() => peek.isVisible()).toBe(true);
    // The bar sits inside the screen while the first question is on it, not below the form.
    const box = (await peek.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    expect(box.y).toBeGreaterThan(844 / 2);
    expect(await peek.innerText()).toContain(await page.locator('[data-scope-summary-line]').innerText());
    await peek.getByRole('link', { name: '看各渠道结果' }).click();
    await expect.poll(() => page.locator('#results-title').isVisible()).toBe(true);
    await context.close();
  });

  it('does not repeat the summary line on a wide screen, where the results sit beside the questions', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/?${query(NEIGHBOURS)}`);
    expect(await page.locator('[data-scope-summary-line]').isVisible()).toBe(true);
    expect(await page.locator('[data-scope-peek]').isVisible()).toBe(false);
    await context.close();
  });

  it('a procedural answer changes the entry, not the scope verdict', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/?${query({ ...NEIGHBOURS, route: ['window'] })}`);
    const fd = page.locator('[data-channel="fangdiao"]');
    expect(await fd.getAttribute('data-verdict')).toBe('applicable');
    expect(await fd.getAttribute('data-entry')).toBe('closed');
    expect(await fd.locator('.next').innerText()).toContain('就近向人民调解组织申请调解');
    await context.close();
  });

  it('keeps unanswered-question lists folded until the user starts', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/`);
    expect(await page.locator('[data-scope-progress]').innerText()).toMatch(/^已答 0\/\d+$/);
    const lists = page.locator('details.unanswered');
    expect(await lists.count()).toBeGreaterThan(0);
    expect(await lists.evaluateAll((ds) => ds.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
    await page.locator('[name="parties"][value="citizen"]').check();
    expect(await lists.evaluateAll((ds) => ds.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    await context.close();
  });

  it('does not box the verdicts in a scroll area on a desktop screen', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 1400, height: 900 } });
    await page.goto(`${baseUrl()}tools/scope/`);
    const box = await page
      .locator('.scope-results')
      .evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, clipped: el.scrollHeight > el.clientHeight + 1 }));
    expect(box).toEqual({ overflow: 'visible', clipped: false });
    await context.close();
  });

  it('pre-fills what a described dispute answers, marked and editable, and keeps the description in the URL', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/`);
    await page.fill('#dispute-q', '邻居家楼上漏水');
    await page.press('#dispute-q', 'Enter');
    expect(await page.locator('[name="parties"][value="citizen"]').isChecked()).toBe(true);
    expect(await page.locator('[name="subject"][value="civil-linked"]').isChecked()).toBe(true);
    expect(await page.locator('[name="domain"][value="邻里纠纷"]').isChecked()).toBe(true);
    expect(await page.locator('[data-question="parties"] .prefilled-badge').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('desc')).toBe('邻居家楼上漏水');
    // Editable: changing a pre-filled answer keeps the change and drops the mark.
    await page.locator('[name="subject"][value="civil-private"]').check();
    expect(await page.locator('[data-question="subject"] .prefilled-badge').isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('subject')).toBe('civil-private');
    await context.close();
  });

  it('finds the domain from everyday words and ticks it', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/`);
    await page.fill('#dispute-q', '老板不发工资');
    const first = page.locator('#dispute-suggestions button').first();
    expect(await first.innerText()).toContain('劳动争议');
    await first.click();
    expect(await page.locator('[name="domain"][value="劳动争议"]').isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('domain')).toEqual(['劳动争议']);
    await context.close();
  });

  it('opens an old shared link whose legality value was retired', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(
      `${baseUrl()}tools/scope/?parties=citizen&parties=organ&subject=admin-act&domain=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A&review=pending&legality=discretion`,
    );
    expect(await page.locator('[name="legality"][value="no-sign"]').isChecked()).toBe(true);
    expect(await page.locator('[name="discretion"][value="yes"]').isChecked()).toBe(true);
    expect(await page.locator('[data-channel="fuyi-tiaojie"] .notes').innerText()).toContain('自由裁量权');
    await context.close();
  });

  it('is linked from /scope/ and from the home page’s 工作人员 card', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}scope/`);
    await page.locator('[data-scope-tool-link]').click();
    expect(new URL(page.url()).pathname).toMatch(/\/tools\/scope\/$/);
    await page.goto(baseUrl());
    const card = page.locator('.card', { has: page.locator('h3', { hasText: '工作人员' }) });
    await card.locator('a', { hasText: '受理范围判断' }).click();
    expect(new URL(page.url()).pathname).toMatch(/\/tools\/scope\/$/);
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`prints the answers, the summary and the verdicts on one A4 page (${theme})`, async () => {
      const { page, context } = await openPage(browser, { colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('theme', t), theme);
      await page.goto(`${baseUrl()}tools/scope/?${query(SCENARIOS[1]!.answers)}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.answer-summary').isVisible()).toBe(true);
      expect(await page.locator('[data-scope-summary-line]').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
      await context.close();
    });
  }

  it('works with the keyboard alone', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/scope/`);
    await page.locator('[data-scope-prefill]').focus();
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
