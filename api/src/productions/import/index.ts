// Public surface of the import parsers, for the import services.
export type { ImportError, ParseResult } from './parse-result';
export type { EditShot, EditParseResult } from './edit-shot';
export { parseEdl } from './edl';
export type { EdlShot, EdlOptions } from './edl';
export { parseOtio } from './otio';
export type { OtioShot, OtioOptions } from './otio';
export { parseBreakdownCsv } from './breakdown-csv';
export type { BreakdownRow, BreakdownTask } from './breakdown-csv';
export { TASK_TYPES, TASK_PATHS } from './task-types';
export type { TaskTypeCode, TaskPath } from './task-types';
