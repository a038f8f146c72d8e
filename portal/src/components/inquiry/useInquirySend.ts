import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const InquirySendMutation = graphql(`
  mutation InquirySendMutation($input: InquirySendInput!) {
    inquirySend(input: $input) {
      buyerToken
      inquiry {
        reference
        status
        producer {
          id
          name
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

/** Sends a buyer's inquiry (no login); the answer carries the private link's token, once. */
export function useInquirySend() {
  return useMutation(InquirySendMutation);
}
