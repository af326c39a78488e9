// The pure API of the data path: no DOM, importable in Node (SSR, build tools).
// Note: parseTimeline carries valibot; the element loads ./parse.js on demand instead of this index.
export { parseTimeline, TimelineDataError, formatPath } from './parse.js';
export { TimelineSchema } from './schema.js';
export {
  projectSummits,
  ROTATION_CHINA,
  ROTATION_CENTRAL_ASIA,
  XIAN_DECLARATION_SOURCE,
} from './project.js';
export { localize, resolveLang, isLang } from './text.js';
export { builtinDataset, loadDatasetLanguage } from './builtin.js';
export { mergeTranslation, withTranslation } from './translate.js';
export { generateEvents } from './generate.js';
export {
  parseCalendarDate,
  daysInMonth,
  periodStart,
  periodEnd,
  eventInterval,
  type CalendarDate,
} from './dates.js';
export { LANGS, KINDS, STATUSES } from './types.js';
export type * from './types.js';
