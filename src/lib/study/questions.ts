/**
 * 学习 / 自测: a question bank generated from the content data — procedures (steps, actors, forms,
 * deadlines), checklists (scope, suitable / unsuitable, principles, prohibitions), the glossary and
 * the annual work calendar. Nothing is written per question: every prompt, right answer and
 * distractor comes from the data, so a change in the data changes the question.
 *
 * Pure and deterministic: question ids come from the source item ids, and every shuffle is seeded
 * by the question id (FNV-1a hash → mulberry32), so the same data always builds the same bank. A
 * question that would be ambiguous (too few clearly wrong choices, duplicate choices, two steps
 * done by the same actor …) is skipped, not weakened; `generateQuestionBankReport` says why.
 */

// ---------------------------------------------------------------------------------------------
// Input: minimal mirrors of the collection schemas (src/schemas/*.ts), so pages can pass
// `getCollection(...)` results and tests can pass plain fixtures.

import type { Schedule } from '../work-calendar/obligations.ts';
import type { DeadlineBasis } from '../deadline/rules.ts';

/** Why a 日 period counts rest days: the 民法典 provisions, quoted from the statute text. Empty without them. */
function dayPeriodSentence(basis: DeadlineBasis | undefined): string {
  if (!basis) return '';
  const q = (k: 'startExcluded' | 'restDayRoll') => `${basis[k].cite}：“${basis[k].text.replace(/。$/, '')}”`;
  return `以“日”计的期间按自然日计算。${q('startExcluded')}；${q('restDayRoll')}。`;
}

export type Unit = 'day' | 'workday' | 'month' | 'year';

export interface StudyDeadline {
  id: string;
  label: string;
  count: number;
  unit: Unit;
  from: string;
  extension?: { additional?: number | undefined; maxTotal?: number | undefined; condition: string } | undefined;
  onLapse: string;
  cites: string[];
}

export interface StudyStep {
  id: string;
  name: string;
  actor: string;
  does: string;
  forms: string[];
  deadlines: StudyDeadline[];
  cites: string[];
}

/** A procedure entry as `getCollection('procedures')` returns it: the file id plus its data. */
export interface StudyProcedure {
  id: string;
  data: { title: string; steps: StudyStep[]; cites: string[] };
}

export type ChecklistKind = 'scope' | 'suitable' | 'unsuitable' | 'principles' | 'prohibitions' | 'domains';

export interface StudyChecklistItem {
  id: string;
  text: string;
  detail?: string | undefined;
  cites: string[];
}

/** A checklist entry as `getCollection('checklists')` returns it. */
export interface StudyChecklist {
  id: string;
  data: { title: string; kind: ChecklistKind; items: StudyChecklistItem[] };
}

export interface StudyGlossaryTerm {
  id: string;
  term: string;
  definition: string;
  usedIn: string[];
  related: string[];
}

/** The annual calendar's schedule, as src/lib/work-calendar/obligations.ts defines it. */
export type StudySchedule = Schedule;

export interface StudyObligation {
  id: string;
  title: string;
  who: string;
  when: string;
  /** Decides which other obligations' times are fair wrong choices (see `timesClash`). */
  schedule: StudySchedule;
  cites: string[];
}

export interface StudyInput {
  procedures: readonly StudyProcedure[];
  checklists: readonly StudyChecklist[];
  /** Glossary items (the `data` of the glossary collection's entries). */
  glossary: readonly StudyGlossaryTerm[];
  /** Obligation items (the `data` of the obligations collection's entries). */
  obligations: readonly StudyObligation[];
  /** The 民法典 provisions on periods, cited and quoted from the statute text (see lib/deadline/basis.ts). */
  deadlineBasis?: DeadlineBasis;
}

// ---------------------------------------------------------------------------------------------
// Output

export type Topic = 'procedure' | 'deadline' | 'scope' | 'principle' | 'glossary' | 'calendar';
export const TOPICS: readonly Topic[] = ['procedure', 'deadline', 'scope', 'principle', 'glossary', 'calendar'];
export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  procedure: '办理步骤与文书',
  deadline: '期限',
  scope: '适用范围',
  principle: '工作原则',
  glossary: '术语',
  calendar: '年度工作日历',
};

