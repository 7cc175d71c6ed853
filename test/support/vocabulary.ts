/** The dispute vocabulary as the build reads it (YAML list, each item checked by its schema). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { disputeTermSchema, type DisputeTerm } from '../../src/schemas/scope.ts';

export function loadDisputeVocabulary(): DisputeTerm[] {
  return (parse(readFileSync('src/content/dispute-vocabulary.yaml', 'utf8')) as unknown[]).map((raw, i) => {
    const r = disputeTermSchema.safeParse(raw);
    if (!r.success) throw new Error(`dispute-vocabulary.yaml 第 ${i + 1} 项：${r.error.issues.map((x) => x.message).join('；')}`);
    return r.data;
  });
}
