/**
 * Builds the text of a case writeup (src/content/cases/<year>/<slug>.mdx) from an editor's
 * answers. Shared by `npm run new:case` and `npm run import:docx`; pure, so it is unit-tested.
 *
 * A field that was not answered is written so that the schema REJECTS it (an empty string, an
 * empty list) with a `# 待填写：…` comment beside it: the build then names every field the editor
 * still has to supply, and nothing half-finished can be published by accident. `days` and
 * `amount` default to null (“不清楚”), which the schema allows, and `tags` to [].
 */
import { MECHANISMS } from '../../schemas/common.ts';
import { SLUG_RE } from '../../schemas/ids.ts';
import { DOMAINS } from '../../schemas/domains.ts';
import { CASE_HINTS, METHODS, OUTCOMES, caseSchema, type CaseData } from '../../schemas/case.ts';
import { formatIssues } from '../../schemas/errors.ts';
import { splitFrontmatter } from '../text/frontmatter.ts';

export type CaseFrontmatter = CaseData;
export type Mechanism = (typeof MECHANISMS)[number];
export type Domain = (typeof DOMAINS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Method = (typeof METHODS)[number];

export const SECTION_NAMES = ['基本案情', '调解过程', '调解结果', '典型意义'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
export type Sections = Partial<Record<SectionName, string>>;

/** Everything an editor may answer; any of it may be missing. */
export interface CaseDraft {
  title?: string | undefined;
  year?: number | undefined;
  region?: string | undefined;
  body?: string | undefined;
  mechanism?: Mechanism | undefined;
  domain?: Domain | undefined;
  outcome?: Outcome | undefined;
  days?: number | null | undefined;
  amount?: number | null | undefined;
  methods?: Method[] | undefined;
  keyPoints?: string[] | undefined;
  tags?: string[] | undefined;
  cites?: string[] | undefined;
  source?:
    { publisher?: string | undefined; title?: string | undefined; date?: string | undefined; where?: string | undefined } | undefined;
  illustrative?: boolean | undefined;
}

export type RequiredField =
  | 'title'
  | 'year'
  | 'region'
  | 'body'
  | 'mechanism'
  | 'domain'
  | 'outcome'
  | 'methods'
  | 'keyPoints'
  | 'cites'
  | 'source.publisher'
  | 'source.title'
  | 'source.date'
  | 'source.where';

export interface FieldInfo {
  field: RequiredField;
  /** command-line flag of `npm run new:case` */
  flag: string;
  /** what to write, for the editor */
  hint: string;
}

/** The fields an editor must answer, in file order, with their `new:case` flags; hints come from the schema. */
const FLAGS: Record<RequiredField, string> = {
  title: '--title',
  year: '--year',
  region: '--region',
  body: '--body',
  mechanism: '--mechanism',
  domain: '--domain',
  outcome: '--outcome',
  methods: '--methods',
  keyPoints: '--key-point',
  cites: '--cites',
  'source.publisher': '--source-publisher',
  'source.title': '--source-title',
  'source.date': '--source-date',
  'source.where': '--source-where',
};

export const REQUIRED_FIELDS: readonly FieldInfo[] = (Object.keys(FLAGS) as RequiredField[]).map((field) => ({
  field,
  flag: FLAGS[field],
  hint: CASE_HINTS[field],
}));

export const SECTION_HINTS: Record<SectionName, string> = {
  基本案情: '当事人（一律写作“姓+某”，如张某、李某某）、纠纷起因、争议焦点',
  调解过程: '受理、调查核实、调解员的做法和关键转折',
  调解结果: '协议内容、履行情况、是否申请司法确认',
  典型意义: '这个案例对调解员的启示',
};

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** The required fields the draft does not answer yet, in file order. */
export function missingFields(draft: CaseDraft): RequiredField[] {
  const present: Record<RequiredField, boolean> = {
    title: !isBlank(draft.title),
    year: draft.year !== undefined,
    region: !isBlank(draft.region),
    body: !isBlank(draft.body),
    mechanism: draft.mechanism !== undefined,
    domain: draft.domain !== undefined,
    outcome: draft.outcome !== undefined,
    methods: (draft.methods ?? []).length > 0,
    keyPoints: (draft.keyPoints ?? []).some((k) => !isBlank(k)),
    cites: (draft.cites ?? []).some((c) => !isBlank(c)),
    'source.publisher': !isBlank(draft.source?.publisher),
    'source.title': !isBlank(draft.source?.title),
    'source.date': !isBlank(draft.source?.date),
    'source.where': !isBlank(draft.source?.where),
  };
  return REQUIRED_FIELDS.map((f) => f.field).filter((f) => !present[f]);
}

export function fieldInfo(field: RequiredField): FieldInfo {
  return REQUIRED_FIELDS.find((f) => f.field === field)!;
}

/** “还需填写：…” lines for the editor, one per missing field. */
export function describeMissing(fields: readonly RequiredField[]): string[] {
  return fields.map((f) => {
    const info = fieldInfo(f);
    return `${f}（${info.flag}）：${info.hint}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Enum values and input parsing

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export const isMechanism = (v: string): v is Mechanism => isOneOf(MECHANISMS, v);
export const isDomain = (v: string): v is Domain => isOneOf(DOMAINS, v);
export const isOutcome = (v: string): v is Outcome => isOneOf(OUTCOMES, v);
export const isMethod = (v: string): v is Method => isOneOf(METHODS, v);

/** Splits a list typed on one line: commas, 、, semicolons or spaces. */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function isValidSlug(slug: string): boolean {
  return SLUG_RE.test(slug);
}

/** ASCII words of `text` joined with hyphens (“Zhang v. ABC Property” → “zhang-v-abc-property”), or null when it has none worth using. */
export function asciiSlug(text: string): string | null {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /[a-z]/.test(slug) && slug.length >= 3 ? slug.slice(0, 60).replace(/-+$/, '') : null;
}

/** `case-<year>-<n>` with the smallest n not already taken by `existing` slugs. */
export function defaultSlug(year: number, existing: Iterable<string>): string {
  const taken = new Set(existing);
  let n = 1;
  while (taken.has(`case-${year}-${n}`)) n++;
  return `case-${year}-${n}`;
}

export function caseFilePath(dir: string, year: number, slug: string): string {
  return `${dir.replace(/\/+$/, '')}/${year}/${slug}.mdx`;
}

// ---------------------------------------------------------------------------------------------
// Validation of what was answered

/**
 * Schema errors for the fields the draft DOES answer (a title without 案, a malformed citation,
 * a key point that is too short …). Missing fields are not errors here; `missingFields` lists them.
 */
export function validateDraft(draft: CaseDraft): string[] {
  const missing = new Set<string>(missingFields(draft));
  const result = caseSchema.safeParse(toSchemaInput(draft));
  if (result.success) return [];
  return formatIssues(
    result.error.issues.filter((issue) => {
      const path = issue.path.map(String);
      const top = path[0] ?? '';
      const key = top === 'source' ? `source.${path[1] ?? ''}` : top;
      return !missing.has(key) && !(top === 'source' && path.length === 1 && [...missing].some((m) => m.startsWith('source.')));
    }),
  );
}

/** The object the scaffold writes, as the schema would read it back. */
export function toSchemaInput(draft: CaseDraft): Record<string, unknown> {
  return {
    title: draft.title ?? '',
    year: draft.year ?? 0,
    region: draft.region ?? '',
    body: draft.body ?? '',
    mechanism: draft.mechanism ?? '',
    domain: draft.domain ?? '',
    outcome: draft.outcome ?? '',
    days: draft.days ?? null,
    // 涉及金额 / 标的额 is what was in dispute; the settled sum is filled in by hand.
    amount: { claimed: draft.amount ?? null, settled: null },
    methods: draft.methods ?? [],
    keyPoints: (draft.keyPoints ?? []).filter((k) => !isBlank(k)),
    tags: draft.tags ?? [],
    cites: (draft.cites ?? []).filter((c) => !isBlank(c)),
    source: {
      publisher: draft.source?.publisher ?? '',
      title: draft.source?.title ?? '',
      date: draft.source?.date ?? '',
      where: draft.source?.where ?? '',
    },
    illustrative: draft.illustrative ?? false,
  };
}

// ---------------------------------------------------------------------------------------------
// YAML output (written by hand to match the layout of the existing case files)

const YAML_RESERVED = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|no|on|off|y|n)$/i;

/** A YAML scalar: plain when that is unambiguous, otherwise double-quoted (JSON escaping is valid YAML). */
export function yamlScalar(value: string): string {
  const plain =
    value.length > 0 &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/[:#]\s|:$|\s#|[\n\r\t]/.test(value) &&
    !YAML_RESERVED.test(value) &&
    !/^[-+.\d]/.test(value);
  return plain ? value : JSON.stringify(value);
}

function flowSafe(value: string): boolean {
  return yamlScalar(value) === value && !/[,[\]{}]/.test(value);
}

function yamlList(key: string, items: readonly string[], todo: string, flow: boolean): string[] {
  if (items.length === 0) return [`${key}: []${todo ? `  # 待填写：${todo}` : ''}`];
  if (flow && items.every(flowSafe)) return [`${key}: [${items.join(', ')}]`];
  return [`${key}:`, ...items.map((i) => `  - ${yamlScalar(i)}`)];
}

function yamlField(key: string, value: string | undefined, todo: string, indent = ''): string {
  if (isBlank(value)) return `${indent}${key}: ""  # 待填写：${todo}`;
  return `${indent}${key}: ${yamlScalar(value!.trim())}`;
}

/** Body placeholder: an MDX comment, so an unfinished section renders nothing rather than “待填写”. */
export function sectionPlaceholder(name: SectionName): string {
  return `{/* 待填写：${SECTION_HINTS[name]}。 */}`;
}

export interface BuiltCase {
  /** the complete .mdx text */
  text: string;
  /** required frontmatter fields still to be supplied */
  missing: RequiredField[];
  /** body sections still to be written */
  missingSections: SectionName[];
}

/** The .mdx text for a draft: frontmatter with every field, then the four body sections. */
export function buildCaseFile(draft: CaseDraft, sections: Sections = {}): BuiltCase {
  const hint = (f: RequiredField): string => fieldInfo(f).hint;
  const src = draft.source ?? {};
  const lines = [
    '---',
    yamlField('title', draft.title, hint('title')),
    draft.year === undefined ? `year: null  # 待填写：${hint('year')}` : `year: ${draft.year}`,
    yamlField('region', draft.region, hint('region')),
    yamlField('body', draft.body, hint('body')),
    yamlField('mechanism', draft.mechanism, hint('mechanism')),
    yamlField('domain', draft.domain, hint('domain')),
    yamlField('outcome', draft.outcome, hint('outcome')),
    `days: ${draft.days ?? 'null'}`,
    `amount: { claimed: ${draft.amount ?? 'null'}, settled: null }`,
    ...yamlList('methods', draft.methods ?? [], hint('methods'), true),
    ...yamlList(
      'keyPoints',
      (draft.keyPoints ?? []).filter((k) => !isBlank(k)).map((k) => k.trim()),
      hint('keyPoints'),
      false,
    ),
    ...yamlList('tags', draft.tags ?? [], '', true),
    ...yamlList(
      'cites',
      (draft.cites ?? []).filter((c) => !isBlank(c)).map((c) => c.trim()),
      hint('cites'),
      false,
    ),
    'source:',
    yamlField('publisher', src.publisher, hint('source.publisher'), '  '),
    yamlField('title', src.title, hint('source.title'), '  '),
    isBlank(src.date) ? `  date: ""  # 待填写：${hint('source.date')}` : `  date: ${JSON.stringify(src.date!.trim())}`,
    yamlField('where', src.where, hint('source.where'), '  '),
    `illustrative: ${draft.illustrative ?? false}`,
    '---',
  ];
  const missingSections: SectionName[] = [];
  for (const name of SECTION_NAMES) {
    const content = sections[name]?.trim();
    if (!content) missingSections.push(name);
    lines.push('', `## ${name}`, '', content || sectionPlaceholder(name));
  }
  return { text: lines.join('\n') + '\n', missing: missingFields(draft), missingSections };
}

/** The frontmatter block of an .mdx text (without the --- fences), or null. */
export function frontmatterOf(text: string): string | null {
  return splitFrontmatter(text)?.yaml ?? null;
}
