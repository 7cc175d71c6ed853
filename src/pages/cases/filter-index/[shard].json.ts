/** One text shard of the case list's filter index: titles, first key points, normalised search text. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCaseIndex } from '../../../queries/case-index.ts';
import type { TextShard } from '../../../lib/cases/filter-index.ts';

export const getStaticPaths = (async () => {
  const { shards } = await getCaseIndex();
  return shards.map((shard, k) => ({ params: { shard: `text-${k}` }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: TextShard }> = ({ props }) => new Response(JSON.stringify(props.shard));
