/**
 * Study progress kept in the browser (localStorage): each question's last result, the questions
 * missed (for review), and the scores of past tests. Nothing leaves the device; erase() removes it.
 */
import type { KeyValueStore } from '../checklists/store.ts';

const KEY = 'mediation-kb:study';

export interface StudyProgress {
  /** question id → whether the last answer was right */
  last: Record<string, boolean>;
  /** question ids answered wrongly and not yet answered right since */
  missed: string[];
  /** past tests, newest last */
  history: { at: string; topic: string; correct: number; total: number }[];
}

export function emptyProgress(): StudyProgress {
  return { last: {}, missed: [], history: [] };
}

export function readProgress(store: KeyValueStore): StudyProgress {
  try {
    const raw: unknown = JSON.parse(store.getItem(KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return emptyProgress();
    const p = raw as Partial<StudyProgress>;
    return {
      last:
        p.last && typeof p.last === 'object' ? Object.fromEntries(Object.entries(p.last).filter(([, v]) => typeof v === 'boolean')) : {},
      missed: Array.isArray(p.missed) ? p.missed.filter((x): x is string => typeof x === 'string') : [],
      history: Array.isArray(p.history)
        ? p.history.filter((h) => h && typeof h.correct === 'number' && typeof h.total === 'number').slice(-50)
        : [],
    };
  } catch {
    return emptyProgress();
  }
}

/** Records one finished test: results per question id, and the score. */
export function recordTest(progress: StudyProgress, results: Record<string, boolean>, topic: string, at: string): StudyProgress {
  const last = { ...progress.last, ...results };
  const missed = new Set(progress.missed);
  for (const [id, ok] of Object.entries(results)) {
    if (ok) missed.delete(id);
    else missed.add(id);
  }
  const values = Object.values(results);
  return {
    last,
    missed: [...missed],
    history: [...progress.history, { at, topic, correct: values.filter(Boolean).length, total: values.length }].slice(-50),
  };
}

export function writeProgress(store: KeyValueStore, progress: StudyProgress): void {
  store.setItem(KEY, JSON.stringify(progress));
}

export function eraseProgress(store: KeyValueStore): void {
  store.removeItem(KEY);
}
