// Demo artists: invented names, six per role and production, so a person never logs more than a
// working day's hours.
import { PORTFOLIO } from '../demo/productions';

const NAMES: Record<string, { first: string[]; last: string[] }> = {
  [PORTFOLIO.series]: {
    first: [
      'Lucía',
      'Martín',
      'Sofía',
      'Joaquín',
      'Camila',
      'Tomás',
      'Valentina',
      'Mateo',
      'Julieta',
      'Nicolás',
      'Agustina',
      'Facundo',
    ],
    last: [
      'Fernández',
      'Gómez',
      'Rodríguez',
      'López',
      'Martínez',
      'Pérez',
      'Sosa',
      'Romero',
      'Álvarez',
      'Benítez',
      'Acosta',
      'Medina',
    ],
  },
  [PORTFOLIO.film]: {
    first: [
      'Olivia',
      'Harry',
      'Amelia',
      'George',
      'Isla',
      'Noah',
      'Freya',
      'Arthur',
      'Poppy',
      'Leo',
      'Ivy',
      'Oscar',
    ],
    last: [
      'Clarke',
      'Walsh',
      'Hughes',
      'Patel',
      'Evans',
      'Murphy',
      'Khan',
      'Turner',
      'Bennett',
      'Shaw',
      'Reid',
      'Price',
    ],
  },
  [PORTFOLIO.animation]: {
    first: ['Maya', 'Ethan', 'Aria', 'Lucas', 'Zoe', 'Diego', 'Nora', 'Kai', 'Hana', 'Owen', 'Rosa', 'Eli'],
    last: [
      'Nguyen',
      'Garcia',
      'Kim',
      'Brooks',
      'Chen',
      'Rivera',
      'Okafor',
      'Park',
      'Silva',
      'Hayes',
      'Tanaka',
      'Morris',
    ],
  },
};

export const PEOPLE_PER_ROLE = 6;

/** The pool of people a production has in a role, in a fixed order. */
export function peopleIn(production: string, roleIndex: number): string[] {
  const { first, last } = NAMES[production];
  return Array.from({ length: PEOPLE_PER_ROLE }, (_, i) => {
    const n = roleIndex * PEOPLE_PER_ROLE + i;
    return `${first[n % first.length]} ${last[(n * 5 + roleIndex) % last.length]}`;
  });
}
