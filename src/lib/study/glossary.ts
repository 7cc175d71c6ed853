/**
 * Glossary questions: a definition (its term and aliases masked) and the term it defines, among
 * neighbouring terms — the related ones a trainee could confuse it with, then their own neighbours.
 */
import type { Bank } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { bigrams, dropSourceNotes, firstSentence, maskWords, normalizeChoice, quote, stripEndPunct } from './text.ts';
import type { ProvisionQuote, StudyGlossaryTerm } from './types.ts';

export function glossaryQuestions(
  bank: Bank,
  glossary: readonly StudyGlossaryTerm[],
  provisions?: ReadonlyMap<string, ProvisionQuote>,
): void {
  const neighbours = (t: StudyGlossaryTerm) =>
    glossary.filter((o) => o.id !== t.id && (t.related.includes(o.id) || o.related.includes(t.id)));

  for (const term of glossary) {
    const near = neighbours(term);
    const second = near.flatMap(neighbours).filter((o) => o.id !== term.id && !near.includes(o));
    const note = (o: StudyGlossaryTerm) => `${quote(o.term)}是另一个相关概念`;
    // Masked: the term, its aliases, and for a short term the two-character words no neighbour shares
    // ("复议" of 行政复议); in a long term such a word is too likely to stand in other words ("委员" of 村民委员会).
    const shared = new Set([...near, ...second].flatMap((o) => [...bigrams(o.term)]));
    const own = term.term.length <= 4 ? [...bigrams(term.term)].filter((b) => !shared.has(b)) : [];
    const stem = maskWords(dropSourceNotes(firstSentence(term.definition, 120)), [term.term, ...term.aliases, ...own]);
    const twin = glossary.find(
      (o) => o.id !== term.id && normalizeChoice(firstSentence(o.definition, 120)) === normalizeChoice(firstSentence(term.definition, 120)),
    );
    if (twin) {
      bank.skip(`glossary:${term.id}`, `${quote(twin.term)}的解释与之相同，题目会有两个答案`);
      continue;
    }
    bank.single({
      id: `glossary:${term.id}`,
      topic: 'glossary',
      prompt: `下列解释说的是哪个术语？${quote(stem)}`,
      right: { text: term.term },
      tiers: [near.map((o) => ({ text: o.term, note: note(o) })), second.map((o) => ({ text: o.term, note: note(o) }))],
      explanation: `正确答案是${quote(term.term)}：${stripEndPunct(term.definition)}。${provisionQuote(provisions, term.usedIn, [term.term, ...term.aliases])}`,
      cites: term.usedIn,
      source: `glossary#${term.id}`,
    });
  }
}
