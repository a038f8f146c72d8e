import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const InquiryBuyerReplyMutation = graphql(`
  mutation InquiryBuyerReplyMutation($input: InquiryBuyerReplyInput!) {
    inquiryBuyerReply(input: $input) {
      inquiry {
        ...BuyerInquiryView_inquiry
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * The buyer's reply through the private link. The answer's inquiry (kept in the cache by its
 * reference, see app/apollo.ts) replaces the page's, so the new message shows at once.
 */
export function useInquiryBuyerReply() {
  return useMutation(InquiryBuyerReplyMutation);
}
