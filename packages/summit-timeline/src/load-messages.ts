// The error messages of a failed load, in English, Chinese (Simplified), Russian and French. A
// chunk of their own, loaded with the first error: readers of a working page never download them.
// (If it cannot load, the element words the error with the `errorFetch` string it ships.)
import type { Lang } from './data/types.js';
import type { LoadError } from './load.js';
import { fill } from './messages.js';

export interface LoadErrorMessages {
  /** `{seconds}`. */
  errorTimeout: string;
  /** `{status}`: the HTTP status. */
  errorHttp: string;
  /** `{detail}` explains. */
  errorParse: string;
  /** `{detail}` explains. */
  errorInvalid: string;
  /** Added when earlier data stays on screen. */
  kept: string;
  /** `{url}` of the failed document. */
  errorSource: string;
  /** A fetch error (`{error}`) followed by where it came from (`{source}`). */
  errorWithSource: string;
  /** The request failed (offline, refused, reset or blocked). */
  errorNetwork: string;
  /** The built-in dataset's own file could not load. */
  errorDataset: string;
  /** A part of the timeline's code could not load. */
  errorCode: string;
}

const en: LoadErrorMessages = {
  errorTimeout: 'no answer within {seconds} seconds',
  errorHttp: 'the server answered {status}',
  errorParse: 'The timeline data could not be read: {detail}',
  errorInvalid: 'The timeline data is not in the expected format: {detail}',
  kept: 'The timeline still shows the data it had before.',
  errorSource: 'from {url}',
  errorWithSource: '{error} ({source})',
  errorNetwork: 'the request failed',
  errorDataset: 'the built-in dataset could not be loaded',
  errorCode: 'part of the timeline’s code could not be loaded',
};

const zh: LoadErrorMessages = {
  errorTimeout: '{seconds}秒内无响应',
  errorHttp: '服务器返回 {status}',
  errorParse: '无法读取时间线数据：{detail}',
  errorInvalid: '时间线数据格式不符：{detail}',
  kept: '时间线仍显示先前的数据。',
  errorSource: '来源：{url}',
  errorWithSource: '{error}（{source}）',
  errorNetwork: '请求失败',
  errorDataset: '内置数据集无法加载',
  errorCode: '时间线的部分代码无法加载',
};

const ru: LoadErrorMessages = {
  errorTimeout: 'нет ответа за {seconds} с',
  errorHttp: 'сервер ответил {status}',
  errorParse: 'Не удалось прочитать данные хронологии: {detail}',
  errorInvalid: 'Данные хронологии не соответствуют формату: {detail}',
  kept: 'Хронология по-прежнему показывает прежние данные.',
  errorSource: 'адрес: {url}',
  errorWithSource: '{error} ({source})',
  errorNetwork: 'запрос не выполнен',
  errorDataset: 'не удалось загрузить встроенный набор данных',
  errorCode: 'не удалось загрузить часть кода хронологии',
};

const fr: LoadErrorMessages = {
  errorTimeout: 'pas de réponse en {seconds} secondes',
  errorHttp: 'le serveur a répondu {status}',
  errorParse: 'Les données de la chronologie n’ont pas pu être lues : {detail}',
  errorInvalid: 'Les données de la chronologie ne respectent pas le format : {detail}',
  kept: 'La chronologie affiche toujours les données précédentes.',
  errorSource: 'adresse : {url}',
  errorWithSource: '{error} ({source})',
  errorNetwork: 'la requête a échoué',
  errorDataset: 'le jeu de données intégré n’a pas pu être chargé',
  errorCode: 'une partie du code de la chronologie n’a pas pu être chargée',
};

export const loadErrorCatalogs: Record<Lang, LoadErrorMessages> = { en, zh, ru, fr };

/** The words for each `LoadError.cause`, which replace the technical detail. */
const CAUSES = {
  network: 'errorNetwork',
  dataset: 'errorDataset',
  code: 'errorCode',
} as const satisfies Record<NonNullable<LoadError['cause']>, keyof LoadErrorMessages>;

/** What the element shows for a failed load (see SummitTimeline's status line). */
export interface LoadNotice {
  reason: 'fetch' | 'parse' | 'invalid';
  detail: string;
  url?: string;
  /** Milliseconds. */
  timeout?: number;
  status?: number;
  cause?: LoadError['cause'];
}

/**
 * The status line of a failed load in `lang`. `fetchTemplate` is the element's `errorFetch`
 * string; `kept`: earlier data stays on screen.
 */
export function loadErrorText(
  n: LoadNotice,
  lang: Lang,
  fetchTemplate: string,
  format: (n: number) => string,
  kept: boolean,
): string {
  const m = loadErrorCatalogs[lang];
  let text: string;
  if (n.reason === 'fetch') {
    const why =
      n.timeout !== undefined
        ? fill(m.errorTimeout, { seconds: format(Math.round(n.timeout / 100) / 10) })
        : n.status !== undefined
          ? fill(m.errorHttp, { status: n.status })
          : n.cause
            ? m[CAUSES[n.cause]]
            : n.detail;
    const error = fill(fetchTemplate, { detail: why });
    // Code that failed to load (the built-in dataset's chunk, the validator's) has no URL to name.
    text =
      n.url === undefined
        ? error
        : fill(m.errorWithSource, { error, source: fill(m.errorSource, { url: n.url }) });
  } else {
    text = fill(n.reason === 'parse' ? m.errorParse : m.errorInvalid, { detail: n.detail });
  }
  return kept ? `${text} ${m.kept}` : text;
}
