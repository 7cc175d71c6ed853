/**
 * The two extension rules of the documents, as the procedure page, study sheet and comparison
 * table write them. Expected wording from the documents: 访调对接 6.3 “调解一般应在受理之日起15日内
 * 完成,确有必要延长的,最长期限不得超过30日” (a cap on the whole period); 纾解 2.3 “一般行政争议案件
 * 纾解期限为30个工作日,行政争议较为复杂的,经当事人和县纾解中心同意,可延长纾解期限,延长期限不超过
 * 30个工作日” (on top of the period).
 */
import { describe, expect, it } from 'vitest';
import { extensionSentence, extensionShort } from '../../src/lib/deadline/extension.ts';

const cap = { unit: 'day' as const, extension: { maxTotal: 30, condition: '确有必要' } };
const onTop = { unit: 'workday' as const, extension: { additional: 30, condition: '行政争议较为复杂，经当事人和县纾解中心同意' } };

describe('extension wording', () => {
  it('a cap on the whole period says “总共不超过”', () => {
    expect(extensionSentence(cap)).toBe('确有必要的，可延长，总共不超过 30日');
    expect(extensionShort(cap)).toBe('总共≤30日');
  });
  it('an extension on top of the period says “再延长”', () => {
    expect(extensionSentence(onTop)).toBe('行政争议较为复杂，经当事人和县纾解中心同意的，可再延长不超过 30个工作日');
    expect(extensionShort(onTop)).toBe('+≤30个工作日');
  });
  it('no extension rule, no wording', () => {
    expect(extensionSentence({ unit: 'day' })).toBeNull();
    expect(extensionShort({ unit: 'day' })).toBeNull();
  });
});
