import type { Tone } from '../../ui/Badge';

/** UNKNOWN training data is what guild rules flag; MIXED needs reading. */
export const trainingDataTone = (kind: string): Tone =>
  kind === 'UNKNOWN' ? 'bad' : kind === 'MIXED' ? 'warn' : 'good';

/** OK and UNUSED stand; a late signature or short notice breaks the 48-hour rule. */
export const consentTone = (standing: string | null | undefined): Tone =>
  standing === 'OK' || standing === 'NOT_NEEDED' ? 'good' : standing === 'UNUSED' ? 'neutral' : 'bad';

export const exceptionTone = (status: string): Tone =>
  status === 'OPEN' ? 'bad' : status === 'WAIVED' ? 'warn' : 'good';

export const reviewTone = (status: string): Tone =>
  status === 'ACCEPTED' ? 'good' : status === 'QUERIED' ? 'warn' : 'neutral';
