/**
 * The content gate on real builds: `astro build` run on a copy of the project, with a cold cache
 * and with a warm one, must exit non-zero and name file and line when content is malformed or
 * unsafe (issue 15: a broken YAML list used to build an empty page with exit code 0, or silently
 * reuse the previous build's data). editor-mistakes.test.ts covers every mistake through the same
 * checks without a build; here three builds (two at a time, the machine has two cores) prove the
 * loaders really stop `astro build`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve('.');
const copies: string[] = [];

/** A copy of the project with its own caches: node_modules is a folder of links, so .astro and .vite stay in the copy. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-gate-'));
  copies.push(dir);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(project, entry))) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

function astro(dir: string, command: 'build' | 'sync'): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

function edit(dir: string, file: string, from: string | RegExp, to: string): number {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`注入失败：${file} 中找不到 ${String(from)}`);
  const edited = text.replace(from, to);
  writeFileSync(path, edited);
  return edited.slice(0, edited.indexOf(to)).split('\n').length;
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('astro build refuses malformed and unsafe content', () => {
  it('cold cache: a broken YAML list and a <script> in a case each fail the build, naming file and line', async () => {
    const yamlCopy = copyProject();
    const yamlLine = edit(yamlCopy, 'src/content/dispute-vocabulary.yaml', /^- term: 克扣工资$/m, '- term:克扣工资');
    const scriptCopy = copyProject();
    const caseFile = 'src/content/cases/2024/dangyang-wangdian-qianxin.mdx';
    writeFileSync(join(scriptCopy, caseFile), `${readFileSync(join(scriptCopy, caseFile), 'utf8')}\n<script>alert(1)</script>\n`);
    const scriptLine = readFileSync(join(scriptCopy, caseFile), 'utf8').split('\n').indexOf('<script>alert(1)</script>') + 1;

    const [yaml, script] = await Promise.all([astro(yamlCopy, 'build'), astro(scriptCopy, 'build')]);
    expect(yaml.code, yaml.output).not.toBe(0);
    expect(yaml.output).toContain(`src/content/dispute-vocabulary.yaml 第 ${yamlLine} 行：YAML 格式错误`);
    expect(existsSync(join(yamlCopy, 'dist/tools/scope/index.html'))).toBe(false);
    expect(script.code, script.output).not.toBe(0);
    expect(script.output).toContain(`${caseFile} 第 ${scriptLine} 行：不允许使用 <script>`);
    expect(existsSync(join(scriptCopy, 'dist/cases/index.html'))).toBe(false);
  }, 300_000);

  it('warm cache: after a good sync, a broken glossary fails the build instead of reusing the cached terms', async () => {
    const dir = copyProject();
    const good = await astro(dir, 'sync');
    expect(good.code, good.output).toBe(0);
    const line = edit(dir, 'src/content/glossary.yaml', '- id: renmin-tiaojie\n', '- id: renmin-tiaojie\n   bad: [\n');
    const broken = await astro(dir, 'build');
    expect(broken.code, broken.output).not.toBe(0);
    expect(broken.output).toMatch(new RegExp(`src/content/glossary\\.yaml 第 (${line}|${line + 1}) 行：YAML 格式错误`));
    expect(existsSync(join(dir, 'dist/glossary/index.html'))).toBe(false);
  }, 300_000);
});
