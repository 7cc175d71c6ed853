/**
 * remark plugin for regulation documents: gives every top-level paragraph or heading that opens
 * a numbered provision an anchor id and data attributes, using the same counter the content
 * tests and the citation index use (src/lib/provisions/numbering.ts).
 *
 * Only files under src/content/regulations/ (policy numbering) and src/content/statutes/ (条/款/项)
 * are touched; everything else passes through.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { counterFor, provisionAnchor } from '../lib/provisions/numbering.ts';

const REGULATION_FILE = /[\\/]content[\\/](regulations|statutes)[\\/]([^\\/]+)\.mdx?$/;

interface VFileLike {
  path?: string;
  history?: string[];
}

function isBlock(node: RootContent): node is Extract<RootContent, { type: 'paragraph' | 'heading' }> {
  return node.type === 'paragraph' || node.type === 'heading';
}

export default function remarkProvisions() {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const match = REGULATION_FILE.exec(path);
    if (!match) return;
    const doc = match[2]!;
    const counter = counterFor(match[1] === 'statutes' ? 'statute' : 'policy');
    for (const node of tree.children) {
      if (!isBlock(node)) continue;
      const provision = counter.next({ text: toString(node), kind: node.type === 'heading' ? 'heading' : 'paragraph' });
      if (!provision) continue;
      // mdast-util-to-hast copies `data.hProperties` onto the HTML element.
      const data = (node.data ??= {}) as { hProperties?: Record<string, string> };
      data.hProperties = {
        ...data.hProperties,
        id: provisionAnchor(provision.path),
        'data-provision': `${doc}/${provision.path}`,
        'data-level': String(provision.level),
      };
    }
  };
}
