import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const LogoutMutation = graphql(`
  mutation LogoutMutation {
    logout {
      loggedOut
    }
  }
`);

/** Logs out and resets the Apollo store: nothing the person saw stays in memory. */
export function useLogout() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(LogoutMutation);
  const logout = async () => {
    await mutate();
    await client.resetStore();
  };
  return [logout, state] as const;
}
