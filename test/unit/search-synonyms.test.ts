import { describe, expect, it } from 'vitest';
import { createDisputeSearch } from '../../src/lib/scope/dispute-search.ts';
import { vocabularySynonyms } from '../../src/lib/search/synonyms.ts';
import { bestSection, startAtSentence } from '../../src/lib/search/results.ts';
import { loadDisputeVocabulary } from '../support/vocabulary.ts';

const lookup = createDisputeSearch(loadDisputeVocabulary());

describe('vocabularySynonyms (the dispute vocabulary as search synonyms)', () => {
  it('噪音 leads to 噪音扰民 and its domain 邻里纠纷', () => {
    const words = vocabularySynonyms(lookup, '噪音');
    expect(words).toContain('噪音扰民');
    expect(words).toContain('邻里纠纷');
  });
  it('adds nothing for a word the vocabulary does not know, or a single character', () => {
    expect(vocabularySynonyms(lookup, '司法确认')).toEqual([]);
    expect(vocabularySynonyms(lookup, '噪')).toEqual([]);
  });
});

describe('search result pieces', () => {
  it('starts an excerpt at the sentence that holds the first match', () => {
    expect(startAtSentence('墙面也受潮发霉。马某认为，<mark>物业</mark>公司没有及时疏通')).toBe(
      '马某认为，<mark>物业</mark>公司没有及时疏通',
    );
    expect(startAtSentence('第一句。第二句；<mark>回访</mark>在一个月内。后文')).toBe('<mark>回访</mark>在一个月内。后文');
    expect(startAtSentence('<mark>回访</mark>在一个月内。')).toBe('<mark>回访</mark>在一个月内。');
    expect(startAtSentence('，并<mark>回访</mark>')).toBe('…并<mark>回访</mark>');
  });
  it('picks the section with the most weighted matches', () => {
    const s = [
      { title: 'A', url: '/a/', excerpt: '', weighted_locations: [{ balanced_score: 1 }] },
      { title: 'B', url: '/a/#b', excerpt: '', weighted_locations: [{ balanced_score: 2 }, { balanced_score: 3 }] },
      { title: 'C', url: '/a/#c', excerpt: '', weighted_locations: [{ balanced_score: 4 }] },
    ];
    expect(bestSection(s)?.title).toBe('B');
    expect(bestSection([])).toBeUndefined();
  });
});