export interface StudyQuestion {
  /** Stable: question kind + source item ids, e.g. "deadline:fangdiao/tuihui-xinfang". */
  id: string;
  topic: Topic;
  /** Single choice, or put the steps in order. */
  kind: 'single' | 'order';
  prompt: string;
  /** For 'order': the steps in a shuffled order. */
  choices: string[];
  /** Index of the right choice; for 'order' the indices of `choices` in the correct order. */
  answer: number | number[];
  explanation: string;
  /** Provision ids. */
  cites: string[];
  /** Where it came from, e.g. "procedures/fangdiao#tuihui-xinfang". */
  source: string;
}

export interface SkippedQuestion {
  id: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** FNV-1a, 32 bit. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; never mutates its input. */
function seededShuffle<T>(items: readonly T[], seed: string | number): T[] {
  const out = items.slice();
  const rand = mulberry32(typeof seed === 'number' ? seed : hash32(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const UNIT_TEXT: Readonly<Record<Unit, string>> = { day: '日', workday: '个工作日', month: '个月', year: '年' };

/** 3 + day → "3日", 5 + workday → "5个工作日". */
export function formatPeriod(count: number, unit: Unit): string {
  return `${count}${UNIT_TEXT[unit]}`;
}

/** What two choices are compared on: no whitespace, punctuation or symbols. */
export function normalizeChoice(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Wraps data text in quotes; quotes inside become single quotes: “人民调解‘三项经费’”. */
export function quote(text: string): string {
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

function stripParens(text: string): string {
  return text.replace(/（[^（）]*）|\([^()]*\)/g, '');
}

function stripEndPunct(text: string): string {
  return text.replace(/[。；，、：！？\s]+$/u, '');
}

/**
 * Shortens a long text at a sentence or clause boundary and marks the cut with "…", so the choice
 * is always a prefix of the text it came from (plus the ellipsis).
 */
export function clip(text: string, max: number): string {
  const t = stripEndPunct(text.trim());
  if (t.length <= max) return t;
  const cutAt = (re: RegExp, min: number): number => {
    let cut = -1;
    for (const m of t.matchAll(re)) if (m.index >= min && m.index <= max) cut = m.index;
    return cut;
  };
  let cut = cutAt(/[。；！？]/g, Math.floor(max * 0.4));
  if (cut === -1) cut = cutAt(/[，、：]/g, Math.floor(max * 0.5));
  if (cut === -1) cut = max - 1;
  return `${stripEndPunct(t.slice(0, cut))}…`;
}

/** The first sentence of a definition, without its full stop (clipped if very long). */
function firstSentence(text: string, max = 110): string {
  const end = text.search(/[。！？]/);
  return clip(end === -1 ? text : text.slice(0, end), max);
}

const TIME_MARKER = /[0-9０-９]|[一二三四五六七八九十两半]个?(?:工作日|日|天|周|月|季度|年)|每|年终|年底|季度|上半年|下半年|[日月]前|[日月]份/;

/**
 * The time requirement of an obligation's `when`, without the editors' notes in parentheses and
 * without trailing clauses that only describe the work: "每年11月，对案件的典型性……进行评价" →
 * "每年11月". Always a prefix of `when` with parentheses removed.
 */
export function whenChoice(when: string): string {
  const first = stripParens(when).split('；')[0] ?? '';
  const clauses = first.split('，');
  let keep = 1;
  clauses.forEach((c, i) => {
    if (TIME_MARKER.test(c)) keep = Math.max(keep, i + 1);
  });
  return stripEndPunct(clauses.slice(0, keep).join('，'));
}

// ---------------------------------------------------------------------------------------------
// Building single-choice questions

interface Candidate {
  text: string;
  /** How the explanation describes where this wrong choice comes from. */
  note?: string | undefined;
  /** Wrong choices of one group say the same thing in other words: at most one of them is used. */
  group?: string | undefined;
}

interface SingleSpec {
  id: string;
  topic: Topic;
  prompt: string;
  right: Candidate;
  /** Wrong choices in tiers of preference; each tier is shuffled by the question id. */
  tiers: Candidate[][];
  /** Explanation of the right answer; the wrong choices' notes are appended. */
  explanation: string;
  cites: readonly string[];
  source: string;
  /** Fewest choices allowed (right + wrong); 3 unless the question kind needs more. */
  min?: number;
  max?: number;
}

class Bank {
  readonly questions: StudyQuestion[] = [];
  readonly skipped: SkippedQuestion[] = [];
  private readonly ids = new Set<string>();

  skip(id: string, reason: string): void {
    this.skipped.push({ id, reason });
  }

  private push(q: StudyQuestion): void {
    if (this.ids.has(q.id)) {
      this.skip(q.id, '题目 id 重复（数据中有重复的 id）');
      return;
    }
    this.ids.add(q.id);
    this.questions.push(q);
  }

  single(spec: SingleSpec): void {
    const min = spec.min ?? 3;
    const max = spec.max ?? 4;
    if (spec.cites.length === 0) return this.skip(spec.id, '没有条款依据');
    const seen = new Set([normalizeChoice(spec.right.text)]);
    if (normalizeChoice(spec.right.text) === '') return this.skip(spec.id, '正确答案为空');
    const groups = new Set<string>();
    const wrong: Candidate[] = [];
    spec.tiers.forEach((tier, i) => {
      for (const c of seededShuffle(tier, `${spec.id}|distractors|${i}`)) {
        if (wrong.length >= max - 1) return;
        const key = normalizeChoice(c.text);
        if (key === '' || seen.has(key) || (c.group !== undefined && groups.has(c.group))) continue;
        seen.add(key);
        if (c.group !== undefined) groups.add(c.group);
        wrong.push(c);
      }
    });
    if (wrong.length + 1 < min) {
      return this.skip(spec.id, `只有 ${wrong.length} 个确定错误的选项，不足以出题（至少需要 ${min - 1} 个）`);
    }
    const all = seededShuffle([spec.right, ...wrong], `${spec.id}|choices`);
    const notes = wrong.filter((c) => c.note).map((c) => c.note);
    this.push({
      id: spec.id,
      topic: spec.topic,
      kind: 'single',
      prompt: spec.prompt,
      choices: all.map((c) => c.text),
      answer: all.indexOf(spec.right),
      explanation: notes.length > 0 ? `${spec.explanation}其余选项：${notes.join('；')}。` : spec.explanation,
      cites: unique(spec.cites),
      source: spec.source,
    });
  }

  order(spec: { id: string; topic: Topic; prompt: string; items: string[]; explanation: string; cites: readonly string[]; source: string }): void {
    if (spec.items.length < 3) return this.skip(spec.id, '步骤少于 3 个，不出排序题');
    if (new Set(spec.items.map(normalizeChoice)).size !== spec.items.length) return this.skip(spec.id, '步骤名称有重复，排序题会有歧义');
    if (spec.cites.length === 0) return this.skip(spec.id, '没有条款依据');
    const positions = spec.items.map((_, i) => i);
    let shuffled = seededShuffle(positions, `${spec.id}|choices`);
    // A shuffle that happens to be the right order would give the answer away: rotate it.
    if (shuffled.every((p, i) => p === i)) shuffled = [...shuffled.slice(1), shuffled[0]!];
    this.push({
      id: spec.id,
      topic: spec.topic,
      kind: 'order',
      prompt: spec.prompt,
      choices: shuffled.map((p) => spec.items[p]!),
      answer: positions.map((p) => shuffled.indexOf(p)),
      explanation: spec.explanation,
      cites: unique(spec.cites),
      source: spec.source,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Deadlines

interface Period {
  count: number;
  unit: Unit;
}

const periodText = (p: Period): string => formatPeriod(p.count, p.unit);

/** 1个月 vs 30日, 1年 vs 12个月: different words for about the same span are not fair distractors. */
function roughlyEqual(a: Period, b: Period): boolean {
  const days = (p: Period): number[] => {
    if (p.unit === 'day') return [p.count];
    if (p.unit === 'month') return [28, 29, 30, 31].map((d) => d * p.count);
    if (p.unit === 'year') return [365 * p.count, 366 * p.count];
    return [];
  };
  if (a.unit === b.unit) return a.count === b.count;
  const da = days(a);
  const db = days(b);
  if ((a.unit === 'month' && b.unit === 'year') || (a.unit === 'year' && b.unit === 'month')) {
    const months = (p: Period) => (p.unit === 'year' ? p.count * 12 : p.count);
    return months(a) === months(b);
  }
  return da.some((d) => db.includes(d));
}

function unitVariants(p: Period): Period[] {
  switch (p.unit) {
    case 'day':
      return [{ count: p.count, unit: 'workday' }];
    case 'workday':
      return [{ count: p.count, unit: 'day' }];
    case 'month':
      return [{ count: p.count, unit: 'year' }, { count: p.count, unit: 'day' }];
    case 'year':
      return [{ count: p.count, unit: 'month' }];
  }
}

function extendedTotal(d: StudyDeadline): number | undefined {
  if (!d.extension) return undefined;
  if (d.extension.maxTotal !== undefined) return d.extension.maxTotal;
  if (d.extension.additional !== undefined) return d.count + d.extension.additional;
  return undefined;
}

interface DeadlineRef {
  procedure: StudyProcedure;
  step: StudyStep;
  deadline: StudyDeadline;
}

/** Every period the data mentions: the deadlines and their extended lengths. */
function dataPeriods(refs: readonly DeadlineRef[]): { period: Period; note: string }[] {
  const out: { period: Period; note: string }[] = [];
  for (const { procedure, deadline: d } of refs) {
    out.push({ period: { count: d.count, unit: d.unit }, note: `${formatPeriod(d.count, d.unit)}是${procedure.data.title}中${quote(d.label)}的期限` });
    const total = extendedTotal(d);
    if (total !== undefined) {
      out.push({ period: { count: total, unit: d.unit }, note: `${formatPeriod(total, d.unit)}是${procedure.data.title}中${quote(d.label)}延长后的最长期限` });
    }
  }
  return out;
}

/** Wrong periods, in tiers: unit variants first, then periods from the data, then other counts. */
function periodTiers(right: Period, id: string, extra: { period: Period; note: string }[], data: { period: Period; note: string }[]): Candidate[][] {
  const ok = (p: Period) => p.count > 0 && !roughlyEqual(p, right);
  const variants = unitVariants(right).filter(ok).map((p) => ({ text: periodText(p), note: `${periodText(p)}与正确答案数字相同、单位不同` }));
  const fromData = [...extra, ...data].filter((x) => ok(x.period)).map((x) => ({ text: periodText(x.period), note: x.note }));
  const counts = unique(data.map((x) => x.period.count)).sort((a, b) => a - b);
  const synthetic = counts.map((count) => ({ count, unit: right.unit })).filter(ok).map((p) => ({ text: periodText(p) }));
  // One unit variant at most, so a question does not become "which unit" only.
  const [firstVariant] = seededShuffle(variants, `${id}|variant`);
  return [firstVariant ? [firstVariant] : [], fromData, synthetic];
}

function deadlineQuestions(bank: Bank, procedures: readonly StudyProcedure[], basis?: DeadlineBasis): void {
  const refs: DeadlineRef[] = procedures.flatMap((procedure) =>
    procedure.data.steps.flatMap((step) => step.deadlines.map((deadline) => ({ procedure, step, deadline }))),
  );
  const data = dataPeriods(refs);

  for (const { procedure, step, deadline: d } of refs) {
    const p = procedure.data;
    const key = `${procedure.id}/${d.id}`;
    const source = `procedures/${procedure.id}#${d.id}`;
    const right: Period = { count: d.count, unit: d.unit };
    const rightText = periodText(right);
    const others = data;
    const sameLabel = refs.filter((r) => r.procedure === procedure && r.deadline !== d && normalizeChoice(r.deadline.label) === normalizeChoice(d.label));
    const what = d.label.endsWith('期限') ? `${quote(d.label)}` : `${quote(d.label)}的期限`;
    const base = `${p.title}${quote(step.name)}一步：${d.label}，期限为${rightText}，自${d.from}起算`;

    // 1. How long is the period?
    if (sameLabel.length > 0) {
      bank.skip(`deadline:${key}`, `同一程序中有名称相同的期限${quote(d.label)}`);
    } else {
      const ext = d.extension;
      const extText = !ext
        ? ''
        : ext.maxTotal !== undefined
          ? `；${ext.condition}的，最长不超过${formatPeriod(ext.maxTotal, d.unit)}`
          : `；${ext.condition}的，可再延长不超过${formatPeriod(ext.additional ?? 0, d.unit)}`;
      bank.single({
        id: `deadline:${key}`,
        topic: 'deadline',
        prompt: `在${p.title}程序中，${what}是多少？`,
        right: { text: rightText },
        tiers: periodTiers(right, `deadline:${key}`, [], others),
        explanation: `正确答案是${quote(rightText)}。${base}${extText}。`,
        cites: d.cites,
        source,
      });
    }

    // 2. How far can it be extended?
    const ext = d.extension;
    if (ext && sameLabel.length === 0) {
      const id = `deadline-extension:${key}`;
      if (ext.maxTotal !== undefined) {
        if (ext.maxTotal <= d.count) {
          bank.skip(id, `延长后的最长期限（${ext.maxTotal}）不大于原期限（${d.count}），数据有误`);
        } else {
          const answer: Period = { count: ext.maxTotal, unit: d.unit };
          const misreadings = [
            { period: { count: d.count + ext.maxTotal, unit: d.unit }, note: `${formatPeriod(d.count + ext.maxTotal, d.unit)}是把“最长不超过${periodText(answer)}”误读为“再延长${periodText(answer)}”` },
            { period: right, note: `${rightText}是延长前的原期限` },
          ];
          bank.single({
            id,
            topic: 'deadline',
            prompt: `在${p.title}程序中，${what}为${rightText}；${ext.condition}的，最长可延长至多少？`,
            right: { text: periodText(answer) },
            tiers: periodTiers(answer, id, misreadings, others),
            explanation: `正确答案是${quote(periodText(answer))}（含原来的${rightText}）。${base}；${ext.condition}的，可以延长，但总共不超过${periodText(answer)}。`,
            cites: d.cites,
            source,
          });
        }
      } else if (ext.additional !== undefined) {
        const answer: Period = { count: ext.additional, unit: d.unit };
        const total: Period = { count: d.count + ext.additional, unit: d.unit };
        const misreadings = [{ period: total, note: `${periodText(total)}是延长后的总期限，不是可再延长的天数` }];
        bank.single({
          id,
          topic: 'deadline',
          prompt: `在${p.title}程序中，${what}为${rightText}；${ext.condition}的，最多可再延长多少？`,
          right: { text: periodText(answer) },
          tiers: periodTiers(answer, id, misreadings, others),
          explanation: `正确答案是${quote(periodText(answer))}。${base}；${ext.condition}的，可再延长不超过${periodText(answer)}，即总共最长${periodText(total)}。`,
          cites: d.cites,
          source,
        });
      }
    }

    // 3. Calendar days or working days? Only for day / workday periods, where the unit decides it.
    if ((d.unit === 'day' || d.unit === 'workday') && sameLabel.length === 0) {
      const calendar: Candidate = { text: '按自然日计算：休息日和节假日都计入期间（最后一日是法定休假日的，顺延至休假日结束的次日）' };
      const working: Candidate = { text: '按工作日计算：法定节假日和休息日不计入，调休上班日计入' };
      const none: Candidate = { text: '文件没有规定计算单位，由承办单位自行确定' };
      const right = d.unit === 'day' ? calendar : working;
      const other = d.unit === 'day' ? working : calendar;
      bank.single({
        id: `deadline-unit:${key}`,
        topic: 'deadline',
        prompt: `在${p.title}程序中，${what}按自然日还是工作日计算？`,
        right,
        tiers: [[other, none]],
        explanation: `正确答案是${quote(right.text)}。文件写的是${quote(rightText)}：${base}。${
          d.unit === 'day' ? dayPeriodSentence(basis) : '文件明确写“工作日”，法定节假日和休息日不计入。'
        }`,
        cites: d.cites,
        source,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Procedures: actors, forms, order

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

function actorsOverlap(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => sameBody(x, y)));
}

function sameActor(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => sameBody(x, y)));
}

function procedureQuestions(bank: Bank, procedures: readonly StudyProcedure[]): void {
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
      const wrong = p.steps
        .filter((s) => s !== step && !actorsOverlap(mine, keys.get(s) ?? []))
        .map((s) => ({ text: s.name, note: `${quote(s.name)}由${s.actor}办理` }));
      bank.single({
        id,
        topic: 'procedure',
        prompt: `在${p.title}程序中，下列哪一步由${quote(step.actor)}办理？`,
        right: { text: step.name },
        tiers: [wrong],
        explanation: `正确答案是${quote(step.name)}，由${step.actor}办理：${clip(step.does, 60)}。`,
        cites: step.cites,
        source: `procedures/${procedure.id}#${step.id}`,
      });
    }

    for (const step of p.steps) {
      for (const form of step.forms) {
        const id = `procedure-form:${procedure.id}/${step.id}/${hash32(form).toString(36)}`;
        const related = (f: string) => step.forms.some((own) => own === f || own.includes(f) || f.includes(own));
        const tier = (same: boolean) =>
          allForms
            .filter((x) => (x.procedure === procedure) === same && !related(x.form))
            .map((x) => ({ text: x.form, note: `${quote(x.form)}属于${x.procedure.data.title}的${quote(x.step.name)}一步` }));
        bank.single({
          id,
          topic: 'procedure',
          prompt: `在${p.title}程序中，${quote(step.name)}这一步涉及下列哪份文书？`,
          right: { text: form },
          tiers: [tier(true), tier(false)],
          explanation: `正确答案是${quote(form)}。${p.title}的${quote(step.name)}一步涉及的文书：${step.forms.join('、')}。`,
          cites: step.cites,
          source: `procedures/${procedure.id}#${step.id}`,
        });
      }
    }

    bank.order({
      id: `procedure-order:${procedure.id}`,
      topic: 'procedure',
      prompt: `请按先后顺序排列${p.title}的办理步骤。`,
      items: p.steps.map((s) => s.name),
      explanation: `正确顺序：${p.steps.map((s, i) => `${i + 1}. ${s.name}（${s.actor}）`).join(' → ')}。`,
      cites: p.cites,
      source: `procedures/${procedure.id}`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Checklists: scope, suitable / unsuitable, principles

/** "fangdiao-shiyi" → "fangdiao": lists of one mechanism share the id before the last segment. */
function stem(id: string): string {
  const i = id.lastIndexOf('-');
  return i === -1 ? id : id.slice(0, i);
}

function itemNote(list: StudyChecklist, item: StudyChecklistItem): string {
  return `${quote(item.text)}出自${quote(list.data.title)}`;
}

function scopeQuestions(bank: Bank, checklists: readonly StudyChecklist[]): void {
  const ofKind = (kind: ChecklistKind) => checklists.filter((c) => c.data.kind === kind);
  const prohibitions = ofKind('prohibitions');

  // Suitable vs unsuitable lists of the same mechanism.
  for (const suitable of ofKind('suitable')) {
    const pair = ofKind('unsuitable').filter((u) => stem(u.id) === stem(suitable.id));
    if (pair.length !== 1) {
      bank.skip(`scope-suitable:${suitable.id}`, `找不到与${quote(suitable.data.title)}成对的不适宜清单（同一前缀 ${stem(suitable.id)}）`);
      continue;
    }
    const unsuitable = pair[0]!;
    const side = (right: StudyChecklist, wrong: StudyChecklist, kind: 'scope-suitable' | 'scope-unsuitable') => {
      for (const item of right.data.items) {
        bank.single({
          id: `${kind}:${right.id}/${item.id}`,
          topic: 'scope',
          prompt: `下列哪一项属于${quote(right.data.title)}？`,
          right: { text: item.text },
          tiers: [wrong.data.items.map((w) => ({ text: w.text }))],
          explanation: `正确答案是${quote(item.text)}，它列在${quote(right.data.title)}中${item.detail ? `（${stripEndPunct(item.detail)}）` : ''}。其余三项都属于${quote(wrong.data.title)}。`,
          cites: item.cites,
          source: `checklists/${right.id}#${item.id}`,
        });
      }
    };
    side(unsuitable, suitable, 'scope-unsuitable');
    side(suitable, unsuitable, 'scope-suitable');
  }

  // Scope lists: one category against unsuitable matters of the same mechanism and prohibitions.
  for (const scope of ofKind('scope')) {
    const unsuitable = ofKind('unsuitable').filter((u) => stem(u.id) === stem(scope.id));
    const pool = (lists: StudyChecklist[]) => lists.flatMap((l) => l.data.items.map((i) => ({ text: i.text, note: itemNote(l, i) })));
    for (const item of scope.data.items) {
      bank.single({
        id: `scope-range:${scope.id}/${item.id}`,
        topic: 'scope',
        prompt: `下列哪一项属于${scope.data.title}？`,
        right: { text: item.text },
        tiers: [pool(unsuitable), pool(prohibitions)],
        explanation: `正确答案是${quote(item.text)}，是${quote(scope.data.title)}列明的情形之一${item.detail ? `：${stripEndPunct(item.detail)}` : ''}。`,
        cites: item.cites,
        source: `checklists/${scope.id}#${item.id}`,
      });
    }
  }
}

function principleQuestions(bank: Bank, checklists: readonly StudyChecklist[]): void {
  const prohibitions = checklists.filter((c) => c.data.kind === 'prohibitions');
  const linked = (principle: StudyChecklistItem) =>
    prohibitions.flatMap((list) =>
      list.data.items.filter((i) => i.cites.some((c) => principle.cites.includes(c))).map((item) => ({ list, item })),
    );

  for (const list of checklists.filter((c) => c.data.kind === 'principles')) {
    const title = list.data.title;
    const withDetail = list.data.items.filter((i): i is StudyChecklistItem & { detail: string } => (i.detail ?? '').trim().length > 0);

    for (const item of list.data.items) {
      const id = `principle:${list.id}/${item.id}`;
      if (!item.detail || item.detail.trim() === '') {
        bank.skip(id, `${quote(item.text)}没有 detail，无从出题`);
        continue;
      }
      // Only the same list's other principles: another document's "自愿" principle would say much the same.
      const wrong = withDetail.filter((o) => o !== item).map((o) => ({ text: clip(o.detail, 100), note: `${quote(clip(o.detail, 16))}是${quote(o.text)}的要求` }));
      bank.single({
        id,
        topic: 'principle',
        prompt: `${quote(title)}中的${quote(item.text)}要求什么？`,
        right: { text: clip(item.detail, 100) },
        tiers: [wrong],
        explanation: `正确答案：${stripEndPunct(item.detail)}。这是${quote(title)}中${quote(item.text)}的内容。`,
        cites: item.cites,
        source: `checklists/${list.id}#${item.id}`,
      });
    }

    // Which prohibition embodies the principle: linked by citing the same provision.
    for (const principle of list.data.items) {
      const examples = linked(principle);
      if (examples.length === 0) {
        bank.skip(`principle-example:${list.id}/${principle.id}`, `没有与${quote(principle.text)}引用同一条款的禁止事项`);
        continue;
      }
      const others = list.data.items
        .filter((o) => o !== principle)
        .flatMap((o) =>
          linked(o)
            .filter((x) => !x.item.cites.some((c) => principle.cites.includes(c)))
            .map((x) => ({ text: x.item.text, note: `${quote(x.item.text)}体现的是${quote(o.text)}` })),
        );
      for (const { list: exList, item: example } of examples) {
        const shared = example.cites.filter((c) => principle.cites.includes(c));
        bank.single({
          id: `principle-example:${list.id}/${principle.id}/${exList.id}/${example.id}`,
          topic: 'principle',
          prompt: `下列哪一项体现了${quote(principle.text)}（${title}）？`,
          right: { text: example.text },
          tiers: [others],
          explanation: `正确答案是${quote(example.text)}。它与${quote(principle.text)}出自同一条款（${shared.join('、')}）${
            example.detail ? `：${stripEndPunct(example.detail)}` : ''
          }。`,
          cites: [...principle.cites, ...example.cites],
          source: `checklists/${list.id}#${principle.id}`,
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Glossary and calendar

function glossaryQuestions(bank: Bank, glossary: readonly StudyGlossaryTerm[]): void {
  for (const term of glossary) {
    // Related terms (either direction) are the ones a definition could fairly be confused with.
    const near = (o: StudyGlossaryTerm) => term.related.includes(o.id) || o.related.includes(term.id);
    const mentions = (o: StudyGlossaryTerm) => firstSentence(o.definition).includes(term.term);
    const wrong = glossary
      .filter((o) => o.id !== term.id && !near(o) && !mentions(o))
      .map((o) => ({ text: firstSentence(o.definition), note: `${quote(clip(firstSentence(o.definition), 12))}说的是${quote(o.term)}` }));
    bank.single({
      id: `glossary:${term.id}`,
      topic: 'glossary',
      prompt: `${quote(term.term)}指的是什么？`,
      right: { text: firstSentence(term.definition) },
      tiers: [wrong],
      explanation: `正确答案：${stripEndPunct(term.definition)}。`,
      cites: term.usedIn,
      source: `glossary#${term.id}`,
    });
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Months an obligation falls in; every month when the document names none (the calendar's month is a guess). */
function dueMonths(o: StudyObligation): Set<number> {
  const all = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const s = o.schedule;
  if (/未(?:规定|写明?)[^；。）]*月/.test(o.when)) return all;
  switch (s.freq) {
    case 'monthly':
    case 'semimonthly':
    case 'event':
      return all;
    case 'quarterly':
      return new Set([0, 3, 6, 9].map((m) => m + s.monthOfQuarter));
    case 'semiannual':
    case 'yearly':
      return new Set(s.months);
    case 'range': {
      const from = Number(s.start.slice(0, 2));
      const to = Number(s.end.slice(0, 2));
      const out = new Set<number>();
      for (let m = from; ; m = (m % 12) + 1) {
        out.add(m);
        if (m === to || out.size === 12) break;
      }
      return out;
    }
  }
}

/**
 * Whether `other`'s time could also be said of `asked`, so it cannot be a wrong choice for it: the
 * same schedule; a lower bound ("每年至少组织一次" is true of anything done yearly or more often);
 * two periodic obligations in a common month ("年终" vs "每年第四季度"; a lower bound asked about
 * counts as any month). Monthly and half-monthly work against periodic work, and one-off event
 * deadlines, are told apart by their frequency.
 */
export function timesClash(asked: StudyObligation, other: StudyObligation): boolean {
  if (stableJson(asked.schedule) === stableJson(other.schedule)) return true;
  if (asked.schedule.freq === 'event' || other.schedule.freq === 'event') return false;
  const atLeast = (o: StudyObligation) => /至少/.test(whenChoice(o.when));
  if (atLeast(other)) return true;
  const frequent = (o: StudyObligation) => o.schedule.freq === 'monthly' || o.schedule.freq === 'semimonthly';
  if (frequent(asked) || frequent(other)) return false;
  if (atLeast(asked)) return true;
  const mb = dueMonths(other);
  return [...dueMonths(asked)].some((m) => mb.has(m));
}

function calendarQuestions(bank: Bank, obligations: readonly StudyObligation[]): void {
  for (const o of obligations) {
    const wrong = obligations
      .filter((x) => x.id !== o.id && !timesClash(o, x))
      .map((x) => ({ text: whenChoice(x.when), note: `${quote(whenChoice(x.when))}是${quote(x.title)}的时间要求`, group: stableJson(x.schedule) }));
    bank.single({
      id: `calendar:${o.id}`,
      topic: 'calendar',
      prompt: `${quote(o.title)}应在何时完成？`,
      right: { text: whenChoice(o.when) },
      tiers: [wrong],
      explanation: `正确答案是${quote(whenChoice(o.when))}。原文要求：${o.when}（负责：${o.who}）。`,
      cites: o.cites,
      source: `obligations#${o.id}`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// API

/** The whole bank plus the questions that were skipped and why. */
export function generateQuestionBankReport(input: StudyInput): { questions: StudyQuestion[]; skipped: SkippedQuestion[] } {
  const bank = new Bank();
  // Sorted by id, so the bank does not depend on the order the collections come in.
  const procedures = input.procedures.slice().sort(byId);
  const checklists = input.checklists.slice().sort(byId);
  deadlineQuestions(bank, procedures, input.deadlineBasis);
  procedureQuestions(bank, procedures);
  scopeQuestions(bank, checklists);
  principleQuestions(bank, checklists);
  glossaryQuestions(bank, input.glossary.slice().sort(byId));
  calendarQuestions(bank, input.obligations.slice().sort(byId));
  return { questions: bank.questions, skipped: bank.skipped };
}

export function generateQuestionBank(input: StudyInput): StudyQuestion[] {
  return generateQuestionBankReport(input).questions;
}

/**
 * A quiz: `count` questions of one topic, or of all topics taken in turn ('mixed', the default),
 * chosen and ordered by `seed`. Same bank + same seed → same quiz.
 */
export function pickQuestions(
  bank: readonly StudyQuestion[],
  options: { topic?: Topic | 'mixed' | undefined; count: number; seed: number },
): StudyQuestion[] {
  const count = Math.max(0, Math.floor(options.count));
  const topic = options.topic ?? 'mixed';
  const sorted = bank.slice().sort(byId);
  if (topic !== 'mixed') return seededShuffle(sorted.filter((q) => q.topic === topic), options.seed).slice(0, count);
  const groups = seededShuffle(TOPICS, options.seed)
    .map((t) => seededShuffle(sorted.filter((q) => q.topic === t), hash32(`${options.seed}|${t}`)))
    .filter((g) => g.length > 0);
  const out: StudyQuestion[] = [];
  for (let round = 0; out.length < count && groups.some((g) => g.length > round); round++) {
    for (const g of groups) {
      const q = g[round];
      if (q && out.length < count) out.push(q);
    }
  }
  return out;
}

/** Whether one answer is right: the same index, or the same order of indices. */
export function isCorrect(question: StudyQuestion, given: number | number[] | undefined): boolean {
  if (given === undefined) return false;
  const answer = question.answer;
  if (typeof answer === 'number') return typeof given === 'number' && given === answer;
  return Array.isArray(given) && given.length === answer.length && given.every((g, i) => g === answer[i]);
}

export function scoreAnswers(
  questions: readonly StudyQuestion[],
  answers: Readonly<Record<string, number | number[]>>,
): { correct: number; total: number; missed: string[] } {
  const missed = questions.filter((q) => !isCorrect(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined)).map((q) => q.id);
  return { correct: questions.length - missed.length, total: questions.length, missed };
}

/** Number of questions per topic (every topic listed, zero when none). */
export function countByTopic(questions: readonly StudyQuestion[]): Record<Topic, number> {
  const out = Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<Topic, number>;
  for (const q of questions) out[q.topic] += 1;
  return out;
}
