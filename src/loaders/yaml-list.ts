/**
 * Loader for a collection kept as one YAML list (the glossary, obligations, scope questions …).
 * Unlike Astro's file() loader, which logs a parse error and builds with no entries (or with the
 * previous build's cached ones), this one re-reads the file on every sync and fails the build,
 * naming file and line in Chinese, on a syntax error, an empty list, a duplicate id, an entry the
 * schema refuses, or a problem found by the collection's own `check` (inspect.ts).
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/content/yaml-source.ts';
import { inspectYamlList, type YamlListOptions } from './inspect.ts';

export function yamlListLoader(options: YamlListOptions): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const filePath = options.path.replace(/^\.\//, '');
      const sync = async () => {
        const { entries, problems } = inspectYamlList(root, options);
        if (problems.length) throw new ContentError(problems);
        const parsed = [];
        for (const { id, raw } of entries) parsed.push({ id, data: await parseData({ id, data: raw, filePath }), filePath });
        store.clear();
        for (const entry of parsed) store.set(entry);
      };
      await sync();
      // The dev server reloads on save; a mistake there is logged and the last good data kept.
      const watched = fileURLToPath(new URL(options.path, config.root));
      watcher?.add(watched);
      watcher?.on('change', (changed) => {
        if (changed === watched) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
