/** Finds `<Cite id="…">` usages in an MDX body, so citations inside prose are checked too. */
export function extractCiteIds(body: string): string[] {
  const ids: string[] = [];
  for (const m of body.matchAll(/<Cite\s[^>]*?\bid=(?:"([^"]*)"|'([^']*)')/g)) {
    ids.push((m[1] ?? m[2])!);
  }
  return ids;
}
