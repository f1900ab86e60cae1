// Labour roles of the demo. SOC codes are the US Standard Occupational Classification the BLS
// wage figures in rate-cards.ts are published under.

export interface SeedRole {
  code: string;
  name: string;
  department: string;
  socCode: string;
  unionLocal: string | null;
}

export const ROLES: SeedRole[] = [
  { code: 'ROTO_ARTIST', name: 'Roto artist', department: 'Prep', socCode: '27-1014', unionLocal: null },
  {
    code: 'PAINT_ARTIST',
    name: 'Paint and prep artist',
    department: 'Prep',
    socCode: '27-1014',
    unionLocal: null,
  },
  { code: 'COMPOSITOR', name: 'Compositor', department: 'Comp', socCode: '27-1014', unionLocal: null },
  {
    code: 'MATCHMOVE_ARTIST',
    name: 'Matchmove artist',
    department: 'Camera',
    socCode: '27-1014',
    unionLocal: null,
  },
  { code: 'FX_ARTIST', name: 'FX artist', department: 'FX', socCode: '27-1014', unionLocal: null },
  {
    code: 'FINISHING_EDITOR',
    name: 'Online and finishing editor',
    department: 'Finishing',
    socCode: '27-4032',
    unionLocal: null,
  },
  {
    code: 'AI_OPERATOR',
    name: 'AI pipeline operator',
    department: 'Pipeline',
    socCode: '27-1014',
    unionLocal: null,
  },
  {
    code: 'VFX_SUPERVISOR',
    name: 'VFX supervisor',
    department: 'Supervision',
    socCode: '27-1014',
    unionLocal: null,
  },
  {
    code: 'ANIMATION_COMPOSITOR',
    name: 'Animation compositor',
    department: 'Animation',
    socCode: '27-1014',
    unionLocal: 'The Animation Guild, IATSE Local 839',
  },
];
