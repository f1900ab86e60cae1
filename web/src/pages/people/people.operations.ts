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
