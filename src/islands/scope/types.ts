/** The JSON the scope checker page embeds for its island. */
import type { VocabularyEntry } from '../../lib/scope/dispute-search.ts';
import type { ScopeChannel, ScopeCue, ScopeQuestion } from '../../schemas/scope.ts';

export interface ScopePageData {
  questions: ScopeQuestion[];
  channels: ScopeChannel[];
  vocabulary: VocabularyEntry[];
  cues: ScopeCue[];
  /** Citation id → link text and href, for every provision the rules cite. */
  cites: Record<string, { text: string; href: string }>;
  /** Base-aware prefix for site paths in next steps. */
  base: string;
}
