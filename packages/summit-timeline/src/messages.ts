// Every user-visible and assistive string of <summit-timeline>: the catalog's shape and its
// English, which the element ships. Chinese (Simplified), Russian and French are in locale.<lang>.ts, each
// loaded before an element in that language starts (locale.ts), so no English flashes in first.
// `{name}` placeholders are filled by `fill()`.
import type { EventKind, EventStatus } from './data/types.js';

export interface Messages {
  /** Heading when the data has no title. */
  title: string;
  /** The zoom toolbar's name. */
  zoom: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  /** The listbox's name. */
  events: string;
  /** How to use the listbox (its description). */
  keys: string;
  /** Status names, said in each option's name and shown on the labels. */
  status: Record<EventStatus, string>;
  kind: Record<EventKind, string>;
  /** The key to the marker shapes. */
  legend: string;
  online: string;
  today: string;
  /** `{date}`: when the data was last checked. */
  asOf: string;
  /** Link from the "as of" line to the sources of the selected or first event. */
  sources: string;
  place: string;
  /** A cluster badge: `{count}` events, `{range}` their dates. */
  cluster: string;
  loading: string;
  noEvents: string;
  /** `{detail}` explains. */
  errorFetch: string;
}

/** English: built in (every other language loads on demand, see locale.ts). */
export const en: Messages = {
  title: 'Timeline',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset zoom',
  events: 'Events',
  keys: 'Arrow keys move between events in time order; Enter or Space opens one; Escape clears; + and − zoom, 0 resets.',
  status: { held: 'held', announced: 'announced', projected: 'projected' },
  kind: {
    summit: 'summit',
    'virtual-summit': 'virtual summit',
    ministerial: 'ministerial meeting',
    milestone: 'milestone',
  },
  legend: 'Key',
  online: 'online',
  today: 'Today',
  asOf: 'Data as of {date}',
  sources: 'Sources',
  place: 'Place',
  cluster: '{count} events, {range}',
  loading: 'Loading the timeline…',
  noEvents: 'No events to show.',
  errorFetch: 'The timeline data could not be loaded: {detail}',
};

/** Replaces each `{name}` in `template` with `values[name]` (as text). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : m,
  );
}
