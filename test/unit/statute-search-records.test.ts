/** Search reaches down to a statute's article and 款, titled by the statute citation. */
import { describe, expect, it } from 'vitest';
import { provisionRecords } from '../../src/lib/search/records.ts';

const body = [
  '## 第五章　调解协议',
  '第三十三条　经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。',
  '人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。',
  '## 第六章　附则',
  '第三十四条　乡镇、街道以及社会团体或者其他组织根据需要可以参照本法有关规定设立人民调解委员会，调解民间纠纷。',
].join('\n\n');
const records = provisionRecords([{ id: 'renmin-tiaojie-fa', shortTitle: '人民调解法', body, scheme: 'statute' }], '/');

describe('statute search records', () => {
  it('gives the article and each further 款 a record at its anchor, one per block', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/regulations/renmin-tiaojie-fa/#p33',
      '/regulations/renmin-tiaojie-fa/#p33.2',
      '/regulations/renmin-tiaojie-fa/#p34',
    ]);
  });
  it('titles a record by the statute citation', () => {
    expect(records[1]!.meta['title']).toMatch(/^《人民调解法》第三十三条第二款 /);
  });
  it('keeps the next chapter heading out of the article', () => {
    expect(records[0]!.content).toContain('申请强制执行');
    expect(records[0]!.content).not.toContain('附则');
  });
});
