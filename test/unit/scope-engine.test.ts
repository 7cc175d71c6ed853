/**
 * The scope checker's modules on small fixtures (conditions, questions, URL state, evaluation,
 * data lint), and the real data's own checks. Scenarios from the seeds are in scope-scenarios.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { provisionTextIndex } from '../support/data.ts';
import { loadScopeData } from '../support/scope-data.ts';
import { scopeChannelSchema, scopeQuestionSchema, type ScopeChannel, type ScopeQuestion } from '../../src/schemas/scope.ts';
import { holds, implies, type Answers } from '../../src/lib/scope/condition.ts';
import type { Condition } from '../../src/schemas/scope-enums.ts';
import { progress, unansweredQuestions, visibleQuestions } from '../../src/lib/scope/questions.ts';
import { answersFromParams, answersToParams } from '../../src/lib/scope/url-state.ts';
import { evaluateAll, evaluateChannel } from '../../src/lib/scope/evaluate.ts';
import { checkRuleData } from '../../src/lib/scope/lint.ts';
import { scopeCitations } from '../../src/lib/scope/citations.ts';
import { summaryLine } from '../../src/lib/scope/summary.ts';

const { questions, channels, reminders, cues } = loadScopeData();
const knownProvisions = new Set(provisionTextIndex().keys());

// Fixtures go through the schemas, so they have the defaults real data has.
const q = (id: string, values: string[], extra: Record<string, unknown> = {}): ScopeQuestion =>
  scopeQuestionSchema.parse({ id, text: `问题 ${id}`, options: values.map((v) => ({ value: v, label: v })), order: 0, ...extra });
const ch = (x: Record<string, unknown>): ScopeChannel =>
  scopeChannelSchema.parse({
    id: 'test',
    title: '测试',
    order: 1,
    summary: '测试渠道的说明文字，一两句话',
    entry: { status: 'open', reason: '一般情况下这样进入', cites: ['x/9'] },
    default: { verdict: 'needs-review', reason: '无法判断，请回答', cites: ['x/5'] },
    ...x,
  });
const rule = (x: Record<string, unknown>): Record<string, unknown> => ({
  kind: 'scope',
  basis: 'x/1',
  cites: ['x/1'],
  reason: '这是一条写得足够长的理由',
  ...x,
});

describe('scope data', () => {
  it('has the five channels, 其他途径 last and listed as alternatives', () => {
    const ordered = [...channels].sort((a, b) => a.order - b.order);
    expect(ordered.map((c) => c.id)).toEqual(['xingzheng-tiaojie', 'fangdiao', 'shujie', 'fuyi-tiaojie', 'qita-tujing']);
    expect(ordered.map((c) => c.alternatives)).toEqual([false, false, false, false, true]);
  });
  it('passes the data lint', () => expect(checkRuleData(questions, channels, cues)).toEqual([]));
  it('cites only provisions that exist (a rule’s basis is among its cites)', () => {
    const cites = scopeCitations(channels, reminders);
    expect(cites.length).toBeGreaterThan(80);
    expect(cites.filter((c) => !knownProvisions.has(c.id))).toEqual([]);
  });
  it('records a kind and a basis on every rule, and has rules of all three kinds', () => {
    const kinds = new Set(channels.flatMap((c) => c.rules.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual(['entry', 'note', 'scope']);
    for (const c of channels) for (const r of c.rules) expect(r.cites, `${c.id}/${r.id}`).toContain(r.basis);
  });
  it('keeps “必要时” in the 行政调解 next step for major disputes (第三条第（四）项)', () => {
    const xt = channels.find((c) => c.id === 'xingzheng-tiaojie')!;
    const step = xt.entry.next!.find((n) => n.cites?.includes('xingzheng-tiaojie-zhou-2022/3.4'))!;
    expect(step.text).toContain('必要时要制定工作预案');
  });
  it('asks the 人民调解 专门机关 question only where its provision can apply (civil matters)', () => {
    const ids = (a: Answers) => visibleQuestions(questions, a).questions.map((x) => x.id);
    expect(ids({ subject: ['admin-act'] })).not.toContain('reserved');
    expect(ids({ subject: ['civil-linked'] })).toContain('reserved');
    for (const c of channels.filter((c) => !['fangdiao', 'qita-tujing'].includes(c.id))) {
      expect(JSON.stringify(c.rules), c.id).not.toContain('"reserved"');
    }
  });
  it('lets a dispute have several domains, so every domain rule fires', () => {
    expect(questions.find((x) => x.id === 'domain')!.multiple).toBe(true);
    const a = { parties: ['citizen', 'organ'], subject: ['admin-act'], domain: ['治安管理', '行政处罚'] };
    const r = evaluateAll(channels, a);
    expect(r.find((x) => x.channel.id === 'xingzheng-tiaojie')!.reasons.map((x) => x.ruleId)).toContain('fanwei-xingzheng-zhongdian');
    expect(r.find((x) => x.channel.id === 'shujie')!.reasons.map((x) => x.ruleId)).toContain('zhifa-chufa');
  });
});

describe('holds and implies', () => {
  const answers: Answers = { a: ['x', 'y'], b: ['z'], empty: [] };
  it.each<[Condition, boolean]>([
    [{ q: 'a', in: ['x'] }, true],
    [{ q: 'a', in: ['w'] }, false],
    [{ q: 'missing', in: ['x'] }, false],
    [{ q: 'empty', in: ['x'] }, false],
    [{ not: { q: 'missing', in: ['x'] } }, true],
    [
      {
        all: [
          { q: 'a', in: ['x'] },
          { q: 'b', in: ['x'] },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { q: 'a', in: ['w'] },
          { q: 'b', in: ['z'] },
        ],
      },
      true,
    ],
  ])('%j → %s', (cond, expected) => expect(holds(cond, answers)).toBe(expected));
  it('implies() is sound on the cases the lint relies on', () => {
    const x: Condition = { q: 'a', in: ['x'] };
    const xy: Condition = { q: 'a', in: ['x', 'y'] };
    expect(implies(x, xy)).toBe(true);
    expect(implies(xy, x)).toBe(false);
    expect(implies({ not: xy }, { not: x })).toBe(true);
    expect(implies({ not: x }, { not: xy })).toBe(false);
  });
});

describe('questions and progress', () => {
  const qs = [
    q('kind', ['admin', 'civil'], { order: 1 }),
    q('review', ['none', 'pending'], { order: 2, askIf: { q: 'kind', in: ['admin'] } }),
    q('always', ['p', 'r'], { order: 4 }),
  ];
  it('asks follow-ups only when their condition holds and drops stale answers', () => {
    expect(visibleQuestions(qs, {}).questions.map((x) => x.id)).toEqual(['kind', 'always']);
    expect(visibleQuestions(qs, { kind: ['civil'], review: ['pending'] }).answers).toEqual({ kind: ['civil'] });
    expect(unansweredQuestions(qs, { kind: ['admin'] }).map((x) => x.id)).toEqual(['review', 'always']);
  });
  it('counts 已答 n/N over the questions asked now', () => {
    expect(progress(qs, {})).toEqual({ answered: 0, asked: 2 });
    expect(progress(qs, { kind: ['admin'], review: ['none'] })).toEqual({ answered: 2, asked: 3 });
  });
});

describe('answers in the URL', () => {
  const qs = [
    q('parties', ['citizen', 'org'], { order: 1, multiple: true }),
    q('legality', ['no-sign', 'unclear'], { order: 2, retired: { discretion: { legality: ['no-sign'], discretion: ['yes'] } } }),
    q('discretion', ['yes', 'no'], { order: 3 }),
  ];
  it('round-trips, in option order', () => {
    const a: Answers = { parties: ['org', 'citizen'], legality: ['unclear'] };
    const params = answersToParams(a, qs);
    expect(params.toString()).toBe('parties=citizen&parties=org&legality=unclear');
    expect(answersFromParams(new URLSearchParams(params.toString()), qs)).toEqual({ parties: ['citizen', 'org'], legality: ['unclear'] });
  });
  it('opens an old link: a retired value becomes the answers it stands for', () => {
    expect(answersFromParams(new URLSearchParams('legality=discretion'), qs)).toEqual({ legality: ['no-sign'], discretion: ['yes'] });
  });
  it('opens the real old legality=discretion link the same way', () => {
    const a = answersFromParams(new URLSearchParams('subject=admin-act&legality=discretion'), questions);
    expect(a).toEqual({ subject: ['admin-act'], legality: ['no-sign'], discretion: ['yes'] });
  });
  it('ignores unknown keys and values', () => {
    expect(answersFromParams(new URLSearchParams('parties=alien&utm=x&legality=unclear&legality=no-sign'), qs)).toEqual({
      legality: ['unclear'],
    });
  });
});

describe('evaluateChannel: scope, entry and notes', () => {
  const qs = [
    q('who', ['a', 'b'], { order: 1 }),
    q('refuse', ['yes', 'no'], { order: 2 }),
    q('route', ['in', 'out'], { order: 3, procedural: true }),
  ];
  const channel = ch({
    rules: [
      rule({ id: 'fits', when: { q: 'who', in: ['a'] }, verdict: 'applicable', next: [{ text: '去承办部门办理' }] }),
      rule({ id: 'refused', when: { q: 'refuse', in: ['yes'] }, verdict: 'not-applicable', next: [{ text: '告知救济权利' }] }),
      rule({ id: 'came-out', kind: 'entry', when: { q: 'route', in: ['out'] }, status: 'closed', next: [{ text: '引导另行申请' }] }),
      rule({ id: 'how', kind: 'note', when: { q: 'who', in: ['a'] } }),
    ],
  });
  it('takes the strongest scope verdict and keeps weaker reasons as context', () => {
    const r = evaluateChannel(channel, { who: ['a'], refuse: ['yes'] });
    expect([r.verdict, r.reasons.map((x) => x.ruleId), r.alsoNoted.map((x) => x.ruleId)]).toEqual([
      'not-applicable',
      ['refused'],
      ['fits'],
    ]);
  });
  it('gives the entry beside the verdict; an entry rule never changes the verdict', () => {
    const open = evaluateChannel(channel, { who: ['a'], refuse: ['no'], route: ['in'] }, qs);
    const closed = evaluateChannel(channel, { who: ['a'], refuse: ['no'], route: ['out'] }, qs);
    expect([open.verdict, open.entryStatus, open.entry[0]!.ruleId]).toEqual(['applicable', 'open', 'entry']);
    expect([closed.verdict, closed.entryStatus, closed.entry[0]!.ruleId]).toEqual(['applicable', 'closed', 'came-out']);
    expect(closed.next.map((n) => n.text)).toEqual(['去承办部门办理', '引导另行申请']);
  });
  it('shows how-to notes without changing the verdict', () => {
    const r = evaluateChannel(channel, { who: ['a'], refuse: ['no'] }, qs);
    expect(r.notes.map((n) => n.ruleId)).toEqual(['how']);
    expect(r.verdict).toBe('applicable');
  });
  it('holds back 适用 only for questions the scope rules read', () => {
    const r = evaluateChannel(channel, { who: ['a'] }, qs);
    expect([r.verdict, r.unanswered]).toEqual(['needs-review', ['refuse']]);
  });
});

describe('data lint knows the three kinds', () => {
  const qs = [q('who', ['a', 'b'], { order: 1 }), q('route', ['in', 'out'], { order: 2, procedural: true })];
  it('accepts consistent data', () => {
    expect(
      checkRuleData(qs, [
        ch({
          rules: [
            rule({ id: 'r1', when: { q: 'who', in: ['a'] }, verdict: 'applicable' }),
            rule({ id: 'e', kind: 'entry', status: 'step', when: { q: 'route', in: ['in'] } }),
          ],
        }),
      ]),
    ).toEqual([]);
  });
  it('refuses a scope rule that says 不适用 from a procedural question', () => {
    const errors = checkRuleData(qs, [
      ch({
        rules: [
          rule({ id: 'by-route', when: { q: 'route', in: ['out'] }, verdict: 'not-applicable' }),
          rule({ id: 'w', when: { q: 'who', in: ['a'] }, verdict: 'applicable' }),
        ],
      }),
    ]);
    expect(errors).toEqual([expect.stringContaining('by-route：范围规则不能依据程序性问题（route）得出“不适用”')]);
  });
  it('refuses a basis that is not among the cites', () => {
    const errors = checkRuleData(qs, [
      ch({
        rules: [
          rule({ id: 'r', basis: 'x/7', when: { q: 'who', in: ['a', 'b'] }, verdict: 'applicable' }),
          rule({ id: 'e', kind: 'entry', status: 'open', when: { q: 'route', in: ['in'] } }),
        ],
      }),
    ]);
    expect(errors).toEqual([expect.stringContaining('basis “x/7” 应同时列在 cites 里')]);
  });
  it('compares verdicts only among scope rules', () => {
    const errors = checkRuleData(qs, [
      ch({
        rules: [
          rule({ id: 'wide', when: { q: 'who', in: ['a', 'b'] }, verdict: 'not-applicable' }),
          rule({ id: 'narrow', when: { q: 'who', in: ['a'] }, verdict: 'applicable' }),
          rule({ id: 'note', kind: 'note', when: { q: 'who', in: ['a'] } }),
          rule({ id: 'e', kind: 'entry', status: 'open', when: { q: 'route', in: ['in'] } }),
        ],
      }),
    ]);
    expect(errors).toEqual([expect.stringContaining('narrow（适用）永远不会决定结论')]);
  });
  it('catches retired values that point nowhere and cues for unknown questions', () => {
    const bad = [q('who', ['a', 'b'], { order: 1, retired: { old: { nope: ['x'] } } }), q('route', ['in', 'out'], { order: 2 })];
    const c = ch({
      rules: [
        rule({
          id: 'w',
          when: {
            all: [
              { q: 'who', in: ['a'] },
              { q: 'route', in: ['in'] },
            ],
          },
          verdict: 'applicable',
        }),
      ],
    });
    const errors = checkRuleData(bad, [c], [{ id: 'cue', words: ['公司'], answers: { parties: ['org'] } }]);
    expect(errors).toEqual([expect.stringContaining('没有问题 “nope”'), expect.stringContaining('answers 里没有问题 “parties”')]);
  });
  it('the schema asks for kind, and for verdict on scope rules / status on entry rules, in Chinese', () => {
    const r = scopeChannelSchema.safeParse({
      ...ch({ rules: [rule({ id: 'w', when: { q: 'who', in: ['a'] }, verdict: 'applicable' })] }),
      rules: [{ id: 'w', basis: 'x/1', when: { q: 'who', in: ['a'] }, reason: '这是一条写得足够长的理由', cites: ['x/1'] }],
    });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('kind 必填');
  });
});

describe('summary line', () => {
  it('groups the channels by verdict, leaving out the alternatives', () => {
    const a: Answers = {
      parties: ['citizen'],
      subject: ['civil-private'],
      domain: ['邻里纠纷'],
      criminal: ['none'],
      route: ['petition'],
      refuses: ['no'],
      reserved: ['no'],
      mediated: ['none'],
    };
    expect(summaryLine(evaluateAll(channels, a, questions))).toBe(
      '适用：人民调解（访调对接） ｜ 不适用：行政调解、行政争议纾解、行政复议中的和解、调解',
    );
  });
});
