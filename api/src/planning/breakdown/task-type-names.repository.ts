import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TaskTypeName } from '../../imports';

/**
 * Every task type's code and name, the vocabulary imported task names are read against (a
 * breakdown's task_type, a time log's task or Kitsu task type), a studio's own types included.
 * The table holds tens of rows, so it is read whole per import.
 */
@Injectable()
export class TaskTypeNamesRepository {
  all(manager: EntityManager): Promise<TaskTypeName[]> {
    return manager.query(`SELECT code, name FROM task_type ORDER BY code`);
  }
}
