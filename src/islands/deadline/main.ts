/**
 * The deadline calculator island: URL → validated input → result. The URL is the only state, so
 * every result can be shared, bookmarked and printed, and the back button works.
 */
import { computeDeadline, validateDeadlineInput, type DeadlineField, type DeadlineResult } from '../../lib/deadline/rules.ts';
import { formatCnFull, parseTypedDate } from '../../lib/text/dates.ts';
import { procedureTimeline, type TimelineRow } from '../../lib/deadline/procedure-timeline.ts';
import { h } from '../dom.ts';
import { actions, calendarWarning, dueBlock, explanation, monthGrids, timeline } from './render.ts';
import type { DeadlinePageData, PageProcedure } from './types.ts';

type Field = DeadlineField | 'procedure';
const START_HINT = '格式：年-月-日，也可写 2026/9/28、2026.9.28、2026年9月28日、20260928';
const FIELDS: Field[] = ['start', 'count', 'unit', 'procedure'];

export function start(): void {
  const data = JSON.parse(document.getElementById('deadline-data')?.textContent ?? '{}') as DeadlinePageData;
  const form = document.querySelector<HTMLFormElement>('[data-deadline-form]')!;
  const out = document.querySelector<HTMLElement>('[data-deadline-result]')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  function fill(params: URLSearchParams): void {
    for (const name of ['start', 'count', 'procedure', 'label']) field(name).value = params.get(name) ?? '';
    const unit = params.get('unit') ?? '';
    const select = field('unit') as HTMLSelectElement;
    select.value = [...select.options].some((o) => o.value === unit) ? unit : '';
  }

  /** A start typed as 2026/9/28 or 2026年9月28日 is shown (field, hint and URL) as 2026-09-28. */
  function normaliseStart(params: URLSearchParams): void {
    const hint = document.getElementById('start-hint')!;
    const raw = params.get('start');
    const check = raw === null ? null : parseTypedDate(raw);
    if (!check?.ok) {
      hint.textContent = START_HINT;
      return;
    }
    field('start').value = check.date;
    hint.textContent = `已识别为 ${formatCnFull(check.date)}（${check.date}）`;
    if (check.date !== raw) {
      params.set('start', check.date);
      history.replaceState(history.state, '', `?${params}`);
    }
  }

  function showErrors(errors: { field: Field; message: string }[]): void {
    for (const name of FIELDS) {
      const box = document.getElementById(`${name}-error`)!;
      const error = errors.find((e) => e.field === name);
      box.textContent = error?.message ?? '';
      box.hidden = !error;
      field(name).setAttribute('aria-invalid', error ? 'true' : 'false');
    }
  }

  function renderSingle(params: URLSearchParams): void {
    const check = validateDeadlineInput({ start: params.get('start'), count: params.get('count'), unit: params.get('unit') });
    if (!check.ok) {
      showErrors(check.errors);
      return;
    }
    const result = computeDeadline(check.value, data.calendar, data.basis);
    const label = params.get('label') ?? '';
    out.append(
      dueBlock(result, label),
      calendarWarning(result.missingYears) ?? '',
      actions(),
      explanation(result),
      monthGrids(result, data.calendar),
    );
    out.querySelector('[data-ics]')?.addEventListener('click', () => void downloadIcs(result, label));
  }

  function renderProcedure(params: URLSearchParams, proc: PageProcedure | undefined): void {
    const errors: { field: Field; message: string }[] = [];
    if (!proc) errors.push({ field: 'procedure', message: `没有编号为“${params.get('procedure')}”的程序，请从列表中选择` });
    const check = validateDeadlineInput({ start: params.get('start'), count: '1', unit: 'day' });
    if (!check.ok) errors.push(...check.errors);
    if (!proc || !check.ok) {
      showErrors(errors);
      return;
    }
    const rows = procedureTimeline(proc.steps, check.value.start, data.calendar, data.basis);
    const missing = [...new Set(rows.flatMap((r) => [...r.result.missingYears, ...(r.extended?.missingYears ?? [])]))].sort();
    out.append(
      h('p', { class: 'due__line' }, `${proc.title}，自 ${formatCnFull(check.value.start)} 起：`),
      calendarWarning(missing) ?? '',
      timeline(proc, rows, (row) => stepLink(proc, row)),
      h('p', { class: 'actions no-print' }, h('button', { type: 'button', 'data-print': true }, '打印时间表')),
    );
  }

  function render(): void {
    performance.mark('deadline:render:start');
    const params = new URLSearchParams(location.search);
    fill(params);
    normaliseStart(params);
    showErrors([]);
    out.replaceChildren();
    const procId = params.get('procedure');
    // A link from a procedure page carries the period but not the start: fill the form and wait.
    if (!params.has('start')) {
      if (params.has('count') || params.has('procedure')) field('start').focus();
    } else if (procId)
      renderProcedure(
        params,
        data.procedures.find((p) => p.id === procId),
      );
    else renderSingle(params);
    out.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    performance.measure('deadline:render', 'deadline:render:start');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter;
    const byProcedure = submitter?.textContent?.includes('时间表') ?? false;
    const params = new URLSearchParams();
    const set = (name: string) => {
      const value = field(name).value.trim();
      if (value) params.set(name, value);
    };
    if (byProcedure) ['procedure', 'start'].forEach(set);
    else ['start', 'count', 'unit', 'label'].forEach(set);
    history.pushState(null, '', `?${params}`);
    render();
    out.querySelector<HTMLElement>('[data-due], [role="alert"]:not([hidden])')?.scrollIntoView({ block: 'nearest' });
  });
  window.addEventListener('popstate', render);
  render();
}

function stepLink(proc: PageProcedure, row: TimelineRow): string {
  const params = new URLSearchParams({
    start: row.start,
    count: String(row.deadline.count),
    unit: row.deadline.unit,
    label: `${proc.title}：${row.step}（${row.deadline.label}）`,
  });
  return `?${params}`;
}

/** The .ics code (and its library) loads only when someone asks for a calendar file. */
async function downloadIcs(result: DeadlineResult, label: string): Promise<void> {
  const { deadlineIcs } = await import('../../lib/deadline/ics.ts');
  const title = label ? `期限届满：${label}` : `期限届满（${result.count}${result.unit === 'workday' ? '个工作日' : ''}）`;
  const text = deadlineIcs({
    due: result.due,
    title,
    description: `${result.explanation.join('\n')}\n适用规则：${result.rule}`,
    url: location.href,
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = h('a', { href: url, download: `期限-${result.due}.ics` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
