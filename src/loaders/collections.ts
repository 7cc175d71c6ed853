/**
 * What the content gate checks in each collection: the folder or file, its schema and the rules
 * beyond the schema. content.config.ts builds the loaders from these, and `npm run check:content`
 * runs the same checks without a build (checkContent). No Astro imports here.
 */
import { join } from 'node:path';
import { regulationSchema } from '../schemas/regulation.ts';
import { statuteSchema } from '../schemas/statute.ts';
import { procedureSchema, type Procedure } from '../schemas/procedure.ts';
import { checklistSchema } from '../schemas/checklist.ts';
import { obligationSchema } from '../schemas/obligation.ts';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { calendarOverrideSchema, type CalendarOverrideEntry } from '../schemas/calendar-override.ts';
import { caseSchema, type CaseData } from '../schemas/case.ts';
import {
  disputeTermSchema,
  scopeChannelSchema,
  scopeCueSchema,
  scopeQuestionSchema,
  scopeReminderSchema,
  type DisputeTerm,
} from '../schemas/scope.ts';
import { CASE_COMPONENTS, REGULATION_COMPONENTS } from '../lib/content/mdx-gate.ts';
import { caseFileProblems, deadlineDrift, duplicateCases } from '../lib/content/checks.ts';
import { overrideFileProblem } from '../lib/deadline/holiday-overrides.ts';
import type { ContentProblem } from '../lib/content/yaml-source.ts';
import { inspectCollection, inspectYamlList, type GateOptions, type YamlListOptions } from './inspect.ts';
import { regulationTexts } from './regulation-texts.ts';

const REGULATIONS_DIR = 'src/content/regulations';

/** Collections kept as a folder of files. */
export const FOLDERS = {
  regulations: { pattern: '*.mdx', base: REGULATIONS_DIR, schema: regulationSchema, what: '法规文件', components: REGULATION_COMPONENTS },
  /** National statutes: text only (Repair for a marked editorial change, Cite), numbered 条/款/项. */
  statutes: { pattern: '*.mdx', base: 'src/content/statutes', schema: statuteSchema, what: '法律法规', components: REGULATION_COMPONENTS },

  /** Every deadline's period must be written in a provision it cites. */
  procedures: {
    pattern: '*.yaml',
    base: 'src/content/procedures',
    schema: procedureSchema,
    what: '程序',
    checkAll: (files, root) => {
      const texts = regulationTexts(join(root, REGULATIONS_DIR));
      return files.flatMap(({ file, data }) =>
        deadlineDrift(
          file,
          (data as Procedure).steps.flatMap((s) => s.deadlines),
          texts,
        ),
      );
    },
  },

  checklists: { pattern: '*.yaml', base: 'src/content/checklists', schema: checklistSchema, what: '清单' },

  /** The file is named after its year. */
  calendarOverrides: {
    pattern: '*.yaml',
    base: 'src/content/calendar-overrides',
    schema: calendarOverrideSchema,
    what: '节假日覆盖数据',
    mayBeEmpty: true,
    checkFile: ({ file, data }) => {
      const problem = overrideFileProblem(file, (data as CalendarOverrideEntry).year);
      return problem ? [{ file, line: 1, message: problem }] : [];
    },
  },

  /** A case sits in the folder of its year, has the four sections, and is filed once. */
  cases: {
    pattern: '*/*.mdx',
    // CASES_DIR lets the benchmarks build with thousands of generated cases kept outside the repository.
    base: process.env['CASES_DIR'] ?? 'src/content/cases',
    schema: caseSchema,
    what: '案例',
    components: CASE_COMPONENTS,
    checkFile: ({ file, data, body, bodyLine }) => caseFileProblems(file, (data as CaseData).year, body, bodyLine),
    checkAll: (files) =>
      duplicateCases(files.map(({ file, data }) => ({ file, title: (data as CaseData).title, source: (data as CaseData).source }))),
  },

  scopeChannels: { pattern: '*.yaml', base: 'src/content/scope/channels', schema: scopeChannelSchema, what: '受理渠道' },
} satisfies Record<string, GateOptions>;

/** Collections kept as one YAML list. */
export const LISTS = {
  obligations: { path: 'src/content/obligations.yaml', what: '工作日历事项', schema: obligationSchema },

  /** `related` may only name terms of the glossary. */
  glossary: {
    path: 'src/content/glossary.yaml',
    what: '术语',
    schema: glossarySchema,
    check: (entries, file) => {
      const terms = entries.map((e) => ({ ...(e.data as GlossaryTerm), line: e.line }));
      const ids = new Set(terms.map((t) => t.id));
      const named = (t: (typeof terms)[number]) => [
        ...t.related.map((r) => ({ field: 'related', r })),
        ...(t.quiz?.distractors ?? []).flatMap((d) => (typeof d === 'string' ? [{ field: 'quiz.distractors', r: d }] : [])),
        ...(t.quiz?.exclude ?? []).map((r) => ({ field: 'quiz.exclude', r })),
      ];
      return terms.flatMap((t) =>
        named(t)
          .filter(({ r }) => !ids.has(r))
          .map(({ field, r }) => ({
            file,
            line: t.line,
            message: `术语 ${t.id} 的 ${field} 中“${r}”不是术语表里的 id：请改为已有术语的 id，或先添加该术语`,
          })),
      );
    },
  },

  scopeQuestions: { path: 'src/content/scope/questions.yaml', what: '问题', schema: scopeQuestionSchema },
  scopeReminders: { path: 'src/content/scope/reminders.yaml', what: '原则', schema: scopeReminderSchema },
  scopeCues: { path: 'src/content/scope/cues.yaml', what: '预填线索', schema: scopeCueSchema },

  /** The term is the entry's id, and no name (term or also) may appear twice. */
  disputeVocabulary: {
    path: 'src/content/dispute-vocabulary.yaml',
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
          return earlier === undefined
            ? []
            : [{ file, line: e.line, message: `说法“${name}”已出现在“${earlier}”中：每个说法在整个文件中只能出现一次` }];
        });
      });
    },
  },
} satisfies Record<string, YamlListOptions>;

/** Every problem the build's loaders would refuse, in every collection. */
export function checkContent(root: string): ContentProblem[] {
  return [
    ...Object.values(FOLDERS).flatMap((options) => inspectCollection(root, options as GateOptions)),
    ...Object.values(LISTS).flatMap((options) => inspectYamlList(root, options as YamlListOptions).problems),
  ];
}
