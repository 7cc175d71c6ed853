/**
 * The question bank's input and output. The input types are the collection schemas' outputs, so
 * pages pass `getCollection(...)` results unchanged and a schema change reaches the generator.
 */
import type { z } from 'astro/zod';
import type { checklistSchema } from '../../schemas/checklist.ts';
import type { glossarySchema } from '../../schemas/glossary.ts';
import type { obligationSchema } from '../../schemas/obligation.ts';
import type { procedureSchema } from '../../schemas/procedure.ts';

/** An entry as `getCollection(...)` returns it: the file id plus its data. */
interface CollectionEntryOf<Data> {
  id: string;
  data: Data;
}

export type StudyProcedureData = z.output<typeof procedureSchema>;
export type StudyStep = StudyProcedureData['steps'][number];
export type StudyDeadline = StudyStep['deadlines'][number];
export type Unit = StudyDeadline['unit'];
export type StudyProcedure = CollectionEntryOf<StudyProcedureData>;

export type StudyChecklistData = z.output<typeof checklistSchema>;
export type StudyChecklistItem = StudyChecklistData['items'][number];
export type ChecklistKind = StudyChecklistData['kind'];
export type StudyChecklist = CollectionEntryOf<StudyChecklistData>;

export type StudyGlossaryTerm = z.output<typeof glossarySchema>;
export type StudyObligation = z.output<typeof obligationSchema>;
export type StudySchedule = StudyObligation['schedule'];

/** A cited provision as the explanations quote it. */
export interface ProvisionQuote {
  /** 《行政争议纾解工作实施方案》第二条第（三）项 */
  cite: string;
  /** The provision's text, editorial markup removed. */
  text: string;
}

export interface StudyInput {
  procedures: readonly StudyProcedure[];
  checklists: readonly StudyChecklist[];
  glossary: readonly StudyGlossaryTerm[];
  obligations: readonly StudyObligation[];
  /** Citation id → provision, for explanations that quote the rule; without it they only cite. */
  provisions?: ReadonlyMap<string, ProvisionQuote> | undefined;
}

export type Topic = 'procedure' | 'deadline' | 'scope' | 'principle' | 'glossary' | 'calendar';
export const TOPICS: readonly Topic[] = ['procedure', 'deadline', 'scope', 'principle', 'glossary', 'calendar'];
export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  procedure: '办理步骤与文书',
  deadline: '期限',
  scope: '适用范围',
  principle: '工作原则',
  glossary: '术语',
  calendar: '年度工作日历',
};

export interface StudyQuestion {
  /** Stable: question kind + source item ids, e.g. "deadline:fangdiao/tuihui-xinfang". */
  id: string;
  topic: Topic;
  /** Single choice, or put the steps in order. */
  kind: 'single' | 'order';
  prompt: string;
  /** For 'order': the steps in a shuffled order. */
  choices: string[];
  /** Index of the right choice; for 'order' the indices of `choices` in the correct order. */
  answer: number | number[];
  explanation: string;
  /** Provision ids. */
  cites: string[];
  /** Where it came from, e.g. "procedures/fangdiao#tuihui-xinfang". */
  source: string;
}

export interface SkippedQuestion {
  id: string;
  reason: string;
}
