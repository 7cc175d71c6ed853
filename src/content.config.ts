/**
 * Every collection's schema, in one place. The schemas themselves live in src/schemas/ so that
 * the content tests can validate files with exactly the same rules outside Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { regulationSchema } from './schemas/regulation.ts';

const regulations = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/regulations' }),
  schema: regulationSchema,
});

export const collections = { regulations };
