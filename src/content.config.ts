/**
 * Every collection, with its schema (src/schemas/) and its loader. The loaders (src/loaders/)
 * check every file before the build uses it and fail with file, line and what to do, in Chinese:
 * YAML and MDX syntax, the schema, the MDX gate (content runs no code), empty collections,
 * duplicate ids or cases, and the rules across fields and files listed below.
 */
import { defineCollection } from 'astro:content';
import { regulationSchema } from './schemas/regulation.ts';
import { procedureSchema, type Procedure } from './schemas/procedure.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { obligationSchema } from './schemas/obligation.ts';
import { glossarySchema, type GlossaryTerm } from './schemas/glossary.ts';
import { calendarOverrideSchema, type CalendarOverrideEntry } from './schemas/calendar-override.ts';
import { caseSchema, type CaseData } from './schemas/case.ts';
import { disputeTermSchema, scopeChannelSchema, scopeQuestionSchema, scopeReminderSchema, type DisputeTerm } from './schemas/scope.ts';
import { gatedGlob } from './loaders/gated-glob.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';
import { regulationTexts } from './loaders/regulation-texts.ts';
import { CASE_COMPONENTS, REGULATION_COMPONENTS } from './lib/content/mdx-gate.ts';
import { caseFileProblems, deadlineDrift, duplicateCases } from './lib/content/checks.ts';
import { overrideFileProblem } from './lib/deadline/holiday-overrides.ts';

/** The five policy documents, one MDX file each; provision ids come from their numbering. */
const regulations = defineCollection({
  loader: gatedGlob({ pattern: '*.mdx', base: './src/content/regulations', schema: regulationSchema, what: '法规文件', components: REGULATION_COMPONENTS }),
  schema: regulationSchema,
});

/** Procedures with their steps and deadlines, one YAML file each. Every deadline's number must be in a provision it cites. */
const procedures = defineCollection({
  loader: gatedGlob({
    pattern: '*.yaml',
    base: './src/content/procedures',
    schema: procedureSchema,
    what: '程序',
    checkAll: (files) => {
      const texts = regulationTexts('./src/content/regulations');
      return files.flatMap(({ file, data }) => deadlineDrift(file, (data as Procedure).steps.flatMap((s) => s.deadlines), texts));
    },
  }),
  schema: procedureSchema,
});

/** Scope, principle and prohibition checklists, one YAML file each. */
const checklists = defineCollection({
  loader: gatedGlob({ pattern: '*.yaml', base: './src/content/checklists', schema: checklistSchema, what: '清单' }),
  schema: checklistSchema,
});

/** The annual work calendar: one YAML list of recurring obligations. */
const obligations = defineCollection({
  loader: yamlListLoader('./src/content/obligations.yaml', { what: '工作日历事项', schema: obligationSchema }),
  schema: obligationSchema,
});

/** Glossary terms: one YAML list; `related` may only name terms of the glossary. */
const glossary = defineCollection({
  loader: yamlListLoader('./src/content/glossary.yaml', {
    what: '术语',
    schema: glossarySchema,
    check: (entries, file) => {
      const terms = entries.map((e) => ({ ...(e.data as GlossaryTerm), line: e.line }));
      const ids = new Set(terms.map((t) => t.id));
      return terms.flatMap((t) =>
        t.related.filter((r) => !ids.has(r)).map((r) => ({ file, line: t.line, message: `术语 ${t.id} 的 related 中“${r}”不是术语表里的 id：请改为已有术语的 id，或先添加该术语` })),
      );
    },
  }),
  schema: glossarySchema,
});

/** Holiday arrangements for years the chinese-days package does not have yet; the file is named after its year. */
const calendarOverrides = defineCollection({
  loader: gatedGlob({
    pattern: '*.yaml',
    base: './src/content/calendar-overrides',
    schema: calendarOverrideSchema,
    what: '节假日覆盖数据',
    mayBeEmpty: true,
    checkFile: ({ file, data }) => {
      const problem = overrideFileProblem(file, (data as CalendarOverrideEntry).year);
      return problem ? [{ file, line: 1, message: problem }] : [];
    },
  }),
  schema: calendarOverrideSchema,
});

/** Case writeups, one MDX file each, in a folder per year: src/content/cases/<year>/<slug>.mdx. */
const cases = defineCollection({
  loader: gatedGlob({
    pattern: '*/*.mdx',
    // CASES_DIR lets the benchmarks build with thousands of generated cases kept outside the repository.
    base: process.env['CASES_DIR'] ?? './src/content/cases',
    schema: caseSchema,
    what: '案例',
    components: CASE_COMPONENTS,
    checkFile: ({ file, data, body, bodyLine }) => caseFileProblems(file, (data as CaseData).year, body, bodyLine),
    checkAll: (files) => duplicateCases(files.map(({ file, data }) => ({ file, title: (data as CaseData).title, source: (data as CaseData).source }))),
  }),
  schema: caseSchema,
});

/** Scope checker: its questions (one YAML list, asked in `order`). */
const scopeQuestions = defineCollection({
  loader: yamlListLoader('./src/content/scope/questions.yaml', { what: '问题', schema: scopeQuestionSchema }),
  schema: scopeQuestionSchema,
});

/** Scope checker: one YAML file of rules per channel. */
const scopeChannels = defineCollection({
  loader: gatedGlob({ pattern: '*.yaml', base: './src/content/scope/channels', schema: scopeChannelSchema, what: '受理渠道' }),
  schema: scopeChannelSchema,
});

/** Principles that apply whatever the channel. */
const scopeReminders = defineCollection({
  loader: yamlListLoader('./src/content/scope/reminders.yaml', { what: '原则', schema: scopeReminderSchema }),
  schema: scopeReminderSchema,
});

/** Everyday dispute names → domains; the term itself is the entry id, and no name may appear twice. */
const disputeVocabulary = defineCollection({
  loader: yamlListLoader('./src/content/dispute-vocabulary.yaml', {
    idKey: 'term',
    what: '说法',
    schema: disputeTermSchema,
    check: (entries, file) => {
      const first = new Map<string, string>();
      return entries.flatMap((e) => {
        const t = e.data as DisputeTerm;
        return [t.term, ...t.also].flatMap((name) => {
          const earlier = first.get(name);
          if (earlier === undefined) first.set(name, t.term);
          return earlier === undefined ? [] : [{ file, line: e.line, message: `说法“${name}”已出现在“${earlier}”中：每个说法在整个文件中只能出现一次` }];
        });
      });
    },
  }),
  schema: disputeTermSchema,
});

export const collections = {
  regulations,
  procedures,
  checklists,
  obligations,
  glossary,
  calendarOverrides,
  cases,
  scopeQuestions,
  scopeChannels,
  scopeReminders,
  disputeVocabulary,
};
