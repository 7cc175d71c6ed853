import { describe, expect, it } from 'vitest';
import {
  UnknownCitationError,
  editDistance,
  findUnknownCitations,
  nearestIds,
  parseCitationId,
  resolveCitation,
} from '../../src/lib/provisions/citations.ts';
import { extractCiteIds } from '../../src/lib/provisions/cite-usage.ts';
import { citationClipboardText } from '../../src/lib/provisions/citation-text.ts';

const known = new Set([
  'fangdiao-lhasa-2019',
  'fangdiao-lhasa-2019/6',
  'fangdiao-lhasa-2019/6.3',
  'fangdiao-lhasa-2019/6.4',
  'xx-xian-shujie-2023/4.2',
]);

describe('citation ids', () => {
  it('parses a document and a provision id', () => {
    expect(parseCitationId('fangdiao-lhasa-2019/6.3')).toEqual({ id: 'fangdiao-lhasa-2019/6.3', doc: 'fangdiao-lhasa-2019', path: '6.3' });
    expect(parseCitationId('fangdiao-lhasa-2019')).toMatchObject({ doc: 'fangdiao-lhasa-2019', path: '' });
  });
  it.each(['', 'Fangdiao/6', 'fangdiao-lhasa-2019/6.', 'fangdiao-lhasa-2019/六', 'a b/1'])('rejects malformed id %j', (id) => {
    expect(parseCitationId(id)).toBeNull();
  });
  it('resolves a known id', () => {
    expect(resolveCitation('fangdiao-lhasa-2019/6.3', known, 'x.mdx').path).toBe('6.3');
  });
  it('names the citing file and the nearest valid ids for an unknown id', () => {
    let error: unknown;
    try {
      resolveCitation('fangdiao-lhasa-2019/6.33', known, 'src/content/cases/2024/zhang.mdx');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownCitationError);
    const message = (error as Error).message;
    expect(message).toContain('src/content/cases/2024/zhang.mdx');
    expect(message).toContain('“fangdiao-lhasa-2019/6.33”');
    expect(message).toMatch(/最接近的有效条款：fangdiao-lhasa-2019\/6\.3、/);
  });
  it('prefers ids of the same document among equally near ones', () => {
    expect(nearestIds('xx-xian-shujie-2023/6.3', known, 1)).toEqual(['xx-xian-shujie-2023/4.2']);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('collects every unknown citation of a list', () => {
    const errors = findUnknownCitations(
      [
        { file: 'a.mdx', id: 'fangdiao-lhasa-2019/6.3' },
        { file: 'b.mdx', id: 'nope/1' },
        { file: 'c.yaml', id: 'fangdiao-lhasa-2019/9' },
      ],
      known,
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^b\.mdx: /);
    expect(errors[1]).toMatch(/^c\.yaml: /);
  });
});

describe('citations in MDX prose', () => {
  it('finds <Cite id> with either quote style', () => {
    expect(extractCiteIds('见 <Cite id="fangdiao-lhasa-2019/6.3" /> 和 <Cite  id=\'xx-xian-shujie-2023/4.2\'>此条</Cite>。')).toEqual([
      'fangdiao-lhasa-2019/6.3',
      'xx-xian-shujie-2023/4.2',
    ]);
  });
  it('puts the written citation before the link on the clipboard', () => {
    expect(
      citationClipboardText('《完善“访调对接”机制实施意见》第六部分第（三）项', 'https://x/regulations/fangdiao-lhasa-2019/#p6.3'),
    ).toBe('《完善“访调对接”机制实施意见》第六部分第（三）项 https://x/regulations/fangdiao-lhasa-2019/#p6.3');
  });
});
