/**
 * localStorage that never throws. Browsers block it (privacy settings, some embedded views) or fill
 * it up; then every read says "nothing stored", writes are dropped, and `persistent` turns false so
 * the page can say that what the reader does will not be kept.
 */
import type { KeyValueStore } from '../lib/checklists/store.ts';

export interface SafeStore extends KeyValueStore {
  /** False once storage has refused a read or a write. */
  readonly persistent: boolean;
}

export function safeLocalStorage(onFail?: () => void): SafeStore {
  let persistent = true;
  const fail = () => {
    if (persistent) {
      persistent = false;
      onFail?.();
    }
  };
  const attempt = <T>(fn: (s: Storage) => T, fallback: T): T => {
    try {
      return fn(window.localStorage);
    } catch {
      fail();
      return fallback;
    }
  };
  return {
    get persistent() {
      return persistent;
    },
    getItem: (key) => attempt((s) => s.getItem(key), null),
    setItem: (key, value) => attempt((s) => s.setItem(key, value), undefined),
    removeItem: (key) => attempt((s) => s.removeItem(key), undefined),
  };
}

/** The sentence pages show when storage refused: the page works, nothing is kept. */
export const NOT_KEPT = '此浏览器不允许本站在本机保存数据，关闭或刷新页面后不会保留。';
