import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const UserDisableMutation = graphql(`
  mutation UserDisableMutation($input: UserStatusChangeInput!) {
    userDisable(input: $input) {
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

/** Disables an account at the version shown (a CONFLICT answers the account as it is now). */
export function useUserDisable() {
  return useMutation(UserDisableMutation);
}
