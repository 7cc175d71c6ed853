/** DOM for the scope checker results: one card per channel, plus a printable answer summary. */
import { VERDICT_LABELS, questionOptions, type Answers, type ChannelResult, type ScopeQuestion } from '../../lib/scope/engine.ts';
import { withBase } from '../../lib/text/paths.ts';
import { h } from '../dom.ts';
import type { ScopePageData } from './types.ts';

function citeLinks(ids: string[], data: ScopePageData): HTMLElement | null {
  if (ids.length === 0) return null;
  return h('p', { class: 'cite-list' }, '依据：', ids.flatMap((id, i) => {
    const c = data.cites[id];
    return [i > 0 ? '；' : '', c ? h('a', { href: c.href }, c.text) : id];
  }));
}

export function renderResults(results: ChannelResult[], data: ScopePageData): HTMLElement[] {
  return results.map((r) =>
    h('article', { class: `channel verdict-${r.verdict}`, 'data-channel': r.channel.id, 'data-verdict': r.verdict, 'aria-labelledby': `ch-${r.channel.id}` },
      h('h3', { id: `ch-${r.channel.id}` }, r.channel.title, ' ', h('span', { class: 'verdict' }, VERDICT_LABELS[r.verdict])),
      h('ul', { class: 'reasons' }, r.reasons.map((reason) => h('li', {}, reason.text, citeLinks(reason.cites, data)))),
      r.alsoNoted.length > 0
        ? h('details', { class: 'also' }, h('summary', {}, `另外注意（${r.alsoNoted.length}）`), h('ul', {}, r.alsoNoted.map((n) => h('li', {}, n.text, citeLinks(n.cites, data)))))
        : null,
      r.next.length > 0
        ? h('div', { class: 'next' }, h('h4', {}, '下一步'), h('ol', {}, r.next.map((n) =>
            h('li', {}, n.text, n.href ? [' ', h('a', { href: withBase(data.base, n.href) }, '查看程序')] : null, citeLinks(n.cites, data)),
          )))
        : null,
    ),
  );
}

/** What was answered, for the printed record. */
export function renderSummary(questions: ScopeQuestion[], answers: Answers): HTMLElement {
  return h('dl', { class: 'answer-summary' }, questions.flatMap((q) => {
    const labels = questionOptions(q).filter((o) => (answers[q.id] ?? []).includes(o.value)).map((o) => o.label);
    return [h('dt', {}, q.text), h('dd', {}, labels.length ? labels.join('；') : '（未回答）')];
  }));
}
