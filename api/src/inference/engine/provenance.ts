/** Where a model's training data came from, as declared by whoever made it (docs/design.md, "Domain"). */
export type TrainingDataKind = 'LICENSED' | 'CONSENTED' | 'PUBLIC_DOMAIN' | 'SYNTHETIC' | 'MIXED' | 'UNKNOWN';

/** What a union reviewer reads about a model before trusting its output. */
export interface ModelProvenance {
  /** SPDX licence id, or LicenseRef-... for a licence SPDX does not list. */
  licence: string;
  trainingData: TrainingDataKind;
  /** What the declaration rests on, in words, with its gaps. */
  trainingDataNotes: string;
  vendor: string;
  /** Where the file itself comes from (package and path, or "written by ..."). */
  source: string;
  /** HAND_SET weights compute a classical operation; TRAINED ones were learned from data (C2PA trainedAlgorithmicMedia). */
  weights: 'HAND_SET' | 'TRAINED';
}
