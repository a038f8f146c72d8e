import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const UserInviteMutation = graphql(`
  mutation UserInviteMutation($input: UserInviteInput!) {
    userInvite(input: $input) {
      invitationUrl
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

/** Invites a person with one role; the answer carries the invitation link, once. */
export function useUserInvite() {
  return useMutation(UserInviteMutation);
}
