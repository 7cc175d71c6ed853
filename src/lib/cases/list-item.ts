/** The line under a case's title in every case list, server- or browser-rendered alike. */
export function caseMetaLine(c: {
  year: number;
  place: string;
  mechanism: string;
  domain: string;
  outcome: string;
  days: number | null;
}): string {
  return [c.year, c.place, c.mechanism, c.domain, c.outcome, ...(c.days !== null ? [`用时 ${c.days} 天`] : [])].join(' · ');
}
