/**
 * Finds the dispute domain from what a citizen says at the window (“讨薪”“楼上漏水”“老板不发工资”),
 * over src/content/dispute-vocabulary.yaml. Pure; runs in the browser and in tests.
 *
 * Short Chinese input has no word boundaries, and fuzzy matching alone ranks “老板不发工资” poorly
 * against “不发工资”. So there are two passes, merged per vocabulary entry (best score wins):
 *  1. containment — the input contains a known name (or a name contains the input, for input of
 *     two or more characters). An exact match scores 0; otherwise the more of the longer string
 *     the match covers, the better. Scores 0–0.3.
 *  2. shared character pairs — for names of three or more characters, the share of the name's
 *     adjacent character pairs that also occur in the input, when it is at least half. This
 *     catches words split by other words: “公司拖欠我三个月工资” shares 拖欠 and 工资 with
 *     “拖欠工资”, “营业执照被吊销了” shares 吊销, 营业, 执照 with “吊销营业执照”. Scores 0.3–0.5.
 *  3. fuse.js fuzzy matching on `term` and `also`, ignoring location (a name may sit anywhere in
 *     the input), for typos and near-misses. Fuse's score s maps to 0.5 + 0.5·s.
 * Each pass ranks above the next. Lower scores are better, as in fuse.js.
 */
import Fuse from 'fuse.js';
import { DISPUTE_VOCABULARY } from '../search/fuse-options.ts';
import { buildSearch, PAIRS_MAX, prepareVocabulary, type DisputeSearch, type VocabularyEntry } from './dispute-match.ts';

export { normalizeQuery, type DisputeMatch, type DisputeSearch, type VocabularyEntry } from './dispute-match.ts';

export function createDisputeSearch(vocabulary: readonly VocabularyEntry[]): DisputeSearch {
  const entries = prepareVocabulary(vocabulary);
  const fuse = new Fuse(
    entries.map((e, i) => ({ term: e.term, domains: e.domains, also: [...(vocabulary[i]!.also ?? [])] })),
    DISPUTE_VOCABULARY,
  );
  return buildSearch(entries, (q, offer) => {
    for (const r of fuse.search(q)) {
      const matched = r.matches?.[0]?.value ?? r.item.term;
      offer(r.refIndex, PAIRS_MAX + (1 - PAIRS_MAX) * (r.score ?? 1), matched);
    }
  });
}
