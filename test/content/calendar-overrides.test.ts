import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { calendarOverrideSchema } from '../../src/schemas/calendar-override.ts';
import { validateCalendarOverride } from '../../src/lib/deadline/holiday-overrides.ts';
import { fromChineseDays, isWorkingDay } from '../../src/lib/deadline/holiday-calendar.ts';

const dir = 'src/content/calendar-overrides';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('holiday calendar overrides', () => {
  for (const f of files) {
    it(`${f} is valid and names its notice`, () => {
      const data = calendarOverrideSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8')));
      expect(f).toBe(`${data.year}.yaml`);
      expect(validateCalendarOverride({ ...data })).toEqual([]);
    });
  }

  it('the schema rejects an override without its notice, with a message for the editor', () => {
    const result = calendarOverrideSchema.safeParse({ year: 2027, holidays: [{ date: '2027-10-01', name: '国庆节' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toMatch(
      /notice: notice：所依据的国务院办公厅通知/,
    );
  });

  it('an override year wins over the package', () => {
    // A fixture, not real data: 2026-10-05 made a working day proves the override replaced the package's year.
    const cal = fromChineseDays(chineseDays, [
      {
        year: 2026,
        notice: '测试用',
        holidays: [{ date: '2026-10-01', name: '国庆节' }],
        makeupWorkdays: [{ date: '2026-10-10', name: '国庆节' }],
      },
    ]);
    expect(isWorkingDay(cal, '2026-10-05')).toBe(true);
    expect(isWorkingDay(cal, '2026-10-01')).toBe(false);
  });
});
