/**
 * Builds the Pagefind search index after `astro build`, so `npm run build` writes the whole site
 * with its index. Regulation provisions are added as records of their own, so a search lands on
 * the provision's anchor, not just the document.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { provisionRecords } from '../lib/search/records.ts';
import { readRegulations } from '../node/content.ts';

/**
 * Locations per index chunk (Pagefind's default 20,000). A search downloads the whole chunk that
 * holds each of its words; at 10,000 cases a default chunk was ~26 kB and a first query loaded four
 * (106 kB of a 324 kB first query). At 5,000 the same query loads 62 kB, the chunk list in the
 * metadata file grows by 8 kB (BENCHMARKS.md, issue 17). Pagefind reads it from the environment of
 * its indexing process, under a name it calls unstable; a version without it ignores it.
 */
export const INDEX_CHUNK_SIZE = 5000;

/** The part of the pagefind module this integration uses; tests pass a stand-in. */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

export default function pagefindIntegration(api: PagefindApi = pagefind): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'mediation-kb:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        // The project root from Astro's config, not the working directory, so a build started
        // from elsewhere (astro build --root …) still finds the regulations.
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          // Set before createIndex, which starts Pagefind's process with this environment.
          process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
          const { index, errors } = await api.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
          const site = await index.addDirectory({ path: out });
          if (site.errors.length) throw new Error(`Pagefind 索引出错：${site.errors.join('；')}`);
          const records = provisionRecords(readRegulations(root), base);
          for (const record of records) {
            const r = await index.addCustomRecord(record);
            if (r.errors.length) throw new Error(`Pagefind 无法索引 ${record.url}：${r.errors.join('；')}`);
          }
          const written = await index.writeFiles({ outputPath: `${out.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
          logger.info(`搜索索引：${site.page_count} 个页面，${records.length} 个条款`);
        } finally {
          // Pagefind runs a child process; left open after an error it keeps the build from exiting.
          await api.close();
        }
      },
    },
  };
}
