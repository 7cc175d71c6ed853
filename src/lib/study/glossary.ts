/**
 * Glossary questions: a definition (its term and aliases masked) and the term it defines, among
 * neighbouring terms — the related ones a trainee could confuse it with, then their own neighbours.
 */
import type { Bank } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { bigrams, dropSourceNotes, mentionsTerm, firstSentence, maskWords, normalizeChoice, quote, stripEndPunct } from './text.ts';
import type { ProvisionQuote, StudyGlossaryTerm } from './types.ts';

export function glossaryQuestions(
  bank: Bank,
  glossary: readonly StudyGlossaryTerm[],
  provisions?: ReadonlyMap<string, ProvisionQuote>,
): void {
  const neighbours = (t: StudyGlossaryTerm) =>
    glossary.filter((o) => o.id !== t.id && (t.related.includes(o.id) || o.related.includes(t.id)));

  const byId = new Map(glossary.map((t) => [t.id, t]));
  for (const term of glossary) {
    const id = `glossary:${term.id}`;
    if (term.quiz?.skip) {
      bank.skip(id, term.quiz.skip);
      continue;
    }
    // Terms whose definitions overlap this one would be a second right answer.
    const excluded = new Set(term.quiz?.exclude ?? []);
    const near = neighbours(term).filter((o) => !excluded.has(o.id));
    const second = near.flatMap(neighbours).filter((o) => o.id !== term.id && !near.includes(o) && !excluded.has(o.id));
    const note = (o: StudyGlossaryTerm) => `${quote(o.term)}是另一个相关概念`;
    // Named wrong choices of the same kind come first: another document for a document, a person for a person.
    const named = (term.quiz?.distractors ?? []).flatMap((d) => {
      if (typeof d !== 'string') return [{ text: d.text, note: `${quote(d.text)}${stripEndPunct(d.note)}` }];
      const o = byId.get(d);
      return o ? [{ text: o.term, note: note(o) }] : [];
    });
    // Masked: the term, its aliases, and for a short term the two-character words no neighbour shares
    // ("复议" of 行政复议); in a long term such a word is too likely to stand in other words ("委员" of 村民委员会).
    const shared = new Set([...near, ...second].flatMap((o) => [...bigrams(o.term)]));
    const own = term.term.length <= 4 ? [...bigrams(term.term)].filter((b) => !shared.has(b)) : [];
    const clue = term.quiz?.clue ?? firstSentence(term.definition, 120);
    const stem = maskWords(dropSourceNotes(clue), [term.term, ...term.aliases, ...own]);
    const twin = glossary.find(
      (o) => o.id !== term.id && normalizeChoice(firstSentence(o.definition, 120)) === normalizeChoice(firstSentence(term.definition, 120)),
    );
    if (twin) {
      bank.skip(id, `${quote(twin.term)}的解释与之相同，题目会有两个答案`);
      continue;
    }
    // The quotation comes from where the term is defined: the defining sentence the data names, else the
    // statute the definition draws on, else a document that uses the term; it always names the term.
    // The data's defining text is quoted as it is (a statute article need not repeat the term: 民事诉讼法第九条 for 司法调解).
    const names = [term.term, ...term.aliases];
    const quoteFrom = (cites: readonly string[], mustContain?: string[]) =>
      provisionQuote(provisions, cites, [clue, firstSentence(term.definition, 120), term.term], { mustContain, headingNames: names });
    // Each defining provision is quoted: a definition drawn from two (大调解: 4.10 and 2.6) is supported by both.
    const quotation = term.definedIn.map((c) => quoteFrom([c])).join('') || quoteFrom(term.cites, names);
    // A document that only uses the term supports none of the definition's facts: the question would test
    // knowledge from outside the site's texts (枫桥经验's history, an SPC rule), so it is not asked.
    if (quotation === '') {
      bank.skip(id, '网站所收文本中没有这一术语的定义（只有使用它的句子），题目考的是文本以外的知识');
      continue;
    }
    // "移送函", not "“访调对接”移送函": the only choice in quotation marks, carrying the programme's name, stands out.
    const answer = term.quiz?.answer ?? term.term;
    bank.single({
      id,
      topic: 'glossary',
      prompt: `下列解释说的是哪个术语？${quote(stem)}`,
      right: { text: answer },
      tiers: [named, near.map((o) => ({ text: o.term, note: note(o) })), second.map((o) => ({ text: o.term, note: note(o) }))],
      explanation: `正确答案是${quote(answer)}${answer === term.term ? '' : `（即${quote(term.term)}）`}：${stripEndPunct(term.definition)}。${quotation}`,
      // A provision listed as using the term is cited only when it does (三大调解 is not 大调解); without texts, as listed.
      cites: [
        ...term.definedIn,
        ...term.cites,
        ...term.usedIn.filter((c) => !provisions?.has(c) || mentionsTerm(provisions.get(c)!.text, names)),
      ],
      source: `glossary#${term.id}`,
    });
  }
}
