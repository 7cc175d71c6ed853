/** DOM for the deadline result: the due date, the working, the month grids, the timeline. */
import { dayKind, type CalendarData } from '../../lib/deadline/holiday-calendar.ts';
import { formatCnFull, weekdayCn } from '../../lib/text/dates.ts';
import { UNIT_LABELS, type DeadlineResult } from '../../lib/deadline/rules.ts';
import { monthGrid, monthsToDraw } from '../../lib/deadline/month-grid.ts';
import type { TimelineRow } from '../../lib/deadline/procedure-timeline.ts';
import { h } from '../dom.ts';
import type { PageDeadline, PageProcedure } from './types.ts';

const KIND_LABEL = { workday: '工作日', weekend: '周末', holiday: '节假日', makeup: '调休上班' } as const;

export function calendarWarning(missing: number[]): HTMLElement | null {
  if (missing.length === 0) return null;
  return h(
    'p',
    { class: 'calendar-warning', 'data-calendar-warning': missing.join(',') },
    `注意：${missing.join('、')} 年的国务院节假日安排尚未收录，这些年份只按周六、周日休息计算，没有计入法定节假日和调休。请在该年放假通知公布后核对。`,
  );
}

export function dueBlock(r: DeadlineResult, label: string): HTMLElement {
  return h(
    'div',
    { class: 'due' },
    label ? h('p', { class: 'due__label' }, label) : null,
    h('p', { class: 'due__line' }, `自 ${formatCnFull(r.start)} 起 ${r.count} ${UNIT_LABELS[r.unit]}，届满日为`),
    h('p', { class: 'due__date' }, h('strong', { class: 'nowrap', 'data-due': r.due }, formatCnFull(r.due)), ` ${weekdayCn(r.due)}`),
    r.rolled ? h('p', { class: 'muted' }, `（原届满日 ${formatCnFull(r.nominalDue)} 为休息日，已顺延）`) : null,
  );
}

export function explanation(r: DeadlineResult): HTMLElement {
  return h(
    'section',
    { class: 'working', 'aria-labelledby': 'working-title' },
    h('h2', { id: 'working-title' }, '计算过程'),
    h(
      'ol',
      {},
      r.explanation.map((s) => h('li', {}, s)),
    ),
    h('p', { class: 'muted' }, `适用规则：${r.rule}`),
  );
}

export function monthGrids(r: DeadlineResult, cal: CalendarData): HTMLElement {
  const months = monthsToDraw(r.start, r.due);
  const wrap = h('section', { class: 'grids', 'aria-labelledby': 'grids-title' }, h('h2', { id: 'grids-title' }, '日历'));
  const first = months[0];
  const last = months[months.length - 1];
  if (months.length === 2 && first && last && (last.year - first.year) * 12 + last.month - first.month > 1) {
    wrap.append(h('p', { class: 'muted' }, '期间较长，只显示起算月和届满月。'));
  }
  wrap.append(
    h(
      'ul',
      { class: 'legend' },
      h('li', {}, h('span', { class: 'cell is-start' }, '起'), '起算日（不计入）'),
      h('li', {}, h('span', { class: 'cell is-counted' }, '计'), '计入的日子'),
      h('li', {}, h('span', { class: 'cell k-holiday' }, '休'), '法定节假日'),
      h('li', {}, h('span', { class: 'cell k-makeup' }, '班'), '调休上班'),
      h('li', {}, h('span', { class: 'cell is-due' }, '止'), '届满日'),
    ),
  );
  for (const { year, month } of months) {
    const grid = monthGrid(year, month, r, (d) => dayKind(cal, d));
    wrap.append(
      h(
        'table',
        { class: 'month' },
        h('caption', {}, `${year}年${month}月`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['一', '二', '三', '四', '五', '六', '日'].map((d) => h('th', { scope: 'col', abbr: `星期${d}` }, d)),
          ),
        ),
        h(
          'tbody',
          {},
          grid.weeks.map((week) =>
            h(
              'tr',
              {},
              week.map((c) => {
                if (!c) return h('td', {});
                const classes = [
                  `k-${c.kind}`,
                  c.inPeriod ? 'in-period' : '',
                  c.counted ? 'is-counted' : '',
                  c.isStart ? 'is-start' : '',
                  c.isDue ? 'is-due' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                const notes = [
                  c.isStart ? '起算日' : '',
                  c.isDue ? '届满日' : '',
                  c.holidayName ? `${c.holidayName}` : '',
                  KIND_LABEL[c.kind],
                  c.counted ? '计入' : '',
                ]
                  .filter(Boolean)
                  .join('，');
                return h(
                  'td',
                  { class: classes, 'data-date': c.date, title: notes },
                  h('span', { 'aria-hidden': 'true' }, c.day),
                  h('span', { class: 'visually-hidden' }, `${c.day}日 ${notes}`),
                );
              }),
            ),
          ),
        ),
      ),
    );
  }
  return wrap;
}

