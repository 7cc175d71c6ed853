/**
 * The dispute vocabulary (src/content/dispute-vocabulary.yaml: 群众说法 → 领域), read once through
 * its collection loader, for both the scope checker's lookup and the search page's synonyms.
 */
import { getCollection } from 'astro:content';
import type { VocabularyEntry } from '../lib/scope/dispute-search.ts';

export async function getDisputeVocabulary(): Promise<VocabularyEntry[]> {
  return (await getCollection('disputeVocabulary')).map((e) => ({ term: e.data.term, domains: e.data.domains, also: e.data.also }));
}
