/** The one-line summary above the cards: 适用：… ｜ 需要核实：… ｜ 不适用：… (alternatives apart). */
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../../schemas/scope-enums.ts';
import type { ChannelResult } from './evaluate.ts';

const ORDER: readonly Verdict[] = ['applicable', 'needs-review', 'not-applicable'];

export function summaryParts(results: readonly ChannelResult[]): { verdict: Verdict; label: string; titles: string[] }[] {
  const channels = results.filter((r) => !r.channel.alternatives);
  return ORDER.filter((v) => (VERDICTS as readonly string[]).includes(v))
    .map((verdict) => ({
      verdict,
      label: VERDICT_LABELS[verdict],
      titles: channels.filter((r) => r.verdict === verdict).map((r) => r.channel.title),
    }))
    .filter((p) => p.titles.length > 0);
}

export function summaryLine(results: readonly ChannelResult[]): string {
  return summaryParts(results)
    .map((p) => `${p.label}：${p.titles.join('、')}`)
    .join(' ｜ ');
}
