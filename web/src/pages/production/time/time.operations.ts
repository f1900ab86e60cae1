import { graphql } from '../../../gql';

export const TimeEntriesQuery = graphql(`
  query TimeEntries($productionId: ID!, $first: Int!, $person: String) {
    timeEntries(productionId: $productionId, first: $first, person: $person) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          person
          workDate
          minutes
          kind
          note
          reverses
          corrects
          monthClosed
          reversed
          task {
            id
            shot {
              code
            }
            taskType {
              code
              name
            }
          }
          role {
            code
            name
          }
        }
      }
    }
  }
`);

export const UpdateTimeEntryMutation = graphql(`
  mutation UpdateTimeEntry($id: ID!, $changes: TimeEntryChanges!) {
    updateTimeEntry(id: $id, changes: $changes) {
      reversed
      entry {
        id
        workDate
        minutes
      }
      reversal {
        id
        workDate
        minutes
      }
    }
  }
`);

export const DeleteTimeEntryMutation = graphql(`
  mutation DeleteTimeEntry($id: ID!) {
    deleteTimeEntry(id: $id) {
      reversed
      reversal {
        id
        workDate
        minutes
      }
    }
  }
`);

export const ImportTimeEntriesMutation = graphql(`
  mutation ImportTimeEntries($productionId: ID!, $content: String!, $dryRun: Boolean!) {
    importTimeEntries(format: CSV, productionId: $productionId, content: $content, dryRun: $dryRun) {
      committed
      count
      hours
      entryIds
      entries {
        line
        person
        roleCode
        workDate
        minutes
        kind
        note
        task {
          id
          shot {
            code
          }
          taskType {
            code
            name
          }
        }
      }
      errors {
        line
        field
        message
        suggestion
      }
    }
  }
`);

export const DeleteTimeEntriesMutation = graphql(`
  mutation DeleteTimeEntries($ids: [ID!]!) {
    deleteTimeEntries(ids: $ids) {
      reversed
    }
  }
`);
