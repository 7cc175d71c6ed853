/**
 * Where the editor CLIs (new:case, import:docx) put a new case writeup, and how they write it:
 * <dir>/<year>/<slug>.mdx, never over an existing file.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { asciiSlug, caseFilePath, defaultSlug } from '../lib/cases/scaffold.ts';

/**
 * The new case's path. `dir` (the --dir flag) is relative to the working directory, default
 * src/content/cases. The slug is the one given, else the ASCII words of `nameFrom`, else the year's
 * next free case-<year>-<n>.
 */
export function newCaseFilePath(options: { dir: string | undefined; year: number; slug: string | undefined; nameFrom: string }): string {
  const dir = resolve(process.cwd(), options.dir ?? 'src/content/cases');
  return caseFilePath(
    dir,
    options.year,
    options.slug ?? asciiSlug(options.nameFrom) ?? defaultSlug(options.year, slugsIn(join(dir, String(options.year)))),
  );
}

/** The slugs a year's folder already uses (none when it does not exist yet). */
function slugsIn(yearDir: string): string[] {
  return existsSync(yearDir) ? readdirSync(yearDir).map((f) => f.replace(/\.mdx?$/, '')) : [];
}

/** Writes the file and its year folder; fails rather than overwrite a file that appeared meanwhile. */
export function writeNewCaseFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
}
