// projectSummits: the summits that the rotation rule of the Xi'an Declaration projects after the
// last held or announced one, their text in all four languages. Pure: no DOM, no I/O, the input is
// never mutated. (The element ships the rule with English only and loads other languages' text on
// demand: rotation.ts.)
import { projectRotation } from './rotation.js';
import fr from './rotation.fr.js';
import ru from './rotation.ru.js';
import zh from './rotation.zh.js';
import type { TimelineEvent } from './types.js';

export {
  ROTATION_CHINA,
  ROTATION_CENTRAL_ASIA,
  XIAN_DECLARATION_SOURCE,
  type RotationHost,
} from './rotation.js';

/**
 * Returns `events` followed by `count` (default 1) projected summits after the last held or
 * announced summit, per the rotation rule: a summit every two years, alternating between China and
 * the Central Asian states in alphabetical order (KZ, KG, TJ, TM, UZ, then KZ again), keyed by
 * `place.countryCode`. A year in which the data already has a summit hosted by one of the six (or
 * with no host given), or an event holding the id the projection would take, is not projected
 * again. Without a held or announced summit hosted by one of the six, nothing is added. Titles,
 * summaries, notes and host names are in English, Chinese, Russian and French.
 */
export function projectSummits(
  events: TimelineEvent[],
  options: { count?: number } = {},
): TimelineEvent[] {
  return projectRotation(events, options, [zh, ru, fr]);
}
