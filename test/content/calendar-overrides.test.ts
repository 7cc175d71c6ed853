import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { calendarOverrideSchema } from '../../src/schemas/calendar-override.ts';
import { validate } from '../../src/schemas/errors.ts';
import { duplicateYears } from '../../src/lib/deadline/holiday-overrides.ts';
import { fromChineseDays, isWorkingDay } from '../../src/lib/deadline/holiday-calendar.ts';
import { readYamlDir } from '../support/data.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCalendarOverrides } from '../../src/queries/holiday-calendar.ts';

const files = readYamlDir('src/content/calendar-overrides');

describe('holiday calendar overrides', () => {
  for (const { file, data } of files) {
    it(`${file} is valid, names its notice and is named after its year`, () => {
      const result = validate(calendarOverrideSchema, data, file);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (result.ok) expect(file).toMatch(new RegExp(`/${result.value.year}\\.yaml$`));
    });
  }

  it('no two files give the same year', () => {
    const years = files.map(({ file, data }) => ({ file, year: (data as { year: number }).year }));
    expect(duplicateYears(years)).toEqual([]);
  });

  it('the build reads them all, and refuses two files for one year or a wrong field, naming the files', () => {
    expect(() => readCalendarOverrides()).not.toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'overrides-'));
    try {
      const year = 'year: 2027\nnotice: 国务院办公厅关于2027年部分节假日安排的通知（测试用）\nholidays:\n  - { date: "2027-01-01", name: 元旦 }\n';
      writeFileSync(join(dir, '2027.yaml'), year);
      writeFileSync(join(dir, '2027-gengzheng.yaml'), year);
      expect(() => readCalendarOverrides(dir)).toThrow(/2027-gengzheng\.yaml、.*2027\.yaml：都写了 year: 2027/);
      writeFileSync(join(dir, '2027-gengzheng.yaml'), 'year: 2028\nnotice: 测试\nholidays: []\n');
      expect(() => readCalendarOverrides(dir)).toThrow(/2027-gengzheng\.yaml：notice：所依据的国务院办公厅通知/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the schema rejects an override without its notice, naming file and field once', () => {
    const result = validate(calendarOverrideSchema, { year: 2027, holidays: [{ date: '2027-10-01', name: '国庆节' }] }, 'src/content/calendar-overrides/2027.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(['src/content/calendar-overrides/2027.yaml：notice：所依据的国务院办公厅通知（标题和文号）']);
  });

  it('an override year wins over the package', () => {
    // A fixture, not real data: 2026-10-05 made a working day proves the override replaced the package's year.
    const cal = fromChineseDays(chineseDays, [{ year: 2026, notice: '测试用', holidays: [{ date: '2026-10-01', name: '国庆节' }], makeupWorkdays: [{ date: '2026-10-10', name: '国庆节' }] }]);
    expect(isWorkingDay(cal, '2026-10-05')).toBe(true);
    expect(isWorkingDay(cal, '2026-10-01')).toBe(false);
  });
});
