/** Text helpers shared by the question kinds: periods, quoting, clipping, comparing choices. */
// From the deadline rules, not src/schemas: this module runs in the browser, and importing a
// schema would bundle zod, whose start-up probe (new Function) the Content-Security-Policy refuses.
import { UNIT_LABELS } from '../deadline/rules.ts';
import type { Unit } from './types.ts';

/** 3 + day → "3日", 5 + workday → "5个工作日". */
export function formatPeriod(count: number, unit: Unit): string {
  return `${count}${UNIT_LABELS[unit]}`;
}

/** What two choices are compared on: no whitespace, punctuation or symbols. */
export function normalizeChoice(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Wraps data text in quotes; quotes inside become single quotes: “人民调解‘三项经费’”. */
export function quote(text: string): string {
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

export function stripParens(text: string): string {
  return text.replace(/（[^（）]*）|\([^()]*\)/g, '');
}

export function stripEndPunct(text: string): string {
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

/** The first sentence of a text, without its full stop (clipped if very long). */
export function firstSentence(text: string, max = 110): string {
  const end = text.search(/[。！？]/);
  return clip(end === -1 ? text : text.slice(0, end), max);
}

/** Two-character "words" of a text's Han letters and digits (no segmenter needed). */
export function bigrams(text: string): Set<string> {
  const t = text.replace(/[^\p{Script=Han}0-9A-Za-z]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** How many two-character words of `text` also occur in `other`. */
export function sharedWords(text: string, other: string): number {
  const b = bigrams(other);
  return [...bigrams(text)].filter((x) => b.has(x)).length;
}

const TIME_MARKER =
  /[0-9０-９]|[一二三四五六七八九十两半]个?(?:工作日|日|天|周|月|季度|年)|每|年终|年底|季度|上半年|下半年|[日月]前|[日月]份/;

/**
 * The time requirement of an obligation's `when`, without the editors' notes in parentheses and
 * without trailing clauses that only describe the work: "11月份，对案件的典型性……进行评价" →
 * "11月份". Always a prefix of `when` with parentheses removed.
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

/** Replaces every whole occurrence of `names` (longest first) in `text` with "＿＿", so a stem does not give its answer away. */
export function maskWords(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names.filter((w) => w.length >= 2).sort((a, b) => b.length - a.length)) out = out.split(name).join('＿＿');
  return out.replace(/(?:＿＿)+/g, '＿＿');
}

/** Drops the editors' source notes "（见《人民调解法》第三十三条）" from a text shown as a stem. */
export function dropSourceNotes(text: string): string {
  return text.replace(/（见[^（）]*）/g, '');
}

/** Words that soften a time or a rule ("原则上每半年一次", "一般每年第四季度", "每年至少组织一次"). */
export const HEDGE = /原则上|一般|至少/;

/**
 * A calendar time in one bare form: hedges and the verb dropped ("原则上每半年一次" → "每半年一次",
 * "每年至少组织一次" → "每年一次"), so no choice stands out by its wording; the explanation gives the text's words.
 */
export function bareTiming(timing: string): string {
  return timing.replace(new RegExp(HEDGE.source, 'g'), '').replace(/组织|开展/g, '');
}

/**
 * Whether a provision's text uses a term (or one of its names) as itself, not inside a numbered compound:
 * "三大调解" (people's, administrative and judicial mediation) is not 大调解 (sixth review, Q18).
 */
export function mentionsTerm(text: string, names: readonly string[]): boolean {
  const flat = text.replace(/[\s“”"‘’「」]/g, '');
  return names.some((n) => {
    for (let i = flat.indexOf(n); i !== -1; i = flat.indexOf(n, i + 1)) {
      if (!/[一二两三四五六七八九十]/.test(flat[i - 1] ?? '')) return true;
    }
    return false;
  });
}
