/**
 * Every collection, with its schema (src/schemas/) and its loader. The loaders check every file
 * before the build uses it and fail with file, line and what to do, in Chinese — YAML and MDX
 * syntax, the schema, the MDX gate (content runs no code), empty collections, duplicates and the
 * rules across fields and files. What each collection checks is in src/loaders/collections.ts.
 * Each schema is named here again (not taken from FOLDERS/LISTS) so Astro infers each collection's type.
 */
import { defineCollection } from 'astro:content';
import { regulationSchema } from './schemas/regulation.ts';
import { procedureSchema } from './schemas/procedure.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { obligationSchema } from './schemas/obligation.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { calendarOverrideSchema } from './schemas/calendar-override.ts';
import { caseSchema } from './schemas/case.ts';
import { disputeTermSchema, scopeChannelSchema, scopeCueSchema, scopeQuestionSchema, scopeReminderSchema } from './schemas/scope.ts';
import { gatedGlob } from './loaders/gated-glob.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';
import { FOLDERS, LISTS } from './loaders/collections.ts';

export const collections = {
  /** The five policy documents, one MDX file each; provision ids come from their numbering. */
  regulations: defineCollection({ loader: gatedGlob(FOLDERS.regulations), schema: regulationSchema }),
  /** Procedures with their steps and deadlines, one YAML file each. */
  procedures: defineCollection({ loader: gatedGlob(FOLDERS.procedures), schema: procedureSchema }),
  /** Scope, principle and prohibition checklists, one YAML file each. */
  checklists: defineCollection({ loader: gatedGlob(FOLDERS.checklists), schema: checklistSchema }),
  /** The annual work calendar: one YAML list of recurring obligations. */
  obligations: defineCollection({ loader: yamlListLoader(LISTS.obligations), schema: obligationSchema }),
  /** Glossary terms: one YAML list. */
  glossary: defineCollection({ loader: yamlListLoader(LISTS.glossary), schema: glossarySchema }),
  /** Holiday arrangements for years the chinese-days package does not have yet. */
  calendarOverrides: defineCollection({ loader: gatedGlob(FOLDERS.calendarOverrides), schema: calendarOverrideSchema }),
  /** Case writeups, one MDX file each, in a folder per year: src/content/cases/<year>/<slug>.mdx. */
  cases: defineCollection({ loader: gatedGlob(FOLDERS.cases), schema: caseSchema }),
  /** Scope checker: its questions (one YAML list, asked in `order`). */
  scopeQuestions: defineCollection({ loader: yamlListLoader(LISTS.scopeQuestions), schema: scopeQuestionSchema }),
  /** Scope checker: one YAML file of rules per channel. */
  scopeChannels: defineCollection({ loader: gatedGlob(FOLDERS.scopeChannels), schema: scopeChannelSchema }),
  /** Principles that apply whatever the channel. */
  scopeReminders: defineCollection({ loader: yamlListLoader(LISTS.scopeReminders), schema: scopeReminderSchema }),
  /** Scope checker: words in a description → pre-filled answers. */
  scopeCues: defineCollection({ loader: yamlListLoader(LISTS.scopeCues), schema: scopeCueSchema }),
  /** Everyday dispute names → domains; the term itself is the entry id. */
  disputeVocabulary: defineCollection({ loader: yamlListLoader(LISTS.disputeVocabulary), schema: disputeTermSchema }),
};
