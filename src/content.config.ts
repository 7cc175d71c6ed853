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
import { calendarOverrideSchema } from './schemas/calendar-override.ts';

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

/** Holiday arrangements for years the chinese-days package does not have yet. */
const calendarOverrides = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/calendar-overrides' }),
  schema: calendarOverrideSchema,
});

export const collections = { regulations, procedures, checklists, obligations, glossary, calendarOverrides };
