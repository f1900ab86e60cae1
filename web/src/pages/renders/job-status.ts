import type { InferenceJobStatus } from '../../gql/graphql';
import type { Tone } from '../../ui/Badge';

export const JOB_STATUSES: InferenceJobStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

export const isLive = (status: InferenceJobStatus): boolean => status === 'QUEUED' || status === 'RUNNING';

export const jobTone = (status: InferenceJobStatus): Tone =>
  status === 'SUCCEEDED' ? 'good' : status === 'FAILED' ? 'bad' : status === 'CANCELLED' ? 'neutral' : 'info';
