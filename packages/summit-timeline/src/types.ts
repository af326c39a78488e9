/** Minimal event shape of the first version; the data-format issue defines the full one. */
export interface TimelineEvent {
  id: string;
  start: string;
  title: string;
}
export interface TimelineData {
  version: 1;
  title?: string;
  events: TimelineEvent[];
}
