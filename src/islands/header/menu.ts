/**
 * The header's menu button on a narrow screen: a disclosure for the navigation. CSS shows the
 * button and folds the navigation only when scripting is on, so without a script the links stay.
 */
export function startMenu(): void {
  const header = document.querySelector<HTMLElement>('.site-header');
  const button = header?.querySelector<HTMLButtonElement>('[data-nav-toggle]');
  if (!header || !button) return;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    header.toggleAttribute('data-nav-open', open);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  header.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
}
