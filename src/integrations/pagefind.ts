/**
 * Builds the Pagefind search index after `astro build`, so `npm run build` writes the whole site
 * with its index. Regulation provisions are added as records of their own, so a search lands on
 * the provision's anchor, not just the document.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { provisionRecords } from '../lib/search/records.ts';
import { DOCUMENT_DIRS } from '../lib/provisions/document-dirs.ts';
import type { Scheme } from '../lib/provisions/numbering.ts';

function readDocuments(dir: string, scheme: Scheme): { id: string; shortTitle: string; body: string; scheme: Scheme }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      const shortTitle = /^shortTitle:\s*(.+)$/m.exec(text)?.[1]?.trim().replace(/^["']|["']$/g, '') ?? f;
      return { id: f.replace(/\.mdx$/, ''), shortTitle, scheme, body: text.replace(/^---\n[\s\S]*?\n---\n/, '') };
    });
}

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'mediation-kb:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
        const site = await index.addDirectory({ path: out });
        if (site.errors.length) throw new Error(`Pagefind 索引出错：${site.errors.join('；')}`);
        const records = provisionRecords(DOCUMENT_DIRS.flatMap(({ dir, scheme }) => readDocuments(dir, scheme)), base);
        for (const record of records) {
          const r = await index.addCustomRecord(record);
          if (r.errors.length) throw new Error(`Pagefind 无法索引 ${record.url}：${r.errors.join('；')}`);
        }
        const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
        await pagefind.close();
        logger.info(`搜索索引：${site.page_count} 个页面，${records.length} 个条款`);
      },
    },
  };
}
