/**
 * The scope checker island: answers ↔ URL, which questions to show, and the verdict per channel,
 * all through the pure engine in src/lib/scope/engine.ts.
 */
import { createDisputeSearch } from '../../lib/scope/dispute-search.ts';
import { answersFromParams, answersToParams, evaluateAll, visibleQuestions, type Answers } from '../../lib/scope/engine.ts';
import { h } from '../dom.ts';
import { renderResults, renderSummary } from './render.ts';
import type { ScopePageData } from './types.ts';

export function start(): void {
  const data = JSON.parse(document.getElementById('scope-data')?.textContent ?? '{}') as ScopePageData;
  const form = document.querySelector<HTMLFormElement>('[data-scope-form]')!;
  const results = document.querySelector<HTMLElement>('[data-scope-results]')!;
  const summary = document.querySelector<HTMLElement>('[data-scope-summary]')!;
  const search = createDisputeSearch(data.vocabulary);

  function readForm(): Answers {
    const answers: Answers = {};
    for (const q of data.questions) {
      const values = new FormData(form).getAll(q.id).filter((v): v is string => typeof v === 'string' && v !== '');
      if (values.length) answers[q.id] = values;
    }
    return answers;
  }

  function writeForm(answers: Answers): void {
    for (const q of data.questions) {
      const chosen = new Set(answers[q.id] ?? []);
      for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${q.id}"]`)) {
        if (el instanceof HTMLSelectElement) el.value = [...chosen][0] ?? '';
        else el.checked = chosen.has(el.value);
      }
    }
  }

  function render(answers: Answers): void {
    const visible = visibleQuestions(data.questions, answers);
    const shown = new Set(visible.questions.map((q) => q.id));
    for (const fs of form.querySelectorAll<HTMLFieldSetElement>('[data-question]')) {
      const on = shown.has(fs.dataset['question']!);
      fs.hidden = !on;
      fs.disabled = !on;
    }
    writeForm(visible.answers);
    const evaluated = evaluateAll(data.channels, visible.answers, data.questions);
    results.replaceChildren(...renderResults(evaluated, data));
    summary.replaceChildren(renderSummary(visible.questions, visible.answers));
  }

  function fromUrl(): void {
    render(answersFromParams(new URLSearchParams(location.search), data.questions));
  }

  form.addEventListener('change', () => {
    const visible = visibleQuestions(data.questions, readForm());
    const qs = answersToParams(visible.answers, data.questions).toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    render(visible.answers);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-scope-reset]')?.addEventListener('click', () => {
    history.replaceState(null, '', location.pathname);
    render({});
  });
  form.querySelector('[data-scope-print]')?.addEventListener('click', () => window.print());
  window.addEventListener('popstate', fromUrl);

  // Everyday words → domain suggestions; choosing one sets the domain question.
  const input = document.querySelector<HTMLInputElement>('#dispute-q')!;
  const list = document.querySelector<HTMLUListElement>('#dispute-suggestions')!;
  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (!text) {
      list.replaceChildren();
      return;
    }
    const matches = search.search(text, 5);
    list.replaceChildren(
      ...(matches.length === 0
        ? [h('li', { class: 'muted' }, '没有找到，请直接在下面选择领域')]
        : matches.map((m) =>
            h('li', {}, m.domains.map((d) =>
              h('button', { type: 'button', 'data-domain': d }, `${m.term} → ${d}`),
            )),
          )),
    );
  });
  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-domain]');
    if (!button) return;
    const select = form.querySelector<HTMLSelectElement>('select[name="domain"]');
    if (!select) return;
    select.value = button.dataset['domain']!;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    list.replaceChildren(h('li', {}, `已选择领域：${button.dataset['domain']}`));
    select.focus();
  });

  fromUrl();
}
