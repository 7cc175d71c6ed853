/** Principle questions: which principle a requirement belongs to, and which prohibition embodies a principle. */
import type { Bank } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { clip, maskWords, normalizeChoice, quote, stripEndPunct } from './text.ts';
import type { ProvisionQuote, StudyChecklist, StudyChecklistItem } from './types.ts';

/** The words that name a principle: "坚持属地管理、分级负责" → 属地管理, 分级负责; "中立原则" → 中立. */
function nameWords(name: string): string[] {
  return name
    .replace(/^坚持|原则$|性原则$/g, '')
    .split(/[、“”，]/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2);
}

export function principleQuestions(
  bank: Bank,
  checklists: readonly StudyChecklist[],
  provisions?: ReadonlyMap<string, ProvisionQuote>,
): void {
  const prohibitions = checklists.filter((c) => c.data.kind === 'prohibitions');
  const linked = (principle: StudyChecklistItem) =>
    prohibitions.flatMap((list) =>
      list.data.items.filter((i) => i.cites.some((c) => principle.cites.includes(c))).map((item) => ({ list, item })),
    );

  for (const list of checklists.filter((c) => c.data.kind === 'principles')) {
    const title = list.data.title;
    // Items the data marks as not to be asked are not asked; those it marks as no principle at all (a one-off
    // campaign's requirement, what the document calls a 制度) are not offered as one either.
    const offered = list.data.items.filter((i) => i.quiz?.offer !== false);
    const asked = offered.filter((i) => !i.quiz?.skip);
    for (const item of list.data.items.filter((i) => i.quiz?.skip)) {
      bank.skip(`principle:${list.id}/${item.id}`, item.quiz?.skip ?? '');
      bank.skip(`principle-example:${list.id}/${item.id}`, item.quiz?.skip ?? '');
    }

    // Which principle does this requirement belong to? The requirement (or the data's case) is the stem, its principle's name masked.
    for (const item of asked) {
      const id = `principle:${list.id}/${item.id}`;
      if (!item.detail || item.detail.trim() === '') {
        bank.skip(id, `${quote(item.text)}没有 detail，无从出题`);
        continue;
      }
      const twin = asked.find((o) => o !== item && normalizeChoice(o.detail ?? '') === normalizeChoice(item.detail ?? ''));
      if (twin) {
        bank.skip(id, `${quote(twin.text)}的要求与之相同，题目会有两个答案`);
        continue;
      }
      // Only the same list's other principles: another document's "自愿" principle would say much the same.
      const excluded = new Set(item.quiz?.exclude ?? []);
      const wrong = offered
        .filter((o) => o !== item && !excluded.has(o.id))
        .map((o) => ({ text: o.text, note: `${quote(o.text)}是另一项原则` }));
      // The list's title is the site's, not a heading of the document (fifth review, Q24–Q27): said as such, and
      // kept apart from the case that follows.
      const lead = `按本站清单${quote(title)}作答。`;
      const prompt = item.quiz?.prompt
        ? `${lead}${maskWords(item.quiz.prompt, nameWords(item.text))}`
        : `${lead}下列要求属于哪一项原则？${quote(clip(maskWords(item.detail, nameWords(item.text)), 100))}`;
      bank.single({
        id,
        topic: 'principle',
        prompt,
        right: { text: item.text },
        tiers: [wrong],
        // Every principle of the list (sixth review, Q17): with four of five, the one principle offered only in its own
        // question was the key, and the one never keyed was never right.
        max: Math.max(4, wrong.length + 1),
        // The whole item is quoted when short, so the words the stem blanks ("地位＿＿") are in it wherever they stand.
        explanation: `正确答案是${quote(item.text)}：${stripEndPunct(item.detail)}。${provisionQuote(provisions, item.cites, [...nameWords(item.text), item.detail], { whole: true })}`,
        cites: item.cites,
        source: `checklists/${list.id}#${item.id}`,
      });
    }

    // Which prohibition embodies the principle: linked by citing the same provision.
    for (const principle of asked) {
      const examples = linked(principle);
      if (examples.length === 0) {
        bank.skip(`principle-example:${list.id}/${principle.id}`, `没有与${quote(principle.text)}引用同一条款的禁止事项`);
        continue;
      }
      const others = offered
        .filter((o) => o !== principle)
        .flatMap((o) =>
          linked(o)
            .filter((x) => !x.item.cites.some((c) => principle.cites.includes(c)))
            .map((x) => ({ text: x.item.text, note: `${quote(x.item.text)}体现的是${quote(o.text)}` })),
        );
      for (const { list: exList, item: example } of examples) {
        const shared = example.cites.filter((c) => principle.cites.includes(c));
        const exampleId = `principle-example:${list.id}/${principle.id}/${exList.id}/${example.id}`;
        if (example.quiz?.skip) {
          bank.skip(exampleId, example.quiz.skip);
          continue;
        }
        bank.single({
          id: exampleId,
          topic: 'principle',
          prompt: `下列哪一项体现了${quote(principle.text)}（${title}）？`,
          right: { text: example.text },
          tiers: [others],
          explanation: `正确答案是${quote(example.text)}。它与${quote(principle.text)}出自同一条款（${shared.join('、')}）${
            example.detail ? `：${stripEndPunct(example.detail)}` : ''
          }。${provisionQuote(provisions, shared, [example.text])}`,
          cites: [...principle.cites, ...example.cites],
          source: `checklists/${list.id}#${principle.id}`,
        });
      }
    }
  }
}
