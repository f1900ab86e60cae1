import { graphql } from '../../gql';

export const PolicyExceptionCountsQuery = graphql(`
  query PolicyExceptionCounts($filter: PolicyExceptionFilter) {
    policyExceptionCounts(filter: $filter) {
      ruleId
      productionId
      productionCode
      total
      open
      unreviewed
    }
  }
`);

export const ReviewExceptionsMutation = graphql(`
  mutation ReviewPolicyExceptions($ids: [ID!]!, $reviewStatus: PolicyReviewStatus!, $note: String!) {
    reviewPolicyExceptions(ids: $ids, reviewStatus: $reviewStatus, note: $note) {
      id
      reviewStatus
      reviewNote
    }
  }
`);

export const RecordExceptionNoticeMutation = graphql(`
  mutation RecordExceptionNotice($id: ID!, $unionName: String!, $scope: String!, $givenAt: String!) {
    recordExceptionNotice(id: $id, unionName: $unionName, scope: $scope, givenAt: $givenAt) {
      id
      status
      closeReason
    }
  }
`);
