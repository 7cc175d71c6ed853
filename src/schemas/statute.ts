/**
 * Frontmatter of a national statute (src/content/statutes/*.mdx): what it is, which version,
 * where the text was taken from and how far it has been checked. Messages are written for the
 * content editor who reads them in a failed build.
 */
import { z } from 'astro/zod';

export const STATUTE_KINDS = ['法律', '行政法规', '党内法规'] as const;
/** 现行有效: the version shown is in force on the build date; 已修订: it has been replaced. */
export const STATUTE_EFFECTS = ['现行有效', '已修订'] as const;

const isoDate = z
  .string({ error: '应为日期，格式 YYYY-MM-DD，例如 2011-01-01' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD，例如 2011-01-01' });

export const statuteSchema = z
  .object({
    title: z.string({ error: '缺少 title：法规的完整名称，如“中华人民共和国人民调解法”' }).min(4),
    shortTitle: z
      .string({ error: '缺少 shortTitle：引用时书名号里的简称，如“人民调解法”' })
      .min(2)
      .refine((s) => !/[《》]/.test(s), { error: 'shortTitle 不要带书名号，引用时会自动加上' }),
    kind: z.enum(STATUTE_KINDS, { error: `kind 只能是 ${STATUTE_KINDS.join('、')} 之一` }),
    issuer: z.string({ error: '缺少 issuer：制定机关' }).min(2),
    effect: z.enum(STATUTE_EFFECTS, { error: `effect 只能是 ${STATUTE_EFFECTS.join(' / ')}：本页所收文本在核对日是否施行中` }),
    /** Why the text is not current, shown above the text; required when effect is 已修订. */
    effectNote: z.string().min(10).nullable().default(null),
    /** null: the whole text; otherwise what the excerpt contains, by chapter. */
    excerpt: z
      .object({
        scope: z.string({ error: 'excerpt.scope：节录了哪一编、章、节的哪些条' }).min(6),
      })
      .nullable()
      .default(null),
    version: z.object(
      {
        adopted: isoDate,
        adoptedBy: z.string({ error: 'version.adoptedBy：通过的会议及公布的主席令等' }).min(6),
        amended: z.array(z.object({ date: isoDate, note: z.string().min(6) }), { error: 'version.amended 应为列表（未修改过写 []）' }),
        inForce: isoDate,
        inForceNote: z.string().min(2).nullable().default(null),
      },
      { error: '缺少 version：adopted（通过日期）、adoptedBy、amended、inForce（施行日期）' },
    ),
    /**
     * For a replaced text (已修订): the id of the statute page that holds the text in force, so the
     * reader of the history can go to the current article; the build fails on an unknown id.
     */
    supersededBy: z
      .string({ error: 'supersededBy：收录现行文本的法规页 id（src/content/statutes/ 下的文件名，不带 .mdx），如 zhian-guanli-chufa-fa' })
      .regex(/^[a-z0-9-]+$/, { error: 'supersededBy 应为法规页 id：小写字母、数字和连字符，如 zhian-guanli-chufa-fa' })
      .nullable()
      .default(null),
    source: z.object(
      {
        /** Who the copy says the text comes from. */
        saidToComeFrom: z.string({ error: 'source.saidToComeFrom：转载声称的出处，如“国家法律法规数据库（flk.npc.gov.cn）”' }).min(4),
        /** Whether the text was taken from the official publication itself. */
        official: z.boolean({ error: 'source.official：文本是否直接取自官方发布（true/false）' }),
        repo: z.string({ error: 'source.repo：取得文本的仓库，如 LawRefBook/Laws' }).min(3),
        path: z.string({ error: 'source.path：仓库中的文件路径' }).min(3),
        commit: z
          .string({ error: 'source.commit：40 位提交号' })
          .regex(/^[0-9a-f]{40}$/, { error: 'source.commit 应为 40 位十六进制提交号' }),
        url: z.url({ error: 'source.url 应为完整地址（https://…）' }),
        crossChecks: z.array(z.string().min(6)).min(1, { error: 'source.crossChecks：至少写一条与第二份副本的核对情况（没有也要写明）' }),
        /**
         * The official publication's own address, when one is known for this very text, and how far the
         * editor could read it: the page may be out of reach while a copy of its file is not.
         */
        officialCopy: z
          .object(
            {
              url: z.url({ error: 'source.officialCopy.url：官方页面的完整地址，如 https://flk.npc.gov.cn/detail?id=…' }),
              seenAs: z
                .string({
                  error: 'source.officialCopy.seenAs：编者实际看到的是什么（官方页面本身，或某处转存的该页文件，写明仓库、路径、提交）',
                })
                .min(10),
              result: z.string({ error: 'source.officialCopy.result：与本页文本比对的结果（哪些条、是否逐字一致）' }).min(6),
            },
            { error: 'source.officialCopy 应含 url、seenAs、result 三项；没有官方地址时写 null' },
          )
          .nullable()
          .default(null),
        /** Always stated: whether the text has been compared word for word with the official publication. */
        checkedAgainstOfficial: z.boolean(),
        checked: isoDate,
      },
      { error: '缺少 source：文本来源（出处、仓库、路径、提交号、核对情况、核对日期）' },
    ),
    summary: z.string({ error: '缺少 summary：一两句话说明本法与调解有关的内容' }).min(10),
    repairs: z
      .array(z.string().min(4), { error: 'repairs 应为列表：每条写一处编者处理' })
      .min(1, { error: 'repairs 不能为空：至少写明格式上的处理（空行、全角空格等）' }),
  })
  .refine((d) => d.supersededBy === null || d.effect === '已修订', {
    error: 'supersededBy 只用于 effect 为“已修订”的历史文本',
    path: ['supersededBy'],
  })
  .refine((d) => d.effect !== '已修订' || d.effectNote !== null, {
    error: 'effect 为“已修订”时须写 effectNote：说明现行文本是哪一版、为何不在此收录',
    path: ['effectNote'],
  });

export type Statute = z.output<typeof statuteSchema>;

/** The status a reader sees: 现行有效 / 已修订, plus 节录 for an excerpt. */
export function statuteStatus(d: Pick<Statute, 'effect' | 'excerpt'>): string[] {
  return d.excerpt ? [d.effect, '节录'] : [d.effect];
}
