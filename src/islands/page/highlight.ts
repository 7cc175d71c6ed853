/**
 * Arriving from a search result (?highlight=…): mark the query on the page with Pagefind's
 * highlighter, inside the main text (which the index itself skips for regulations, hence the options).
 */
interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

export function highlightFromSearch(base: string): void {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)
    .then(({ default: Highlight }: HighlightModule) => {
      new Highlight({
        highlightParam: 'highlight',
        addStyles: false,
        markContext: document.querySelector('main'),
        markOptions: { className: 'pagefind-highlight', exclude: ['.toc *', 'nav *'] },
      });
    })
    // Highlighting is a convenience: without it the page is still the page.
    .catch(() => {});
}
