import { scopedRefs, visibleProductions } from './production-scope';
import { Role } from '../../common/roles';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const T = '33333333-3333-4333-8333-333333333333';

describe('scopedRefs: what an operation names, for the roles guard', () => {
  it('finds ids at the top, inside input and inside lists of entries', () => {
    expect(
      scopedRefs({ productionId: A, input: { entries: [{ taskId: T }, { taskId: T.toUpperCase() }] } }),
    ).toEqual([
      { kind: 'production', id: A },
      { kind: 'task', id: T },
      { kind: 'task', id: T },
    ]);
  });

  it('splits a REST query\'s comma-separated list, so "mine,theirs" names both', () => {
    expect(scopedRefs({ productionIds: `${A},${B}` })).toEqual([
      { kind: 'production', id: A },
      { kind: 'production', id: B },
    ]);
  });

  it('reads `id` only where the operation declares what it names, and skips values that are no id', () => {
    expect(scopedRefs({ id: A })).toEqual([]);
    expect(scopedRefs({ id: A }, { id: 'production' })).toEqual([{ kind: 'production', id: A }]);
    expect(scopedRefs({ productionId: "x' OR 1=1", taskId: 42 })).toEqual([]);
  });
});

describe('visibleProductions', () => {
  it('is undefined (no filter) for a studio-wide person and their productions for a scoped one', () => {
    expect(visibleProductions({}, [Role.REVIEWER])).toBeUndefined();
    expect(
      visibleProductions({ memberships: [{ productionId: A, role: Role.REVIEWER }] }, [Role.REVIEWER]),
    ).toEqual([A]);
  });

  it('keeps only the productions whose role the operation admits', () => {
    const B = 'b0000000-0000-4000-8000-000000000000';
    const mixed = {
      memberships: [
        { productionId: A, role: Role.OPERATOR },
        { productionId: B, role: Role.REVIEWER },
      ],
    };
    expect(visibleProductions(mixed, [Role.ADMIN, Role.REVIEWER])).toEqual([B]);
    expect(visibleProductions(mixed, [Role.OPERATOR, Role.REVIEWER])).toEqual([A, B]);
    expect(visibleProductions({}, [Role.REVIEWER])).toBeUndefined();
  });
});
