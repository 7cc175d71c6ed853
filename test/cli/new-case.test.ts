/** `npm run new:case` without a terminal, as a script or CI would run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseSchema } from '../../src/schemas/case.ts';
import { frontmatterOf } from '../../src/lib/cases/scaffold.ts';
import { full } from '../support/case-draft.ts';

function frontmatter(text: string): unknown {
  const fm = frontmatterOf(text);
  expect(fm).not.toBeNull();
  return parse(fm!);
}

describe('npm run new:case (no terminal)', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['scripts/new-case.ts', ...args], { encoding: 'utf8', input: '' });
  const basic = [
    '--title',
    full.title!,
    '--year',
    '2024',
    '--region',
    full.region!,
    '--body',
    full.body!,
    '--mechanism',
    '人民调解',
    '--domain',
    '物业服务',
    '--outcome',
    '达成协议',
  ];

  it('writes a valid file from a full set of flags, and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-case-'));
    try {
      const args = [
        ...basic,
        '--dir',
        dir,
        '--slug',
        'zhang-wuye',
        '--methods',
        '面对面、释法明理',
        '--key-point',
        full.keyPoints![0]!,
        '--cites',
        'fangdiao-lhasa-2019/6.3',
        '--source-publisher',
        '某市司法局',
        '--source-title',
        '某市发布十大人民调解案例',
        '--source-date',
        '2024-05',
        '--source-where',
        '某市司法局官方网站',
        '--amount',
        '38000',
      ];
      const first = run(args);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain('frontmatter 已完整');
      const text = readFileSync(join(dir, '2024', 'zhang-wuye.mdx'), 'utf8');
      expect(caseSchema.safeParse(frontmatter(text)).success).toBe(true);
      const second = run(args);
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('不覆盖');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('numbers the file and prints what is still missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-case-'));
    try {
      const result = run([...basic, '--dir', dir]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/还需填写[\s\S]*cites（--cites）[\s\S]*source\.where（--source-where）/);
      expect(readFileSync(join(dir, '2024', 'case-2024-1.mdx'), 'utf8')).toContain('cites: []  # 待填写');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails listing the missing basic flags, and rejects values outside the schema lists', () => {
    const missing = run(['--title', full.title!, '--dir', tmpdir()]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('缺少参数：--year --region --body --mechanism --domain --outcome');
    const bad = run([...basic.slice(0, -2), '--outcome', '成功', '--dir', tmpdir()]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--outcome 只能是：达成协议、部分达成、调解终止、撤回申请');
  });

  it('rejects an unknown citation with the nearest valid ids', () => {
    const result = run([...basic, '--cites', 'fangdiao-lhasa-2019/6.33', '--dir', tmpdir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/引用了不存在的条款“fangdiao-lhasa-2019\/6\.33”；最接近的有：fangdiao-lhasa-2019\/6\.3/);
  });
});
