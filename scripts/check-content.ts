#!/usr/bin/env node
/**
 * Checks every content file the way the build does, in about a second, without building:
 *
 *   npm run check:content [-- --root DIR]
 *
 * Prints each problem with file, line and what to do, and exits 1 when there is any. The build
 * runs the same checks (src/loaders/collections.ts), so a clean check means the content loads.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/loaders/collections.ts';
import { formatProblem } from '../src/lib/content/yaml-source.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const problems = checkContent(resolve(values.root ?? '.'));
if (problems.length) {
  console.error(`内容有误（${problems.length} 处），构建会失败：`);
  for (const p of problems) console.error(`  - ${formatProblem(p)}`);
  process.exit(1);
}
console.log('内容检查通过。');
