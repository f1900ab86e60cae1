import { graphql } from '../../gql';

export const PeopleQuery = graphql(`
  query People {
    people {
      id
      email
      displayName
      role
      active
      lastSignInAt
      invitationPending
      memberships {
        productionId
        role
        company
      }
    }
  }
`);

export const InvitePersonMutation = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      person {
        id
      }
      link {
        path
        expiresAt
      }
    }
  }
`);

export const ChangePersonRoleMutation = graphql(`
  mutation ChangePersonRole($id: ID!, $role: Role!) {
    changePersonRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

export const DeactivatePersonMutation = graphql(`
  mutation DeactivatePerson($id: ID!) {
    deactivatePerson(id: $id) {
      id
      active
    }
  }
`);

export const ReactivatePersonMutation = graphql(`
  mutation ReactivatePerson($id: ID!) {
    reactivatePerson(id: $id) {
      id
      active
    }
  }
`);

export const SetPersonMembershipsMutation = graphql(`
  mutation SetPersonMemberships($id: ID!, $memberships: [MembershipInput!]!) {
    setPersonMemberships(id: $id, memberships: $memberships) {
      id
      memberships {
        productionId
        role
        company
      }
    }
  }
`);

export const MembershipProductionsQuery = graphql(`
  query MembershipProductions {
    productions(first: 100) {
      edges {
        node {
          id
          code
          title
        }
      }
    }
  }
`);
