import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { badInput } from '../../common/errors';

export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many to return, 1 to ${MAX_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first = 20;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `node`, e.g. ProductionConnection. */
export function Connection<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType as Type<Page<T>>;
}

/** Cursors are opaque offsets: stable for lists ordered by an immutable key. */
export function offsetOf(after: string | undefined): number {
  if (!after) return 0;
  const decoded = Buffer.from(after, 'base64url').toString();
  // At most nine digits: a larger offset is no cursor we gave out, and would overflow SQL's OFFSET.
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match)
    throw badInput(
      'after',
      'The cursor is not one this API gave out; pass an endCursor from a previous page.',
    );
  return Number(match[1]);
}

export function toPage<T>(rows: T[], offset: number, first: number, totalCount: number): Page<T> {
  const edges = rows.slice(0, first).map((node, i) => ({
    cursor: Buffer.from(`o:${offset + i + 1}`).toString('base64url'),
    node,
  }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: offset + edges.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
