/** Glossary terms, defined in our own words, with where the documents use them. */
import { z } from 'astro/zod';
import { citationId, localId } from './common.ts';

export const glossarySchema = z
  .object({
    id: localId,
    term: z.string({ error: '术语' }).min(2),
    aliases: z.array(z.string().min(2)).default([]),
    definition: z.string({ error: '用自己的话解释' }).min(10),
    /** Provisions that use the term (not necessarily define it). */
    usedIn: z.array(citationId).min(1, { error: '至少列出一处使用该术语的条款' }),
    /** Statute provisions the definition draws on (法律依据), e.g. renmin-tiaojie-fa/33. */
    cites: z.array(citationId).default([]),
    related: z.array(localId).default([]),
    /** Where the text says what the term is (a statute article, or the document's defining sentence): explanations quote it. */
    definedIn: z.array(citationId).default([]),
    /** How the self-test asks about the term, when its definition or its related terms would give the answer away. */
    quiz: z
      .object({
        /** Asked instead of the definition's first sentence; must not contain the term. */
        clue: z.string({ error: '题干中代替解释首句的话，不得含术语本身' }).min(10).optional(),
        /** Wrong choices of the same kind (documents for a document, persons for a person): a glossary id, or a name the documents use with why it is wrong. */
        distractors: z
          .array(z.union([localId, z.object({ text: z.string().min(2), note: z.string({ error: '为何不是答案' }).min(4) })]))
          .default([]),
        /** The choice as printed, when the term's own form would stand out (a programme name in quotation marks): the term or one of its aliases. */
        answer: z.string({ error: '选项中印出的答案，应为术语本身或其别名之一' }).min(2).optional(),
        /** Related terms whose definitions overlap this one: never offered as a wrong choice. */
        exclude: z.array(localId).default([]),
        /** Why no question is asked about the term. */
        skip: z.string().min(4).optional(),
      })
      .optional(),
  })
  .superRefine((t, ctx) => {
    // The defining provision is one the term cites or is used in, so the build's citation check and the provision's "引用它的术语" cover it.
    for (const [i, id] of t.definedIn.entries())
      if (!t.cites.includes(id) && !t.usedIn.includes(id))
        ctx.addIssue({ code: 'custom', path: ['definedIn', i], message: `definedIn 中的“${id}”应同时列在 usedIn 或 cites 中` });
    const answer = t.quiz?.answer;
    if (answer !== undefined && answer !== t.term && !t.aliases.includes(answer))
      ctx.addIssue({ code: 'custom', path: ['quiz', 'answer'], message: `quiz.answer“${answer}”应为术语“${t.term}”本身或其别名之一` });
    // A clue that names the term gives the answer away.
    const clue = t.quiz?.clue;
    for (const name of [t.term, ...t.aliases])
      if (clue?.includes(name))
        ctx.addIssue({ code: 'custom', path: ['quiz', 'clue'], message: `quiz.clue 不得含术语本身或其别名（“${name}”）` });
  });

export type GlossaryTerm = z.output<typeof glossarySchema>;
