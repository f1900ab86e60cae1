import type { Edit } from './EditDialog';
import type { EditableShot } from './ShotDialog';
import type { EditableTask } from './TaskDialog';

/**
 * The changes a planner can start from a task's row, folded away so a long breakdown stays
 * readable: its task (change, delete) and its shot (change, add a task, delete).
 */
export function RowActions({
  shot,
  task,
  onEdit,
}: {
  shot: EditableShot;
  task: EditableTask;
  onEdit(edit: Edit): void;
}) {
  const item = (label: string, edit: Edit, danger = false) => (
    <li>
      <button
        type="button"
        className={danger ? 'button button--small button--danger' : 'button button--small'}
        onClick={(event) => {
          // Folded again, so the row reads as before once the dialog closes.
          event.currentTarget.closest('details')?.removeAttribute('open');
          onEdit(edit);
        }}
      >
        {label}
      </button>
    </li>
  );
  return (
    <details className="row-actions">
      <summary aria-label={`Change shot ${shot.code} or its ${task.typeName} task`}>Change…</summary>
      <ul className="plain-list">
        {item('Edit task…', { kind: 'task', shot, task })}
        {item('Delete task…', { kind: 'deleteTask', shot, task }, true)}
        {item('Edit shot…', { kind: 'shot', shot })}
        {item('Add a task…', { kind: 'addTask', shot })}
        {item('Delete shot…', { kind: 'deleteShot', shot }, true)}
      </ul>
    </details>
  );
}
