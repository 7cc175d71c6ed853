/**
 * Scope checker scenarios written from the seeds' own wording (/work/shared/seeds/): each quotes
 * the provision it comes from, describes a dispute as an official at the counter would, and
 * states for every channel the scope verdict, a provision cited for it, the entry status and a
 * provision cited for the entry, as read from the documents (the table: test/support/scope-scenarios.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadScopeData } from '../support/scope-data.ts';
import { CH, SCOPE_SCENARIOS, toAnswers } from '../support/scope-scenarios.ts';
import type { Answers } from '../../src/lib/scope/condition.ts';
import { evaluateAll, type ChannelResult } from '../../src/lib/scope/evaluate.ts';
import { visibleQuestions } from '../../src/lib/scope/questions.ts';
import { answersFromParams, answersToParams } from '../../src/lib/scope/url-state.ts';

const { questions, channels } = loadScopeData();
const scenarios = SCOPE_SCENARIOS;

const byChannel = (results: ChannelResult[]) => Object.fromEntries(results.map((r) => [r.channel.id, r]));

describe('scope scenarios from the seeds', () => {
  it('has at least 40 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(40));

  it.each(scenarios)('$from — $says', (s) => {
    const answers = toAnswers(s.answers);
    // Every answer is to a question that is asked, with a valid value, and survives the URL.
    expect(visibleQuestions(questions, answers).answers).toEqual(answers);
    expect(answersFromParams(new URLSearchParams(answersToParams(answers, questions).toString()), questions)).toEqual(answers);
    const results = byChannel(evaluateAll(channels, answers, questions));
    for (const key of Object.keys(CH) as (keyof typeof CH)[]) {
      const r = results[CH[key]]!;
      const [verdict, scopeCite, entryStatus, entryCite] = s[key];
      const got = {
        verdict: r.verdict,
        scopeCited: r.reasons.some((x) => x.cites.includes(scopeCite)),
        entryStatus: r.entryStatus,
        entryCited: r.entry.some((x) => x.cites.includes(entryCite)),
      };
      expect(got, `${CH[key]}: ${r.reasons.map((x) => x.ruleId).join(',')} / ${r.entry.map((x) => x.ruleId).join(',')}`).toEqual({
        verdict,
        scopeCited: true,
        entryStatus,
        entryCited: true,
      });
    }
    if (s.shows) {
      const r = results[CH[s.shows[0]]]!;
      expect([...r.next, ...r.notes].map((n) => n.text).join('\n')).toContain(s.shows[1]);
    }
  });
});

describe('procedural answers', () => {
  const procedural = questions.filter((q) => q.procedural);
  it('are how the matter came and whether 复议/诉讼 was filed', () => {
    expect(procedural.map((q) => q.id).sort()).toEqual(['review', 'route']);
  });

  // Every value of every procedural question, and unanswered, on every scenario: the scope
  // verdicts do not move, because no provision makes how a matter came a scope condition.
  it('never change a scope verdict, on any scenario', () => {
    let checked = 0;
    for (const s of scenarios) {
      const base = toAnswers(s.answers);
      const baseline = evaluateAll(channels, base, questions).map((r) => `${r.channel.id}=${r.verdict}`);
      for (const q of procedural) {
        for (const value of [undefined, ...q.options.map((o) => o.value)]) {
          const varied: Answers = { ...base };
          if (value === undefined) delete varied[q.id];
          else varied[q.id] = [value];
          expect(
            evaluateAll(channels, varied, questions).map((r) => `${r.channel.id}=${r.verdict}`),
            `${s.says} with ${q.id}=${value}`,
          ).toEqual(baseline);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
