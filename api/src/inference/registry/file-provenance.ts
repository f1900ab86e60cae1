import type { ModelProvenance } from './model.types';

/** The part of a model's provenance that belongs to the file (its bytes), not to one registration of it. */
export type FileProvenance = Pick<
  ModelProvenance,
  'licence' | 'trainingData' | 'trainingDataNotes' | 'vendor' | 'source' | 'weights'
>;

export const FILE_PROVENANCE_FIELDS = [
  'licence',
  'trainingData',
  'trainingDataNotes',
  'vendor',
  'source',
  'weights',
] as const;

export function fileProvenanceOf(provenance: ModelProvenance): FileProvenance {
  return Object.fromEntries(FILE_PROVENANCE_FIELDS.map((f) => [f, provenance[f]])) as FileProvenance;
}

/** One field where a registration disagrees with what the file's provenance says. */
export interface ProvenanceDifference {
  field: (typeof FILE_PROVENANCE_FIELDS)[number];
  recorded: string;
  given: string;
}

export function provenanceDifferences(
  recorded: FileProvenance,
  given: FileProvenance,
): ProvenanceDifference[] {
  return FILE_PROVENANCE_FIELDS.filter((field) => recorded[field] !== given[field]).map((field) => ({
    field,
    recorded: String(recorded[field]),
    given: String(given[field]),
  }));
}

const quote = (text: string) => (text.length > 80 ? `"${text.slice(0, 77)}..."` : `"${text}"`);

/** The sentence a refused re-registration answers with: every field that differs, both ways. */
export function describeDifferences(
  sha256: string,
  revision: number,
  differences: ProvenanceDifference[],
): string {
  const listed = differences
    .map((d) => `${d.field} is ${quote(d.recorded)} there, ${quote(d.given)} here`)
    .join('; ');
  return `This file (sha256 ${sha256}) is registered already, and its provenance (revision ${revision}) disagrees with this registration: ${listed}. Licence, training data and origin belong to the file: register it with the recorded values, or have an admin correct the file's provenance (correctModelProvenance) with a reason.`;
}
