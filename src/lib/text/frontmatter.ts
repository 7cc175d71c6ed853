/**
 * Splits an .mdx/.md text into its frontmatter (the YAML between the opening and closing `---`
 * lines) and body. Line by line rather than a regular expression, so a `---` inside the YAML's
 * quoted text or a Windows line ending does not cut it short; the YAML itself is parsed by the
 * caller with a real YAML parser.
 */
export interface FrontmatterSplit {
  yaml: string;
  body: string;
}

export function splitFrontmatter(text: string): FrontmatterSplit | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return null;
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (end < 0) return null;
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n') };
}
