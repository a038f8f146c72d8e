import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const LabelBatchRecallMutation = graphql(`
  mutation LabelBatchRecallMutation($input: LabelBatchRecallInput!) {
    labelBatchRecall(input: $input) {
      batch {
        id
        recalledAt
        recallReason
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Recalls a batch; the answer updates the batch in the cache (its id), so every list shows it. */
export function useLabelBatchRecall() {
  return useMutation(LabelBatchRecallMutation);
}
