/**
 * The scope checker island: answers ↔ URL, which questions to show, pre-answers from the
 * description, and each channel's scope verdict and entry, all through src/lib/scope/.
 */
import { createDisputeSearch } from '../../lib/scope/dispute-search.ts';
import type { Answers } from '../../lib/scope/condition.ts';
import { evaluateAll } from '../../lib/scope/evaluate.ts';
import { mergePreAnswers, preAnswers } from '../../lib/scope/pre-answer.ts';
import { progress, visibleQuestions } from '../../lib/scope/questions.ts';
import { summaryLine } from '../../lib/scope/summary.ts';
import { answersFromParams, answersToParams, DESCRIPTION_PARAM } from '../../lib/scope/url-state.ts';
import { h } from '../dom.ts';
import { renderResults, renderSummary } from './render.ts';
import type { ScopePageData } from './types.ts';

export function start(): void {
  const data = JSON.parse(document.getElementById('scope-data')?.textContent ?? '{}') as ScopePageData;
  const form = document.querySelector<HTMLFormElement>('[data-scope-form]')!;
  const results = document.querySelector<HTMLElement>('[data-scope-results]')!;
  const summary = document.querySelector<HTMLElement>('[data-scope-summary]')!;
  const summaryLineEl = document.querySelector<HTMLElement>('[data-scope-summary-line]')!;
  const peek = document.querySelector<HTMLElement>('[data-scope-peek]')!;
  const peekText = peek.querySelector<HTMLElement>('[data-scope-peek-text]')!;
  const progressEl = document.querySelector<HTMLElement>('[data-scope-progress]')!;
  const input = document.querySelector<HTMLInputElement>('#dispute-q')!;
  const list = document.querySelector<HTMLUListElement>('#dispute-suggestions')!;
  const search = createDisputeSearch(data.vocabulary);

  function readForm(): Answers {
    const answers: Answers = {};
    const fd = new FormData(form);
    for (const q of data.questions) {
      const values = fd.getAll(q.id).filter((v): v is string => typeof v === 'string' && v !== '');
      if (values.length) answers[q.id] = values;
    }
    return answers;
  }

  function writeForm(answers: Answers): void {
    for (const q of data.questions) {
      const chosen = new Set(answers[q.id] ?? []);
      for (const el of form.querySelectorAll<HTMLInputElement>(`input[name="${q.id}"]`)) el.checked = chosen.has(el.value);
    }
  }

  /** Which questions hold exactly what the description suggests: shown as 预填. */
  function markPrefilled(answers: Answers): void {
    const pre = preAnswers(input.value, data.cues, search, data.questions);
    for (const fs of form.querySelectorAll<HTMLFieldSetElement>('[data-question]')) {
      const id = fs.dataset['question']!;
      const same = pre[id] !== undefined && [...pre[id]].sort().join() === [...(answers[id] ?? [])].sort().join();
      fs.classList.toggle('prefilled', same);
      fs.querySelector<HTMLElement>('.prefilled-badge')!.hidden = !same;
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
    markPrefilled(visible.answers);
    const evaluated = evaluateAll(data.channels, visible.answers, data.questions);
    const p = progress(data.questions, visible.answers);
    progressEl.textContent = `已答 ${p.answered}/${p.asked}`;
    summaryLineEl.textContent = summaryLine(evaluated);
    // On a phone the results sit below the questions: the same line stays in view while answering.
    peekText.textContent = summaryLineEl.textContent;
    peek.hidden = p.answered === 0;
    results.replaceChildren(...renderResults(evaluated, data, p.answered > 0));
    summary.replaceChildren(renderSummary(visible.questions, visible.answers));
  }

  function save(answers: Answers): void {
    const params = answersToParams(answers, data.questions);
    if (input.value.trim()) params.set(DESCRIPTION_PARAM, input.value.trim());
    const qs = params.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  }

  function fromUrl(): void {
    const params = new URLSearchParams(location.search);
    input.value = params.get(DESCRIPTION_PARAM) ?? '';
    render(answersFromParams(params, data.questions));
  }

  /** Fill the questions the user left empty with what the description answers. */
  function prefill(): void {
    const merged = mergePreAnswers(readForm(), preAnswers(input.value, data.cues, search, data.questions));
    const visible = visibleQuestions(data.questions, merged);
    save(visible.answers);
    render(visible.answers);
  }

  form.addEventListener('change', (e) => {
    if (e.target === input) return prefill();
    const visible = visibleQuestions(data.questions, readForm());
    save(visible.answers);
    render(visible.answers);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    prefill();
  });
  form.querySelector('[data-scope-prefill]')?.addEventListener('click', prefill);
  form.querySelector('[data-scope-reset]')?.addEventListener('click', () => {
    input.value = '';
    list.replaceChildren();
    history.replaceState(null, '', location.pathname);
    render({});
  });
  form.querySelector('[data-scope-print]')?.addEventListener('click', () => window.print());
  window.addEventListener('popstate', fromUrl);

  // Everyday words → domain suggestions; choosing one ticks that domain.
  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (!text) return list.replaceChildren();
    const matches = search.search(text, 5);
    list.replaceChildren(
      ...(matches.length === 0
        ? [h('li', { class: 'muted' }, '没有找到，请直接在下面选择领域')]
        : matches.map((m) =>
            h(
              'li',
              {},
              m.domains.map((d) => h('button', { type: 'button', 'data-domain': d }, `${m.term} → ${d}`)),
            ),
          )),
    );
  });
  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-domain]');
    if (!button) return;
    const box = form.querySelector<HTMLInputElement>(`input[name="domain"][value="${button.dataset['domain']}"]`);
    if (!box) return;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    list.replaceChildren(h('li', {}, `已选择领域：${button.dataset['domain']}`));
    box.focus();
  });

  fromUrl();
}
