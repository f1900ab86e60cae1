import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { codeName } from '@frameledger/analytics';
import { offsetOf, PageArgs, toPage } from '../../platform/graphql/connection';
import { WorkingRefsRepository } from './working-refs.repository';
import { WorkingLineConnection, WorkingLineType, WorkingRefsType, WorkingType } from './working.types';

/** Pages a working's lines, and a line's records, only when a client asks for them. */
@Resolver(() => WorkingType)
export class WorkingResolver {
  @ResolveField(() => WorkingLineConnection, { description: 'The lines, in the order they add up.' })
  lines(@Parent() working: WorkingType, @Args() page: PageArgs) {
    const offset = offsetOf(page.after);
    return toPage(
      working.allLines.slice(offset, offset + page.first),
      offset,
      page.first,
      working.allLines.length,
    );
  }
}

@Resolver(() => WorkingLineType)
export class WorkingLineResolver {
  constructor(private readonly records: WorkingRefsRepository) {}

  @ResolveField(() => WorkingRefsType, {
    description: 'The tasks, time entries or AI runs this line came from.',
  })
  async refs(@Parent() line: WorkingLineType, @Args() page: PageArgs): Promise<WorkingRefsType> {
    const offset = offsetOf(page.after);
    const source = line.refSource;
    if (!source) return { totalCount: 0, hasNextPage: false, endCursor: null, nodes: [] };
    let nodes: Array<Omit<WorkingRefsType['nodes'][number], 'name'>>;
    let total: number;
    if ('ids' in source) {
      const ids = source.ids.slice(offset, offset + page.first);
      const kinds = await this.records.kinds(ids);
      nodes = ids.flatMap((id) => {
        const kind = kinds.get(id);
        return kind ? [{ id, kind }] : [];
      });
      total = source.ids.length;
    } else {
      nodes = await this.records.page(source.query, offset, page.first);
      total = source.count;
    }
    const names = await this.records.names(nodes.map((n) => n.id));
    const named = nodes.map((n) => ({ ...n, name: names.get(n.id) ?? codeName(n.kind) }));
    const { pageInfo } = toPage(named, offset, page.first, total);
    return { totalCount: total, nodes: named, ...pageInfo };
  }
}
