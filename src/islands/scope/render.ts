/** DOM for the scope checker results: per channel the scope verdict and, beside it, the entry. */
import { ENTRY_STATUS_LABELS, VERDICT_LABELS } from '../../schemas/scope-enums.ts';
import type { ScopeQuestion } from '../../schemas/scope.ts';
import type { Answers } from '../../lib/scope/condition.ts';
import type { ChannelResult, Reason } from '../../lib/scope/evaluate.ts';
import { questionOptions } from '../../lib/scope/questions.ts';
import { withBase } from '../../lib/text/paths.ts';
import { h } from '../dom.ts';
import type { ScopePageData } from './types.ts';

function citeLinks(ids: string[], data: ScopePageData): HTMLElement | null {
  if (ids.length === 0) return null;
  return h(
    'p',
    { class: 'cite-list' },
    '依据：',
    ids.flatMap((id, i) => {
      const c = data.cites[id];
      return [i > 0 ? '；' : '', c ? h('a', { href: c.href }, c.text) : id];
    }),
  );
}

function reasonItem(r: Reason, data: ScopePageData): HTMLElement {
  return h('li', {}, r.text, citeLinks(r.cites, data));
}

/** `started`: whether any question is answered; before that, lists of unanswered questions stay folded. */
export function renderResults(results: ChannelResult[], data: ScopePageData, started: boolean): HTMLElement[] {
  const cards = results.map((r) => {
    const alt = r.channel.alternatives;
    const missing = r.reasons.filter((x) => x.ruleId === 'unanswered');
    const others = r.reasons.filter((x) => x.ruleId !== 'unanswered');
    return h(
      'article',
      {
        class: `channel ${alt ? 'alternatives' : `verdict-${r.verdict}`}`,
        'data-channel': r.channel.id,
        'data-verdict': r.verdict,
        'data-entry': r.entryStatus,
        'aria-labelledby': `ch-${r.channel.id}`,
      },
      h(
        'h3',
        { id: `ch-${r.channel.id}` },
        r.channel.title,
        ' ',
        alt ? h('span', { class: 'verdict' }, '可选途径') : h('span', { class: 'verdict' }, `范围：${VERDICT_LABELS[r.verdict]}`),
      ),
      alt
        ? null
        : h(
            'p',
            { class: 'entry-line' },
            h('strong', {}, '进入：'),
            h('span', { class: `entry-status entry-${r.entryStatus}` }, ENTRY_STATUS_LABELS[r.entryStatus]),
          ),
      missing.length > 0
        ? h(
            'details',
            { class: 'unanswered', ...(started ? { open: true } : {}) },
            h('summary', {}, `还有 ${r.unanswered.length} 个相关问题未回答`),
            h(
              'ul',
              {},
              missing.map((m) => reasonItem(m, data)),
            ),
          )
        : null,
      others.length > 0
        ? h(
            'ul',
            { class: 'reasons' },
            others.map((x) => reasonItem(x, data)),
          )
        : null,
      alt
        ? null
        : h(
            'div',
            { class: 'entry' },
            h('h4', {}, '怎样进入'),
            h(
              'ul',
              {},
              r.entry.map((e) => reasonItem(e, data)),
            ),
          ),
      r.notes.length > 0
        ? h(
            'div',
            { class: 'notes' },
            h('h4', {}, '办理提示'),
            h(
              'ul',
              {},
              r.notes.map((n) => reasonItem(n, data)),
            ),
          )
        : null,
      r.alsoNoted.length > 0
        ? h(
            'details',
            { class: 'also' },
            h('summary', {}, `另外注意（${r.alsoNoted.length}）`),
            h(
              'ul',
              {},
              r.alsoNoted.map((n) => reasonItem(n, data)),
            ),
          )
        : null,
      r.next.length > 0
        ? h(
            'div',
            { class: 'next' },
            h('h4', {}, '下一步'),
            h(
              'ol',
              {},
              r.next.map((n) =>
                h(
                  'li',
                  {},
                  n.text,
                  n.href ? [' ', h('a', { href: withBase(data.base, n.href) }, '查看程序')] : null,
                  citeLinks(n.cites, data),
                ),
              ),
            ),
          )
        : null,
    );
  });
  const main = cards.filter((_, i) => !results[i]!.channel.alternatives);
  const alts = cards.filter((_, i) => results[i]!.channel.alternatives);
  return alts.length === 0 ? main : [...main, h('h3', { class: 'alt-heading' }, '调解之外，当事人也可以选择'), ...alts];
}

/** What was answered, for the printed record. */
export function renderSummary(questions: ScopeQuestion[], answers: Answers): HTMLElement {
  return h(
    'dl',
    { class: 'answer-summary' },
    questions.flatMap((q) => {
      const labels = questionOptions(q)
        .filter((o) => (answers[q.id] ?? []).includes(o.value))
        .map((o) => o.label);
      return [h('dt', {}, q.text), h('dd', {}, labels.length ? labels.join('；') : '（未回答）')];
    }),
  );
}
