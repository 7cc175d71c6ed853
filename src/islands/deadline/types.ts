/** The JSON the deadline page embeds for its island. */
import type { CalendarData } from '../../lib/deadline/holiday-calendar.ts';
import type { TimelineDeadline } from '../../lib/deadline/procedure-timeline.ts';
import type { DeadlineBasis } from '../../lib/deadline/rules.ts';

export interface CiteLink {
  id: string;
  text: string;
  href: string;
}

export interface PageDeadline extends TimelineDeadline {
  onLapse: string;
  cites: CiteLink[];
}

export interface PageProcedure {
  id: string;
  title: string;
  href: string;
  steps: { name: string; deadlines: PageDeadline[] }[];
}

export interface DeadlinePageData {
  calendar: CalendarData;
  /** The 民法典 provisions the arithmetic applies, cited and quoted from the statute text. */
  basis: DeadlineBasis;
  procedures: PageProcedure[];
}
