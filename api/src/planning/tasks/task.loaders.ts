import { notFound } from '../../common/errors';
import { requestLoader } from '../../platform/graphql/request-loader';
import { TaskRow } from './task.types';
import { TasksService } from './tasks.service';

/** A task by id, batched across the request (Query.task, TimeEntry.task); see shot.loaders.ts. */
export async function loadTask(context: object, tasks: TasksService, id: string): Promise<TaskRow> {
  const task = await requestLoader(context, 'task', (ids: readonly string[]) => tasks.byIds(ids)).load(id);
  if (!task) throw notFound('task', id);
  return task;
}
