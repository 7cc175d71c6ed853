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
  /** Set at 交卷: the answers are locked and the set cannot be handed in twice. */
  let graded = false;
  const store = safeLocalStorage();

  function showProgress(): void {
    const p = readProgress(store);
    const answered = Object.keys(p.last).length;
    const right = Object.values(p.last).filter(Boolean).length;
    if (!store.persistent) {
      progressText.textContent = `学习记录无法保存：${NOT_KEPT}`;
      return;
    }
    progressText.textContent =
      answered === 0
        ? '还没有记录。'
        : `已做过 ${answered} 道题，最近一次答对 ${right} 道；错题本里还有 ${p.missed.length} 道；共交卷 ${p.history.length} 次${p.history.length ? `，上次得分 ${p.history.at(-1)!.correct}/${p.history.at(-1)!.total}` : ''}。`;
  }

  function questionItem(q: StudyQuestion, i: number): HTMLElement {
    const name = `q${i}`;
    const body =
      q.kind === 'single'
        ? h(
            'fieldset',
            {},
            h('legend', {}, q.prompt),
            q.choices.map((c, ci) => h('label', {}, h('input', { type: 'radio', name, value: ci }), ` ${c}`)),
          )
        : h(
            'fieldset',
            {},
            h('legend', {}, `${q.prompt}（为每一步选择它的顺序）`),
            q.choices.map((c, ci) =>
              h(
                'label',
                { class: 'order' },
                h(
                  'select',
                  { name: `${name}-${ci}`, 'aria-label': `“${c}”是第几步` },
                  h('option', { value: '' }, '第几步'),
                  q.choices.map((_, k) => h('option', { value: k }, `第${k + 1}步`)),
                ),
                ` ${c}`,
              ),
            ),
          );
    return h(
      'li',
      { class: 'study-q', 'data-question-id': q.id },
      h('p', { class: 'muted topic' }, TOPIC_LABELS[q.topic]),
      body,
      h('div', { class: 'feedback', hidden: true }),
    );
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
        ? readProgress(store)
            .missed.map((id) => byId.get(id))
            .filter((q): q is StudyQuestion => q !== undefined)
            .slice(0, n)
        : pickQuestions(data.bank, { topic: topic as Topic | 'mixed', count: n, seed });
    if (current.length === 0) {
      test.hidden = true;
      result.replaceChildren(h('p', {}, topic === 'review' ? '错题本是空的。先做一套题吧。' : '没有可出的题目。'));
      return;
    }
    graded = false;
    test.classList.remove('is-graded');
    confirmBox.hidden = true;
    for (const b of test.querySelectorAll<HTMLButtonElement>('button')) b.disabled = false;
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

  /** Starts another set: the same topic and size with a new seed, or the missed questions. */
  function another(nextTopic: string): void {
    const params = new URLSearchParams(location.search);
    params.set('topic', nextTopic);
    params.set('seed', String(Math.floor(Math.random() * 1e6) + 1));
    history.pushState(null, '', `?${params}`);
    begin();
    test.scrollIntoView({ block: 'start' });
    list.querySelector<HTMLElement>('input, select')?.focus();
  }

  /** Colour and words on the options themselves: the right choice, and the wrong one chosen. */
  function markChoices(q: StudyQuestion, i: number, given: number | number[] | undefined): void {
    const item = list.children[i]!;
    if (q.kind === 'single') {
      item.querySelectorAll<HTMLInputElement>(`input[name="q${i}"]`).forEach((input, ci) => {
        const label = input.closest('label')!;
        const right = ci === q.answer;
        const chosenWrong = !right && given === ci;
        label.classList.toggle('is-answer', right);
        label.classList.toggle('is-chosen-wrong', chosenWrong);
        if (right) label.append(h('span', { class: 'choice-mark' }, given === ci ? '✓ 正确答案（你的选择）' : '✓ 正确答案'));
        if (chosenWrong) label.append(h('span', { class: 'choice-mark' }, '✗ 你的选择'));
      });
      return;
    }
    const order = q.answer as number[];
    item.querySelectorAll<HTMLSelectElement>(`select[name^="q${i}-"]`).forEach((select, ci) => {
      const label = select.closest('label')!;
      const place = order.indexOf(ci);
      const right = select.value !== '' && Number(select.value) === place;
      label.classList.toggle('is-answer', right);
      label.classList.toggle('is-chosen-wrong', select.value !== '' && !right);
      label.append(
        h(
          'span',
          { class: 'choice-mark' },
          right ? '✓ 正确' : select.value === '' ? `未作答：应为第${place + 1}步` : `✗ 应为第${place + 1}步`,
        ),
      );
    });
  }

  function grade(): void {
    graded = true;
    test.classList.add('is-graded');
    confirmBox.replaceChildren();
    confirmBox.hidden = true;
    // Answers are locked once handed in.
    for (const el of test.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'))
      el.disabled = true;
    const results: Record<string, boolean> = {};
    let unanswered = 0;
    current.forEach((q, i) => {
      const given = readAnswer(q, i);
      const ok = isCorrect(q, given);
      // An unanswered question is neither right nor wrong: it stays out of the score and the 错题本.
      if (given === undefined) unanswered++;
      else results[q.id] = ok;
      markChoices(q, i, given);
      const box = list.children[i]!.querySelector<HTMLElement>('.feedback')!;
      box.hidden = false;
      box.className = `feedback ${given === undefined ? 'is-skipped' : ok ? 'is-right' : 'is-wrong'}`;
      box.replaceChildren(
        h('p', {}, h('strong', {}, ok ? '✓ 答对了' : given === undefined ? '未作答' : '✗ 答错了'), ` 正确答案：${rightAnswerText(q)}`),
        h('p', {}, q.explanation),
        h(
          'p',
          { class: 'cite-list' },
          '依据：',
          q.cites.flatMap((id, k) => [
            k > 0 ? '；' : '',
            data.cites[id] ? h('a', { href: data.cites[id]!.href }, data.cites[id]!.text) : id,
          ]),
        ),
      );
    });
    const answered = current.length - unanswered;
    const correct = Object.values(results).filter(Boolean).length;
    const progress = answered > 0 ? recordTest(readProgress(store), results, topic, new Date().toISOString()) : readProgress(store);
    if (answered > 0) writeProgress(store, progress);
    result.replaceChildren(
      h(
        'p',
        { class: 'score', 'data-score': `${correct}/${answered}`, 'data-unanswered': unanswered },
        answered > 0 ? `得分：${correct} / ${answered}` : '一道题都没有作答，本次不计分。',
      ),
      unanswered > 0 ? h('p', {}, `另有 ${unanswered} 道未作答，不计分，也不记入错题本。`) : '',
      h(
        'p',
        {},
        !store.persistent
          ? `错题本无法保存：${NOT_KEPT}`
          : progress.missed.length
            ? `错题本里现有 ${progress.missed.length} 道题。`
            : '错题本是空的。',
      ),
      h(
        'p',
        { class: 'study-next no-print' },
        h('button', { type: 'button', 'data-study-again': true }, '再做一套'),
        ' ',
        progress.missed.length
          ? h('button', { type: 'button', 'data-study-review': true }, `练错题（${progress.missed.length} 道）`)
          : null,
      ),
    );
    result.querySelector('[data-study-again]')?.addEventListener('click', () => another(topic === 'review' ? 'mixed' : topic));
    result.querySelector('[data-study-review]')?.addEventListener('click', () => another('review'));
    showProgress();
    result.scrollIntoView({ block: 'nearest' });
  }

  // Asked in the page, next to the button, before a set with unanswered questions is handed in.
  const confirmBox = h('div', { class: 'study-confirm', role: 'group', 'aria-label': '交卷前确认', hidden: true });
  test.append(confirmBox);

  test.addEventListener('submit', (e) => {
    e.preventDefault();
    if (graded) return;
    const unanswered = current.filter((q, i) => readAnswer(q, i) === undefined).length;
    if (unanswered === 0) {
      grade();
      return;
    }
    const handIn = h('button', { type: 'button', 'data-study-confirm': true, 'aria-describedby': 'study-confirm-text' }, '仍然交卷');
    const back = h('button', { type: 'button', 'aria-describedby': 'study-confirm-text' }, '继续作答');
    confirmBox.replaceChildren(
      h(
        'p',
        { id: 'study-confirm-text' },
        unanswered === current.length ? '还一道题都没有作答。' : `还有 ${unanswered} 道题未作答。`,
        '未作答的题不计分，也不记入错题本。',
      ),
      h('p', {}, handIn, ' ', back),
    );
    confirmBox.hidden = false;
    handIn.addEventListener('click', grade);
    back.addEventListener('click', () => {
      confirmBox.hidden = true;
      const first = current.findIndex((q, i) => readAnswer(q, i) === undefined);
      list.children[first]?.querySelector<HTMLElement>('input, select')?.focus();
    });
    back.focus();
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
