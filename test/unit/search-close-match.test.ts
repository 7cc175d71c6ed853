/**
 * The search page looks synonyms up without fuse.js (createCloseMatchSearch): for every query a
 * reader might type, the synonyms must be the ones the full lookup gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCloseMatchSearch } from '../../src/lib/scope/dispute-match.ts';
import { createDisputeSearch } from '../../src/lib/scope/dispute-search.ts';
import { vocabularySynonyms } from '../../src/lib/search/synonyms.ts';
import { loadDisputeVocabulary } from '../support/vocabulary.ts';

const vocabulary = loadDisputeVocabulary();
const full = createDisputeSearch(vocabulary);
const close = createCloseMatchSearch(vocabulary);

describe('synonyms without fuse.js', () => {
  it('equal the full lookup’s for the query set, every vocabulary name, its parts and near-misses', () => {
    const queries = readFileSync('test/fixtures/search-queries.tsv', 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]!);
    const names = vocabulary.flatMap((e) => [e.term, ...(e.also ?? [])]);
    // For every fifth name: its first and last two characters, the name inside a sentence, a typo.
    const variants = names
      .filter((_, i) => i % 5 === 0)
      .flatMap((n) => [n.slice(0, 2), n.slice(-2), `楼上${n}怎么办`, n.length > 2 ? n.slice(0, -1) + '啊' : n]);
    let compared = 0;
    for (const q of [...queries, ...names, ...variants, '噪音', '老板不发工资', '没有这种事']) {
      expect(vocabularySynonyms(close, q), q).toEqual(vocabularySynonyms(full, q));
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  }, 120_000);

  it('噪音 still leads to 噪音扰民 and 邻里纠纷', () => {
    expect(vocabularySynonyms(close, '噪音')).toEqual(expect.arrayContaining(['噪音扰民', '邻里纠纷']));
  });
});
