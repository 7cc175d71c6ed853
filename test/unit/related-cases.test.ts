/**
 * relatedAll (one pass over the library, for the build) must list exactly what relatedItems
 * (the definition: score every candidate, sort) lists for each case: same ids, order and scores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedAll } from '../../src/lib/cases/related.ts';
import { relatedItems, type SimilarityInput } from '../../src/lib/cases/similarity.ts';

// Small vocabularies, so that domains, mechanisms, methods and bigrams are often shared and
// scores often tie.
const input = fc.record({
  domain: fc.constantFrom('劳动争议', '物业服务', '婚姻家庭', '行政协议'),
  mechanism: fc.constantFrom('人民调解', '访调对接', '行政调解'),
  methods: fc.uniqueArray(fc.constantFrom('背靠背', '面对面', '释法明理', '情理疏导'), { minLength: 1, maxLength: 3 }),
  text: fc
    .array(fc.constantFrom('拖欠', '工资', '调解', '物业', '漏水', '赔偿', '协议', ' ', '，'), { maxLength: 12 })
    .map((w) => w.join('')),
});
const library = fc
  .array(input, { minLength: 1, maxLength: 40 })
  .map((xs): SimilarityInput[] => xs.map((x, i) => ({ ...x, id: `c${String(i).padStart(2, '0')}` })));

describe('related cases for the whole library at once', () => {
  it('lists for every case what relatedItems lists, in the same order with the same scores', () => {
    fc.assert(
      fc.property(library, (all) => {
        const batch = relatedAll(all);
        for (const x of all) expect(batch.get(x.id)).toEqual(relatedItems(x, all));
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to the whole library when fewer than three cases share domain or mechanism', () => {
    const all: SimilarityInput[] = [
      { id: 'a', domain: '劳动争议', mechanism: '人民调解', methods: ['背靠背'], text: '拖欠工资' },
      { id: 'b', domain: '物业服务', mechanism: '行政调解', methods: ['面对面'], text: '拖欠物业费' },
      { id: 'c', domain: '婚姻家庭', mechanism: '访调对接', methods: ['背靠背'], text: '赡养' },
      { id: 'd', domain: '劳动争议', mechanism: '司法确认', methods: ['释法明理'], text: '工伤' },
    ];
    // a shares its domain only with d (3); b and c come in through the fallback: c for the same
    // method (1.5 × 1), b for one shared bigram of six (4 × 1/6).
    expect(
      relatedAll(all)
        .get('a')!
        .map((r) => r.id),
    ).toEqual(['d', 'c', 'b']);
  });
});
