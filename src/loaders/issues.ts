/** Zod issues as problems an editor can act on: the field path in the file, then the schema's Chinese message. */
import type { ContentProblem } from '../lib/content/yaml-source.ts';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

export function schemaProblems(
  file: string,
  line: number | undefined | ((path: readonly PropertyKey[]) => number | undefined),
  issues: readonly Issue[],
  prefix = '',
): ContentProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const where = [prefix, field].filter(Boolean).join(' ');
    return {
      file,
      line: typeof line === 'function' ? line(issue.path) : line,
      message: `${where ? `字段 ${where}：` : ''}${issue.message}`,
    };
  });
}
