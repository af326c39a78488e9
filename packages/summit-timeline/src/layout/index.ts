// The pure layout: importable in Node (no DOM).
export {
  layoutTimeline,
  autoOrientation,
  defaultMeasure,
  sortEvents,
  extentOf,
  verticalLength,
  type ShownLabel,
  type LayoutOptions,
  type TimelineLayout,
  type EventLayout,
  type ClusterLayout,
  type TickLayout,
  type TodayLayout,
  type Box,
  type Orientation,
} from './layout.js';
export {
  timeScale,
  zoomedScale,
  paddedExtent,
  maxZoom,
  IDENTITY,
  type TimeScale,
  type ZoomTransformLike,
} from './scale.js';
export { computeTicks, tickUnit, tickFormatter, type Tick, type TickUnit } from './ticks.js';
export { assignLanes, type Extent } from './lanes.js';
export { clusterByDistance, type ClusterGroup } from './clusters.js';
export { mirrorLayout, toLayoutTransform } from './mirror.js';
export { moveLayout, type MoveOptions } from './move.js';
export {
  cullLayout,
  joinStrips,
  moveView,
  stripTransform,
  shiftLayout,
  shownLabels,
  MAX_STRIPS,
  type GestureBase,
  type MovedView,
  type ViewOptions,
} from './pan.js';
