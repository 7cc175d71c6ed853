/** "/" and Ctrl+K (⌘K on a Mac) put the cursor in the header's search box, unless one is typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

export function startSearchShortcut(): void {
  const box = document.querySelector<HTMLInputElement>('#header-q');
  if (!box) return;
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    if (slash && isTypingTarget(event.target)) return;
    if (ctrlK && isTypingTarget(event.target) && event.target !== box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
