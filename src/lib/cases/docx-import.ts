/**
 * Turns the plain text of a submitted Word writeup (as mammoth's extractRawText gives it: one
 * paragraph per line, usually with blank lines between) into a case draft: frontmatter fields it
 * can recognise, the four body sections, and the list of what the editor must still supply.
 *
 * Recognised:
 * - the title: the first line ending in “案” before the first section heading (a leading
 *   “案例一：” is dropped), otherwise the first non-empty line;
 * - labelled fields “标签：值” (full- or half-width colon): 地区、调解组织、调解机制、纠纷类型/领域、
 *   调解结果、用时、涉及金额、调解方法、调解要点（inline, separated by ；, or as the following
 *   paragraphs)、标签、引用条款、来源/发布机关、原标题、发布日期、发布渠道、年度;
 * - the section headings 基本案情、调解过程、调解结果、典型意义 (and a few synonyms such as
 *   案情简介、调解经过、案例评析), bare or numbered (“一、基本案情”, “1. 调解过程”, “（三）调解结果”),
 *   optionally ending in a colon with the first paragraph on the same line.
 * Words are mapped to the schema's enums only when exactly one value fits; anything else is left
 * missing and explained in `notes`.
 */
import { MECHANISMS } from '../../schemas/common.ts';
import { CITATION_ID_RE } from '../../schemas/ids.ts';
import { DOMAINS } from '../../schemas/domains.ts';
import { METHODS, OUTCOMES } from '../../schemas/case.ts';
import {
  SECTION_NAMES,
  missingFields,
  type CaseDraft,
  type Domain,
  type Mechanism,
  type Method,
  type Outcome,
  type RequiredField,
  type SectionName,
  type Sections,
} from './scaffold.ts';

export interface DocxDraft {
  data: CaseDraft;
  /** section text as MDX: paragraphs separated by blank lines, { } < > escaped */
  sections: Sections;
  /** required frontmatter fields (e.g. 'cites', 'source.date') and body sections (e.g. '典型意义') still to supply */
  missing: (RequiredField | SectionName)[];
  /** values that were found but could not be mapped, and other remarks for the editor */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// Enum mapping

/** Finds which of `values` a piece of text means: exact value first, then synonyms; null when none or several fit. */
function mapOne<T extends string>(text: string, values: readonly T[], synonyms: readonly (readonly [RegExp, T])[]): T | null {
  const t = text.replace(/\s+/g, '');
  const exact = values.find((v) => v === t);
  if (exact) return exact;
  let contained = values.filter((v) => t.includes(v));
  // “行政复议调解” also contains shorter values only when they are substrings of it; keep the longest.
  contained = contained.filter((v) => !contained.some((w) => w !== v && w.includes(v)));
  if (contained.length === 1) return contained[0]!;
  if (contained.length > 1) return null;
  const bySynonym = [...new Set(synonyms.filter(([re]) => re.test(t)).map(([, v]) => v))];
  return bySynonym.length === 1 ? bySynonym[0]! : null;
}

const MECHANISM_SYNONYMS: readonly (readonly [RegExp, Mechanism])[] = [
  [/人调|调委会|人民调解委员会/, '人民调解'],
  [/复议.*调解|调解.*复议/, '行政复议调解'],
  [/访调/, '访调对接'],
  [/争议纾解|纾解/, '行政争议纾解'],
  [/司法确认/, '司法确认'],
];

/** An everyday name of a dispute and its domains: an entry of src/content/dispute-vocabulary.yaml. */
export interface DomainWord {
  term: string;
  domains: readonly string[];
  also?: readonly string[] | undefined;
}

/** “物业服务” → “物业”, “劳动争议” → “劳动”: how a writeup names a domain in passing. */
const domainStem = (d: Domain): string => d.replace(/(?:纠纷|争议|服务|维权|管理|赔偿)$/, '');

const METHOD_SYNONYMS: readonly (readonly [RegExp, Method])[] = [
  [/背对背|分别谈话|单独谈话/, '背靠背'],
  [/面谈|当面/, '面对面'],
  [/释法|说理|普法|以案说法/, '释法明理'],
  [/情理|疏导|以情|亲情|动之以情/, '情理疏导'],
  [/勘查|勘察|实地查看|现场查看|现场核查/, '现场勘查'],
  [/专家/, '专家参与'],
  [/联调|联合/, '联合调解'],
  [/评估|鉴定/, '第三方评估'],
  [/回访/, '回访'],
  [/律师/, '律师参与'],
  [/诉调/, '诉调对接'],
  [/访调/, '访调对接'],
  [/府院/, '府院联动'],
  [/听证/, '听证'],
  [/司法确认/, '司法确认'],
];

export function mapMechanism(text: string): Mechanism | null {
  return mapOne(text, MECHANISMS, MECHANISM_SYNONYMS);
}
/**
 * The domain a “纠纷类型” names: a domain itself, else every everyday word of the vocabulary (the
 * scope checker's list, so there is one list of synonyms) and every domain stem the text contains
 * must point to the same single domain.
 */
export function mapDomain(text: string, vocabulary: readonly DomainWord[] = []): Domain | null {
  const direct = mapOne(text, DOMAINS, []);
  if (direct) return direct;
  const t = text.replace(/\s+/g, '');
  const found = new Set<string>();
  for (const w of vocabulary) if ([w.term, ...(w.also ?? [])].some((n) => t.includes(n))) w.domains.forEach((d) => found.add(d));
  for (const d of DOMAINS) if (domainStem(d).length >= 2 && domainStem(d) !== d && t.includes(domainStem(d))) found.add(d);
  const [only] = found;
  return found.size === 1 && only !== undefined && (DOMAINS as readonly string[]).includes(only) ? (only as Domain) : null;
}
export function mapMethod(text: string): Method | null {
  return mapOne(text, METHODS, METHOD_SYNONYMS);
}
export function mapOutcome(text: string): Outcome | null {
  const t = text.replace(/\s+/g, '');
  const exact = OUTCOMES.find((o) => o === t);
  if (exact) return exact;
  if (/撤回|撤诉|撤销申请/.test(t)) return '撤回申请';
  if (/部分/.test(t)) return '部分达成';
  if (/未达成|未能达成|不成|终止|失败|未成功/.test(t)) return '调解终止';
  if (/达成|成功|和解/.test(t)) return '达成协议';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Values

/** “38000元” → 38000, “3.8万元” → 38000, “1,200 元” → 1200; null when there is no figure. */
export function parseAmount(text: string): number | null {
  const m = /(\d[\d,，]*(?:\.\d+)?)\s*(亿|万)?\s*元?/.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[,，]/g, ''));
  if (!Number.isFinite(n)) return null;
  const factor = m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1;
  return Math.round(n * factor * 100) / 100;
}

