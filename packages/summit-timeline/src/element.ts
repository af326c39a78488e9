// The class, with nothing registered.
export { SummitTimeline } from './summit-timeline.js';
export type * from './types.js';
