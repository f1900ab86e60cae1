// Public surface of the time-entry import parser, for the time log import service.
export { parseTimeEntriesCsv, TIME_ENTRY_KINDS } from './time-entries-csv';
export type { TimeEntryRow, TimeEntryKind, TimeEntriesCsvOptions } from './time-entries-csv';
export type { TaskRef } from './task-ref';
