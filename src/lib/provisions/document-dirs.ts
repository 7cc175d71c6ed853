/** Where the citable documents live and how each folder numbers its provisions. */
import type { Scheme } from './numbering.ts';

export const DOCUMENT_DIRS: readonly { dir: string; scheme: Scheme }[] = [
  { dir: 'src/content/regulations', scheme: 'policy' },
  { dir: 'src/content/statutes', scheme: 'statute' },
];
