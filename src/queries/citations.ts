/**
 * Who cites what, across all collections, and the build-time check that every citation
 * resolves. A new collection adds its citations in `collectCitations`, and from then on its
 * items appear under every provision they cite.
 */
import { routes } from '../lib/text/routes.ts';
import { getCollection } from 'astro:content';
import { findUnknownCitations } from '../lib/provisions/citations.ts';
import { extractCiteIds } from '../lib/provisions/cite-usage.ts';
import { getDocuments, getKnownCitationIds } from './regulations.ts';
import { UNIT_LABELS } from '../schemas/procedure.ts';
import { getScopeData } from './scope.ts';
import { getCases } from './cases.ts';
import { lawId } from '../schemas/case.ts';
import { scopeCitations } from '../lib/scope/citations.ts';

export interface CitingItem {
  /** What cites: 程序步骤, 期限, 清单条目, 工作日历, 术语 … */
  kind: string;
  title: string;
  path: string;
  /** Source file, for error messages */
  file: string;
  id: string;
}

const file = (entry: { filePath?: string | undefined; id: string }, collection: string) =>
  entry.filePath ?? `src/content/${collection}/${entry.id}`;

async function fromProcedures(): Promise<CitingItem[]> {
  const items: CitingItem[] = [];
  for (const p of await getCollection('procedures')) {
    const f = file(p, 'procedures');
    const path = routes.procedure(p.id);
    for (const id of p.data.cites) items.push({ kind: '程序', title: p.data.title, path, file: f, id });
    for (const step of p.data.steps) {
      for (const id of step.cites)
        items.push({
          kind: '程序步骤',
          title: `${p.data.title}：${step.name}`,
          path: `${path}#${step.id}`,
          file: `${f}（步骤 ${step.id}）`,
          id,
        });
      for (const d of step.deadlines) {
        for (const id of d.cites)
          items.push({
            kind: '期限',
            title: `${p.data.title}：${d.label}（${d.count}${UNIT_LABELS[d.unit]}）`,
            path: `${path}#${d.id}`,
            file: `${f}（期限 ${d.id}）`,
            id,
          });
      }
    }
  }
  return items;
}

async function fromChecklists(): Promise<CitingItem[]> {
  const items: CitingItem[] = [];
  for (const c of await getCollection('checklists')) {
    const f = file(c, 'checklists');
    for (const item of c.data.items) {
      for (const id of item.cites)
        items.push({
          kind: '清单条目',
          title: `${c.data.title}：${item.text}`,
          path: routes.checklist(c.id, item.id),
          file: `${f}（条目 ${item.id}）`,
          id,
        });
    }
  }
  return items;
}

async function fromObligations(): Promise<CitingItem[]> {
  return (await getCollection('obligations')).flatMap((o) =>
    o.data.cites.map((id) => ({
      kind: '工作日历',
      title: `${o.data.title}（${o.data.when}）`,
      path: routes.obligation(o.id),
      file: `src/content/obligations.yaml（${o.id}）`,
      id,
    })),
  );
}

async function fromGlossary(): Promise<CitingItem[]> {
  return (await getCollection('glossary')).flatMap((g) =>
    [...g.data.cites, ...g.data.usedIn].map((id) => ({
      kind: '术语',
      title: g.data.term,
      path: routes.glossaryTerm(g.id),
      file: `src/content/glossary.yaml（${g.id}）`,
      id,
    })),
  );
}

async function fromScopeRules(): Promise<CitingItem[]> {
  const { channels, reminders } = await getScopeData();
  const titles = new Map(channels.map((c) => [c.id, c.title]));
  return scopeCitations(channels, reminders).map(({ where, id }) => {
    const channel = /channels\/([^.]+)\.yaml/.exec(where)?.[1];
    return {
      kind: '受理范围规则',
      title: channel ? `受理范围判断：${titles.get(channel) ?? channel}` : '受理范围判断：始终适用的原则',
      path: '/tools/scope/',
      file: where,
      id,
    };
  });
}

async function fromCases(): Promise<CitingItem[]> {
  const items: CitingItem[] = [];
  // Through getCases, so the privacy check runs on every build.
  for (const c of await getCases()) {
    const f = file(c, 'cases');
    for (const id of c.data.cites) items.push({ kind: '案例', title: c.data.title, path: routes.case(c.id), file: f, id });
    for (const law of c.data.laws)
      items.push({ kind: '案例', title: c.data.title, path: routes.case(c.id), file: `${f}（laws）`, id: lawId(law) });
    for (const id of extractCiteIds(c.body ?? '')) items.push({ kind: '案例', title: c.data.title, path: routes.case(c.id), file: f, id });
  }
  return items;
}

async function fromMdxBodies(): Promise<CitingItem[]> {
  const items: CitingItem[] = [];
  for (const doc of await getDocuments()) {
    for (const id of extractCiteIds(doc.body ?? '')) {
      items.push({ kind: '法规文件', title: doc.data.shortTitle, path: routes.regulation(doc.id), file: doc.filePath ?? doc.id, id });
    }
  }
  return items;
}

let citationsPromise: Promise<CitingItem[]> | undefined;

export function collectCitations(): Promise<CitingItem[]> {
  citationsPromise ??= Promise.all([
    fromProcedures(),
    fromChecklists(),
    fromObligations(),
    fromGlossary(),
    fromScopeRules(),
    fromCases(),
    fromMdxBodies(),
  ]).then((lists) => lists.flat());
  return citationsPromise;
}

let checked: Promise<void> | undefined;

/** Fails the build with every unknown citation, each naming its file and the nearest valid ids. */
export function assertCitations(): Promise<void> {
  checked ??= (async () => {
    const [items, known] = await Promise.all([collectCitations(), getKnownCitationIds()]);
    const errors = findUnknownCitations(
      items.map(({ file: f, id }) => ({ file: f, id })),
      known,
    );
    if (errors.length > 0) throw new Error(`引用检查未通过（${errors.length} 处）：\n${errors.join('\n')}`);
  })();
  return checked;
}

let byId: Promise<Map<string, CitingItem[]>> | undefined;

/** Items citing exactly this provision or document (indexed once: every provision asks). */
export function citedBy(id: string): Promise<CitingItem[]> {
  byId ??= collectCitations().then((items) => {
    const index = new Map<string, CitingItem[]>();
    for (const c of items) {
      const list = index.get(c.id);
      if (list) list.push(c);
      else index.set(c.id, [c]);
    }
    return index;
  });
  return byId.then((index) => index.get(id) ?? []);
}
