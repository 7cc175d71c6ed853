/** Deterministic randomness: every shuffle is seeded by a text (a question id), so the same data builds the same bank. */

import { hash32, mulberry32 } from '../text/random.ts';

export { hash32 };

/** Fisher–Yates with a seeded generator; never mutates its input. */
export function seededShuffle<T>(items: readonly T[], seed: string | number): T[] {
  const out = items.slice();
  const rand = mulberry32(typeof seed === 'number' ? seed : hash32(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}
