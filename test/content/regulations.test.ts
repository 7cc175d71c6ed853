import { formatIssues } from '../../src/schemas/errors.ts';
import { describe, expect, it } from 'vitest';
import { regulationSchema } from '../../src/schemas/regulation.ts';
import { bodyBlocks, numberProvisions } from '../../src/lib/provisions/numbering.ts';
import { readCollection } from '../support/data.ts';

const docs = readCollection('src/content/regulations');

// Page chrome and template-site text that must never survive the clean-up.
const DEBRIS = ['公务员之家', '扫一扫', '上一篇', '下一篇', '优知文库', '责任编辑', '本站為你', '本站为你', '网友上传', '访问量', '打印文本', '分享到', '索引号', '相关解读', '导语'];
// Traditional-only forms of common characters; the site shows every document in Simplified Chinese.
const TRADITIONAL = '調糾紛與區發現會議機關體協應當為對條辦導說據經總';

describe('regulation documents', () => {
  it('are the five source documents', () => {
    expect(docs.map((d) => d.data['seed']).sort()).toEqual([
      '000_2981b6a0c50227a9.txt',
      '001_9cc101f5ef5690f3.txt',
      '002_49ac75883d6868a7.txt',
      '003_690a5e1f181950f5.txt',
      '004_f5c1fb69831c3ae7.txt',
    ]);
  });

  for (const doc of docs) {
    describe(doc.id, () => {
      it('has complete metadata', () => {
        const result = regulationSchema.safeParse(doc.data);
        expect(result.success ? [] : formatIssues(result.error.issues, doc.file)).toEqual([]);
      });

      it('contains no page chrome or template-site text', () => {
        const text = `${doc.body}\n${JSON.stringify(doc.data)}`;
        expect(DEBRIS.filter((d) => text.includes(d))).toEqual([]);
      });

      it('contains no pinyin glued after characters', () => {
        expect(doc.body.match(/[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g) ?? []).toEqual([]);
      });

      it('contains no Traditional-only characters', () => {
        const found = [...new Set([...doc.body].filter((ch) => TRADITIONAL.includes(ch)))];
        expect(found).toEqual([]);
      });

      const provisions = numberProvisions(bodyBlocks(doc.body));
      it('has numbered provisions with unique ids', () => {
        expect(provisions.length).toBeGreaterThan(5);
        const paths = provisions.map((p) => p.path);
        expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
      });

      it('numbers its top-level parts 一、二、三… without a gap', () => {
        const top = provisions.filter((p) => p.level === 1).map((p) => p.ordinals[0]);
        expect(top).toEqual(top.map((_, i) => i + 1));
      });

      it('marks every repair with a note, and lists it in the editor\'s notes', () => {
        const repairs = [...doc.body.matchAll(/<Repair\b([^>]*)>/g)];
        for (const [, attrs] of repairs) expect(attrs).toMatch(/note="[^"]{6,}"/);
        expect((doc.data['repairs'] as string[]).length).toBeGreaterThanOrEqual(repairs.length);
      });
    });
  }

  it('keeps every repair the seeds README names', () => {
    const byId = Object.fromEntries(docs.map((d) => [d.id, d.body]));
    expect(byId['xingzheng-tiaojie-zhou-2022']).toMatch(/<Repair[^>]*>三、<\/Repair>做好行政调解工作的基本要求/);
    expect(byId['quangang-xingzheng-zhengyi-2020']).toMatch(/<Repair[^>]*>三是<\/Repair>推动行政诉讼/);
    expect(byId['sichuan-da-tiaojie-2015']).toMatch(/<Repair[^>]*>专家库<\/Repair>/);
    expect(byId['xx-xian-shujie-2023']).toContain('规范开展行政争议纾解工作');
  });
});
