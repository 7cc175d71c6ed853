/** Years offered for the work-calendar download: last year to two years ahead of the build. */
export function calendarYears(now = new Date()): number[] {
  const y = now.getUTCFullYear();
  return [y - 1, y, y + 1, y + 2];
}
