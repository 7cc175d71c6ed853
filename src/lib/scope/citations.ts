/**
 * Every citation in the scope data, with where it is, for the site-wide unknown-id check and the
 * provision pages' “cited by” lists. A rule's `basis` is always among its cites (the lint checks).
 */
import type { ScopeChannel } from '../../schemas/scope.ts';

export function scopeCitations(
  channels: readonly ScopeChannel[],
  reminders: readonly { id: string; cites: string[] }[] = [],
): { where: string; id: string }[] {
  const out: { where: string; id: string }[] = [];
  const file = (c: ScopeChannel): string => `src/content/scope/channels/${c.id}.yaml`;
  for (const c of channels) {
    for (const r of c.rules) {
      for (const id of r.cites) out.push({ where: `${file(c)}（规则 ${r.id}）`, id });
      r.next?.forEach((n) => n.cites?.forEach((id) => out.push({ where: `${file(c)}（规则 ${r.id} 的下一步）`, id })));
    }
    for (const [part, block] of [
      ['default', c.default],
      ['entry', c.entry],
    ] as const) {
      for (const id of block.cites) out.push({ where: `${file(c)}（${part}）`, id });
      block.next?.forEach((n) => n.cites?.forEach((id) => out.push({ where: `${file(c)}（${part} 的下一步）`, id })));
    }
  }
  for (const r of reminders) for (const id of r.cites) out.push({ where: `src/content/scope/reminders.yaml（${r.id}）`, id });
  return out;
}
