/**
 * The one date rule of the content files, with what to write instead (no zod, so lib and browser
 * code may import it too).
 */
import { checkIsoDate } from '../shared/iso-date.ts';

/**
 * The one date check content schemas use: null when `text` is a real calendar date (or, with
 * `allowMonth`, a real "YYYY-MM"), else what an editor should write instead, in Chinese.
 */
export function isoDateProblem(text: string, options: { allowMonth?: boolean } = {}): string | null {
  const example = options.allowMonth ? 'YYYY-MM-DD 或 YYYY-MM，如 2024-06-13 或 2024-06' : 'YYYY-MM-DD，如 2024-06-13';
  if (options.allowMonth && /^\d{4}-\d{2}$/.test(text)) {
    const month = Number(text.slice(5, 7));
    return month >= 1 && month <= 12 ? null : `“${text}”不是有效的月份（月份为 01–12）`;
  }
  const check = checkIsoDate(text);
  if (check.ok) return null;
  switch (check.reason) {
    case 'empty':
      return `日期不能为空，应写作 ${example}`;
    case 'format':
      return `“${text}”不是日期，应写作 ${example}（月、日都写两位，并加引号）`;
    case 'month':
      return `“${text}”不是有效日期：月份为 01–12`;
    case 'day':
      return `“${text}”不存在：${check.year}年${check.month}月只有${check.daysInMonth}天`;
  }
}
