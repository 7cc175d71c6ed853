/** Building blocks shared by the collection schemas. */
import { z } from 'astro/zod';

/** A citation id: `<document>/<provision path>` or a bare document id, e.g. fangdiao-lhasa-2019/6.3. */
export const citationId = z
  .string({ error: '引用应写成条款编号，如 fangdiao-lhasa-2019/6.3' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/\d+(?:\.\d+){0,3})?$/, {
    error: '引用格式应为 文件编号/条款编号，如 fangdiao-lhasa-2019/6.3（条款编号由数字和点组成）',
  });

/** At least one citation: every fact on the site says where it comes from. */
export const citations = z
  .array(citationId, { error: 'cites 应为列表，列出所依据的条款编号' })
  .min(1, { error: 'cites 不能为空：每一项内容都要注明所依据的条款' });

/** Stable slug-like id for items inside a file (steps, checklist items …). */
export const localId = z
  .string({ error: 'id 必填：小写拼音或英文、数字和连字符，如 yindao-fenliu' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id 只能用小写字母、数字和连字符，如 yindao-fenliu' });

/**
 * 诉讼调解: a judge mediates a case already filed. 复议中自行纠错: during 行政复议 the agency corrects
 * its own decision and the applicant withdraws — no mediation took place, and the label says so.
 */
export const MECHANISMS = ['行政调解', '人民调解', '访调对接', '行政争议纾解', '行政复议调解', '司法确认', '诉讼调解', '复议中自行纠错'] as const;
export const mechanism = z.enum(MECHANISMS, { error: `mechanism 只能是：${MECHANISMS.join('、')}` });

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
