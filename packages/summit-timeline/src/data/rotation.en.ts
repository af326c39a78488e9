// The projected summits' text in English (see rotation.ts).
import type { RotationText } from './rotation.js';

const country: RotationText['country'] = {
  CN: 'China',
  KZ: 'Kazakhstan',
  KG: 'Kyrgyzstan',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  UZ: 'Uzbekistan',
};

const text: RotationText = {
  lang: 'en',
  country,
  title: (host) => `Summit in ${country[host]}`,
  summary: (year, host) =>
    `A projection, not an announcement: by the Xi'an Declaration's rule (a summit every two years, alternating between China and the Central Asian states in alphabetical order), the ${year} summit falls to ${country[host]}.`,
  note: 'Projected from the rotation rule: the month and city are unknown.',
};
export default text;
