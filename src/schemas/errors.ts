/**
 * One way to tell an editor what is wrong with a content file, in the spirit of Starlight's
 * utils/error-map.ts: each problem on one line, naming the file, the field and what was expected,
 * each once. Used by the content tests, the editor CLIs and the case generator; Astro's build prints
 * the same schema messages itself (“**field**: message”), which is why the messages in the schemas
 * do not repeat the field name.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '一组字段',
  date: '日期',
  null: 'null',
  undefined: '不填',
};

/** “steps.1.deadlines.0.unit”; “(顶层)” for the file as a whole. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(顶层)';
}

/** A list is counted in 项 and text in 字; anything else (a number, a date) is compared by value. */
const COUNTED: Record<string, string> = { array: '项', string: '个字' };
const BOUND_WORDS = {
  min: { count: '至少', value: '不能小于' },
  max: { count: '最多', value: '不能大于' },
} as const;

/** “至少 2 项”, “最多 10 个字”, “不能小于 1”. */
function boundMessage(side: keyof typeof BOUND_WORDS, origin: string, limit: number | bigint): string {
  const unit = COUNTED[origin];
  return unit ? `${BOUND_WORDS[side].count} ${String(limit)} ${unit}` : `${BOUND_WORDS[side].value} ${String(limit)}`;
}

/**
 * Zod's own English message, in Chinese, for the issues a schema does not give a message of its
 * own (pass as `safeParse(data, { error: friendlyError })`; a schema's message always wins).
 */
export function friendlyError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `必填，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`
        : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `只能是 ${issue.values.map(String).join(' / ')}`;
    case 'too_small':
      return boundMessage('min', issue.origin, issue.minimum);
    case 'too_big':
      return boundMessage('max', issue.origin, issue.maximum);
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      return `格式不对（应为 ${issue.format}）`;
    default:
      return undefined;
  }
}

/** A schema message that starts with its own field name (“notice：…”, “缺少 title：…”) loses that prefix. */
function withoutField(message: string, path: readonly PropertyKey[]): string {
  const names = [fieldPath(path), String(path.at(-1) ?? '')].filter((n) => n !== '');
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`^(?:缺少\\s*)?${escaped}\\s*[：:]\\s*`).exec(message);
    if (m) return message.slice(m[0].length);
  }
  return message;
}

/** One line per issue: “file：field：expected”. Without a file, “field：expected”. */
export function formatIssues(issues: readonly Issue[], file?: string): string[] {
  return issues.map((issue) => {
    const line = `${fieldPath(issue.path)}：${withoutField(issue.message, issue.path)}`;
    return file ? `${file}：${line}` : line;
  });
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Parses `data` with `schema`; on failure, the problems as formatIssues lines. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file?: string): Validated<z.output<S>> {
  const result = schema.safeParse(data, { error: friendlyError });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(result.error.issues, file) };
}
