// The element's French: its strings and the projected summits' text (one chunk, loaded when
// an element in this language starts; see locale.ts).
import rotation from './data/rotation.fr.js';
import type { Locale } from './locale.js';
import type { Messages } from './messages.js';

const messages: Messages = {
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

const locale: Locale = { messages, rotation };
export default locale;