export function actions(): HTMLElement {
  return h(
    'p',
    { class: 'actions no-print' },
    h('button', { type: 'button', 'data-ics': true }, '加入日历（.ics，提前一天提醒）'),
    ' ',
    h('button', { type: 'button', 'data-print': true }, '打印结果'),
  );
}

function cites(d: PageDeadline): HTMLElement {
  return h(
    'span',
    { class: 'cites' },
    d.cites.flatMap((c, i) => [i > 0 ? '；' : '', h('a', { href: c.href }, c.text)]),
  );
}

export function timeline(proc: PageProcedure, rows: TimelineRow[], stepLink: (row: TimelineRow) => string): HTMLElement {
  const find = (id: string): PageDeadline | undefined => proc.steps.flatMap((s) => s.deadlines).find((d) => d.id === id);
  return h(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, `${proc.title}：全部期限`),
    h('p', {}, h('a', { href: proc.href }, `查看“${proc.title}”程序说明`)),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'stack-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['步骤', '期限', '起算', '届满日', '延长后最迟', '依据'].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((row) => {
            const d = find(row.deadline.id);
            return h(
              'tr',
              { 'data-deadline-id': row.deadline.id },
              h('th', { scope: 'row' }, row.step, h('br'), h('small', { class: 'muted' }, row.deadline.label)),
              h('td', { 'data-label': '期限', class: 'nowrap' }, `${row.deadline.count} ${UNIT_LABELS[row.deadline.unit]}`),
              h('td', { 'data-label': '起算' }, row.deadline.from, h('br'), h('small', { class: 'muted nowrap' }, formatCnFull(row.start))),
              h(
                'td',
                { 'data-label': '届满日' },
                h('strong', { class: 'nowrap', 'data-due': row.result.due }, formatCnFull(row.result.due)),
                h('br'),
                h('a', { class: 'no-print', href: stepLink(row) }, '计算此期限'),
              ),
              h(
                'td',
                { 'data-label': '延长后最迟' },
                row.extended
                  ? [
                      h('span', { class: 'nowrap', 'data-due-extended': row.extended.due }, formatCnFull(row.extended.due)),
                      h('br'),
                      h(
                        'small',
                        { class: 'muted' },
                        `${row.deadline.extension?.condition ?? ''}，共 ${row.extendedCount} ${UNIT_LABELS[row.deadline.unit]}`,
                      ),
                    ]
                  : '不可延长',
              ),
              h('td', { 'data-label': '依据' }, d ? cites(d) : null, d ? h('p', { class: 'muted lapse' }, `逾期：${d.onLapse}`) : null),
            );
          }),
        ),
      ),
    ),
    h('p', { class: 'muted' }, '后一步骤“起算”写明从前一期限届满起算的，按前一期限延长后最迟的届满日起算。'),
  );
}
