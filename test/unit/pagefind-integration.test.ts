/**
 * The Pagefind integration with a stand-in for the `pagefind` module: what it indexes, that it
 * reads the regulations from Astro's project root (not the working directory), and that it
 * closes Pagefind whether indexing succeeds or fails.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import pagefindIntegration, { type PagefindApi } from '../../src/integrations/pagefind.ts';

interface Calls {
  directories: string[];
  records: { url: string; meta: Record<string, string> }[];
  outputPath?: string;
  closed: number;
}

function fakePagefind(fail?: 'directory'): { api: PagefindApi; calls: Calls } {
  const calls: Calls = { directories: [], records: [], closed: 0 };
  const index = {
    addDirectory: async ({ path }: { path: string }) => {
      calls.directories.push(path);
      return fail === 'directory' ? { errors: ['坏页面'], page_count: 0 } : { errors: [], page_count: 3 };
    },
    addCustomRecord: async (record: { url: string; meta: Record<string, string> }) => {
      calls.records.push(record);
      return { errors: [] };
    },
    writeFiles: async ({ outputPath }: { outputPath: string }) => {
      calls.outputPath = outputPath;
      return { errors: [], outputPath };
    },
  };
  const api = {
    createIndex: async () => ({ errors: [], index }),
    close: async () => {
      calls.closed++;
    },
  } as unknown as PagefindApi;
  return { api, calls };
}

/** Runs the two hooks the integration uses, the way `astro build` does. */
async function build(api: PagefindApi, root: URL, base: string, dist: URL): Promise<void> {
  const integration = pagefindIntegration(api);
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  await (integration.hooks['astro:config:done'] as (o: unknown) => unknown)({ config: { base, root } });
  await (integration.hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir: dist, logger });
}

/** A project elsewhere on disk with one regulation, to tell its root from the working directory. */
function projectWithOneRegulation(): URL {
  const root = mkdtempSync(join(tmpdir(), 'pagefind-root-'));
  mkdirSync(join(root, 'src/content/regulations'), { recursive: true });
  writeFileSync(
    join(root, 'src/content/regulations/ceshi-2020.mdx'),
    ['---', 'title: 测试文件', 'shortTitle: "测试文件简称"', '---', '', '一、第一条的文字。', '', '二、第二条的文字。', ''].join('\n'),
  );
  return pathToFileURL(`${root}/`);
}

describe('the Pagefind integration', () => {
  it('indexes the built pages and one record per provision, under the base path, then closes', async () => {
    const { api, calls } = fakePagefind();
    await build(api, pathToFileURL(`${process.cwd()}/`), '/tiaojie/', new URL('file:///tmp/site/dist/'));
    expect(calls.directories).toEqual(['/tmp/site/dist/']);
    expect(calls.outputPath).toBe('/tmp/site/dist/pagefind');
    // 004 part 六 item （三） is 依法调解; its short title comes from its own title (《完善“访调对接”机制实施意见》) (src/content/regulations/fangdiao-lhasa-2019.mdx).
    const record = calls.records.find((r) => r.url === '/tiaojie/regulations/fangdiao-lhasa-2019/#p6.3');
    expect(record?.meta['title']).toBe('《完善“访调对接”机制实施意见》第六部分第（三）项 依法调解');
    expect(calls.closed).toBe(1);
  });

  it("reads the regulations from Astro's project root, not the working directory", async () => {
    const { api, calls } = fakePagefind();
    await build(api, projectWithOneRegulation(), '/', new URL('file:///tmp/elsewhere/dist/'));
    expect(calls.records.map((r) => [r.url, r.meta['title']])).toEqual([
      ['/regulations/ceshi-2020/#p1', '《测试文件简称》第一部分 第一条的文字'],
      ['/regulations/ceshi-2020/#p2', '《测试文件简称》第二部分 第二条的文字'],
    ]);
  });

  it('fails the build with the reason when indexing fails, and still closes Pagefind', async () => {
    const { api, calls } = fakePagefind('directory');
    await expect(build(api, pathToFileURL(`${process.cwd()}/`), '/', new URL('file:///tmp/site/dist/'))).rejects.toThrow(
      'Pagefind 索引出错：坏页面',
    );
    expect(calls.records).toEqual([]);
    expect(calls.closed).toBe(1);
  });
});
