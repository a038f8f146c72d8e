import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const InvitationAcceptMutation = graphql(`
  mutation InvitationAcceptMutation($input: InvitationAcceptInput!) {
    invitationAccept(input: $input) {
      viewer {
        id
        displayName
        roles {
          role
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Accepts an invitation with a password of one's own; it logs in, so the store is reset as at login. */
export function useInvitationAccept() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(InvitationAcceptMutation);
  const accept = async (input: { token: string; password: string; displayName: string | null }) => {
    const { data } = await mutate({ variables: { input } });
    const payload = data?.invitationAccept ?? null;
    if (payload?.viewer) await client.resetStore();
    return payload;
  };
  return [accept, state] as const;
}
