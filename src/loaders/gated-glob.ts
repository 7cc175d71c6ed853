/**
 * Astro's glob() loader behind the content gate: every file is checked first (inspect.ts), so a
 * mistake fails the build and `astro sync` with file, line and what to do, in Chinese, all at once.
 * An empty collection fails too: a build must never publish an empty section.
 */
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { ContentError } from '../lib/content/yaml-source.ts';
import { collectionFiles, inspectCollection, type GateOptions } from './inspect.ts';

export function gatedGlob(options: GateOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'gated-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const problems = inspectCollection(root, options);
      if (problems.length) throw new ContentError(problems);
      // glob() would only warn about an empty folder; an allowed-empty collection is simply cleared.
      if (options.mayBeEmpty && collectionFiles(root, options).length === 0) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}
