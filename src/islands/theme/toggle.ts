/**
 * The theme button: it always shows the theme in use and offers the other one, so every click
 * changes what the reader sees. Choosing the theme the system already prefers clears the stored
 * choice, which is how a reader gets back to following the system.
 */
import { safeLocalStorage } from '../storage.ts';

type Theme = 'light' | 'dark';
const LABELS: Record<Theme, string> = { light: '浅色', dark: '深色' };
const KEY = 'theme';

export function startThemeToggle(): void {
  const store = safeLocalStorage();
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const system = (): Theme => (media.matches ? 'dark' : 'light');
  // Kept in memory too, so the choice holds on this page when storage is blocked.
  let chosen: Theme | null = null;
  const read = (): Theme | null => {
    const t = store.getItem(KEY);
    return t === 'light' || t === 'dark' ? t : chosen;
  };

  function render(): void {
    const stored = read();
    const now = stored ?? system();
    const next: Theme = now === 'dark' ? 'light' : 'dark';
    if (stored) document.documentElement.dataset['theme'] = stored;
    else delete document.documentElement.dataset['theme'];
    for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
      b.querySelector('[data-theme-now]')!.textContent = `主题：${LABELS[now]}${stored ? '' : '（跟随系统）'}`;
      b.querySelector('[data-theme-next]')!.textContent = `改为${LABELS[next]}`;
      b.dataset['themeNext'] = next;
      b.title = store.persistent ? '' : '此浏览器不允许保存主题选择，只对本页有效。';
    }
  }

  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    b.addEventListener('click', () => {
      const next = b.dataset['themeNext'] as Theme;
      if (next === system()) {
        chosen = null;
        store.removeItem(KEY);
      } else {
        chosen = next;
        store.setItem(KEY, next);
      }
      render();
    });
  }
  media.addEventListener('change', render);
  render();
}
