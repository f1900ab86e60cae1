import { graphql } from '../../gql';

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      performerName
    }
  }
`);
