/**
 * Okabe-Ito: eight colours told apart with the common colour-vision deficiencies. Charts use them
 * with a legend and direct labels, so no reading rests on colour alone.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** One meaning, one colour, on every page. */
export const SERIES = {
  human: OKABE_ITO.blue,
  ai: OKABE_ITO.orange,
  displaced: OKABE_ITO.vermillion,
  created: OKABE_ITO.green,
  savings: OKABE_ITO.green,
  baseline: OKABE_ITO.black,
  budget: OKABE_ITO.vermillion,
  plan: OKABE_ITO.blue,
  frontier: OKABE_ITO.sky,
  highlight: OKABE_ITO.purple,
} as const;

export const AXIS = { stroke: '#525a64', fontSize: 12 } as const;
export const GRID = '#d6dae0';
