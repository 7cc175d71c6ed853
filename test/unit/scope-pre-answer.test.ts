/** Free text pre-answers: what a described dispute answers in advance, on the real cues and vocabulary. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScopeData } from '../support/scope-data.ts';
import { disputeTermSchema } from '../../src/schemas/scope.ts';
import { createDisputeSearch } from '../../src/lib/scope/dispute-search.ts';
import { mergePreAnswers, preAnswers } from '../../src/lib/scope/pre-answer.ts';

const { questions, cues } = loadScopeData();
const vocabulary = (parse(readFileSync('src/content/dispute-vocabulary.yaml', 'utf8')) as unknown[]).map((x) => disputeTermSchema.parse(x));
const search = createDisputeSearch(vocabulary);
const pre = (text: string) => preAnswers(text, cues, search, questions);

describe('pre-answers from a described dispute', () => {
  it('企业/公司 → 法人 (with the citizen who complains)', () => {
    expect(pre('公司拖欠我三个月工资')).toMatchObject({ parties: ['citizen', 'org'], subject: ['civil-linked'], domain: ['劳动争议'] });
  });
  it('不服/罚款/处罚 → 对行政行为有异议', () => {
    expect(pre('对城管的罚款不服')).toMatchObject({ parties: ['citizen', 'organ'], subject: ['admin-act'] });
    expect(pre('对城管的罚款不服').domain).toContain('行政处罚');
  });
  it('邻居 → 公民, 民事', () => {
    expect(pre('邻居家楼上漏水')).toMatchObject({ parties: ['citizen'], subject: ['civil-linked'] });
    expect(pre('邻居家楼上漏水').domain).toContain('邻里纠纷');
  });
  it('names several domains when the words do (治安罚款)', () => {
    expect(pre('派出所的治安罚款').domain).toEqual(expect.arrayContaining(['治安管理', '行政处罚']));
  });
  it('pre-answers the criminal question only from words that say so', () => {
    expect(pre('邻居打架被打成轻伤').criminal).toEqual(['minor']);
    expect(pre('已经刑事立案').criminal).toEqual(['other']);
    expect(pre('邻居打架').criminal).toBeUndefined();
  });
  it('answers nothing from an empty or unrelated description', () => {
    expect(pre('')).toEqual({});
    expect(pre('今天天气很好')).toEqual({});
  });
  it('never replaces an answer the user gave', () => {
    expect(mergePreAnswers({ subject: ['civil-private'] }, pre('邻居家楼上漏水'))).toMatchObject({
      subject: ['civil-private'],
      parties: ['citizen'],
    });
  });
});
