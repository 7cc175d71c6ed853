/**
 * Provision numbering, the single source for anchors, citation ids, labels, search records and
 * the content tests. Two schemes:
 *
 * - Policy documents (scheme 'policy') number by the markers at the start of a paragraph
 *   (一、 / （一） / 1. / （1））: ids such as `6.3`, labels such as 第六部分第（三）项. A "一、"
 *   opens a part (部分), not an article: these documents have no articles.
 * - Statutes (scheme 'statute') number by 第X条, 款 (the unnumbered paragraphs of an article) and
 *   项 (（一）…): ids `33`, `33.2` (款), `33.2.1` (项); labels 第三十三条第二款第（一）项.
 */

export type Level = 1 | 2 | 3 | 4;
export type Scheme = 'policy' | 'statute';

export interface Marker {
  level: Level;
  ordinal: number;
  /** The marker exactly as written, e.g. "（三）" or "1." */
  raw: string;
}

export interface Provision {
  /** Path inside the document, e.g. "6.3" or "5.1.2"; statutes "33", "33.2", "33.2.1". */
  path: string;
  level: Level;
  /** Ordinals from the top level down, e.g. [6, 3]. */
  ordinals: number[];
  /** Levels of those ordinals, parallel to `ordinals`. */
  levels: Level[];
  /** Short heading: a heading's text, or a paragraph's text up to its first sentence break. */
  title: string;
  /** Numbering scheme; absent means 'policy'. */
  scheme?: Scheme;
  /**
   * Statutes: the path whose block this provision shares. The first 款 of an article is the
   * article's own paragraph, so `33.1` links to the anchor of `33`.
   */
  anchorPath?: string;
  /** Statutes: the article has a single 款, so its 项 are cited without 第一款. */
  singleKuan?: boolean;
}

