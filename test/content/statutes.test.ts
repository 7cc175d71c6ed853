/**
 * The national statutes: complete metadata, the articles a person counted in the source, no gaps,
 * and the words themselves (hashes of each article as collected in staging, plus articles quoted
 * here from the source so a reader can see them).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statuteSchema } from '../../src/schemas/statute.ts';
import { lawId, type LawRef } from '../../src/schemas/case.ts';
import { docBlocks, numberProvisions, provisionLabel, provisionTexts, toChineseNumeral } from '../../src/lib/provisions/numbering.ts';
import { readCases, readCollection } from '../support/data.ts';

const docs = readCollection('src/content/statutes');
const byId = new Map(docs.map((d) => [d.id, d]));

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Articles per document, as listed in the researcher's report (REPORT.md) and the brief.
// Repository each text was taken from: LawRefBook/Laws for the first eight; the 2025 治安管理处罚法
// from the DOCX of 国家法律法规数据库 kept in lawtext/law-flk-vol1.
const EXPECTED: Record<string, { articles: number[]; excerpt: boolean; repo?: string }> = {
  'renmin-tiaojie-fa': { articles: range(1, 35), excerpt: false },
  'xingzheng-fuyi-fa': { articles: range(1, 90), excerpt: false },
  'xinfang-gongzuo-tiaoli': { articles: range(1, 50), excerpt: false },
  minfadian: { articles: [...range(201, 204), 288, 296, 509, 577, 675, 676, 721, 788, 944, 1067, 1165, 1179, 1218], excerpt: true },
  'minshi-susong-fa': { articles: [9, 205, 206], excerpt: true },
  'xingzheng-susong-fa': { articles: [60], excerpt: true },
  'laodong-zhengyi-tiaojie-zhongcai-fa': { articles: range(10, 16), excerpt: true },
  'zhian-guanli-chufa-fa-2012': { articles: [9], excerpt: true },
  'zhian-guanli-chufa-fa': { articles: [9, 144], excerpt: true, repo: 'lawtext/law-flk-vol1' },
};

const hashes = new Map(
  readFileSync('test/fixtures/statute-articles.tsv', 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map(([doc, art, h]) => [`${doc}/${art}`, h!] as const),
);

describe('statutes', () => {
  it('are the nine documents of the law library', () => {
    expect(docs.map((d) => d.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const doc of docs) {
    const expected = EXPECTED[doc.id]!;
    const blocks = docBlocks(doc.body);
    const provisions = numberProvisions(blocks, 'statute');
    const articles = provisions.filter((p) => p.level === 1).map((p) => p.ordinals[0]!);
    const texts = provisionTexts(blocks, 'statute');

    describe(doc.id, () => {
      it('has complete metadata', () => {
        const result = statuteSchema.safeParse(doc.data);
        expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
      });

      it(`has ${expected.articles.length} articles, numbered ${expected.excerpt ? 'as listed' : 'without a gap'}`, () => {
        expect(articles).toEqual(expected.articles);
      });

      it(expected.excerpt ? 'is marked 节录 with its chapter' : 'is a whole text', () => {
        const excerpt = doc.data['excerpt'] as { scope: string } | null;
        if (expected.excerpt) expect(excerpt?.scope).toMatch(/第[一二三四五六七八九十]+章/);
        else expect(excerpt).toBeNull();
      });

      it('has every article word for word as collected (SHA-256 of each article)', () => {
        const changed = articles.filter((n) => {
          const text = texts.get(String(n))!;
          return createHash('sha256').update(text).digest('hex') !== hashes.get(`${doc.id}/第${toChineseNumeral(n)}条`);
        });
        expect(changed.map((n) => `第${toChineseNumeral(n)}条`)).toEqual([]);
      });

      it('states where the text comes from and that it is not checked against the official text', () => {
        const source = doc.data['source'] as { official: boolean; checkedAgainstOfficial: boolean; repo: string; checked: string };
        expect(source.repo).toBe(expected.repo ?? 'LawRefBook/Laws');
        expect(source.official).toBe(false);
        expect(source.checkedAgainstOfficial).toBe(false);
        expect(source.checked).toBe('2026-11-30');
      });
    });
  }

  const text = (doc: string, path: string) => provisionTexts(docBlocks(byId.get(doc)!.body), 'statute').get(path);

  it('quotes 人民调解法 第三十三条第一款 with its modal verb 可以', () => {
    expect(text('renmin-tiaojie-fa', '33.1')).toBe(
      '第三十三条　经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认，人民法院应当及时对调解协议进行审查，依法确认调解协议的效力。',
    );
  });

  it('quotes 民法典 第二百零一条至第二百零三条 (the deadline rules)', () => {
    expect(text('minfadian', '201.1')).toBe('第二百零一条　按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。');
    expect(text('minfadian', '202')).toBe(
      '第二百零二条　按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。',
    );
    expect(text('minfadian', '203.1')).toBe('第二百零三条　期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。');
    expect(text('minfadian', '203.2')).toBe('期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。');
  });

  it('quotes 行政诉讼法 第六十条', () => {
    expect(text('xingzheng-susong-fa', '60.1')).toBe(
      '第六十条　人民法院审理行政案件，不适用调解。但是，行政赔偿、补偿以及行政机关行使法律、法规规定的自由裁量权的案件可以调解。',
    );
  });

  it('puts 民事诉讼法 确认调解协议案件 in 第十五章第七节 of the 2023 text', () => {
    expect(byId.get('minshi-susong-fa')!.body).toMatch(/第十五章\u3000特别程序[\s\S]*第七节\u3000确认调解协议案件[\s\S]*第二百零五条/);
  });

  it('shows the 2012 治安管理处罚法 text only as 已修订, with the reason', () => {
    const d = byId.get('zhian-guanli-chufa-fa-2012')!.data;
    expect(d['effect']).toBe('已修订');
    expect(String(d['effectNote'])).toMatch(/2026年1月1日起施行/);
    expect(String(d['shortTitle'])).toContain('2012');
  });

  it('shows the 2025 治安管理处罚法 第九条 as the text in force, with its four 款', () => {
    const d = byId.get('zhian-guanli-chufa-fa')!.data;
    expect(d['effect']).toBe('现行有效');
    expect(d['version']).toMatchObject({ adopted: '2005-08-28', inForce: '2026-01-01' });
    expect((d['version'] as { amended: { date: string }[] }).amended.map((a) => a.date)).toEqual(['2012-10-26', '2025-06-27']);
    expect(String((d['excerpt'] as { scope: string }).scope)).toContain('第一章 总则 第九条');
    expect(text('zhian-guanli-chufa-fa', '9.1')).toBe(
      '第九条　对于因民间纠纷引起的打架斗殴或者损毁他人财物等违反治安管理行为，情节较轻的，公安机关可以调解处理。',
    );
    expect(text('zhian-guanli-chufa-fa', '9.2')).toBe(
      '调解处理治安案件，应当查明事实，并遵循合法、公正、自愿、及时的原则，注重教育和疏导，促进化解矛盾纠纷。',
    );
    expect(text('zhian-guanli-chufa-fa', '9.3')).toContain('公安机关应当依照本法的规定对违反治安管理行为作出处理');
    expect(text('zhian-guanli-chufa-fa', '9.4')).toBe(
      '对属于第一款规定的调解范围的治安案件，公安机关作出处理决定前，当事人自行和解或者经人民调解委员会调解达成协议并履行，书面申请经公安机关认可的，不予处罚。',
    );
    // The in-force date in the frontmatter is the one the text itself states.
    expect(text('zhian-guanli-chufa-fa', '144')).toBe('第一百四十四条　本法自2026年1月1日起施行。');
  });

  it('links the 2012 text to the 2025 text that replaced it', () => {
    expect(byId.get('zhian-guanli-chufa-fa-2012')!.data['supersededBy']).toBe('zhian-guanli-chufa-fa');
  });

  it('cites the 治安管理处罚法 text in force when the case was mediated (2012 text before 2026, 2025 text from 2026)', () => {
    const cases = readCases();
    const citing = (doc: string) =>
      cases
        .filter((c) => ((c.data['laws'] as LawRef[] | undefined) ?? []).some((l) => lawId(l).startsWith(`${doc}/`)))
        .map((c) => Number(c.data['year']));
    expect(citing('zhian-guanli-chufa-fa-2012').filter((y) => y >= 2026)).toEqual([]);
    expect(citing('zhian-guanli-chufa-fa').filter((y) => y < 2026)).toEqual([]);
    // The one police mediation that cites the law (泽州, 2024) keeps the 2012 article.
    expect(citing('zhian-guanli-chufa-fa-2012')).toContain(2024);
  });

  // 国家法律法规数据库 entry ids, as listed in lawtext/law-flk-vol1's records.json for the DOCX files
  // the texts were compared with; 信访工作条例 is not in that database.
  it('records the 国家法律法规数据库 address of every statute it has, and says how far it was compared', () => {
    const FLK: Record<string, string | null> = {
      'renmin-tiaojie-fa': '2c909fdd678bf17901678bf7105c05af',
      'xingzheng-fuyi-fa': 'ff8081818a21e6c3018a508d491a0c98',
      'xinfang-gongzuo-tiaoli': null,
      minfadian: 'ff808081729d1efe01729d50b5c500bf',
      'minshi-susong-fa': 'ff8081818a21dc13018b425303b7086d',
      'xingzheng-susong-fa': '2c909fdd678bf17901678bf858550a0f',
      'laodong-zhengyi-tiaojie-zhongcai-fa': '2c909fdd678bf17901678bf64f28039d',
      'zhian-guanli-chufa-fa-2012': '2c909fdd678bf17901678bf7478e0695',
      'zhian-guanli-chufa-fa': 'ff80818197af9ccc0197b159c38a0408',
    };
    for (const doc of docs) {
      const copy = statuteSchema.parse(doc.data).source.officialCopy;
      const id = FLK[doc.id];
      if (id === null) {
        expect(copy, doc.id).toBeNull();
        continue;
      }
      expect(copy?.url, doc.id).toBe(`https://flk.npc.gov.cn/detail?id=${id}`);
      expect(copy?.seenAs, doc.id).toContain(`${id}.docx`);
      expect(copy?.result, doc.id).toMatch(/逐字一致|取自该文件/);
    }
  });

  it('labels provisions as statutes are cited', () => {
    const ps = numberProvisions(docBlocks(byId.get('renmin-tiaojie-fa')!.body), 'statute');
    const label = (path: string) => provisionLabel(ps.find((p) => p.path === path)!);
    expect(label('33.2')).toBe('第三十三条第二款');
    expect(label('3.1.1')).toBe('第三条第（一）项');
    expect(label('26')).toBe('第二十六条');
  });
});
