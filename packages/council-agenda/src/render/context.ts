import type { Lang, Meeting } from '@bdw/core';

/** What the render functions need from the element; they hold no state of their own. */
export interface ViewContext {
  lang: Lang;
  /** The instant the live status is computed for (epoch ms). */
  now: number;
  /** Level of the widget's top headings (meeting name in a single view, sections in a list). */
  headingLevel: number;
  /** List mode: the meetings whose agenda is shown. */
  expanded: ReadonlySet<string>;
  download(meetings: Meeting[], scope: 'meeting' | 'series'): void;
  toggle(meetingId: string): void;
}
