/**
 * Provision numbering: turns the markers that Chinese policy documents put at the start of a
 * paragraph (一、 / （一） / 1. / （1）) into stable, citable ids such as `6.3` and labels such as
 * 第六条第（三）项. Pure functions; the remark plugin and the content tests share them, so the
 * anchors on a page and the ids the build validates can never disagree.
 */

export type Level = 1 | 2 | 3 | 4;

export interface Marker {
  level: Level;
  ordinal: number;
  /** The marker exactly as written, e.g. "（三）" or "1." */
  raw: string;
}

export interface Provision {
  /** Path inside the document, e.g. "6.3" or "5.1.2". */
  path: string;
  level: Level;
  /** Ordinals from the top level down, e.g. [6, 3]. */
  ordinals: number[];
  /** Levels of those ordinals, parallel to `ordinals`. */
  levels: Level[];
  /** Short heading: a heading's text, or a paragraph's text up to its first sentence break. */
  title: string;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; NaN for anything else. */
export function parseChineseNumeral(text: string): number {
  if (!/^[零〇一二两三四五六七八九十]+$/.test(text)) return Number.NaN;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? (CN_DIGITS[text] ?? Number.NaN) : Number.NaN;
  const tens = ten === 0 ? 1 : (CN_DIGITS[text.slice(0, ten)] ?? Number.NaN);
  const rest = text.slice(ten + 1);
  const units = rest === '' ? 0 : (CN_DIGITS[rest] ?? Number.NaN);
  return tens * 10 + units;
}

export function toChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`无法写成中文序数：${n}`);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${units === 0 ? '' : digits[units]}`;
}

const MARKERS: { level: Level; re: RegExp; chinese: boolean }[] = [
  { level: 1, re: /^([一二三四五六七八九十]+)、/, chinese: true },
  { level: 2, re: /^[（(]([一二三四五六七八九十]+)[)）]/, chinese: true },
  { level: 3, re: /^(\d{1,2})[.．、](?!\d)/, chinese: false },
  { level: 4, re: /^[（(](\d{1,2})[)）]/, chinese: false },
];

/** The provision marker at the start of a paragraph or heading, if there is one. */
export function matchMarker(text: string): Marker | null {
  const trimmed = text.trimStart();
  for (const { level, re, chinese } of MARKERS) {
    const m = re.exec(trimmed);
    if (!m) continue;
    const ordinal = chinese ? parseChineseNumeral(m[1]!) : Number(m[1]);
    if (!Number.isFinite(ordinal) || ordinal < 1) continue;
    return { level, ordinal, raw: m[0] };
  }
  return null;
}

/** A heading's text, or a paragraph's lead-in up to its first full stop, colon or semicolon. */
export function provisionTitle(text: string, marker: Marker): string {
  const rest = text.trimStart().slice(marker.raw.length).trim();
  const cut = rest.search(/[。；;：:！？]/);
  const head = cut === -1 ? rest : rest.slice(0, cut);
  return head.length > 40 ? `${head.slice(0, 38)}…` : head;
}

/**
 * Walks the blocks of a document in order and numbers those that open a provision. A marker
 * closes every open provision of its level or deeper, so "（一）" after "二、" is 2.1 and a new
 * "三、" starts again at 3. Blocks without a marker get `null`.
 */
export class ProvisionCounter {
  private stack: { level: Level; ordinal: number }[] = [];

  next(text: string): Provision | null {
    const marker = matchMarker(text);
    if (!marker) return null;
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= marker.level) {
      this.stack.pop();
    }
    this.stack.push({ level: marker.level, ordinal: marker.ordinal });
    const ordinals = this.stack.map((s) => s.ordinal);
    return {
      path: ordinals.join('.'),
      level: marker.level,
      ordinals,
      levels: this.stack.map((s) => s.level),
      title: provisionTitle(text, marker),
    };
  }
}

/** Numbers a whole document given its blocks' plain text, in order. */
export function numberProvisions(blocks: string[]): Provision[] {
  const counter = new ProvisionCounter();
  const out: Provision[] = [];
  for (const block of blocks) {
    const p = counter.next(block);
    if (p) out.push(p);
  }
  return out;
}

/**
 * Splits an MDX/Markdown body into the plain text of its top-level blocks (paragraphs and
 * headings), the same blocks the remark plugin sees. Strips heading hashes and inline JSX tags
 * but keeps their children, so `## <Repair note="…">三、</Repair>标题` reads "三、标题".
 */
export function bodyBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .trim()
        .replace(/^#{1,6}\s+/, '')
        .replace(/<\/?[A-Za-z][^>]*>/g, '')
        .replace(/\s*\n\s*/g, '')
        .trim(),
    )
    .filter((block) => block.length > 0 && !block.startsWith('import ') && !block.startsWith('export '));
}

/** Anchor id used in the HTML for a provision path: "6.3" → "p6.3". */
export function provisionAnchor(path: string): string {
  return `p${path}`;
}

const LEVEL_UNITS: Record<Level, string> = { 1: '条', 2: '项', 3: '目', 4: '子目' };

/** 第六条第（三）项, 第五条第（一）项第1目: how a reader cites the provision in writing. */
export function provisionLabel(p: Pick<Provision, 'ordinals' | 'levels'>): string {
  return p.ordinals
    .map((ordinal, i) => {
      const level = p.levels[i]!;
      const unit = LEVEL_UNITS[level];
      if (level === 1) return `第${toChineseNumeral(ordinal)}${unit}`;
      if (level === 2) return `第（${toChineseNumeral(ordinal)}）${unit}`;
      if (level === 3) return `第${ordinal}${unit}`;
      return `第（${ordinal}）${unit}`;
    })
    .join('');
}

/**
 * The text of every provision: its own block plus everything up to the next provision of the
 * same or a higher level (so a part's text includes its items). Keyed by path.
 */
export function provisionTexts(blocks: string[]): Map<string, string> {
  const counter = new ProvisionCounter();
  const open: { path: string; level: Level; parts: string[] }[] = [];
  const out = new Map<string, string>();
  const close = (level: number) => {
    while (open.length > 0 && open[open.length - 1]!.level >= level) {
      const p = open.pop()!;
      out.set(p.path, p.parts.join('\n'));
    }
  };
  for (const block of blocks) {
    const p = counter.next(block);
    if (p) {
      close(p.level);
      open.push({ path: p.path, level: p.level, parts: [] });
    }
    for (const o of open) o.parts.push(block);
  }
  close(0);
  return out;
}
