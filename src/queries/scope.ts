/** The scope checker's questions, channels, reminders and cues; rule data is checked once per build. */
import { getCollection } from 'astro:content';
import { checkRuleData } from '../lib/scope/lint.ts';
import type { ScopeChannel, ScopeCue, ScopeQuestion, ScopeReminder } from '../schemas/scope.ts';

export interface ScopeData {
  questions: ScopeQuestion[];
  channels: ScopeChannel[];
  reminders: ScopeReminder[];
  cues: ScopeCue[];
}

let data: Promise<ScopeData> | undefined;

export function getScopeData(): Promise<ScopeData> {
  data ??= (async () => {
    const questions = (await getCollection('scopeQuestions')).map((e) => e.data).sort((a, b) => a.order - b.order);
    const channels = (await getCollection('scopeChannels')).map((e) => e.data).sort((a, b) => a.order - b.order);
    const reminders = (await getCollection('scopeReminders')).map((e) => e.data);
    const cues = (await getCollection('scopeCues')).map((e) => e.data);
    // Contradictory or dangling rules fail the build, with a message per problem.
    const problems = checkRuleData(questions, channels, cues);
    if (problems.length > 0) throw new Error(`受理范围规则有误（${problems.length} 处）：\n${problems.join('\n')}`);
    return { questions, channels, reminders, cues };
  })();
  return data;
}