/** A top-level block of a document body, as the page shows it. */
export interface Block {
  text: string;
  /**
   * paragraph / heading: ordinary blocks. part-text: text that belongs to the enclosing part
   * (一、) but to none of its items, written <PartText>…</PartText>. closing: text after the last
   * provision (落款, 附件 lines), written <Closing>…</Closing>.
   */
  kind: 'paragraph' | 'heading' | 'part-text' | 'closing';
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十 → 10, 二十三 → 23, 二百零一 → 201, 一千零六十七 → 1067; NaN for anything else. */
export function parseChineseNumeral(text: string): number {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return Number.NaN;
  if (!/[十百千]/.test(text)) return text.length === 1 ? (CN_DIGITS[text] ?? Number.NaN) : Number.NaN;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    const unit = CN_UNITS[ch];
    if (unit !== undefined) {
      if (unit >= lastUnit) return Number.NaN;
      // 十 alone at the start means 一十; elsewhere a unit needs a digit before it (一百一十).
      if (digit === null && !(unit === 10 && total === 0)) return Number.NaN;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else {
      const d = CN_DIGITS[ch]!;
      if (digit !== null) return Number.NaN;
      if (d === 0) continue;
      digit = d;
    }
  }
  return total + (digit ?? 0);
}

/** 1 → 一, 10 → 十, 110 → 一百一十, 201 → 二百零一, 1067 → 一千零六十七 (statute style). */
export function toChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`无法写成中文序数：${n}`);
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : digits[n % 10]}`;
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let pendingZero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digits[d]! + unit;
  }
  return out;
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

const ARTICLE_RE = /^第([零〇一二三四五六七八九十百千]+)条(?:[\s\u3000]+|$)/;
const ITEM_RE = /^[（(]([一二三四五六七八九十]+)[)）]/;
/** 第一编, 第二分编, 第十章, 第一节: statute divisions above the article. */
export const DIVISION_RE = /^第[零〇一二三四五六七八九十百]+(?:编|分编|章|节)(?:[\s\u3000]|$)/;

/** The article number at the start of a statute paragraph (第二百零一条　…), or null. */
export function matchArticle(text: string): { ordinal: number; raw: string } | null {
  const m = ARTICLE_RE.exec(text.trimStart());
  if (!m) return null;
  const ordinal = parseChineseNumeral(m[1]!);
  return Number.isFinite(ordinal) && ordinal > 0 ? { ordinal, raw: m[0] } : null;
}

function shorten(rest: string): string {
  const cut = rest.search(/[。；;：:！？]/);
  const head = cut === -1 ? rest : rest.slice(0, cut);
  return head.length > 40 ? `${head.slice(0, 38)}…` : head;
}

/** A heading's text, or a paragraph's lead-in up to its first full stop, colon or semicolon. */
export function provisionTitle(text: string, marker: { raw: string }): string {
  return shorten(text.trimStart().slice(marker.raw.length).trim());
}

const asBlock = (b: string | Block): Block => (typeof b === 'string' ? { text: b, kind: 'paragraph' } : b);

/**
 * Numbers the blocks of a policy document in order. A marker closes every open provision of its
 * level or deeper, so "（一）" after "二、" is 2.1 and a new "三、" starts again at 3. Blocks
 * without a marker get `null`.
 */
export class ProvisionCounter {
  private stack: { level: Level; ordinal: number }[] = [];

  next(block: string | Block): Provision | null {
    const { text, kind } = asBlock(block);
    if (kind === 'part-text' || kind === 'closing') return null;
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

/**
 * Numbers the blocks of a statute in order: 第X条 opens article X (its paragraph is 款 1), every
 * further paragraph of the article is the next 款, （一） is a 项 of the current 款. Headings
 * (编/章/节) close the article. Blocks that open nothing get `null`.
 */
export class StatuteCounter {
  private article: number | null = null;
  private kuan = 0;
  private item = 0;

  next(block: string | Block): Provision | null {
    const { text, kind } = asBlock(block);
    if (kind === 'heading' || kind === 'closing' || DIVISION_RE.test(text.trimStart())) {
      this.article = null;
      return null;
    }
    const art = matchArticle(text);
    if (art) {
      this.article = art.ordinal;
      this.kuan = 1;
      this.item = 0;
      return {
        path: `${art.ordinal}`,
        level: 1,
        ordinals: [art.ordinal],
        levels: [1],
        title: shorten(text.trimStart().slice(art.raw.length).trim()),
        scheme: 'statute',
      };
    }
    if (this.article === null) return null;
    const item = ITEM_RE.exec(text.trimStart());
    if (item) {
      this.item = parseChineseNumeral(item[1]!);
      const ordinals = [this.article, this.kuan, this.item];
      return {
        path: ordinals.join('.'),
        level: 3,
        ordinals,
        levels: [1, 2, 3],
        title: provisionTitle(text, { raw: item[0] }),
        scheme: 'statute',
      };
    }
    this.kuan += 1;
    this.item = 0;
    const ordinals = [this.article, this.kuan];
    return { path: ordinals.join('.'), level: 2, ordinals, levels: [1, 2], title: shorten(text.trim()), scheme: 'statute' };
  }
}

export function counterFor(scheme: Scheme): ProvisionCounter | StatuteCounter {
  return scheme === 'statute' ? new StatuteCounter() : new ProvisionCounter();
}

/**
 * Numbers a whole document given its blocks, in order. For statutes it also adds the first 款
 * of every article that has more than one (`33.1`, sharing the article's anchor) and marks the
 * 项 of single-款 articles so their labels read 第三条第（一）项.
 */
export function numberProvisions(blocks: (string | Block)[], scheme: Scheme = 'policy'): Provision[] {
  const counter = counterFor(scheme);
  const out: Provision[] = [];
  for (const block of blocks) {
    const p = counter.next(block);
    if (p) out.push(p);
  }
  if (scheme === 'policy') return out;
  const kuanCount = new Map<number, number>();
  for (const p of out)
    kuanCount.set(p.ordinals[0]!, Math.max(kuanCount.get(p.ordinals[0]!) ?? 1, p.levels.length === 2 ? p.ordinals[1]! : 1));
  const withFirstKuan: Provision[] = [];
  for (const p of out) {
    const single = kuanCount.get(p.ordinals[0]!) === 1;
    withFirstKuan.push(p.level === 3 && single ? { ...p, singleKuan: true } : p);
    if (p.level === 1 && !single) {
      withFirstKuan.push({ ...p, path: `${p.path}.1`, level: 2, ordinals: [p.ordinals[0]!, 1], levels: [1, 2], anchorPath: p.path });
    }
  }
  return withFirstKuan;
}

/**
 * Splits an MDX/Markdown body into its top-level blocks (paragraphs and headings), the same
 * blocks the remark plugin sees. Strips heading hashes and inline JSX tags but keeps their
 * children, so `## <Repair note="…">三、</Repair>标题` reads "三、标题". Blocks inside
 * <PartText> and <Closing> are marked as such.
 */
