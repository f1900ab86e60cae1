/**
 * The records behind an aggregated line, as a filter over the base tables: run only when the
 * dashboard opens the line, one page at a time. Ranges are half-open [from, to), ISO dates.
 */
export type RefQuery =
  | {
      kind: 'TIME_ENTRY';
      productionId: string;
      roleId: string;
      from: string;
      to: string;
      /** Only tasks on an AI path (true), only HUMAN tasks (false), or both. */
      aiTasks?: boolean;
      /** Only AI_OPERATOR and AI_REVIEW entries. */
      aiWorkOnly?: boolean;
      taskTypeCode?: string;
    }
  | {
      /** AI tasks whose last AI job finished in the range. */
      kind: 'FINISHED_TASK';
      productionId: string;
      from: string;
      to: string;
      baselineRoleId?: string;
      taskTypeCode?: string;
    }
  | { kind: 'AI_RUN'; productionId: string; currency: string; from: string; to: string }
  | {
      /** Every time entry of a role on the AI tasks whose last AI job finished in the range. */
      kind: 'FINISHED_TASK_ENTRY';
      productionId: string;
      roleId: string;
      from: string;
      to: string;
    }
  | {
      /** Every AI run in a currency on the AI tasks whose last AI job finished in the range. */
      kind: 'FINISHED_TASK_RUN';
      productionId: string;
      currency: string;
      from: string;
      to: string;
    };
