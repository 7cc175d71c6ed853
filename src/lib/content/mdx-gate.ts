/**
 * The gate every content MDX file (regulations, cases, .docx imports) passes before it is built:
 * content may use Markdown and the site's own components, nothing that runs code. Refused, each
 * with file and line: import/export, {expressions}, any element that is not one of the allowed
 * components (so <script>, <iframe>, <img>, <a> …), any attribute a component does not take (so
 * onClick, onerror …), attribute values in {…}, raw HTML, and links or images whose address has a
 * scheme other than http(s), mailto or tel (javascript:, data:, vbscript: …). Syntax errors (a stray
 * `<` or `{`) are reported the same way, in Chinese, with what to write instead.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Root } from 'mdast';
import type { ContentProblem } from './yaml-source.ts';

export interface AttributeRule {
  required: boolean;
  /** Shortest acceptable value, in characters. */
  minLength?: number;
  /** What the value should be, for the message. */
  hint: string;
}

/** The components an MDX file may use, with the attributes each takes. */
export type AllowedComponents = Readonly<Record<string, Readonly<Record<string, AttributeRule>>>>;

/** Every component written in content MDX (src/components/mdx/); pages map these names to them. */
export const MDX_COMPONENTS = {
  Cite: { id: { required: true, minLength: 3, hint: '条款编号，如 fangdiao-lhasa-2019/6.3' } },
  Repair: {
    note: { required: true, minLength: 6, hint: '编者注：原文如何、为何修改（至少 6 个字）' },
    unit: { required: false, minLength: 1, hint: '编者注所跟随的整个单元，如 (四) 或 附件；其中修复的字写在 <Fix> 里' },
  },
  /** The repaired characters inside <Repair unit="…">. */
  Fix: {},
  /** A part's own text that belongs to none of its items. */
  PartText: {},
  /** 附件 lines and the signature after the last provision (落款). */
  Closing: {},
} as const satisfies AllowedComponents;

/** Regulation texts may mark repairs and cite; cases may cite (their page maps only Cite). */
export const REGULATION_COMPONENTS: AllowedComponents = MDX_COMPONENTS;
export const CASE_COMPONENTS: AllowedComponents = { Cite: MDX_COMPONENTS.Cite };

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** True for an address that would run code or embed data (javascript:, data:, vbscript: …). */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:" runs.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme);
}

const componentList = (allowed: AllowedComponents) =>
  Object.keys(allowed)
    .map((n) => `<${n}>`)
    .join('、');

interface MdxSyntaxError {
  line?: number;
  ruleId?: string;
  source?: string;
  reason?: string;
  message?: string;
  place?: { line?: number; start?: { line?: number } };
}

/** A parser error in words an editor can act on. */
function syntaxProblem(file: string, error: MdxSyntaxError, lineOffset: number): ContentProblem {
  const line = error.line ?? error.place?.line ?? error.place?.start?.line;
  const source = `${error.source ?? ''} ${error.ruleId ?? ''}`;
  let message: string;
  if (/esm/.test(source)) message = '正文不能写 import 或 export：内容文件只能用 Markdown 和本站组件。请删去这一行';
  else if (/expression/.test(source)) message = '正文里的花括号 { } 在 MDX 中表示代码，不能使用。如要显示花括号，请写成 \\{ 和 \\}';
  else if (/jsx|tag|mismatch/.test(source))
    message =
      '尖括号 < 在 MDX 中表示组件标签，这里的写法不对。如要写小于号，请写成 \\<；组件标签要成对（<Repair …>…</Repair>）或以 /> 结尾（<Cite id="…" />）';
  else message = `MDX 无法解析这一行，请检查尖括号 < > 和花括号 { }（解析器提示：${error.reason ?? error.message ?? ''}）`;
  return { file, line: line === undefined ? undefined : line + lineOffset, message };
}

export function parseMdx(text: string): Root {
  return fromMarkdown(text, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}

/**
 * Problems in one MDX body; empty when it may be built. `lineOffset` is the number of lines
 * before the body in the file (the frontmatter), so lines match what the editor sees.
 */
export function checkMdxBody(file: string, body: string, allowed: AllowedComponents, lineOffset = 0): ContentProblem[] {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    return [syntaxProblem(file, error as MdxSyntaxError, lineOffset)];
  }
  return checkMdxTree(file, tree, allowed, lineOffset);
}

/** The gate over an MDX syntax tree already parsed (by this module or by the MDX compiler). */
export function checkMdxTree(file: string, tree: Root, allowed: AllowedComponents, lineOffset = 0): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (node: Nodes, message: string) => {
    const line = node.position?.start.line;
    problems.push({ file, line: line === undefined ? undefined : line + lineOffset, message });
  };
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, '正文不能写 import 或 export：内容文件只能用 Markdown 和本站组件。请删去这一行');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, `正文不能写花括号表达式 {${node.value.slice(0, 30)}}：它会在构建时执行代码。如要显示花括号，请写成 \\{ 和 \\}`);
        break;
      case 'html':
        add(node, '正文不能写 HTML 标签：请改用 Markdown 或本站组件');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, allowed, add);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (isUnsafeUrl(node.url))
          add(node, `链接地址“${node.url.slice(0, 40)}”不允许：只能链接到站内页面或 http(s)、mailto 地址（javascript: 等会执行代码）`);
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return problems;
}

function checkElement(
  node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>,
  allowed: AllowedComponents,
  add: (node: Nodes, message: string) => void,
): void {
  const rules = node.name === null ? undefined : allowed[node.name];
  if (!rules) {
    const shown = node.name === null ? '<>' : `<${node.name}>`;
    add(node, `不允许使用 ${shown}：内容文件只能用 Markdown 和本站组件（${componentList(allowed)}），不能写 HTML 标签或其他组件`);
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(node, `<${node.name}> 不能写 {…} 属性：只能写 ${Object.keys(rules).join('、')}="文字"`);
      continue;
    }
    const rule = rules[attribute.name];
    if (!rule) {
      add(
        node,
        `<${node.name}> 没有 ${attribute.name} 属性：只能写 ${Object.keys(rules)
          .map((n) => `${n}="…"`)
          .join('、')}`,
      );
      continue;
    }
    seen.add(attribute.name);
    if (typeof attribute.value !== 'string') {
      add(node, `<${node.name}> 的 ${attribute.name} 应写成 ${attribute.name}="${rule.hint}"（用引号写文字，不能用 {…}）`);
    } else if (attribute.value.trim().length < (rule.minLength ?? 1)) {
      add(node, `<${node.name}> 的 ${attribute.name} 太短：应写${rule.hint}`);
    }
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && !seen.has(name)) add(node, `<${node.name}> 缺少 ${name}：应写 ${name}="${rule.hint}"`);
  }
}
