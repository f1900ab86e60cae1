import { GroupGrant } from '../../config/sso';
import { grantsFor, groupsOf } from './grants';

const MAP: Record<string, GroupGrant> = {
  admins: { role: 'ADMIN', memberships: { A: 'PLANNER' } },
  planners: { role: 'PLANNER' },
  'a-review': { memberships: { A: 'REVIEWER' } },
  'b-ops': { memberships: { B: 'OPERATOR', A: 'OPERATOR' } },
};

describe('grantsFor', () => {
  it('gives nothing to a person in no mapped group', () => {
    expect(grantsFor(['marketing'], MAP)).toBeUndefined();
  });

  it('takes the role and each production role from the first mapped group in map order', () => {
    expect(grantsFor(['b-ops', 'a-review', 'planners'], MAP)).toEqual({
      role: 'PLANNER',
      memberships: { A: 'REVIEWER', B: 'OPERATOR' },
      groups: ['planners', 'a-review', 'b-ops'],
    });
  });

  it('makes a membership-only person their first membership role, and drops memberships for a studio-wide role', () => {
    expect(grantsFor(['a-review'], MAP)?.role).toBe('REVIEWER');
    expect(grantsFor(['admins', 'a-review'], MAP)).toMatchObject({ role: 'ADMIN', memberships: {} });
  });

  it('reads a groups claim sent as a list or as one string', () => {
    expect(groupsOf({ groups: ['a', 1, 'b'] }, 'groups')).toEqual(['a', 'b']);
    expect(groupsOf({ roles: 'a' }, 'roles')).toEqual(['a']);
    expect(groupsOf({}, 'groups')).toEqual([]);
  });
});
