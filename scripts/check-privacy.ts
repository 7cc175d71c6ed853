#!/usr/bin/env node
/**
 * Privacy check of the case library, frontmatter (source fields included) and body: reports resident
 * ID numbers, phone numbers, bank cards, number plates, e-mail addresses, house numbers and estate
 * names, contract/WeChat/QQ ids and unanonymised names (see src/lib/privacy/scan.ts).
 *
 *   npm run check:privacy                 every src/content/cases/**\/*.mdx
 *   npm run check:privacy -- a.mdx dir/   only the given files (directories are walked)
 *
 * Prints “file:line:column what was found” for every finding (the data itself masked) and exits
 * 1 when there is any; otherwise prints “隐私检查通过：N 个文件”.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCaseFile } from '../src/lib/privacy/scan.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.mdx?$/.test(entry.name) ? [path] : [];
    });
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const files: string[] = [];
if (args.length === 0) {
  const casesDir = join(ROOT, 'src/content/cases');
  if (existsSync(casesDir)) files.push(...walk(casesDir));
} else {
  for (const arg of args) {
    const path = resolve(process.cwd(), arg);
    if (!existsSync(path)) {
      console.error(`${arg}：文件不存在`);
      process.exit(2);
    }
    files.push(...(statSync(path).isDirectory() ? walk(path) : [path]));
  }
}

let findings = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  for (const message of checkCaseFile(shown, readFileSync(file, 'utf8'))) {
    console.error(message);
    findings++;
  }
}

if (findings > 0) {
  console.error(`\n隐私检查未通过：${findings} 处疑似个人信息。当事人写作“姓+某”（张某、李某某），号码删去或只写“尾号 1234”。`);
  process.exit(1);
}
console.log(`隐私检查通过：${files.length} 个文件`);
