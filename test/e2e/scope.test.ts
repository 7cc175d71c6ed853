/**
 * The scope checker in Chromium: answering through the page shows the engine's scope verdicts and
 * entries and the one-line summary; a shared URL (old values included) restores the answers; a
 * described dispute pre-fills editable answers; the results are not boxed in a scroll area; it
 * works by keyboard; it prints on one A4 page in light and dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadScopeData } from '../support/scope-data.ts';
import { CH, SCOPE_SCENARIOS, toAnswers, type Scenario } from '../support/scope-scenarios.ts';
import type { Answers } from '../../src/lib/scope/condition.ts';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

const { questions, channels } = loadScopeData();

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
// Three of the scenarios a person wrote from the seeds (test/support/scope-scenarios.ts), each with
// the verdict, entry and provisions read from the documents: a civil dispute that came by petition,
// an administrative act under review that appears unlawful, and a party who refuses mediation.
const SCENARIOS: Scenario[] = ['狗咬伤', '停产决定', '对方明确拒绝调解'].map((words) => {
  const found = SCOPE_SCENARIOS.find((sc) => sc.says.includes(words));
  if (!found) throw new Error(`no scope scenario says ${words}`);
  return found;
});
// What the page prints for each verdict and entry status (read off the page design, not the code).
const VERDICT_SHOWN = { applicable: '范围：适用', 'not-applicable': '范围：不适用', 'needs-review': '范围：需要核实' };
const ENTRY_SHOWN = { open: '可以进入', step: '先办一步', closed: '不经此途径' };
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

/** Per channel, what the card prints: verdict, entry, and the provisions its reasons and entry link to. */
async function shown(page: Page): Promise<Record<string, { verdict: string; entry: string; reasons: string[]; entryCites: string[] }>> {
  return page.locator('[data-channel]').evaluateAll((els) =>
    Object.fromEntries(
      els.map((card) => {
        const text = (sel: string) => (card.querySelector(sel) as HTMLElement | null)?.innerText.trim() ?? '';
        // A provision link's address, as "<document>/#p<path>".
        const cites = (sel: string) =>
          [...card.querySelectorAll(`${sel} a`)].map((a) => {
            const u = new URL((a as HTMLAnchorElement).href);
            return `${u.pathname.replace(/^.*\/regulations\//, '')}${decodeURIComponent(u.hash)}`;
          });
        return [
          (card as HTMLElement).dataset['channel'],
          { verdict: text('.verdict'), entry: text('.entry-status'), reasons: cites('.reasons'), entryCites: cites('.entry') },
        ];
      }),
    ),
  );
}

/** The card a person expects from the scenario: "<document>/<path>" → "<document>/#p<path>". */
function expectedCards(sc: Scenario) {
  const link = (id: string) => id.replace(/\/([^/]+)$/, '/#p$1');
  return Object.fromEntries(
    (Object.keys(CH) as (keyof typeof CH)[]).map((key) => {
      const [verdict, scopeCite, entry, entryCite] = sc[key];
      // 其他途径 is offered as alternatives: no verdict, no entry line.
      if (key === 'qt') return [CH[key], { verdict: '可选途径' }];
      return [
        CH[key],
        {
          verdict: VERDICT_SHOWN[verdict],
          entry: ENTRY_SHOWN[entry],
          reasons: expect.arrayContaining([link(scopeCite)]),
          entryCites: expect.arrayContaining([link(entryCite)]),
        },
      ];
    }),
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
  for (const sc of SCENARIOS) {
    it(`answering through the page shows the verdicts, entries and provisions read from the documents: ${sc.says}`, async () => {
      const answers = toAnswers(sc.answers);
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${baseUrl()}tools/scope/`);
      await answer(page, answers);
      expect(await shown(page)).toMatchObject(expectedCards(sc));
      // The address restores the same answers and results in another tab.
      const other = await context.newPage();
      await other.goto(page.url());
      expect(await shown(other)).toMatchObject(expectedCards(sc));
      for (const [q, values] of Object.entries(answers))
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
      await page.goto(`${baseUrl()}tools/scope/?${query(toAnswers(SCENARIOS[1]!.answers))}`);
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
