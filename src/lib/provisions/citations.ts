/**
 * Citation ids and their resolution. A citation id is `<document slug>/<provision path>`, e.g.
 * `fangdiao-lhasa-2019/6.3`; a bare slug cites the whole document. Unknown ids are errors that
 * name the citing file and the nearest ids that do exist, so an editor can fix a typo at once.
 */

/** How a citation reads and where it links: what pages render and islands receive. */
export interface CiteLink {
  /** 《完善“访调对接”机制实施意见》第六部分第（三）项, or the title alone for a whole document */
  text: string;
  /** Base-aware link to the provision's anchor or the document */
  href: string;
}

export interface CitationTarget {
  id: string;
  doc: string;
  /** '' for the whole document */
  path: string;
}

import { CITATION_ID_RE as ID_RE } from '../../schemas/ids.ts';

export function parseCitationId(id: string): CitationTarget | null {
  const m = ID_RE.exec(id.trim());
  if (!m) return null;
  return { id: id.trim(), doc: m[1]!, path: m[2] ?? '' };
}

/** Classic edit distance; ids are short, so the quadratic table is fine. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

/** The `limit` known ids closest to `id`; same-document ids win ties. */
export function nearestIds(id: string, known: Iterable<string>, limit = 3): string[] {
  const doc = id.split('/')[0];
  return [...known]
    .map((k) => ({ k, d: editDistance(id, k) - (k.split('/')[0] === doc ? 0.5 : 0) }))
    .sort((x, y) => x.d - y.d || x.k.localeCompare(y.k))
    .slice(0, limit)
    .map((x) => x.k);
}

export class UnknownCitationError extends Error {
  readonly citedId: string;
  readonly citingFile: string;
  readonly suggestions: string[];

  constructor(citedId: string, citingFile: string, suggestions: string[]) {
    super(
      `${citingFile}: 引用了不存在的条款 “${citedId}”。` +
        (suggestions.length ? `最接近的有效条款：${suggestions.join('、')}` : '没有相近的条款。'),
    );
    this.name = 'UnknownCitationError';
    this.citedId = citedId;
    this.citingFile = citingFile;
    this.suggestions = suggestions;
  }
}

/**
 * Checks one citation against the set of known ids (documents and provisions). Returns the
 * parsed target; throws UnknownCitationError for a malformed or unknown id.
 */
export function resolveCitation(id: string, known: ReadonlySet<string>, citingFile: string): CitationTarget {
  const target = parseCitationId(id);
  if (!target || !known.has(target.id)) {
    throw new UnknownCitationError(id, citingFile, nearestIds(id, known));
  }
  return target;
}

/** Every unknown citation in a list of (file, id) pairs, as error messages; empty when all resolve. */
export function findUnknownCitations(citations: { file: string; id: string }[], known: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  for (const { file, id } of citations) {
    try {
      resolveCitation(id, known, file);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return errors;
}
