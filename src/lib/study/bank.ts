/**
 * Shared distractor selection. A question is built from a right answer and tiers of wrong
 * candidates (same kind and form first). Choices must not give the answer away by their form:
 * the right answer may not stand in the prompt, be the only choice with (or without) a negation
 * word, share clearly more words with the prompt, or be far the longest. A question that cannot
 * meet that is skipped, not weakened; the report says why.
 */
import { seededShuffle } from './random.ts';
import { bigrams, HEDGE, normalizeChoice, sharedWords, unique } from './text.ts';
import type { SkippedQuestion, StudyQuestion, Topic } from './types.ts';

export interface Candidate {
  text: string;
  /** How the explanation describes where this wrong choice comes from. */
  note?: string | undefined;
  /** Wrong choices of one group say the same thing in other words: at most one of them is used. */
  group?: string | undefined;
}

export interface SingleSpec {
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
  /** Every candidate is of the key's kind: drop to `min` choices before skipping for a tell. */
  fewerRatherThanSkip?: boolean | undefined;
  /** The stem names a title the choices' names draw on (a procedure's bodies): an echo only tells when no wrong choice echoes too. */
  sharedEcho?: boolean | undefined;
  /** A tell of this question kind beyond the shared ones (a date among frequencies), checked on every pick. */
  tell?: ((chosen: readonly Candidate[]) => string | undefined) | undefined;
}

export interface OrderSpec {
  id: string;
  topic: Topic;
  prompt: string;
  items: string[];
  explanation: string;
  cites: readonly string[];
  source: string;
}

const NEGATION = /不|拒绝|禁止/;
const QUOTED = /[“”‘’"']/;

/** What about the choices would point at the right one without knowing the rule; undefined when nothing. */
export function formTell(prompt: string, right: string, wrong: readonly string[], shared = false): string | undefined {
  const r = normalizeChoice(right);
  if (r.length >= 2 && normalizeChoice(prompt).includes(r)) return '答案文字出现在题干中';
  // "＿＿委员会" in the stem and "人民调解委员会" among the choices: the blank is "人民调解", the answer.
  const blanked = (w: string) => {
    const n = normalizeChoice(w);
    return n.startsWith(r) && n.length > r.length && prompt.includes(`＿＿${n.slice(r.length)}`);
  };
  if (r.length >= 2 && wrong.some(blanked)) return '错误选项是答案加上题干空格后的字';
  // A word of the answer standing in the stem outside the blank points at it, unless every choice has it ("原则").
  // With `shared`, a wrong choice echoing the stem as well ("行政" of the key, "纾解" of 县级纾解专班, both in the
  // procedure's title "行政争议纾解") leaves the echo pointing at neither; which echoes more is the shared-words check below.
  const stemWords = bigrams(prompt.replace(/＿＿/g, '|'));
  const echoes = (t: string) => [...bigrams(t)].filter((b) => stemWords.has(b) && !wrong.every((w) => bigrams(w).has(b)));
  const echoed = echoes(right);
  if (wrong.length > 0 && echoed.length > 0 && !(shared && wrong.some((w) => echoes(w).length > 0)))
    return `答案中的“${echoed.join('”“')}”出现在题干中`;
  // The only choice in quotation marks ("“访调对接”移送函"), or the only one hedged ("原则上每半年一次").
  const only = (test: (t: string) => boolean) => test(right) && wrong.length >= 2 && wrong.every((w) => !test(w));
  if (only((t) => QUOTED.test(t))) return '只有答案带引号';
  if (only((t) => HEDGE.test(t))) return '只有答案带“原则上”“一般”“至少”等限定词';
  const neg = (t: string) => NEGATION.test(t);
  if (wrong.length >= 2 && wrong.every((w) => neg(w) !== neg(right))) return neg(right) ? '只有答案含否定词' : '只有答案不含否定词';
  const overlap = sharedWords(right, prompt);
  if (overlap > 0 && wrong.every((w) => sharedWords(w, prompt) < overlap)) return '答案与题干共用的词最多';
  if (wrong.every((w) => right.length > 1.5 * w.length)) return '答案远长于其他选项';
  return undefined;
}

export class Bank {
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
    if (normalizeChoice(spec.right.text) === '') return this.skip(spec.id, '正确答案为空');
    // Every usable candidate in preference order: tier by tier, each tier shuffled by the question id.
    const seen = new Set([normalizeChoice(spec.right.text)]);
    const pool: Candidate[] = [];
    spec.tiers.forEach((tier, i) => {
      for (const c of seededShuffle(tier, `${spec.id}|distractors|${i}`)) {
        const key = normalizeChoice(c.text);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        pool.push(c);
      }
    });
    const tellOf = (chosen: readonly Candidate[]) =>
      formTell(
        spec.prompt,
        spec.right.text,
        chosen.map((c) => c.text),
        spec.sharedEcho,
      ) ?? spec.tell?.(chosen);
    let wrong = pickWrong(pool, max - 1, tellOf);
    // Where every candidate is of the key's kind (the bodies a procedure names), fewer choices without a tell
    // are better than none. Elsewhere a later tier may be of another kind (a concept among documents): skip instead.
    if (spec.fewerRatherThanSkip) for (let n = max - 2; tellOf(wrong) && n >= min - 1; n--) wrong = pickWrong(pool, n, tellOf);
    if (wrong.length + 1 < min) {
      return this.skip(spec.id, `只有 ${wrong.length} 个确定错误的选项，不足以出题（至少需要 ${min - 1} 个）`);
    }
    const tell = tellOf(wrong);
    if (tell) return this.skip(spec.id, `选项的形式会暴露答案：${tell}`);
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

  order(spec: OrderSpec): void {
    if (spec.items.length < 3) return this.skip(spec.id, '依次进行的步骤少于 3 个，不出排序题');
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

/**
 * Up to `n` wrong choices from `pool` in order, one per group. When the first pick leaves a tell,
 * later candidates are tried in place of earlier ones until none is left (small pools: a few dozen).
 */
function pickWrong(pool: readonly Candidate[], n: number, tell: (chosen: readonly Candidate[]) => string | undefined): Candidate[] {
  const take = (from: readonly Candidate[]): Candidate[] => {
    const groups = new Set<string>();
    const out: Candidate[] = [];
    for (const c of from) {
      if (out.length >= n) break;
      if (c.group !== undefined && groups.has(c.group)) continue;
      if (c.group !== undefined) groups.add(c.group);
      out.push(c);
    }
    return out;
  };
  const first = take(pool);
  if (!tell(first)) return first;
  // Move each later candidate to the front in turn: the first arrangement without a tell wins.
  for (let i = n; i < pool.length; i++) {
    for (let j = first.length - 1; j >= 0; j--) {
      const trial = take([
        ...first.slice(0, j),
        pool[i]!,
        ...first.slice(j + 1),
        ...pool.filter((c) => !first.includes(c) && c !== pool[i]),
      ]);
      if (!tell(trial)) return trial;
    }
  }
  return first;
}
