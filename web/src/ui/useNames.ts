import { useMemo } from 'react';
import { useQuery } from '../api/hooks';
import { graphql } from '../gql';

const NamesQuery = graphql(`
  query Names {
    labourRoles(first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
    taskTypes(first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

/** Names people read for the codes reports carry: labour roles ("ROTO_ARTIST") and task types ("COMP"). */
export function useNames() {
  const { data } = useQuery(NamesQuery, {});
  return useMemo(() => {
    const taskTypes = data?.taskTypes.edges.map((e) => e.node) ?? [];
    return {
      role: (code: string) => data?.labourRoles.edges.find((e) => e.node.code === code)?.node.name ?? code,
      taskType: (code: string) => taskTypes.find((t) => t.code === code)?.name ?? code,
      /** Every task type, for pickers. */
      taskTypes,
    };
  }, [data]);
}
