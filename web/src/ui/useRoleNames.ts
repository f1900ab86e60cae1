import { useMemo } from 'react';
import { useQuery } from '../api/hooks';
import { graphql } from '../gql';

const LabourRoleNamesQuery = graphql(`
  query LabourRoleNames {
    labourRoles(first: 100) {
      edges {
        node {
          code
          name
          department
        }
      }
    }
  }
`);

/** Labour role names by code ("ROTO_ARTIST" -> "Rotoscope artist"), for chart and table labels. */
export function useRoleNames(): Map<string, string> {
  const { data } = useQuery(LabourRoleNamesQuery, {});
  return useMemo(
    () => new Map(data?.labourRoles.edges.map(({ node }) => [node.code, node.name]) ?? []),
    [data],
  );
}
