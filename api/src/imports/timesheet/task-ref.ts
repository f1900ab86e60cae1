// Which task a time entry is for: a task id, or a shot code and task type that the import
// service resolves within the production.
import { readTaskType, TaskTypeName } from '../task-types';

export type TaskRef = { kind: 'id'; id: string } | { kind: 'shot'; shot: string; taskType: string };

export type TaskRefReading = { ok: true; ref: TaskRef } | { ok: false; problem: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our own column: "3f0c...-..." (task id) or "SH010/COMP". */
export function readTaskCell(text: string, taskTypes?: readonly TaskTypeName[]): TaskRefReading {
  if (UUID.test(text)) return { ok: true, ref: { kind: 'id', id: text.toLowerCase() } };
  const slash = text.lastIndexOf('/');
  if (slash < 0) {
    return {
      ok: false,
      problem: `task "${text}" is neither a task id (a UUID) nor a SHOT/TASKTYPE reference such as SH010/COMP`,
    };
  }
  return shotTask(text.slice(0, slash), text.slice(slash + 1), taskTypes);
}

/**
 * ShotGrid and Kitsu name the shot and the task separately. The shot is the last part of the
 * entity: Kitsu writes "SQ01 / SH010" (and "E01 / SQ01 / SH010" with episodes).
 */
export function shotTask(
  entity: string,
  taskName: string,
  taskTypes?: readonly TaskTypeName[],
): TaskRefReading {
  const shot = entity.split('/').pop()!.trim();
  const name = taskName.trim();
  if (shot === '')
    return { ok: false, problem: 'the shot is empty; name the shot the time was spent on, such as SH010' };
  if (name === '')
    return { ok: false, problem: `the task type for shot ${shot} is empty; name it, such as COMP` };
  // Task types are a table studios extend: a name is read against the database's types when the
  // service passes them, and passes through in code form when it does not.
  const taskType = readTaskType(name, taskTypes);
  if (!taskType.ok) return { ok: false, problem: `task type ${taskType.problem}` };
  return { ok: true, ref: { kind: 'shot', shot, taskType: taskType.code } };
}
