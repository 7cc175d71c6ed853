/**
 * YAML as editors write it, parsed so that a mistake names the file, the line and what to do, in
 * Chinese, instead of the parser's English. Pure: the loaders (src/loaders/) and the tests use it.
 */
import { LineCounter, parseDocument, isMap, isSeq, type YAMLError } from 'yaml';

/** One problem an editor must fix, already worded for them. */
export interface ContentProblem {
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? ` 第 ${p.line} 行` : ''}：${p.message}`;
}

/** Thrown by the content loaders; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[], title = '内容有误，构建已停止') {
    super(`${title}（${problems.length} 处）：\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ContentError';
    // The message says everything an editor needs; a stack trace into the loader would only confuse.
    this.stack = '';
  }
}

const HINTS: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: '缩进不对齐：同一层的项目要用同样多的空格缩进（不要用 Tab）',
  TAB_AS_INDENT: '缩进用了 Tab：请改用空格',
  MULTILINE_IMPLICIT_KEY: '冒号的位置不对：请检查这一行或上一行是否漏写了“: ”（冒号后要有空格），或文字里的冒号需要加引号',
  BLOCK_AS_IMPLICIT_KEY: '冒号的位置不对：请检查“字段: 值”的冒号后是否有空格，缩进是否对齐',
  DUPLICATE_KEY: '同一项里有两个相同的字段名：请删去或合并其中一个',
  MISSING_CHAR: '缺少配对的符号：检查引号、方括号 [ ] 或花括号 { } 是否成对',
  BAD_DQ_ESCAPE: '双引号里的反斜杠 \\ 用法不对：请改用单引号，或写成 \\\\',
  BAD_SCALAR_START: '这一行的开头不能直接写这个符号（如 @、`、%）：请给整段文字加引号',
  BLOCK_IN_FLOW: '方括号 [ ] 或花括号 { } 里不能换行写成列表：请写在一行里，或改为“- ”列表',
  UNEXPECTED_TOKEN: '这里出现了意外的符号：检查冒号、引号、方括号是否多写或漏写',
};

/** Turns the parser's error into a problem naming the line and what to do. */
export function yamlProblem(file: string, error: YAMLError, lineOffset = 0): ContentProblem {
  const line = error.linePos?.[0].line;
  const hint = HINTS[error.code] ?? '请检查这一行的冒号、缩进和引号';
  return { file, line: line === undefined ? undefined : line + lineOffset, message: `YAML 格式错误。${hint}（解析器提示：${error.code}）` };
}

export interface ParsedYaml {
  value: unknown;
  problems: ContentProblem[];
  /** Line in the file of the value at `path` (or of its nearest parent that exists). */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Parsed YAML, or the problems that stop it being read. `lineOffset` counts lines before the YAML (frontmatter). */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems = doc.errors.map((e) => yamlProblem(file, e, lineOffset));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { value: problems.length ? undefined : doc.toJS(), problems, lineOf };
}

export interface ListItem {
  data: Record<string, unknown>;
  /** 1-based line where the item starts. */
  line: number;
  /** Line of the value at `path` inside the item (or of its nearest parent that exists). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * A file that is one YAML list of items (the glossary, the obligations …): each item with its
 * line, or the problems — a syntax error, a file that is not a list, an empty list, an item that is
 * not a mapping, or two items with the same id.
 */
export function parseYamlList(
  file: string,
  text: string,
  options: { idKey?: string; what?: string } = {},
): { items: ListItem[]; problems: ContentProblem[] } {
  const idKey = options.idKey ?? 'id';
  const what = options.what ?? '条目';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) return { items: [], problems: doc.errors.map((e) => yamlProblem(file, e)) };
  const root = doc.contents;
  if (!isSeq(root)) {
    const message = root == null ? `文件是空的：这里至少要有一个${what}，否则网站上的这部分会是空白` : '文件应为列表：每个条目以“- ”开头';
    return { items: [], problems: [{ file, line: 1, message }] };
  }
  if (root.items.length === 0)
    return { items: [], problems: [{ file, line: 1, message: `列表是空的：这里至少要有一个${what}，否则网站上的这部分会是空白` }] };
  const problems: ContentProblem[] = [];
  const items: ListItem[] = [];
  const firstLine = new Map<string, number>();
  for (const node of root.items) {
    const offset = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    const line = lineCounter.linePos(offset).line;
    if (!isMap(node)) {
      problems.push({ file, line, message: `这一项不是“字段: 值”的写法：每个${what}应写成“- ${idKey}: …”，下面几行缩进对齐写其他字段` });
      continue;
    }
    const data = node.toJS(doc) as Record<string, unknown>;
    const id = data[idKey];
    if (typeof id === 'string' && id !== '') {
      const earlier = firstLine.get(id);
      if (earlier !== undefined)
        problems.push({
          file,
          line,
          message: `${idKey} “${id}” 重复：第 ${earlier} 行已有同一个${what}。请删去一条，或改用另一个 ${idKey}`,
        });
      else firstLine.set(id, line);
    }
    const lineOf = (path: readonly PropertyKey[]) => {
      for (let n = path.length; n > 0; n--) {
        const inner = node.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
        if (inner?.range) return lineCounter.linePos(inner.range[0]).line;
      }
      return line;
    };
    items.push({ data, line, lineOf });
  }
  return { items, problems };
}
