/** What "copy citation" puts on the clipboard: the written citation, then the link. */
export function citationClipboardText(citeText: string, url: string): string {
  return `${citeText} ${url}`;
}
