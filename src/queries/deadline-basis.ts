/** The deadline rules' provisions, cited and quoted from the 民法典 text in the law library. */
import { deadlineBasis } from '../lib/deadline/basis.ts';
import type { DeadlineBasis } from '../lib/deadline/rules.ts';
import { getProvisionIndex, getProvisionTexts } from './regulations.ts';

export async function getDeadlineBasis(): Promise<DeadlineBasis> {
  const [index, texts] = await Promise.all([getProvisionIndex(), getProvisionTexts()]);
  return deadlineBasis((id) => {
    const p = index.get(id);
    const text = texts.get(id);
    return p && text !== undefined ? { citeText: p.citeText, text } : undefined;
  });
}
