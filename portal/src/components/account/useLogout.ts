import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const LogoutMutation = graphql(`
  mutation LogoutMutation {
    logout {
      loggedOut
    }
  }
`);

/**
 * Logs out, empties the Apollo store and loads the home page afresh: nothing the person saw stays
 * in memory. A full load rather than a route change: a page that needs a login would otherwise
 * see the viewer vanish while the router is still loading the home page's code, and send the
 * person to the login page instead.
 */
export function useLogout() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(LogoutMutation);
  const logout = async () => {
    await mutate();
    await client.clearStore();
    window.location.assign('/');
  };
  return [logout, state] as const;
}
