/** Procedure questions: who does a step, which documents a step uses, the order of the steps that follow each other. */
import type { Bank } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { hash32 } from './random.ts';
import { clip, normalizeChoice as plainText, quote, stripEndPunct, unique } from './text.ts';
import type { ProvisionQuote, StudyProcedure, StudyStep } from './types.ts';

/** The body a step's actor names, without the editors' trailing note: "县行政争议纾解中心（县司法局牵头）" → "县行政争议纾解中心". */
const actorName = (actor: string) =>
  actor
    .trim()
    .replace(/（[^（）]*）$/, '')
    .trim();

/** The parties (当事人, 申请人), told from public bodies by their kind alone. */
const isParty = (name: string) => /当事人|申请人/.test(name);

/** Two bodies are the same when one name contains the other or they share four characters in a row. */
function sameBody(x: string, y: string): boolean {
  if (x.includes(y) || y.includes(x)) return true;
  for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4))) return true;
  return false;
}

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

    // Who does a step, asked the right way round: the step named, the choices the bodies the documents name
    // for this procedure. Asking "which step does X do" let the other steps' names rule themselves out
    // (结果反馈 is feedback *to* the 信访部门, so not its step).
    const bodiesOf = (s: StudyStep) =>
      s.actor
        .split(/[；;]|会同/)
        .map(actorName)
        .filter((n) => n.length >= 2);
    // One question per body: steps done by the same body share a key, and one question then answers the others
    // (fifth review, Q21–Q23). The first step asked keeps it.
    const asked = new Map<string, string>();
    for (const step of p.steps) {
      const id = `procedure-actor:${procedure.id}/${step.id}`;
      const names = bodiesOf(step);
      if (step.actorSkip) {
        bank.skip(id, step.actorSkip);
        continue;
      }
      if (names.length !== 1) {
        bank.skip(id, `这一步由${names.map(quote).join('、')}分别或共同办理，单选题没有唯一答案`);
        continue;
      }
      const name = names[0]!;
      const earlier = asked.get(name);
      if (earlier !== undefined) {
        bank.skip(id, `答案与${quote(earlier)}一步的主体题相同（${quote(name)}），做过那一题就知道这一题的答案`);
        continue;
      }
      if (isParty(name)) {
        bank.skip(id, '办理主体是当事人，其余选项都是机关，看主体种类就能选出');
        continue;
      }
      // Only a provision that names the body supports the key (5.1/5.2 list disputes, they name nobody);
      // among those, the one that also names the step.
      const text = (c: string) => plainText(provisions?.get(c)?.text ?? '');
      const naming = step.cites.filter((c) => text(c).includes(plainText(name)));
      const withStep = naming.filter((c) => text(c).includes(plainText(step.name)));
      const cites = withStep.length > 0 ? withStep : naming;
      if (cites.length === 0) {
        bank.skip(
          id,
          provisions
            ? `所引条文没有写明${quote(name)}办理这一步（数据中的主体是编者的概括或推定）`
            : '没有条文文本，无法确认哪一条写明了办理主体',
        );
        continue;
      }
      // By name, not by kind: 司法行政部门 and 信访部门 are both 部门 but different bodies. A party among bodies
      // is picked out by its kind, and a body the step's own actor names (县司法局 of "（县司法局牵头）") may be right.
      // What the deadline questions on this step print (its deadlines' labels) rules a body out: "向县行政争议纾解中心反馈"
      // names the recipient, "受理分流指派的案件" the step before and so its actor (fifth review, Q21, Q22).
      const told = plainText(step.deadlines.map((d) => d.quizLabel ?? d.label).join('|'));
      const named = (body: string) => told.includes(plainText(body));
      // A step named in full (four characters or more: "纾解" alone is part of every label here) is another body's work.
      const ruledOut = (body: string) =>
        named(body) ||
        p.steps.some((s) => s !== step && s.name.length >= 4 && bodiesOf(s).includes(body) && told.includes(plainText(s.name)));
      if (named(name)) {
        bank.skip(id, `本步期限题的题干写出了${quote(name)}，主体题的答案会被泄露`);
        continue;
      }
      const fits = (other: string) =>
        !sameBody(name, other) && !plainText(step.actor).includes(plainText(other)) && !isParty(other) && !ruledOut(other);
      const others = unique(p.steps.filter((s) => s !== step).flatMap(bodiesOf)).filter(fits);
      const fromSteps = others.map((n) => {
        const sole = p.steps.filter((s) => s !== step && bodiesOf(s).length === 1 && bodiesOf(s)[0] === n);
        const shared = p.steps.filter((s) => s !== step && bodiesOf(s).length > 1 && bodiesOf(s).includes(n));
        const parts = [
          sole.length > 0 ? `办理${sole.map((s) => quote(s.name)).join('')}` : '',
          shared.length > 0 ? `参与${shared.map((s) => quote(s.name)).join('')}` : '',
        ].filter(Boolean);
        return { text: n, note: `${quote(n)}${parts.join('，')}` };
      });
      const fromBodies = p.bodies
        .filter((b) => fits(b.name))
        .map((b) => ({ text: b.name, note: `${quote(b.name)}${stripEndPunct(b.role)}` }));
      const before = bank.questions.length;
      bank.single({
        id,
        topic: 'procedure',
        prompt: `在${p.title}程序中，${quote(step.name)}由谁办理？`,
        // The data's shorter form of the same body, when the full name would stand out by its length.
        right: { text: step.actorChoice ?? name },
        tiers: [fromSteps, fromBodies],
        fewerRatherThanSkip: true,
        sharedEcho: true,
        explanation: `正确答案是${quote(step.actorChoice ?? name)}${step.actorChoice ? `（即${quote(name)}）` : ''}：${clip(step.does, 60)}。${provisionQuote(provisions, cites, [step.does, name], { mustContain: [name] })}`,
        cites,
        source: `procedures/${procedure.id}#${step.id}`,
      });
      if (bank.questions.length > before) asked.set(name, step.name);
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
