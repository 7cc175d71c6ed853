/**
 * A content loader for a folder of YAML files that is usually empty (the holiday overrides: a
 * file only between the State Council's notice and the next chinese-days release). Astro's glob
 * loader warns on every build when it finds no file; an empty folder is the normal state here.
 */
import type { Loader } from 'astro/loaders';
import { readYamlDir } from './content.ts';

export function yamlFilesLoader(dir: string): Loader {
  return {
    name: 'yaml-files',
    load: async ({ store, parseData, config, generateDigest }) => {
      store.clear();
      for (const entry of readYamlDir(new URL(dir, config.root).pathname)) {
        const filePath = `${dir.replace(/^\.\//, '')}/${entry.id}.yaml`;
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath });
        store.set({ id: entry.id, data, filePath, digest: generateDigest(entry.data as Record<string, unknown>) });
      }
    },
  };
}
