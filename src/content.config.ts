/**
 * Every collection's schema, in one place. The schemas themselves live in src/schemas/ so that
 * the content tests can validate files with exactly the same rules outside Astro.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { regulationSchema } from './schemas/regulation.ts';
import { procedureSchema } from './schemas/procedure.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { obligationSchema } from './schemas/obligation.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { caseSchema } from './schemas/case.ts';
import { parse as parseYaml } from 'yaml';
import { disputeTermSchema, scopeChannelSchema, scopeQuestionSchema, scopeReminderSchema, withTermIds } from './schemas/scope.ts';

/** The five policy documents, one MDX file each; provision ids come from their numbering. */
const regulations = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/regulations' }),
  schema: regulationSchema,
});

/** Procedures with their steps and deadlines, one YAML file each. */
const procedures = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/procedures' }),
  schema: procedureSchema,
});

/** Scope, principle and prohibition checklists, one YAML file each. */
const checklists = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/checklists' }),
  schema: checklistSchema,
});

/** The annual work calendar: one YAML list of recurring obligations. */
const obligations = defineCollection({
  loader: file('./src/content/obligations.yaml'),
  schema: obligationSchema,
});

/** Glossary terms: one YAML list. */
const glossary = defineCollection({
  loader: file('./src/content/glossary.yaml'),
  schema: glossarySchema,
});

// Holiday arrangements for years the chinese-days package does not have yet
// (src/content/calendar-overrides/) are not a collection: the folder is empty most of the time,
// and an empty collection makes every build warn. src/queries/holiday-calendar.ts reads them.

/** Case writeups, one MDX file each, in a folder per year: src/content/cases/<year>/<slug>.mdx. */
const cases = defineCollection({
  // CASES_DIR lets the benchmarks build with thousands of generated cases kept outside the repository.
  loader: glob({ pattern: '*/*.mdx', base: process.env['CASES_DIR'] ?? './src/content/cases' }),
  schema: caseSchema,
});

/** Scope checker: its questions (one YAML list, asked in `order`). */
const scopeQuestions = defineCollection({ loader: file('./src/content/scope/questions.yaml'), schema: scopeQuestionSchema });

/** Scope checker: one YAML file of rules per channel. */
const scopeChannels = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/scope/channels' }),
  schema: scopeChannelSchema,
});

/** Principles that apply whatever the channel. */
const scopeReminders = defineCollection({ loader: file('./src/content/scope/reminders.yaml'), schema: scopeReminderSchema });

/** Everyday dispute names → domains; the term itself is the entry id. */
const disputeVocabulary = defineCollection({
  loader: file('./src/content/dispute-vocabulary.yaml', { parser: (text) => withTermIds(parseYaml(text)) }),
  schema: disputeTermSchema,
});

export const collections = {
  regulations,
  procedures,
  checklists,
  obligations,
  glossary,
  cases,
  scopeQuestions,
  scopeChannels,
  scopeReminders,
  disputeVocabulary,
};
