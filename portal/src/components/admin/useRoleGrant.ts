import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const RoleGrantMutation = graphql(`
  mutation RoleGrantMutation($input: RoleGrantInput!) {
    roleGrant(input: $input) {
      user {
        id
        ...UserRow_user
      }
      userErrors {
        field
        code
        message
        currentVersion
      }
    }
  }
`);

/** Gives a user a role bound to a producer or a unit; the answer is the user with their roles. */
export function useRoleGrant() {
  return useMutation(RoleGrantMutation);
}
