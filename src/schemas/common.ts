/** Building blocks shared by the collection schemas. */
import { z } from 'astro/zod';
import { CITATION_ID_RE, SLUG_RE } from './ids.ts';
import { isoDateProblem } from './date-check.ts';

/** A citation id: `<document>/<provision path>` or a bare document id, e.g. fangdiao-lhasa-2019/6.3. */
export const citationId = z.string({ error: '引用应写成条款编号，如 fangdiao-lhasa-2019/6.3' }).regex(CITATION_ID_RE, {
  error: '引用格式应为 文件编号/条款编号，如 fangdiao-lhasa-2019/6.3（条款编号由数字和点组成）',
});

/** At least one citation: every fact on the site says where it comes from. */
export const citations = z
  .array(citationId, { error: '应为列表，列出所依据的条款编号' })
  .min(1, { error: '不能为空：每一项内容都要注明所依据的条款' });

/** Stable slug-like id for items inside a file (steps, checklist items …). */
export const localId = z
  .string({ error: '必填：小写拼音或英文、数字和连字符，如 yindao-fenliu' })
  .regex(SLUG_RE, { error: '只能用小写字母、数字和连字符，如 yindao-fenliu' });

/**
 * 诉讼调解: a judge mediates a case already filed. 复议中自行纠错: during 行政复议 the agency corrects
 * its own decision and the applicant withdraws — no mediation took place, and the label says so.
 */
export const MECHANISMS = [
  '行政调解',
  '人民调解',
  '访调对接',
  '行政争议纾解',
  '行政复议调解',
  '司法确认',
  '诉讼调解',
  '复议中自行纠错',
] as const;
export const mechanism = z.enum(MECHANISMS, { error: `只能是：${MECHANISMS.join('、')}` });

/** Ids inside one list must be unique; the message names the duplicate. */
export function uniqueIds<T extends { id: string }>(what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `${what} id “${item.id}” 重复` });
      seen.add(item.id);
    });
  };
}

/** A real calendar date "YYYY-MM-DD": 2019-06-31 and 2024-02-30 are refused, saying why. */
export const isoDate = z.string({ error: '应为日期，写作 "YYYY-MM-DD"（加引号），如 "2019-06-13"' }).superRefine((text, ctx) => {
  const problem = isoDateProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A real date "YYYY-MM-DD" or month "YYYY-MM", for sources that give only the month. */
export const isoDateOrMonth = z.string({ error: '应为日期，写作 "YYYY-MM-DD" 或 "YYYY-MM"（加引号）' }).superRefine((text, ctx) => {
  const problem = isoDateProblem(text, { allowMonth: true });
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
