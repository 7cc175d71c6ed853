/** Loads the YAML collections and the provision index for content tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { provisionTextIndex as buildProvisionTextIndex } from '../../src/lib/content/checks.ts';
import { readCollection } from './load.ts';

export function readYamlDir(dir: string): { file: string; id: string; data: unknown }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(`${dir}/${f}`, 'utf8')) as unknown }));
}

export function readYamlList(file: string): unknown[] {
  return parse(readFileSync(file, 'utf8')) as unknown[];
}

/** Citation id → the provision's text (documents map to their whole body). */
export function provisionTextIndex(): Map<string, string> {
  return buildProvisionTextIndex(readCollection('src/content/regulations'));
}