export function docBlocks(body: string): Block[] {
  const out: Block[] = [];
  let wrapper: Block['kind'] | null = null;
  for (const raw of body.split(/\n\s*\n/)) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('import ') || trimmed.startsWith('export ')) continue;
    const open = /^<(PartText|Closing)>/.exec(trimmed);
    const kindOfWrapper = (name: string): Block['kind'] => (name === 'PartText' ? 'part-text' : 'closing');
    let kind: Block['kind'] = wrapper ?? (/^#{1,6}\s/.test(trimmed) ? 'heading' : 'paragraph');
    if (open) {
      kind = kindOfWrapper(open[1]!);
      if (!new RegExp(`</${open[1]}>$`).test(trimmed)) wrapper = kind;
    } else if (wrapper && /<\/(PartText|Closing)>$/.test(trimmed)) {
      wrapper = null;
    }
    const text = trimmed
      .replace(/^#{1,6}\s+/, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/\s*\n\s*/g, '')
      .trim();
    if (text.length > 0) out.push({ text, kind });
  }
  return out;
}

/** The plain text of a body's top-level blocks (see docBlocks). */
export function bodyBlocks(body: string): string[] {
  return docBlocks(body).map((b) => b.text);
}

/** Anchor id used in the HTML for a provision path: "6.3" → "p6.3". */
export function provisionAnchor(path: string): string {
  return `p${path}`;
}

/** The anchor a provision links to: its own, or (first 款 of a statute article) the article's. */
export function anchorOf(p: Pick<Provision, 'path' | 'anchorPath'>): string {
  return provisionAnchor(p.anchorPath ?? p.path);
}

const LEVEL_UNITS: Record<Level, string> = { 1: '部分', 2: '项', 3: '目', 4: '子目' };

/**
 * How a reader cites the provision in writing. Policy documents: 第六部分第（三）项,
 * 第五部分第（一）项第1目. Statutes: 第三十三条第二款, 第三十三条第二款第（一）项, and
 * 第三条第（一）项 when the article has a single 款.
 */
export function provisionLabel(p: Pick<Provision, 'ordinals' | 'levels' | 'scheme' | 'singleKuan'>): string {
  if (p.scheme === 'statute') {
    const [art, kuan, item] = p.ordinals;
    let label = `第${toChineseNumeral(art!)}条`;
    if (kuan !== undefined && !p.singleKuan) label += `第${toChineseNumeral(kuan)}款`;
    if (item !== undefined) label += `第（${toChineseNumeral(item)}）项`;
    return label;
  }
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
 * same or a higher level (so a part's text includes its items). Part-level text closes the
 * open items (it belongs to the part only); closing text (落款) and statute headings close
 * everything. Keyed by path.
 */
export function provisionTexts(blocks: (string | Block)[], scheme: Scheme = 'policy'): Map<string, string> {
  const counter = counterFor(scheme);
  const open: { path: string; level: Level; parts: string[] }[] = [];
  const out = new Map<string, string>();
  const close = (level: number) => {
    while (open.length > 0 && open[open.length - 1]!.level >= level) {
      const p = open.pop()!;
      out.set(p.path, p.parts.join('\n'));
    }
  };
  for (const raw of blocks) {
    const block = asBlock(raw);
    const p = counter.next(block);
    if (p) {
      close(p.level);
      open.push({ path: p.path, level: p.level, parts: [] });
    } else if (block.kind === 'closing' || (scheme === 'statute' && (block.kind === 'heading' || DIVISION_RE.test(block.text)))) {
      close(0);
      continue;
    } else if (block.kind === 'part-text') {
      close(2);
    }
    for (const o of open) o.parts.push(block.text);
  }
  close(0);
  if (scheme === 'statute') {
    // The first 款 of a multi-款 article: the article's own paragraph and its 项.
    for (const p of numberProvisions(blocks, scheme)) {
      if (p.anchorPath !== undefined) {
        const items = [...out.keys()].filter((k) => k.startsWith(`${p.path}.`)).map((k) => out.get(k)!);
        const own = (out.get(p.anchorPath) ?? '').split('\n')[0]!;
        out.set(p.path, [own, ...items].join('\n'));
      }
    }
  }
  return out;
}
