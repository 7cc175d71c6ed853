import { describe, expect, it } from 'vitest';
import { emptyProgress, eraseProgress, readProgress, recordTest, writeProgress } from '../../src/lib/study/progress.ts';

function memoryStore() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  };
}

describe('study progress', () => {
  it('collects missed questions and drops them once answered right', () => {
    let p = recordTest(emptyProgress(), { a: true, b: false, c: false }, 'mixed', '2026-11-22');
    expect(p.missed.sort()).toEqual(['b', 'c']);
    expect(p.history).toEqual([{ at: '2026-11-22', topic: 'mixed', correct: 1, total: 3 }]);
    p = recordTest(p, { b: true }, 'review', '2026-11-23');
    expect(p.missed).toEqual(['c']);
    expect(p.last).toEqual({ a: true, b: true, c: false });
  });
  it('survives a round trip through storage, ignores garbage, and can be erased', () => {
    const store = memoryStore();
    const p = recordTest(emptyProgress(), { a: false }, 'deadline', 'x');
    writeProgress(store, p);
    expect(readProgress(store)).toEqual(p);
    store.setItem('mediation-kb:study', '{"missed": [1, "q"], "last": {"x": "yes"}}');
    expect(readProgress(store)).toEqual({ last: {}, missed: ['q'], history: [] });
    store.setItem('mediation-kb:study', 'not json');
    expect(readProgress(store)).toEqual(emptyProgress());
    eraseProgress(store);
    expect(store.m.size).toBe(0);
  });
});
