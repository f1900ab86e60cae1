import { useQuery } from '../../../api/hooks';
import { DeleteDialog } from './DeleteDialog';
import { DeleteShotMutation, DeleteTaskMutation, ShotTaskNamesQuery } from './shot-edits.operations';
import { ShotDialog, type EditableShot } from './ShotDialog';
import { TaskDialog, type EditableTask } from './TaskDialog';

/** A change a planner started from the breakdown: which dialog, on what. */
export type Edit =
  | { kind: 'addShot' }
  | { kind: 'shot' | 'addTask' | 'deleteShot'; shot: EditableShot }
  | { kind: 'task' | 'deleteTask'; shot: EditableShot; task: EditableTask };

type Close = (changed: boolean, summary?: string) => void;

const inWords = (names: readonly string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** "shot SH010 and its 2 tasks (Compositing and Rotoscoping)", from the api, not from the page's filters. */
function DeleteShotDialog({
  productionId,
  shot,
  onClose,
}: {
  productionId: string;
  shot: EditableShot;
  onClose: Close;
}) {
  const { data } = useQuery(ShotTaskNamesQuery, { productionId, shotId: shot.id });
  const names = data?.tasks.edges.map((e) => e.node.taskType.name) ?? [];
  const total = data?.tasks.totalCount ?? 0;
  const tasks = total === 0 ? '' : ` and its ${total === 1 ? 'task' : `${total} tasks`} (${inWords(names)})`;
  return (
    <DeleteDialog
      title={`Delete shot ${shot.code}`}
      removes={data ? `shot ${shot.code}${tasks}` : `shot ${shot.code} and every task on it`}
      document={DeleteShotMutation}
      id={shot.id}
      summaryOf={(answer) => answer.deleteShot.summary}
      onClose={(summary) => onClose(!!summary, summary)}
    />
  );
}

export function EditDialog({
  edit,
  productionId,
  taskTypes,
  onClose,
}: {
  edit: Edit;
  productionId: string;
  taskTypes: ReadonlyArray<{ code: string; name: string }>;
  onClose: Close;
}) {
  const common = { productionId, taskTypes, onClose };
  switch (edit.kind) {
    case 'addShot':
      return <ShotDialog {...common} />;
    case 'shot':
      return <ShotDialog {...common} shot={edit.shot} />;
    case 'addTask':
      return <TaskDialog {...common} shot={edit.shot} />;
    case 'task':
      return <TaskDialog {...common} shot={edit.shot} task={edit.task} />;
    case 'deleteShot':
      return <DeleteShotDialog productionId={productionId} shot={edit.shot} onClose={onClose} />;
    case 'deleteTask':
      return (
        <DeleteDialog
          title={`Delete the ${edit.task.typeName} task on shot ${edit.shot.code}`}
          removes={`the ${edit.task.typeName} task on shot ${edit.shot.code} (the shot stays)`}
          document={DeleteTaskMutation}
          id={edit.task.id}
          summaryOf={(answer) => answer.deleteTask.summary}
          onClose={(summary) => onClose(!!summary, summary)}
        />
      );
  }
}
