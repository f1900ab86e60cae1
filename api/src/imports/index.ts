// Public surface of the import parsers, for the import services.
export type { ImportError, ParseResult } from './parse-result';
export type { EditShot, EditParseResult } from './edit-shot';
export { parseEdl } from './edl';
export type { EdlShot, EdlOptions } from './edl';
export { parseOtio } from './otio';
export type { OtioShot, OtioOptions } from './otio';
export { parseBreakdownCsv } from './breakdown-csv';
export type { BreakdownRow, BreakdownTask, BreakdownCsvOptions } from './breakdown-csv';
export { readTaskType, TASK_PATHS } from './task-types';
export type { TaskPath, TaskTypeName } from './task-types';
export { FRAME_MAX, SHOT_CODE_MAX, TIME_SCALAR_MAX } from './limits';
