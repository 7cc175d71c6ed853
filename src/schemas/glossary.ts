/** Glossary terms, defined in our own words, with where the documents use them. */
import { z } from 'astro/zod';
import { citationId, localId } from './common.ts';

export const glossarySchema = z.object({
  id: localId,
  term: z.string({ error: 'term：术语' }).min(2),
  aliases: z.array(z.string().min(2)).default([]),
  definition: z.string({ error: 'definition：用自己的话解释' }).min(10),
  /** Provisions that use the term (not necessarily define it). */
  usedIn: z.array(citationId).min(1, { error: 'usedIn：至少列出一处使用该术语的条款' }),
  /** Statute provisions the definition draws on (法律依据), e.g. renmin-tiaojie-fa/33. */
  cites: z.array(citationId).default([]),
  related: z.array(localId).default([]),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
