/**
 * Checklist ticks kept in the browser (localStorage), one key per checklist. Bad or foreign data
 * in storage is ignored rather than trusted.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'mediation-kb:checklist:';

export function readTicks(store: KeyValueStore, checklist: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(store.getItem(PREFIX + checklist) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function writeTicks(store: KeyValueStore, checklist: string, ids: string[]): void {
  if (ids.length === 0) store.removeItem(PREFIX + checklist);
  else store.setItem(PREFIX + checklist, JSON.stringify([...new Set(ids)].sort()));
}
