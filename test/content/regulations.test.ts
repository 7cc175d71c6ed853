import { formatIssues } from '../../src/schemas/errors.ts';
import { describe, expect, it } from 'vitest';
import { regulationSchema } from '../../src/schemas/regulation.ts';
import { bodyBlocks, numberProvisions } from '../../src/lib/provisions/numbering.ts';
import { provisionTextIndex, readCollection, readYamlDir } from '../support/data.ts';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const docs = readCollection('src/content/regulations');

// Page chrome and template-site text that must never survive the clean-up.
const DEBRIS = [
  '公务员之家',
  '扫一扫',
  '上一篇',
  '下一篇',
  '优知文库',
  '责任编辑',
  '本站為你',
  '本站为你',
  '网友上传',
  '访问量',
  '打印文本',
  '分享到',
  '索引号',
  '相关解读',
  '导语',
];
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

      it("marks every repair with a note, and lists it in the editor's notes", () => {
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

describe("citations and text placement (legal editor's review)", () => {
  const texts = provisionTextIndex();
  const byId = Object.fromEntries(docs.map((d) => [d.id, d]));

  it('cites every document by a short title taken from its own title, in order', () => {
    for (const d of docs) {
      const title = String(d.data['title']);
      let at = 0;
      for (const ch of String(d.data['shortTitle'])) {
        at = title.indexOf(ch, at);
        expect(at, `${d.id}: “${ch}” of shortTitle not in title order`).toBeGreaterThanOrEqual(0);
        at += 1;
      }
    }
    expect(byId['fangdiao-lhasa-2019']!.data['shortTitle']).not.toBe('访调对接工作机制');
  });

  it('never cites 004 by the web column name in any data file', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.yaml')) files.push(p);
      }
    };
    walk('src/content');
    // Parsed, so YAML comments (not shown to anyone) are not data.
    const offenders = files.filter((f) => JSON.stringify(parse(readFileSync(f, 'utf8'))).includes('《访调对接工作机制》'));
    expect(offenders).toEqual([]);
    expect(readYamlDir('src/content/checklists').length).toBeGreaterThan(0);
  });

  it("keeps 000's closing paragraph of part 四 in the part, not in item 4.3", () => {
    expect(texts.get('xingzheng-tiaojie-zhou-2022/4.3')).not.toContain('严格落实行政调解工作责任制');
    expect(texts.get('xingzheng-tiaojie-zhou-2022/4')).toContain('严格落实行政调解工作责任制');
  });

  it("keeps 001's 附件 line out of item 4.4 and 004's signature out of item 8.3", () => {
    expect(texts.get('quangang-xingzheng-zhengyi-2020/4.4')).not.toContain('附件');
    expect(texts.get('quangang-xingzheng-zhengyi-2020/4')).not.toContain('附件');
    expect(texts.get('fangdiao-lhasa-2019/8.3')).not.toContain('拉萨市司法局');
    expect(texts.get('fangdiao-lhasa-2019/8')).not.toContain('2019年6月13日');
  });

  it('places every repair note after a whole unit: no note between “(四” and “)”, or “附” and “件”', () => {
    for (const d of docs) {
      for (const m of d.body.matchAll(/<Repair\b([^>]*)>([\s\S]*?)<\/Repair>(.?)/g)) {
        const [, attrs, inner, next] = m;
        const shown = inner!.replace(/<\/?Fix>/g, '');
        const opens = (shown.match(/[（(]/g) ?? []).length;
        const closes = (shown.match(/[)）]/g) ?? []).length;
        expect(opens, `${d.id}: ${m[0]}`).toBe(closes);
        const unit = /\bunit="([^"]*)"/.exec(attrs!)?.[1];
        if (unit !== undefined) {
          expect(inner, `${d.id}: ${m[0]}`).toMatch(/<Fix>/);
          expect(shown, `${d.id}: unit="${unit}" names the whole unit`).toBe(unit);
        }
        expect(`${shown}${next}`, `${d.id}: ${m[0]}`).not.toMatch(/^附件?$|附$/);
      }
    }
    expect(byId['quangang-xingzheng-zhengyi-2020']!.body).toMatch(/<Repair[^>]*unit="\(四\)"><Fix>\(四<\/Fix>\)<\/Repair>强化/);
    expect(byId['quangang-xingzheng-zhengyi-2020']!.body).toMatch(/<Repair[^>]*unit="附件"><Fix>附<\/Fix>件<\/Repair>:/);
  });
});
