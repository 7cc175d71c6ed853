/** The case list's compact filter index: facet columns and value tables (lib/cases/filter-index.ts). */
import type { APIRoute } from 'astro';
import { getCaseIndex } from '../../../queries/case-index.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getCaseIndex()).facets));
