/** Buttons marked `data-print` open the print dialog (no onclick attribute: the CSP forbids it). */
export function wirePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => window.print());
  }
}
