/** The case library as the pages see it: sorted entries, list summaries, related cases. */
import { routes } from '../lib/text/routes.ts';
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCaseFile } from '../lib/privacy/scan.ts';
import { lawArticle, provinceOf, type CaseSummary } from '../lib/cases/filter.ts';
import { lawId } from '../schemas/case.ts';
import { type SimilarityInput } from '../lib/cases/similarity.ts';
import { relatedAll } from '../lib/cases/related.ts';
import { href } from '../site.ts';

export type CaseEntry = CollectionEntry<'cases'>;

let all: Promise<CaseEntry[]> | undefined;

/** Personal data must never reach a built page: any finding fails the build, naming file and line. */
function assertNoPersonalData(list: CaseEntry[]): void {
  const findings = list.flatMap((c) => (c.filePath ? checkCaseFile(c.filePath, readFileSync(c.filePath, 'utf8')) : []));
  if (findings.length > 0) throw new Error(`案例中疑似含有个人信息（${findings.length} 处），请改为匿名写法：\n${findings.join('\n')}`);
}

export function getCases(): Promise<CaseEntry[]> {
  all ??= getCollection('cases').then((list) => {
    assertNoPersonalData(list);
    return list.sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id));
  });
  return all;
}

export const casePath = (c: CaseEntry) => routes.case(c.id);

export function caseSummary(c: CaseEntry): CaseSummary {
  return {
    id: c.id,
    title: c.data.title,
    href: href(casePath(c)),
    year: c.data.year,
    domain: c.data.domain,
    mechanism: c.data.mechanism,
    outcome: c.data.outcome,
    region: provinceOf(c.data.region),
    days: c.data.days,
    keyPoints: c.data.keyPoints,
    tags: c.data.tags,
    laws: [...new Set(c.data.laws.map((l) => lawArticle(lawId(l))))],
  };
}

let related: Promise<Map<string, CaseEntry[]>> | undefined;

/** Every case's related cases, computed once per build (per page it grew with the square of the library). */
function getRelated(): Promise<Map<string, CaseEntry[]>> {
  related ??= getCases().then((list) => {
    const inputs: SimilarityInput[] = list.map((x) => ({
      id: x.id,
      domain: x.data.domain,
      mechanism: x.data.mechanism,
      methods: x.data.methods,
      text: [x.data.title, ...x.data.keyPoints, ...x.data.tags].join(' '),
    }));
    const byId = new Map(list.map((x) => [x.id, x]));
    return new Map([...relatedAll(inputs)].map(([id, rs]) => [id, rs.map((r) => byId.get(r.id)!)]));
  });
  return related;
}

export async function relatedCases(c: CaseEntry): Promise<CaseEntry[]> {
  return (await getRelated()).get(c.id) ?? [];
}
