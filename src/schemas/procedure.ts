/**
 * A procedure (访调对接, 行政争议纾解 …) as data: ordered steps, who acts, the documents, and
 * every deadline with its unit, trigger, extension and lapse rule. The procedure pages, the
 * deadline calculator's procedure mode and the study questions all read this.
 */
import { z } from 'astro/zod';
import { citations, localId, mechanism, uniqueIds } from './common.ts';
import { UNITS } from './units.ts';

export { UNITS, UNIT_LABELS, type Unit } from './units.ts';

const unit = z.enum(UNITS, { error: `只能是 ${UNITS.join(' / ')}（日 / 工作日 / 月 / 年）` });
const count = z.number({ error: '应为正整数，如 15' }).int({ error: '应为整数' }).positive({ error: '应大于 0' });

export const extensionSchema = z
  .object({
    /** Extension counted on top of the original period (30 working days + at most 30 more). */
    additional: count.optional(),
    /** Or a cap on the whole period (15 days, extendable to at most 30 in total). */
    maxTotal: count.optional(),
    condition: z.string({ error: '延长的条件，如“确有必要”' }).min(2),
  })
  .refine((e) => (e.additional === undefined) !== (e.maxTotal === undefined), {
    error: '应写 additional（可再延长多少）或 maxTotal（延长后总共不超过多少）之一，不能都写或都不写',
  });

export const deadlineSchema = z.object({
  id: localId,
  label: z.string({ error: '期限名称，如“不属于受理范围的退回信访部门”' }).min(2),
  /** How a self-test question names the deadline, when the label would print another question's answer (the page keeps the label). */
  quizLabel: z.string({ error: '自测题题干中期限的说法（不写则用 label）' }).min(2).optional(),
  count,
  unit,
  /** The event the period runs from; the day of the event is not counted. */
  from: z.string({ error: '期限从什么事件起算，如“收到移送函之日”' }).min(2),
  /** Id of an earlier deadline of the same procedure whose end starts this one (for timelines). */
  after: localId.optional(),
  extension: extensionSchema.optional(),
  onLapse: z.string({ error: '期限届满未完成怎么办' }).min(2),
  cites: citations,
});

export const stepSchema = z.object({
  id: localId,
  name: z.string({ error: '步骤名称，如“引导分流”' }).min(2),
  actor: z.string({ error: '由谁办理，如“信访部门”' }).min(2),
  /** The actor as a self-test choice prints it, when the full name would be far the longest choice: the same body, said shorter. */
  actorChoice: z.string({ error: '自测题选项中印出的办理主体（actor 的简称，须是同一主体）' }).min(2).optional(),
  /** Why "who does this step" is not asked (sixth review, Q11/Q12: the direction of the handover answers it). */
  actorSkip: z.string({ error: '不出“由谁办理”题的理由（中文，写明为什么不看文件也能答出）' }).min(6).optional(),
  does: z.string({ error: '做什么' }).min(6),
  forms: z.array(z.string().min(2)).default([]),
  deadlines: z.array(deadlineSchema).default([]),
  /**
   * Where the step stands in the sequence. `sequential` (the default): after the step before it.
   * `alternative`: one of the outcomes of the same point, taken instead of the other `alternative`
   * steps (达成协议的制作调解书 / 未达成的引导复议). `concurrent`: runs while another step is under way
   * (反馈进展 during 纾解). Order questions are asked over `sequential` steps only.
   */
  position: z
    .enum(['sequential', 'alternative', 'concurrent'], {
      error: 'position 只能是 sequential（接上一步）/ alternative（与其他 alternative 步骤二者择一）/ concurrent（与其他步骤同时进行）',
    })
    .default('sequential'),
  cites: citations,
});

export const procedureSchema = z
  .object({
    title: z.string({ error: '程序名称' }).min(2),
    mechanism,
    summary: z.string({ error: '一两句话说明这个程序' }).min(10),
    order: z.number().int().default(100),
    /** Why the steps are no sequence to put in order (alternatives from different documents, a preference rather than a step): no order question. */
    unordered: z.string().min(4).optional(),
    /**
     * Other bodies the documents give a part in this procedure without doing any of its steps (司法行政部门
     * 会商 disputed transfers): wrong choices for "who does this step", with what they do instead.
     */
    bodies: z
      .array(
        z.object({
          name: z.string({ error: '主体名称，如“司法行政部门”' }).min(2),
          role: z.string({ error: '这一主体在文件中做什么（为何不办理本程序的步骤），如“与信访部门会商双方意见不一致的移交案件”' }).min(4),
        }),
      )
      .default([]),
    steps: z.array(stepSchema, { error: '应为步骤列表' }).min(2, { error: '一个程序至少要有两个步骤' }).superRefine(uniqueIds('步骤')),
    cites: citations,
  })
  .superRefine((p, ctx) => {
    // Deadline ids are unique across the whole procedure, and `after` must point backwards.
    const seen = new Set<string>();
    p.steps.forEach((step, si) =>
      step.deadlines.forEach((d, di) => {
        if (seen.has(d.id))
          ctx.addIssue({ code: 'custom', path: ['steps', si, 'deadlines', di, 'id'], message: `期限 id “${d.id}” 在本程序中重复` });
        if (d.after && !seen.has(d.after)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', si, 'deadlines', di, 'after'],
            message: `指向的期限 “${d.after}” 不存在或不在本期限之前`,
          });
        }
        seen.add(d.id);
      }),
    );
  });

export type Procedure = z.output<typeof procedureSchema>;
export type ProcedureStep = z.output<typeof stepSchema>;
export type ProcedureDeadline = z.output<typeof deadlineSchema>;
export type DeadlineExtension = z.output<typeof extensionSchema>;
