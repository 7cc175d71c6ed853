/**
 * axe-core run inside the page: its script injected once per loaded page, then `axe.run` once per
 * theme. @axe-core/playwright's AxeBuilder re-injects the 580 kB script and opens a blank page for
 * every analysis (to merge the results of frames), and sends back every passing node; measured on
 * this site that made each scan 3–10 times slower (BENCHMARKS.md). The site has no frames, and the
 * helper fails if a page ever has one, so the one document is the whole page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

// The minified build: the page parses 0.6 MB instead of the 1.3 MB of `axe.source`, for every page.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Which rules to run: every rule axe enables by default, or only those of them whose result depends
 * on colours. A theme changes colours and nothing else in the DOM, so a page already checked with
 * every rule needs only these in its other theme.
 */
export type AxeScope = 'all' | 'colour';
// axe's `cat.color` rules that run by default (the tag would also switch on the AAA-level
// color-contrast-enhanced, which the full pass does not run).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Serious and critical violations on the page as it is now, one line each (rule, help, first nodes). */
export async function seriousViolations(page: Page, scope: AxeScope = 'all'): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()}：页面含 iframe，axe 检查需改回逐帧扫描（AxeBuilder）`);
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!injected) await page.evaluate(AXE_SOURCE);
  // Only the passing and incomplete nodes are not collected (resultTypes), which changes nothing in
  // the violations axe reports.
  const violations = await page.evaluate(
    async (only) => {
      const run = (window as unknown as { axe: typeof axe }).axe.run;
      const results = await run(document, {
        resultTypes: ['violations'],
        ...(only ? { runOnly: { type: 'rule' as const, values: only } } : {}),
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    },
    scope === 'colour' ? COLOUR_RULES : null,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