/** “12天” / “12 日” / “12” → 12; null otherwise. */
export function parseDays(text: string): number | null {
  const m = /(\d+)\s*(?:天|日|个工作日)?/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}

/** “2024年5月” → “2024-05”, “2024年5月3日” / “2024.5.3” / “2024-05-03” → “2024-05-03”; null otherwise. */
export function parseDate(text: string): string | null {
  const m = /(\d{4})\s*[年./-]\s*(\d{1,2})(?:\s*[月./-]\s*(\d{1,2}))?/.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const ym = `${m[1]}-${String(month).padStart(2, '0')}`;
  if (m[3] === undefined) return ym;
  const day = Number(m[3]);
  return day >= 1 && day <= 31 ? `${ym}-${String(day).padStart(2, '0')}` : ym;
}

/** Word text as MDX prose: braces and angle brackets would otherwise start expressions or JSX. */
export function escapeMdx(text: string): string {
  return text.replace(/[{}<>]/g, (c) => `\\${c}`);
}

const LIST_MARKER =
  /^(?:\d+\s*[.、．)）]|[（(]\s*\d+\s*[)）]|[（(][一二三四五六七八九十]+[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|[•·\-－*—]|[一二三四五六七八九十]+、)\s*/;

function stripListMarker(line: string): string {
  return line.replace(LIST_MARKER, '').trim();
}

// ---------------------------------------------------------------------------------------------
// Line classification

const SECTION_SYNONYMS: Record<SectionName, readonly string[]> = {
  基本案情: ['基本案情', '案情简介', '案情介绍', '案件基本情况', '简要案情', '案情'],
  调解过程: ['调解过程', '调解经过', '化解过程', '调处过程', '工作过程', '调解情况'],
  调解结果: ['调解结果', '处理结果', '化解结果', '调解结果及履行情况'],
  典型意义: ['典型意义', '案例评析', '案例点评', '经验启示', '调解员点评', '案例启示'],
};

const HEADING_RE = new RegExp(
  `^(?:[一二三四五六七八九十]+\\s*[、.．]|\\d+\\s*[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|第[一二三四五六七八九十]+部分\\s*)?\\s*(${Object.values(
    SECTION_SYNONYMS,
  )
    .flat()
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*(?:[：:]\\s*(.*))?$`,
);

/** What a labelled line may fill: the case's own fields, and the source's under the names writeups use. */
type Field = Exclude<RequiredField, `source.${string}`> | 'days' | 'amount' | 'tags' | 'publisher' | 'sourceTitle' | 'date' | 'where';

const LABELS: readonly (readonly [Field, readonly string[]])[] = [
  ['title', ['案例标题', '标题', '案例名称']],
  ['year', ['入选年度', '年度', '年份']],
  ['region', ['所在地区', '地区', '地域', '所在地']],
  ['body', ['调解组织', '调解机关', '调解单位', '调解机构', '承办单位']],
  ['mechanism', ['调解机制', '调解类型', '调解类别', '机制']],
  ['domain', ['纠纷类型', '纠纷类别', '纠纷领域', '案件类型', '领域']],
  ['outcome', ['调解结果']],
  ['days', ['调解用时', '用时', '调解时长', '办理时长']],
  ['amount', ['涉及金额', '涉案金额', '标的额', '争议金额', '金额']],
  ['methods', ['调解方法', '调解方式', '主要方法']],
  ['keyPoints', ['调解要点', '要点']],
  ['tags', ['标签', '关键词']],
  ['cites', ['引用条款', '依据条款', '所依据条款', '引用']],
  ['publisher', ['发布机关', '发布单位', '来源单位', '来源']],
  ['sourceTitle', ['原标题', '发布标题']],
  ['date', ['发布日期', '发布时间']],
  ['where', ['发布渠道', '刊载于', '出处', '发布在']],
];

const LABEL_RE = new RegExp(
  `^(${LABELS.flatMap(([, names]) => names)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*[：:]\\s*(.*)$`,
);

/** Fields whose label may appear after the sections (an appendix), closing the open section. */
const APPENDIX_FIELDS = new Set<Field>(['keyPoints', 'tags', 'cites', 'publisher', 'sourceTitle', 'date', 'where']);

function fieldOf(label: string): Field {
  return LABELS.find(([, names]) => names.includes(label))![0];
}

// ---------------------------------------------------------------------------------------------

/** `vocabulary`: src/content/dispute-vocabulary.yaml, for recognising the dispute domain. */
export function draftCaseFromText(text: string, vocabulary: readonly DomainWord[] = []): DocxDraft {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u00a0\u3000]/g, ' ').trim())
    .filter((l) => l.length > 0);

  const data: CaseDraft = {};
  const source: NonNullable<CaseDraft['source']> = {};
  const sections: Partial<Record<SectionName, string[]>> = {};
  const notes: string[] = [];
  let current: SectionName | null = null;
  let collectingKeyPoints = false;
  let seenSection = false;
  const keyPoints: string[] = [];
  let titleLine: string | null = null;

  const setField = (field: Field, value: string): void => {
    const v = value.trim();
    if (v === '' && field !== 'keyPoints') return;
    switch (field) {
      case 'title':
        titleLine = v;
        break;
      case 'year': {
        const y = /(\d{4})/.exec(v);
        if (y) data.year = Number(y[1]);
        break;
      }
      case 'region':
        data.region = v;
        break;
      case 'body':
        data.body = v;
        break;
      case 'mechanism': {
        const m = mapMechanism(v);
        if (m) data.mechanism = m;
        else notes.push(`调解机制“${v}”无法唯一对应，请从以下选：${MECHANISMS.join('、')}`);
        break;
      }
      case 'domain': {
        const d = mapDomain(v, vocabulary);
        if (d) data.domain = d;
        else notes.push(`纠纷类型“${v}”无法唯一对应，请从以下选：${DOMAINS.join('、')}`);
        break;
      }
      case 'outcome': {
        const o = mapOutcome(v);
        if (o) data.outcome = o;
        else notes.push(`调解结果“${v}”无法对应，请从以下选：${OUTCOMES.join('、')}`);
        break;
      }
      case 'days': {
        const d = parseDays(v);
        if (d !== null) data.days = d;
        else notes.push(`用时“${v}”不是天数`);
        break;
      }
      case 'amount': {
        const a = parseAmount(v);
        if (a !== null) data.amount = a;
        else notes.push(`涉及金额“${v}”不是金额`);
        break;
      }
      case 'methods': {
        const methods: Method[] = [];
        for (const part of v.split(/[,，、;；/\s]+/).filter(Boolean)) {
          const m = mapMethod(part);
          if (m) {
            if (!methods.includes(m)) methods.push(m);
          } else notes.push(`调解方法“${part}”不在方法列表中（${METHODS.join('、')}）`);
        }
        if (methods.length > 0) data.methods = methods;
        break;
      }
      case 'keyPoints':
        collectingKeyPoints = v === '';
        for (const part of v.split(/[；;]/)) if (stripListMarker(part)) keyPoints.push(stripListMarker(part));
        break;
      case 'tags':
        data.tags = v.split(/[,，、;；\s]+/).filter(Boolean);
        break;
      case 'cites': {
        const ids = v.split(/[,，、;；\s]+/).filter(Boolean);
        const good = ids.filter((id) => CITATION_ID_RE.test(id));
        if (good.length) data.cites = good;
        for (const bad of ids.filter((id) => !good.includes(id))) notes.push(`引用“${bad}”不是条款编号（见 npm run provisions）`);
        break;
      }
      case 'publisher':
        source.publisher = v;
        break;
      case 'sourceTitle':
        source.title = v.replace(/^《|》$/g, '');
        break;
      case 'date': {
        const d = parseDate(v);
        if (d) source.date = d;
        else notes.push(`发布日期“${v}”无法识别，请写作 YYYY-MM-DD 或 YYYY-MM`);
        break;
      }
      case 'where':
        source.where = v;
        break;
    }
  };

  for (const line of lines) {
    const heading = HEADING_RE.exec(line);
    if (heading) {
      const name = SECTION_NAMES.find((n) => SECTION_SYNONYMS[n].includes(heading[1]!))!;
      const rest = heading[2]?.trim() ?? '';
      // “调解结果：达成协议” is the labelled field, not the section heading.
      if (name === '调解结果' && rest !== '' && rest.length <= 10 && mapOutcome(rest) !== null && !seenSection) {
        setField('outcome', rest);
        continue;
      }
      current = name;
      seenSection = true;
      collectingKeyPoints = false;
      sections[name] ??= [];
      if (rest) sections[name].push(rest);
      continue;
    }
    const label = LABEL_RE.exec(line);
    if (label) {
      const field = fieldOf(label[1]!);
      if (!seenSection || current === null || APPENDIX_FIELDS.has(field)) {
        current = null;
        collectingKeyPoints = false;
        setField(field, label[2] ?? '');
        continue;
      }
    }
    if (collectingKeyPoints) {
      const point = stripListMarker(line);
      if (point) keyPoints.push(point);
      continue;
    }
    if (current !== null) {
      sections[current]!.push(line);
      continue;
    }
    if (!seenSection && titleLine === null && /案$/.test(line.replace(/[》」”"]$/, ''))) {
      titleLine = line;
      continue;
    }
    if (!seenSection && titleLine === null && data.title === undefined && lines[0] === line) {
      // Remember the first line as a fallback title; a later line ending in 案 replaces it.
      data.title = line;
      continue;
    }
    notes.push(`未归入任何部分的段落：${line.length > 30 ? `${line.slice(0, 30)}…` : line}`);
  }

  const title = (titleLine ?? data.title)
    ?.replace(/^案例[一二三四五六七八九十\d]+\s*[：:、.．]?\s*/, '')
    .replace(/^[《「“"]|[》」”"]$/g, '')
    .trim();
  if (title) data.title = title;
  else delete data.title;
  if (keyPoints.length > 0) data.keyPoints = keyPoints;
  if (Object.keys(source).length > 0) data.source = source;
  if (data.mechanism === undefined && data.title) {
    const fromTitle = MECHANISMS.filter((m) => data.title!.includes(m));
    if (fromTitle.length === 1) data.mechanism = fromTitle[0]!;
  }

  const out: Sections = {};
  for (const name of SECTION_NAMES) {
    const paragraphs = sections[name];
    if (paragraphs && paragraphs.length > 0) out[name] = paragraphs.map(escapeMdx).join('\n\n');
  }
  const missing: (RequiredField | SectionName)[] = [...missingFields(data), ...SECTION_NAMES.filter((n) => out[n] === undefined)];
  return { data, sections: out, missing, notes };
}
