// The class, the types and the pure functions, with nothing registered.
export {
  SummitTimeline,
  type TimelineSelectDetail,
  type TimelineErrorDetail,
  type TimelineErrorReason,
} from './summit-timeline.js';
export { parseTimeline, TimelineDataError } from './data/parse.js';
export { projectSummits } from './data/project.js';
export { localize, resolveLang } from './data/text.js';
export { builtinDataset, loadDatasetLanguage } from './data/builtin.js';
export * from './layout/index.js';
export { catalogs } from './catalogs.js';
export type { Messages } from './messages.js';
export { detailsCatalogs, type DetailsMessages } from './details-messages.js';
export { loadErrorCatalogs, type LoadErrorMessages } from './load-messages.js';
export { formatEventDate, formatPlace, optionName } from './format.js';
export type * from './data/types.js';
