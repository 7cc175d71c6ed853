/**
 * Every collection, with its schema (src/schemas/) and its loader. The loaders check every file
 * before the build uses it and fail with file, line and what to do, in Chinese — YAML and MDX
 * syntax, the schema, the MDX gate (content runs no code), empty collections, duplicates and the
 * rules across fields and files. What each collection checks is in src/loaders/collections.ts.
 * The schema is the gate's (FOLDERS/LISTS); the helpers take each entry itself, not its name, so
 * Astro infers each collection's own type (a name would give every collection the union of them all).
 */
import { defineCollection } from 'astro:content';
import { gatedGlob } from './loaders/gated-glob.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';
import { FOLDERS, LISTS } from './loaders/collections.ts';
import type { GateOptions, YamlListOptions } from './loaders/inspect.ts';

/** A collection kept as a folder of files: Astro's glob behind the content gate. */
const folderCollection = <S extends GateOptions['schema']>(gate: GateOptions & { schema: S }) =>
  defineCollection({ loader: gatedGlob(gate), schema: gate.schema });

/** A collection kept as one YAML list, one entry per item. */
const listCollection = <S extends YamlListOptions['schema']>(gate: YamlListOptions & { schema: S }) =>
  defineCollection({ loader: yamlListLoader(gate), schema: gate.schema });

export const collections = {
  /** The five policy documents, one MDX file each; provision ids come from their numbering. */
  regulations: folderCollection(FOLDERS.regulations),
  /** National statutes (whole texts and 节录 excerpts), numbered by 条/款/项; same pages as the policy documents. */
  statutes: folderCollection(FOLDERS.statutes),
  /** Procedures with their steps and deadlines, one YAML file each. */
  procedures: folderCollection(FOLDERS.procedures),
  /** Scope, principle and prohibition checklists, one YAML file each. */
  checklists: folderCollection(FOLDERS.checklists),
  /** The annual work calendar: one YAML list of recurring obligations. */
  obligations: listCollection(LISTS.obligations),
  /** Glossary terms: one YAML list. */
  glossary: listCollection(LISTS.glossary),
  /** Holiday arrangements for years the chinese-days package does not have yet. */
  calendarOverrides: folderCollection(FOLDERS.calendarOverrides),
  /** Case writeups, one MDX file each, in a folder per year: src/content/cases/<year>/<slug>.mdx. */
  cases: folderCollection(FOLDERS.cases),
  /** Scope checker: its questions (one YAML list, asked in `order`). */
  scopeQuestions: listCollection(LISTS.scopeQuestions),
  /** Scope checker: one YAML file of rules per channel. */
  scopeChannels: folderCollection(FOLDERS.scopeChannels),
  /** Principles that apply whatever the channel. */
  scopeReminders: listCollection(LISTS.scopeReminders),
  /** Scope checker: words in a description → pre-filled answers. */
  scopeCues: listCollection(LISTS.scopeCues),
  /** Everyday dispute names → domains; the term itself is the entry id. */
  disputeVocabulary: listCollection(LISTS.disputeVocabulary),
};
