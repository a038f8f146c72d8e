import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const UserEnableMutation = graphql(`
  mutation UserEnableMutation($input: UserStatusChangeInput!) {
    userEnable(input: $input) {
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

/** Enables a disabled account at the version shown (a CONFLICT answers the account as it is now). */
export function useUserEnable() {
  return useMutation(UserEnableMutation);
}
