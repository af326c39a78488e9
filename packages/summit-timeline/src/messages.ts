// Every user-visible and assistive string of <summit-timeline>, in English, Chinese (Simplified),
// Russian and French. Small enough to ship inline: no flash of English before a catalog loads.
// `{name}` placeholders are filled by `fill()`.
import type { EventKind, EventStatus, Lang } from './data/types.js';

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

const en: Messages = {
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

const zh: Messages = {
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

const ru: Messages = {
  title: 'Хронология',
  zoom: 'Масштаб',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  zoomReset: 'Сбросить масштаб',
  events: 'События',
  keys: 'Стрелки переходят от события к событию по времени; Enter или пробел открывают событие; Escape снимает выбор; + и − меняют масштаб, 0 сбрасывает его.',
  status: { held: 'состоялся', announced: 'объявлен', projected: 'прогноз' },
  kind: {
    summit: 'саммит',
    'virtual-summit': 'онлайн-саммит',
    ministerial: 'встреча министров',
    milestone: 'веха',
  },
  legend: 'Обозначения',
  online: 'онлайн',
  today: 'Сегодня',
  asOf: 'Данные на {date}',
  sources: 'Источники',
  place: 'Место',
  cluster: 'Событий: {count}, {range}',
  loading: 'Хронология загружается…',
  noEvents: 'Нет событий для показа.',
  errorFetch: 'Не удалось загрузить данные хронологии: {detail}',
};

const fr: Messages = {
  title: 'Chronologie',
  zoom: 'Zoom',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  zoomReset: 'Réinitialiser le zoom',
  events: 'Événements',
  keys: 'Les flèches passent d’un événement à l’autre dans l’ordre chronologique ; Entrée ou Espace ouvre un événement ; Échap annule ; + et − zooment, 0 réinitialise.',
  status: { held: 'tenu', announced: 'annoncé', projected: 'projeté' },
  kind: {
    summit: 'sommet',
    'virtual-summit': 'sommet virtuel',
    ministerial: 'réunion ministérielle',
    milestone: 'jalon',
  },
  legend: 'Légende',
  online: 'en ligne',
  today: 'Aujourd’hui',
  asOf: 'Données à jour au {date}',
  sources: 'Sources',
  place: 'Lieu',
  cluster: '{count} événements, {range}',
  loading: 'Chargement de la chronologie…',
  noEvents: 'Aucun événement à afficher.',
  errorFetch: 'Les données de la chronologie n’ont pas pu être chargées : {detail}',
};

/** The catalogs, by language. */
export const catalogs: Record<Lang, Messages> = { en, zh, ru, fr };

/** Replaces each `{name}` in `template` with `values[name]` (as text). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : m,
  );
}
