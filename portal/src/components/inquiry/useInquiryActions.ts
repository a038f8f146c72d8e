import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

/*
 * The producer side's mutations. Each answers the inquiry with the fields of the detail page
 * (ProducerInquiryView_inquiry), so the cache — an Inquiry is normalised by its id — updates the
 * page, and the inbox's rows, without a refetch. The header's unread count is asked again after
 * those that change it.
 */

export const InquiryReplyMutation = graphql(`
  mutation InquiryReplyMutation($input: InquiryReplyInput!) {
    inquiryReply(input: $input) {
      inquiry {
        id
        ...ProducerInquiryView_inquiry
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const InquiryMarkReadMutation = graphql(`
  mutation InquiryMarkReadMutation($input: InquiryMarkReadInput!) {
    inquiryMarkRead(input: $input) {
      inquiry {
        id
        unread
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const InquirySetOutcomeMutation = graphql(`
  mutation InquirySetOutcomeMutation($input: InquirySetOutcomeInput!) {
    inquirySetOutcome(input: $input) {
      inquiry {
        id
        ...ProducerInquiryView_inquiry
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const InquiryBlockSenderMutation = graphql(`
  mutation InquiryBlockSenderMutation($input: InquiryBlockSenderInput!) {
    inquiryBlockSender(input: $input) {
      inquiry {
        id
        ...ProducerInquiryView_inquiry
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The producer's reply; the buyer is notified by the platform. */
export function useInquiryReply() {
  return useMutation(InquiryReplyMutation, { refetchQueries: ['InquiryUnreadCountQuery'] });
}

/** Marks an inquiry read (done when the editor opens it). */
export function useInquiryMarkRead() {
  return useMutation(InquiryMarkReadMutation, { refetchQueries: ['InquiryUnreadCountQuery'] });
}

/** Won, lost (with a reason) or open again. */
export function useInquirySetOutcome() {
  return useMutation(InquirySetOutcomeMutation);
}

/** Blocks the inquiry's sender from sending to this producer again. */
export function useInquiryBlockSender() {
  return useMutation(InquiryBlockSenderMutation);
}
