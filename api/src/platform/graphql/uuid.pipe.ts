import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from '../../common/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Checks an ID argument before it reaches SQL, so a mistyped id is a BAD_USER_INPUT naming the
 * argument rather than a database error. Null passes (optional arguments).
 */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === undefined || value === null || isUuid(value)) return value;
    const field = metadata.data ?? 'id';
    throw badInput(
      field,
      `${field}: "${String(value)}" is not an id this API gave out; ids look like 3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77.`,
    );
  }
}
