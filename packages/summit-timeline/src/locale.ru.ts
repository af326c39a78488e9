// The element's Russian: its strings and the projected summits' text (one chunk, loaded when
// an element in this language starts; see locale.ts).
import rotation from './data/rotation.ru.js';
import type { Locale } from './locale.js';
import type { Messages } from './messages.js';

const messages: Messages = {
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

const locale: Locale = { messages, rotation };
export default locale;
