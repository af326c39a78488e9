// The projected summits' text in French (see rotation.ts). Loaded on demand.
import { namesOf, type RotationHost, type RotationText } from './rotation.js';

/** The name, "en/au …" and "à la/au/à l'…" forms. */
const forms: Record<RotationHost, [name: string, inHost: string, toHost: string]> = {
  CN: ['Chine', 'en Chine', 'à la Chine'],
  KZ: ['Kazakhstan', 'au Kazakhstan', 'au Kazakhstan'],
  KG: ['Kirghizistan', 'au Kirghizistan', 'au Kirghizistan'],
  TJ: ['Tadjikistan', 'au Tadjikistan', 'au Tadjikistan'],
  TM: ['Turkménistan', 'au Turkménistan', 'au Turkménistan'],
  UZ: ['Ouzbékistan', 'en Ouzbékistan', "à l'Ouzbékistan"],
};

const text: RotationText = {
  lang: 'fr',
  country: namesOf(forms),
  title: (host) => `Sommet ${forms[host][1]}`,
  summary: (year, host) =>
    `Une projection, non une annonce : selon la règle de la déclaration de Xi'an (un sommet tous les deux ans, en alternance entre la Chine et les États d'Asie centrale par ordre alphabétique), le sommet de ${year} reviendrait ${forms[host][2]}.`,
  note: 'Projeté d’après la règle de rotation : le mois et la ville sont inconnus.',
};
export default text;
