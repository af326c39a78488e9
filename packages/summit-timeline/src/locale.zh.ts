// The element's Chinese (Simplified): its strings and the projected summits' text (one chunk, loaded when
// an element in this language starts; see locale.ts).
import rotation from './data/rotation.zh.js';
import type { Locale } from './locale.js';
import type { Messages } from './messages.js';

const messages: Messages = {
  title: '时间线',
  zoom: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '重置缩放',
  events: '事件',
  keys: '方向键按时间顺序切换事件；回车键或空格键打开事件；Esc 键取消选择；+ 和 − 键缩放，0 键重置。',
  status: { held: '已举行', announced: '已宣布', projected: '推算' },
  kind: {
    summit: '峰会',
    'virtual-summit': '视频峰会',
    ministerial: '外长会晤',
    milestone: '里程碑',
  },
  legend: '图例',
  online: '线上',
  today: '今天',
  asOf: '数据截至{date}',
  sources: '资料来源',
  place: '地点',
  cluster: '{count}个事件，{range}',
  loading: '正在加载时间线…',
  noEvents: '没有可显示的事件。',
  errorFetch: '无法加载时间线数据：{detail}',
};

const locale: Locale = { messages, rotation };
export default locale;
