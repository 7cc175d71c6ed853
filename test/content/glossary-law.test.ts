/** Glossary entries that draw on national law cite the statute provisions (法律依据) by id. */
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { findUnknownCitations } from '../../src/lib/provisions/citations.ts';
import { provisionTextIndex, readYamlList } from '../support/data.ts';
import { readCollection } from '../support/data.ts';

const terms = readYamlList('src/content/glossary.yaml').map((g) => glossarySchema.parse(g));
const known = new Set(provisionTextIndex().keys());
const statutes = readCollection('src/content/statutes');
const statuteIds = new Set(statutes.map((s) => s.id));
// How a definition names a statute → its document id.
const NAMES: [RegExp, string][] = [
  [/人民调解法/, 'renmin-tiaojie-fa'],
  [/行政复议法(?!实施条例)/, 'xingzheng-fuyi-fa'],
  [/信访工作条例/, 'xinfang-gongzuo-tiaoli'],
  [/民事诉讼法/, 'minshi-susong-fa'],
  [/民法典/, 'minfadian'],
];

describe('glossary 法律依据', () => {
  it('cites only provisions that exist, and only statutes', () => {
    for (const t of terms) {
      expect(
        findUnknownCitations(
          t.cites.map((id) => ({ file: t.id, id })),
          known,
        ),
      ).toEqual([]);
      for (const id of t.cites) expect(statuteIds.has(id.split('/')[0]!), `${t.id}: ${id}`).toBe(true);
    }
  });

  it('cites the statute a definition names', () => {
    for (const t of terms) {
      for (const [re, doc] of NAMES) {
        if (re.test(t.definition))
          expect(
            t.cites.some((id) => id.startsWith(`${doc}/`)),
            `${t.id} names ${doc}`,
          ).toBe(true);
      }
    }
  });

  it('grounds 司法确认 in 人民调解法 第三十三条 and 民事诉讼法 确认调解协议案件', () => {
    const t = terms.find((x) => x.id === 'sifa-queren')!;
    expect(t.cites).toEqual(expect.arrayContaining(['renmin-tiaojie-fa/33', 'minshi-susong-fa/205']));
  });
});
