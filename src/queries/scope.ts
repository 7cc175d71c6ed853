/** The scope checker's questions, channels and reminders; rule data is checked once per build. */
import { getCollection } from 'astro:content';
import { checkRuleData, type ScopeChannel, type ScopeQuestion } from '../lib/scope/engine.ts';
import type { ScopeReminder } from '../schemas/scope.ts';

export interface ScopeData {
  questions: ScopeQuestion[];
  channels: ScopeChannel[];
  reminders: ScopeReminder[];
}

let data: Promise<ScopeData> | undefined;

export function getScopeData(): Promise<ScopeData> {
  data ??= (async () => {
    const questions = (await getCollection('scopeQuestions')).map((e) => e.data).sort((a, b) => a.order - b.order);
    const channels = (await getCollection('scopeChannels')).map((e) => e.data).sort((a, b) => a.order - b.order);
    const reminders = (await getCollection('scopeReminders')).map((e) => e.data);
    // Contradictory or dangling rules fail the build, with a message per problem.
    const problems = checkRuleData(questions, channels);
    if (problems.length > 0) throw new Error(`受理范围规则有误（${problems.length} 处）：\n${problems.join('\n')}`);
    return { questions, channels, reminders };
  })();
  return data;
}
