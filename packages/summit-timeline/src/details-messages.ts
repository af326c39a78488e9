// The details panel's strings, in English, Chinese (Simplified), Russian and French. They load with
// the panel (the details chunk), not with the first render; the rest are in messages.ts.
import type { Lang } from './data/types.js';

export interface DetailsMessages {
  /** The panel's close button. */
  close: string;
  /** Headings of the panel's fields. */
  dates: string;
  statusLabel: string;
  /** What is uncertain about the event. */
  note: string;
  outcomes: string;
  leaders: string;
  related: string;
}

const en: DetailsMessages = {
  close: 'Close',
  dates: 'Dates',
  statusLabel: 'Status',
  note: 'Uncertain',
  outcomes: 'Outcomes',
  leaders: 'Leaders',
  related: 'Related articles',
};

const zh: DetailsMessages = {
  close: '关闭',
  dates: '日期',
  statusLabel: '状态',
  note: '存疑之处',
  outcomes: '成果',
  leaders: '与会领导人',
  related: '相关报道',
};

const ru: DetailsMessages = {
  close: 'Закрыть',
  dates: 'Даты',
  statusLabel: 'Статус',
  note: 'Неточности',
  outcomes: 'Итоги',
  leaders: 'Лидеры',
  related: 'Статьи по теме',
};

const fr: DetailsMessages = {
  close: 'Fermer',
  dates: 'Dates',
  statusLabel: 'Statut',
  note: 'Incertitudes',
  outcomes: 'Résultats',
  leaders: 'Dirigeants',
  related: 'Articles liés',
};

export const detailsCatalogs: Record<Lang, DetailsMessages> = { en, zh, ru, fr };
