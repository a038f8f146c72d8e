import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const RoleRevokeMutation = graphql(`
  mutation RoleRevokeMutation($input: RoleRevokeInput!) {
    roleRevoke(input: $input) {
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

/** Takes a role away; the answer is the user with the roles left. */
export function useRoleRevoke() {
  return useMutation(RoleRevokeMutation);
}
