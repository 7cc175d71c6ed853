/**
 * Scope questions: in which list do the documents put a matter — suitable for 访调对接, not suitable,
 * or the scope of 行政调解. The choices are the lists' own titles, so every choice has the same form.
 */
import type { Bank } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { normalizeChoice, quote, stripEndPunct } from './text.ts';
import type { ProvisionQuote, StudyChecklist } from './types.ts';

const ASKED = new Set(['scope', 'suitable', 'unsuitable']);
/**
 * Lists a matter could be taken to be in: lists of matters only. The prohibitions say what a mediator
 * or an agreement may not do — another kind of list, which no one would take a dispute to be in.
 */
const CHOICES = new Set(['scope', 'suitable', 'unsuitable']);

export function scopeQuestions(bank: Bank, checklists: readonly StudyChecklist[], provisions?: ReadonlyMap<string, ProvisionQuote>): void {
  const lists = checklists.filter((c) => CHOICES.has(c.data.kind));
  const homes = new Map<string, string[]>();
  for (const l of lists)
    for (const i of l.data.items) homes.set(normalizeChoice(i.text), [...(homes.get(normalizeChoice(i.text)) ?? []), l.id]);

  for (const list of checklists.filter((c) => ASKED.has(c.data.kind))) {
    for (const item of list.data.items) {
      const id = `scope-list:${list.id}/${item.id}`;
      if (item.quiz?.skip) {
        bank.skip(id, item.quiz.skip);
        continue;
      }
      if ((homes.get(normalizeChoice(item.text)) ?? []).length > 1) {
        bank.skip(id, `${quote(item.text)}出现在不止一份清单中`);
        continue;
      }
      bank.single({
        id,
        topic: 'scope',
        prompt: `文件把下列情形列在哪一份清单中？${quote(item.quiz?.prompt ?? item.text)}`,
        right: { text: list.data.title },
        tiers: [lists.filter((l) => l !== list).map((l) => ({ text: l.data.title, note: `${quote(l.data.title)}不含这一情形` }))],
        explanation: `正确答案是${quote(list.data.title)}：${quote(item.text)}列在其中${item.detail ? `（${stripEndPunct(item.detail)}）` : ''}。${provisionQuote(provisions, item.cites, [item.text], { whole: true })}`,
        cites: item.cites,
        source: `checklists/${list.id}#${item.id}`,
      });
    }
  }
}
