/** A checklist: scope categories, suitable / unsuitable matters, principles, prohibitions, domains. */
import { z } from 'astro/zod';
import { citations, localId, uniqueIds } from './common.ts';

export const CHECKLIST_KINDS = ['scope', 'suitable', 'unsuitable', 'principles', 'prohibitions', 'domains'] as const;
export const CHECKLIST_KIND_LABELS: Record<(typeof CHECKLIST_KINDS)[number], string> = {
  scope: '受理范围',
  suitable: '适宜事项',
  unsuitable: '不适宜事项',
  principles: '原则',
  prohibitions: '禁止事项',
  domains: '重点领域',
};

export const checklistItemSchema = z.object({
  id: localId,
  text: z.string({ error: '清单条目，一句话' }).min(2),
  detail: z.string().optional(),
  cites: citations,
  /** How the self-test asks about the item, when its own words would give the answer away. */
  quiz: z
    .object({
      /** Asked instead of the item's words: a case, or the part of the rule that does not name the answer. */
      prompt: z.string({ error: '题干，不得含答案的字词' }).min(6).optional(),
      /** Why no question is asked about the item. */
      skip: z.string().min(4).optional(),
      /** false: not offered as a wrong choice either (it is not what the list's questions ask for: a 制度 among 原则). */
      offer: z.boolean().default(true),
    })
    .optional(),
});

export const checklistSchema = z.object({
  title: z.string({ error: '清单名称' }).min(2),
  kind: z.enum(CHECKLIST_KINDS, { error: `只能是：${CHECKLIST_KINDS.join(' / ')}` }),
  summary: z.string({ error: '这份清单用来做什么' }).min(6),
  order: z.number().int().default(100),
  items: z.array(checklistItemSchema).min(1, { error: '清单至少要有一项' }).superRefine(uniqueIds('清单条目')),
});

export type Checklist = z.output<typeof checklistSchema>;
