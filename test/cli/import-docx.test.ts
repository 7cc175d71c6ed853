/** `npm run import:docx` as an editor runs it: a Word file in, a case draft out. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterOf } from '../../src/lib/cases/scaffold.ts';
import { writeDocxFixture } from '../support/docx-fixture.ts';

const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
const h = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });

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

describe('npm run import:docx goes through the content gate', () => {
  it('refuses a submission whose text would become a javascript: link, writing nothing', async () => {
    const unsafe = join(dir, 'unsafe.docx');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '张某与某物业公司漏水维修纠纷调解案', heading: HeadingLevel.TITLE }),
            h('一、基本案情'),
            p('详见[材料](javascript:alert(1))。页面里写了<script>alert(1)</script>和{os.platform()}。'),
          ],
        },
      ],
    });
    writeFileSync(unsafe, await Packer.toBuffer(doc));
    const out = join(dir, 'unsafe-cases');
    const run = spawnSync(process.execPath, ['scripts/import-docx.ts', unsafe, '--year', '2026', '--dir', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unsafe\.mdx 第 \d+ 行：链接地址“javascript:alert\(1\)”不允许/);
    // The Word text's <script> and braces are escaped into plain text, so they are not reported.
    expect(run.stderr).not.toContain('<script>');
    expect(existsSync(join(out, '2026', 'unsafe.mdx'))).toBe(false);
  }); // timeout: the cli project's
});
