import { useMemo } from 'react';
import { useQuery } from '../api/hooks';
import { graphql } from '../gql';
import { codeToWords } from './words';

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
      // A code with no row (a model may serve a task type no production uses yet) reads as its words.
      role: (code: string) =>
        data?.labourRoles.edges.find((e) => e.node.code === code)?.node.name ?? codeToWords(code),
      taskType: (code: string) => taskTypes.find((t) => t.code === code)?.name ?? codeToWords(code),
      /** Every task type, for pickers. */
      taskTypes,
    };
  }, [data]);
}
