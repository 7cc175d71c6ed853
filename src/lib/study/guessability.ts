/**
 * How far a question bank can be answered without knowing anything: three "no-knowledge" solvers
 * that look only at the form of the choices. A fair bank leaves each of them near chance.
 */

/** The shape the solvers read: single-choice questions only (order questions are not guessed this way). */
export interface GuessableQuestion {
  kind: 'single' | 'order';
  prompt: string;
  choices: string[];
  answer: number | number[];
}

export type Solver = (q: GuessableQuestion) => number;

const NEGATION = /不|拒绝|禁止/;

/** Picks the longest choice (first of equals). */
export const longestOption: Solver = (q) => q.choices.reduce((best, c, i) => (c.length > q.choices[best]!.length ? i : best), 0);

/** Character bigrams of a text's Han letters and digits: "words" without a segmenter. */
function bigrams(text: string): Set<string> {
  const t = text.replace(/[^\p{Script=Han}0-9A-Za-z]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Picks the choice sharing most two-character words with the prompt (first of equals). */
export const stemOverlap: Solver = (q) => {
  const stem = bigrams(q.prompt);
  const score = (c: string) => [...bigrams(c)].filter((b) => stem.has(b)).length;
  return q.choices.reduce((best, c, i) => (score(c) > score(q.choices[best]!) ? i : best), 0);
};

/** Picks the only choice without a negation word (不/拒绝/不属于/不适宜/禁止), else the first. */
export const withoutNegation: Solver = (q) => {
  const plain = q.choices.flatMap((c, i) => (NEGATION.test(c) ? [] : [i]));
  return plain.length === 1 ? plain[0]! : 0;
};

/**
 * The same cue turned round: when the prompt itself is negative ("哪一项不属于…"), picks the only
 * choice that carries a negation word; otherwise the only one without.
 */
export const negationFollowsStem: Solver = (q) => {
  const neg = q.choices.flatMap((c, i) => (NEGATION.test(c) ? [i] : []));
  if (NEGATION.test(q.prompt) && neg.length === 1) return neg[0]!;
  return withoutNegation(q);
};

/**
 * What the stem says the answer is — a document, a person, a body — and how the names of such
 * things end. A reader who knows nothing picks the only choice of that kind.
 */
const KINDS: readonly [stem: RegExp, choice: RegExp][] = [
  [/文书|告知书|函/, /书$|函$|回执$|文书$|协议$/],
  [/称呼|人员/, /员$/],
  [/小组|机构|专班|中心/, /班$|组$|中心$|会议?$|室$|委员会$/],
];

/** Picks the only choice of the kind the stem names (a 文书 among concepts), else the first. */
export const stemKind: Solver = (q) => {
  for (const [stem, choice] of KINDS) {
    if (!stem.test(q.prompt)) continue;
    const fit = q.choices.flatMap((c, i) => (choice.test(c) ? [i] : []));
    if (fit.length === 1) return fit[0]!;
  }
  return 0;
};

/** "15日" → 15 and 日; undefined for a choice that is not a figure with a unit. */
function figure(c: string): { n: string; unit: string } | undefined {
  const m = /^(\d+)(\D+)$/.exec(c.trim());
  return m ? { n: m[1]!, unit: m[2]! } : undefined;
}

/** The unit most choices use, when one does; undefined on a tie or when the choices are not figures. */
function majority(units: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top.length > 0 && (top.length === 1 || top[0]![1] > top[1]![1]) ? top[0]![0] : undefined;
}

/**
 * Picks the figure printed on more than one choice, when only one is (3日 and 3个工作日 among 15日, 30日), in the
 * unit most choices use; else the first. Sixth review: "the doubled number in the majority unit" got 10 of 10.
 */
export const repeatedFigure: Solver = (q) => {
  const figs = q.choices.map(figure);
  if (figs.some((f) => f === undefined)) return 0;
  const count = (n: string) => figs.filter((f) => f!.n === n).length;
  const doubled = [...new Set(figs.map((f) => f!.n))].filter((n) => count(n) > 1);
  if (doubled.length !== 1) return 0;
  const unit = majority(figs.map((f) => f!.unit));
  const hit = figs.findIndex((f) => f!.n === doubled[0] && (unit === undefined || f!.unit === unit));
  return hit === -1 ? figs.findIndex((f) => f!.n === doubled[0]) : hit;
};

/** Picks the first choice in the unit most choices use (15日 among 3个工作日, 3日, 30日); else the first. */
export const majorityUnit: Solver = (q) => {
  const figs = q.choices.map(figure);
  if (figs.some((f) => f === undefined)) return 0;
  const unit = majority(figs.map((f) => f!.unit));
  return unit === undefined ? 0 : figs.findIndex((f) => f!.unit === unit);
};

export const SOLVERS: Readonly<Record<string, Solver>> = {
  最长选项: longestOption,
  与题干重词最多: stemOverlap,
  不含否定词: withoutNegation,
  否定词随题干: negationFollowsStem,
  选项类别随题干: stemKind,
  重复的数字: repeatedFigure,
  多数单位: majorityUnit,
};

export interface Guessability {
  questions: number;
  /** Expected score of picking at random, in percent. */
  chance: number;
  /** Each solver's score, in percent. */
  solvers: Record<string, number>;
}

/** Scores every solver over the bank's single-choice questions. */
export function measureGuessability(bank: readonly GuessableQuestion[]): Guessability {
  const singles = bank.filter((q) => q.kind === 'single' && typeof q.answer === 'number');
  const pct = (n: number) => (singles.length === 0 ? 0 : Math.round((1000 * n) / singles.length) / 10);
  const chance = singles.reduce((s, q) => s + 1 / q.choices.length, 0);
  const solvers = Object.fromEntries(
    Object.entries(SOLVERS).map(([name, solve]) => [name, pct(singles.filter((q) => solve(q) === q.answer).length)]),
  );
  return { questions: singles.length, chance: pct(chance), solvers };
}
