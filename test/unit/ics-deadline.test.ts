import { describe, it, expect } from 'vitest';
import { deadlineIcs } from '../../src/lib/deadline/ics.ts';

type Prop = { name: string; params: string[]; value: string };
type Component = { type: string; props: Prop[]; children: Component[] };

/** Minimal RFC 5545 reader: CRLF lines, unfolding, name;params:value, nested BEGIN/END. */
function parseIcs(text: string): Component {
  if (!text.endsWith('\r\n')) throw new Error('must end with CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('bare LF line break');
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const root: Component = { type: '', props: [], children: [] };
  const stack: Component[] = [root];
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:;]+=[^:;]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const [, rawName = '', rawParams = '', value = ''] = m;
    const name = rawName.toUpperCase();
    const top = stack[stack.length - 1];
    if (!top) throw new Error('END without BEGIN');
    if (name === 'BEGIN') {
      const c: Component = { type: value, props: [], children: [] };
      top.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      if (top.type !== value) throw new Error(`END:${value} closes ${top.type}`);
      stack.pop();
    } else {
      top.props.push({ name, params: rawParams.split(';').filter(Boolean), value });
    }
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  return root;
}

function prop(c: Component | undefined, name: string): Prop | undefined {
  return c?.props.find((p) => p.name === name);
}

const base = {
  due: '2026-10-10',
  title: '调解协议履行期限届满',
  description: '起算日 9月30日 不计入；3 个工作日；届满日 10月10日（调休上班）',
};

describe('deadlineIcs', () => {
  const root = parseIcs(deadlineIcs({ ...base, url: 'https://example.org/tools/deadline/' }));
  const cal = root.children[0];
  const events = cal?.children.filter((c) => c.type === 'VEVENT') ?? [];
  const event = events[0];

  it('is one VCALENDAR with VERSION 2.0 and a PRODID', () => {
    expect(root.children.map((c) => c.type)).toEqual(['VCALENDAR']);
    expect(prop(cal, 'VERSION')?.value).toBe('2.0');
    expect(prop(cal, 'PRODID')?.value).toBeTruthy();
  });
  it('holds exactly one VEVENT with UID and DTSTAMP', () => {
    expect(events).toHaveLength(1);
    expect(prop(event, 'UID')?.value).toBeTruthy();
    expect(prop(event, 'DTSTAMP')?.value).toMatch(/^\d{8}T\d{6}Z$/);
  });
  it('is an all-day event on the due date', () => {
    expect(prop(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: ['VALUE=DATE'], value: '20261010' });
    expect(prop(event, 'DTEND')).toEqual({ name: 'DTEND', params: ['VALUE=DATE'], value: '20261011' });
  });
  it('carries title, escaped description and url', () => {
    expect(prop(event, 'SUMMARY')?.value).toBe(base.title);
    expect(prop(event, 'DESCRIPTION')?.value).toBe(base.description); // full-width ； needs no escaping
    expect(prop(event, 'URL')?.value).toBe('https://example.org/tools/deadline/');
  });
  it('has a display alarm one day before', () => {
    const alarms = event?.children.filter((c) => c.type === 'VALARM') ?? [];
    expect(alarms).toHaveLength(1);
    expect(prop(alarms[0], 'ACTION')?.value).toBe('DISPLAY');
    expect(prop(alarms[0], 'TRIGGER')?.value).toMatch(/^-(P1D|PT24H)$/);
    expect(prop(alarms[0], 'DESCRIPTION')?.value).toContain(base.title);
  });
  it('escapes commas, semicolons and newlines (RFC 5545 §3.3.11)', () => {
    const e = parseIcs(deadlineIcs({ ...base, description: 'a, b; c\nd' })).children[0]?.children[0];
    expect(prop(e, 'DESCRIPTION')?.value).toBe('a\\, b\\; c\\nd');
  });
  it('crosses month and year ends correctly', () => {
    const e = parseIcs(deadlineIcs({ ...base, due: '2026-12-31' })).children[0]?.children[0];
    expect(prop(e, 'DTSTART')?.value).toBe('20261231');
    expect(prop(e, 'DTEND')?.value).toBe('20270101');
  });
  it('omits URL when none is given, and uses a given UID', () => {
    const e = parseIcs(deadlineIcs({ ...base, uid: 'deadline-2026-10-10@example.org' })).children[0]?.children[0];
    expect(prop(e, 'URL')).toBeUndefined();
    expect(prop(e, 'UID')?.value).toBe('deadline-2026-10-10@example.org');
  });
  it('throws a clear error for an invalid due date', () => {
    expect(() => deadlineIcs({ ...base, due: '2026-02-30' })).toThrow('无法生成日历文件：届满日“2026-02-30”不是有效日期');
  });
  it('throws a clear error when ics rejects the event', () => {
    expect(() => deadlineIcs({ ...base, url: 'not a url' })).toThrow(/^无法生成日历文件：url/);
  });
});
