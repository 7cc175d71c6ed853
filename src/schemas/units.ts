/**
 * Units of a period (期限单位). Plain constants without zod so browser code (the deadline
 * calculator) can import them without bundling the schema library.
 */
export const UNITS = ['day', 'workday', 'month', 'year'] as const;
export type Unit = (typeof UNITS)[number];

/** Labels as used after a number: "30 日", "3 个工作日", "1 个月", "1 年". */
export const UNIT_LABELS: Readonly<Record<Unit, string>> = { day: '日', workday: '个工作日', month: '个月', year: '年' };
