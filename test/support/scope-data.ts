/** The scope checker's data, read from src/content/scope/ and validated with the collection schemas. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import {
  scopeChannelSchema,
  scopeCueSchema,
  scopeQuestionSchema,
  scopeReminderSchema,
  type ScopeChannel,
  type ScopeCue,
  type ScopeQuestion,
  type ScopeReminder,
} from '../../src/schemas/scope.ts';

function parsed<T>(
  schema: {
    safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  x: unknown,
  where: string,
): T {
  const r = schema.safeParse(x);
  if (!r.success) throw new Error(`${where}：\n${r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('\n')}`);
  return r.data;
}

const DIR = 'src/content/scope';

export function loadScopeData(): { questions: ScopeQuestion[]; channels: ScopeChannel[]; reminders: ScopeReminder[]; cues: ScopeCue[] } {
  const list = (file: string): unknown[] => parse(readFileSync(`${DIR}/${file}`, 'utf8')) as unknown[];
  const questions = list('questions.yaml').map((q, i) => parsed(scopeQuestionSchema, q, `questions.yaml 第 ${i + 1} 项`));
  const channels = readdirSync(`${DIR}/channels`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parsed(scopeChannelSchema, parse(readFileSync(`${DIR}/channels/${f}`, 'utf8')), f));
  const reminders = list('reminders.yaml').map((r, i) => parsed(scopeReminderSchema, r, `reminders.yaml 第 ${i + 1} 项`));
  const cues = list('cues.yaml').map((c, i) => parsed(scopeCueSchema, c, `cues.yaml 第 ${i + 1} 项`));
  return { questions, channels, reminders, cues };
}
