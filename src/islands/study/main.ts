/**
 * The self-test island: a test picked from the URL (topic, count, seed), answered by keyboard or
 * touch, scored with the right answer, the reason and the provision; progress in localStorage.
 */
import type { CiteLink } from '../../lib/provisions/citations.ts';
import { isCorrect, pickQuestions, TOPIC_LABELS, type StudyQuestion, type Topic } from '../../lib/study/questions.ts';
import { eraseProgress, readProgress, recordTest, writeProgress } from '../../lib/study/progress.ts';
import { h } from '../dom.ts';
import { NOT_KEPT, safeLocalStorage } from '../storage.ts';

interface StudyData {
  bank: StudyQuestion[];
  cites: Record<string, CiteLink>;
}

export function start(): void {
  const data = JSON.parse(document.getElementById('study-data')?.textContent ?? '{}') as StudyData;
  const byId = new Map(data.bank.map((q) => [q.id, q]));
  const setup = document.querySelector<HTMLFormElement>('[data-study-setup]')!;
  const test = document.querySelector<HTMLFormElement>('[data-study-test]')!;
  const list = test.querySelector<HTMLOListElement>('[data-study-questions]')!;
  const title = test.querySelector<HTMLElement>('[data-study-title]')!;
  const result = document.querySelector<HTMLElement>('[data-study-result]')!;
  const progressText = document.querySelector<HTMLElement>('[data-study-progress]')!;
  let current: StudyQuestion[] = [];
  let topic = 'mixed';
  const store = safeLocalStorage();

  function showProgress(): void {
    const p = readProgress(store);
    const answered = Object.keys(p.last).length;
    const right = Object.values(p.last).filter(Boolean).length;
    if (!store.persistent) {
      progressText.textContent = `学习记录无法保存：${NOT_KEPT}`;
      return;
    }
    progressText.textContent = answered === 0
      ? '还没有记录。'
      : `已做过 ${answered} 道题，最近一次答对 ${right} 道；错题本里还有 ${p.missed.length} 道；共交卷 ${p.history.length} 次${p.history.length ? `，上次得分 ${p.history.at(-1)!.correct}/${p.history.at(-1)!.total}` : ''}。`;
  }

  function questionItem(q: StudyQuestion, i: number): HTMLElement {
    const name = `q${i}`;
    const body =
      q.kind === 'single'
        ? h('fieldset', {}, h('legend', {}, q.prompt), q.choices.map((c, ci) => h('label', {}, h('input', { type: 'radio', name, value: ci }), ` ${c}`)))
        : h('fieldset', {}, h('legend', {}, `${q.prompt}（为每一步选择它的顺序）`),
            q.choices.map((c, ci) => h('label', { class: 'order' }, h('select', { name: `${name}-${ci}`, 'aria-label': `“${c}”是第几步` }, h('option', { value: '' }, '第几步'), q.choices.map((_, k) => h('option', { value: k }, `第${k + 1}步`))), ` ${c}`)));
    return h('li', { class: 'study-q', 'data-question-id': q.id }, h('p', { class: 'muted topic' }, TOPIC_LABELS[q.topic]), body, h('div', { class: 'feedback', hidden: true }));
  }

  function readAnswer(q: StudyQuestion, i: number): number | number[] | undefined {
    if (q.kind === 'single') {
      const checked = test.querySelector<HTMLInputElement>(`input[name="q${i}"]:checked`);
      return checked ? Number(checked.value) : undefined;
    }
    // order: position chosen for each choice → the choices in the order given
    const positions = q.choices.map((_, ci) => test.querySelector<HTMLSelectElement>(`select[name="q${i}-${ci}"]`)!.value);
    if (positions.some((p) => p === '')) return undefined;
    return q.choices.map((_, ci) => ci).sort((a, b) => Number(positions[a]) - Number(positions[b]));
  }

  function rightAnswerText(q: StudyQuestion): string {
    return Array.isArray(q.answer) ? q.answer.map((ci, k) => `${k + 1}. ${q.choices[ci]}`).join('  ') : (q.choices[q.answer] ?? '');
  }

  function begin(): void {
    const params = new URLSearchParams(location.search);
    topic = params.get('topic') ?? 'mixed';
    const n = Math.min(50, Math.max(1, Number(params.get('n')) || 10));
    const seed = Number(params.get('seed')) || 1;
    (setup.elements.namedItem('topic') as HTMLSelectElement).value = topic;
    (setup.elements.namedItem('n') as HTMLSelectElement).value = String(n);
    result.replaceChildren();
    if (!params.has('seed')) {
      test.hidden = true;
      return;
    }
    current =
      topic === 'review'
        ? readProgress(store).missed.map((id) => byId.get(id)).filter((q): q is StudyQuestion => q !== undefined).slice(0, n)
        : pickQuestions(data.bank, { topic: topic as Topic | 'mixed', count: n, seed });
    if (current.length === 0) {
      test.hidden = true;
      result.replaceChildren(h('p', {}, topic === 'review' ? '错题本是空的。先做一套题吧。' : '没有可出的题目。'));
      return;
    }
    title.textContent = `${topic === 'review' ? '错题复习' : topic === 'mixed' ? '综合练习' : TOPIC_LABELS[topic as Topic]}：${current.length} 题`;
    list.replaceChildren(...current.map(questionItem));
    test.hidden = false;
  }

  setup.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams(new FormData(setup) as unknown as Record<string, string>);
    params.set('seed', String(Math.floor(Math.random() * 1e6) + 1));
    history.pushState(null, '', `?${params}`);
    begin();
    list.querySelector<HTMLElement>('input, select')?.focus();
  });

  test.addEventListener('submit', (e) => {
    e.preventDefault();
    const results: Record<string, boolean> = {};
    current.forEach((q, i) => {
      const given = readAnswer(q, i);
      const ok = isCorrect(q, given);
      results[q.id] = ok;
      const box = list.children[i]!.querySelector<HTMLElement>('.feedback')!;
      box.hidden = false;
      box.className = `feedback ${ok ? 'is-right' : 'is-wrong'}`;
      box.replaceChildren(
        h('p', {}, h('strong', {}, ok ? '✓ 答对了' : given === undefined ? '✗ 未作答' : '✗ 答错了'), ` 正确答案：${rightAnswerText(q)}`),
        h('p', {}, q.explanation),
        h('p', { class: 'cite-list' }, '依据：', q.cites.flatMap((id, k) => [k > 0 ? '；' : '', data.cites[id] ? h('a', { href: data.cites[id]!.href }, data.cites[id]!.text) : id])),
      );
    });
    const progress = recordTest(readProgress(store), results, topic, new Date().toISOString());
    writeProgress(store, progress);
    const correct = Object.values(results).filter(Boolean).length;
    result.replaceChildren(
      h('p', { class: 'score', 'data-score': `${correct}/${current.length}` }, `得分：${correct} / ${current.length}`),
      h('p', {}, !store.persistent ? `错题本无法保存：${NOT_KEPT}` : progress.missed.length ? `错题已记入错题本（共 ${progress.missed.length} 道），可选“错题复习”再练。` : '全部答对，错题本已清空。'),
    );
    showProgress();
    result.scrollIntoView({ block: 'nearest' });
  });

  document.querySelector('[data-study-erase]')?.addEventListener('click', () => {
    if (!confirm('清除本机保存的全部学习记录和错题本？')) return;
    eraseProgress(store);
    showProgress();
  });
  window.addEventListener('popstate', begin);
  showProgress();
  begin();
}
