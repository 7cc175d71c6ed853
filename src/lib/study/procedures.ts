/** Procedure questions: which step a body does, which documents a step uses, the order of the steps that follow each other. */
import type { Bank } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { hash32 } from './random.ts';
import { clip, quote, stripParens, unique } from './text.ts';
import type { ProvisionQuote, StudyProcedure } from './types.ts';

/**
 * Who an actor string names, as keys for comparing two steps: generic public bodies (政府、部门、
 * 机关) all count as one — 主管的政府部门 and 承办的行政机关 are the same kind of body to a reader —
 * the parties as another, and anything else by its own name.
 */
function actorKeys(actor: string): string[] {
  const parts = stripParens(actor)
    .split(/[；;、，,]|会同|及其|以及|与|和/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return unique(
    parts.map((part) => {
      if (/当事人|申请人/.test(part)) return 'party';
      if (/政府|部门|机关/.test(part)) return 'public-body';
      return `named:${part.replace(/^(各|承办的|县各)/, '')}`;
    }),
  );
}

/** Two named bodies are the same when one name contains the other or they share four characters in a row. */
function sameBody(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith('named:') || !b.startsWith('named:')) return false;
  const x = a.slice(6);
  const y = b.slice(6);
  if (x.includes(y) || y.includes(x)) return true;
  for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4))) return true;
  return false;
}

const actorsOverlap = (a: string[], b: string[]) => a.some((x) => b.some((y) => sameBody(x, y)));
const sameActor = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.some((y) => sameBody(x, y)));

/** What a document is, by how its name ends: agreements and rulings, notices and letters, copies, anything else. */
function formKind(form: string): string {
  if (/复印件$/.test(form)) return 'copy';
  if (/协议书?$|调解书$|决定书?$/.test(form)) return 'agreement';
  if (/告知书$|函$|回执$/.test(form)) return 'notice';
  return 'other';
}

export function procedureQuestions(
  bank: Bank,
  procedures: readonly StudyProcedure[],
  provisions?: ReadonlyMap<string, ProvisionQuote>,
): void {
  const allForms = procedures.flatMap((procedure) =>
    procedure.data.steps.flatMap((step) => step.forms.map((form) => ({ procedure, step, form }))),
  );

  for (const procedure of procedures) {
    const p = procedure.data;
    const keys = new Map(p.steps.map((s) => [s, actorKeys(s.actor)] as const));

    for (const step of p.steps) {
      const id = `procedure-actor:${procedure.id}/${step.id}`;
      const mine = keys.get(step) ?? [];
      const twins = p.steps.filter((s) => s !== step && sameActor(mine, keys.get(s) ?? []));
      if (twins.length > 0) {
        bank.skip(id, `${twins.map((s) => quote(s.name)).join('')}也由同一主体办理，题目会有多个答案`);
        continue;
      }
      const others = p.steps.filter((s) => s !== step && !actorsOverlap(mine, keys.get(s) ?? []));
      // Parties do what parties do: a step of the parties among the bodies' steps (or the reverse) is picked by its kind alone.
      const byParty = (k: string[]) => k.length > 0 && k.every((x) => x === 'party');
      if (!others.some((s) => byParty(keys.get(s) ?? []) === byParty(mine))) {
        bank.skip(
          id,
          byParty(mine)
            ? '只有这一步由当事人办理，其余选项都是机关的工作，看主体种类就能选出'
            : '其余选项都是当事人办理的步骤，看主体种类就能选出',
        );
        continue;
      }
      const wrong = others.map((s) => ({ text: s.name, note: `${quote(s.name)}由${s.actor}办理` }));
      bank.single({
        id,
        topic: 'procedure',
        prompt: `在${p.title}程序中，下列哪一步由${quote(step.actor)}办理？`,
        right: { text: step.name },
        tiers: [wrong],
        explanation: `正确答案是${quote(step.name)}，由${step.actor}办理：${clip(step.does, 60)}。${provisionQuote(provisions, step.cites, [step.does, step.actor])}`,
        cites: step.cites,
        source: `procedures/${procedure.id}#${step.id}`,
      });
    }

    for (const step of p.steps) {
      for (const form of step.forms) {
        const id = `procedure-form:${procedure.id}/${step.id}/${hash32(form).toString(36)}`;
        // Documents of earlier steps travel with the case (移交的材料, "案件相关材料一同反馈") and may be used
        // again at this step: none of them is surely wrong. Later steps' documents cannot exist yet, so a trainee
        // rules them out by the order alone; other procedures' documents drop out on the procedure's name.
        const index = p.steps.indexOf(step);
        const carried = p.steps.slice(0, index).flatMap((s) => s.forms);
        const later = p.steps.slice(index + 1).flatMap((s) => s.forms);
        const related = (f: string) => carried.includes(f) || step.forms.some((own) => own === f || own.includes(f) || f.includes(own));
        // Other real documents: of this procedure first, of the same kind first within each (an agreement for an
        // agreement, a notice for a notice).
        const tier = (same: boolean, sameKind: boolean) =>
          allForms
            .filter((x) => (x.procedure === procedure) === same && (formKind(x.form) === formKind(form)) === sameKind && !related(x.form))
            .map((x) => ({ text: x.form, note: `${quote(x.form)}属于${x.procedure.data.title}的${quote(x.step.name)}一步` }));
        // A fair wrong choice would be a document of this procedure that is neither carried from an earlier step
        // nor made at a later one; without one the question is not asked.
        const fair = [...tier(true, true), ...tier(true, false)].filter((c) => !later.includes(c.text));
        if (fair.length === 0) {
          bank.skip(
            id,
            '没有确定不用于这一步、又不能凭先后顺序或程序名排除的文书：前面步骤的文书随案移交、可能再用，后面步骤的文书这时还不存在，别的程序的文书看程序名就能排除',
          );
          continue;
        }
        bank.single({
          id,
          topic: 'procedure',
          prompt: `在${p.title}程序中，${quote(step.name)}这一步用到下列哪一项？`,
          right: { text: form },
          tiers: [tier(true, true), tier(true, false), tier(false, true), tier(false, false)],
          explanation: `正确答案是${quote(form)}。${p.title}的${quote(step.name)}一步涉及的文书：${step.forms.join('、')}。${provisionQuote(provisions, step.cites, [form, step.name], { mustContain: [form] })}`,
          cites: step.cites,
          source: `procedures/${procedure.id}#${step.id}`,
        });
      }
    }

    if (p.unordered) {
      bank.skip(`procedure-order:${procedure.id}`, p.unordered);
      continue;
    }
    // Only steps that follow one another: alternative outcomes and work done alongside have no place in one sequence.
    const sequence = p.steps.filter((s) => s.position === 'sequential');
    const apart = p.steps.filter((s) => s.position !== 'sequential');
    bank.order({
      id: `procedure-order:${procedure.id}`,
      topic: 'procedure',
      prompt: `请按先后顺序排列${p.title}中依次进行的办理步骤。`,
      items: sequence.map((s) => s.name),
      explanation: `正确顺序：${sequence.map((s, i) => `${i + 1}. ${s.name}（${s.actor}）`).join(' → ')}。${
        apart.length > 0
          ? `不在顺序中的步骤：${apart.map((s) => `${quote(s.name)}${s.position === 'alternative' ? '（视结果而定的另一种办理）' : '（与其他步骤同时进行）'}`).join('、')}。`
          : ''
      }`,
      cites: sequence.flatMap((s) => s.cites),
      source: `procedures/${procedure.id}`,
    });
  }
}
