import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const LoginMutation = graphql(`
  mutation LoginMutation($input: LoginInput!) {
    login(input: $input) {
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
        retryAfterSeconds
      }
    }
  }
`);

/**
 * Logs in; on success the whole Apollo store is reset, so that nothing fetched as the public
 * (or as a previous person on a shared computer) survives into the new session, and the
 * header's viewer is fetched again.
 */
export function useLogin() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(LoginMutation);
  const login = async (email: string, password: string) => {
    const { data } = await mutate({ variables: { input: { email, password } } });
    const payload = data?.login;
    if (payload?.viewer) await client.resetStore();
    return payload ?? null;
  };
  return [login, state] as const;
}
