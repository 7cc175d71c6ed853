/** `npm run import:docx` as an editor runs it: a Word file in, a case draft out. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterOf } from '../../src/lib/cases/scaffold.ts';
import { writeDocxFixture } from '../support/docx-fixture.ts';

let dir: string;
let docxPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'docx-import-cli-'));
  docxPath = join(dir, 'submission.docx');
  await writeDocxFixture(docxPath);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import:docx', () => {
  it('writes a draft, reports what is missing and the privacy finding, and refuses to overwrite', () => {
    const out = join(dir, 'cases');
    const run = () =>
      spawnSync(process.execPath, ['scripts/import-docx.ts', docxPath, '--year', '2026', '--dir', out], { encoding: 'utf8' });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const file = join(out, '2026', 'submission.mdx');
    const written = readFileSync(file, 'utf8');
    const data = parse(frontmatterOf(written)!) as Record<string, unknown>;
    expect(data).toMatchObject({ title: '张某与某物业公司漏水维修纠纷调解案', year: 2026, domain: '物业服务', cites: [] });
    expect(first.stdout).toContain('还需填写');
    expect(first.stdout).toContain('cites（--cites）');
    expect(first.stdout).not.toContain('year（');
    expect(first.stdout).toMatch(/疑似手机号码：138\*\*\*\*8000/);
    expect(first.stdout).not.toContain('13800138000');

    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('不覆盖');
  });
});

