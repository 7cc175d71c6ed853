/**
 * Every collection, with its schema (src/schemas/) and its loader. The loaders check every file
 * before the build uses it and fail with file, line and what to do, in Chinese — YAML and MDX
 * syntax, the schema, the MDX gate (content runs no code), empty collections, duplicates and the
 * rules across fields and files. What each collection checks is in src/loaders/collections.ts.
 */
import { defineCollection } from 'astro:content';
import { gatedGlob } from './loaders/gated-glob.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';
import { FOLDERS, LISTS } from './loaders/collections.ts';

const folder = <K extends keyof typeof FOLDERS>(key: K) => defineCollection({ loader: gatedGlob(FOLDERS[key]), schema: FOLDERS[key].schema });
const list = <K extends keyof typeof LISTS>(key: K) => defineCollection({ loader: yamlListLoader(LISTS[key]), schema: LISTS[key].schema });

export const collections = {
  /** The five policy documents, one MDX file each; provision ids come from their numbering. */
  regulations: folder('regulations'),
  /** Procedures with their steps and deadlines, one YAML file each. */
  procedures: folder('procedures'),
  /** Scope, principle and prohibition checklists, one YAML file each. */
  checklists: folder('checklists'),
  /** The annual work calendar: one YAML list of recurring obligations. */
  obligations: list('obligations'),
  /** Glossary terms: one YAML list. */
  glossary: list('glossary'),
  /** Holiday arrangements for years the chinese-days package does not have yet. */
  calendarOverrides: folder('calendarOverrides'),
  /** Case writeups, one MDX file each, in a folder per year: src/content/cases/<year>/<slug>.mdx. */
  cases: folder('cases'),
  /** Scope checker: its questions (one YAML list, asked in `order`). */
  scopeQuestions: list('scopeQuestions'),
  /** Scope checker: one YAML file of rules per channel. */
  scopeChannels: folder('scopeChannels'),
  /** Principles that apply whatever the channel. */
  scopeReminders: list('scopeReminders'),
  /** Everyday dispute names → domains; the term itself is the entry id. */
  disputeVocabulary: list('disputeVocabulary'),
};
