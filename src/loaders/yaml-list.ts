/**
 * Loader for a collection kept as one YAML list (the glossary, obligations, scope questions …).
 * Unlike Astro's file() loader, which logs a parse error and builds with no entries (or with the
 * previous build's cached ones), this one re-reads the file on every sync and fails the build,
 * naming file and line in Chinese, on a syntax error, an empty list, a duplicate id, an entry the
 * schema refuses, or a problem found by the collection's own `check`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, parseYamlList, type ContentProblem, type ListItem } from '../lib/content/yaml-source.ts';
import { schemaProblems } from './issues.ts';

export interface YamlListOptions {
  /** The field that identifies an entry (and must be unique): `id`, or `term` for the vocabulary. */
  idKey?: string;
  /** What one entry is called in messages: 术语、事项 … */
  what: string;
  schema: z.ZodType;
  /** Rules across entries, run on entries that passed the schema. */
  check?: (entries: { data: unknown; line: number }[], file: string) => ContentProblem[];
}

export function yamlListLoader(path: string, options: YamlListOptions): Loader {
  const idKey = options.idKey ?? 'id';
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, logger, watcher }) => {
      const url = new URL(path, config.root);
      const file = path.replace(/^\.\//, '');
      const sync = async () => {
        const { items, problems } = parseYamlList(file, await readFile(url, 'utf8'), { idKey, what: options.what });
        const valid: { item: ListItem; data: unknown }[] = [];
        for (const item of items) {
          const parsed = options.schema.safeParse(item.data);
          if (parsed.success) valid.push({ item, data: parsed.data });
          else problems.push(...schemaProblems(file, item.line, parsed.error.issues, `${String(item.data[idKey] ?? '')}`));
        }
        if (problems.length === 0) problems.push(...(options.check?.(valid.map((v) => ({ data: v.data, line: v.item.line })), file) ?? []));
        if (problems.length) throw new ContentError(problems);
        const entries = [];
        for (const { item } of valid) {
          const id = String(item.data[idKey]);
          entries.push({ id, data: await parseData({ id, data: item.data, filePath: file }), filePath: file });
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      await sync();
      // The dev server reloads on save; a mistake there is logged and the last good data kept.
      const watched = fileURLToPath(url);
      watcher?.add(watched);
      watcher?.on('change', (changed) => {
        if (changed === watched) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
