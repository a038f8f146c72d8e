import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const LabelBatchCreateMutation = graphql(`
  mutation LabelBatchCreateMutation($input: LabelBatchCreateInput!) {
    labelBatchCreate(input: $input) {
      batch {
        id
        lotNumber
        itemCount
        ...LabelBatchCard_batch
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Records a batch; the list of batches is asked again by the page once it is recorded. */
export function useLabelBatchCreate() {
  return useMutation(LabelBatchCreateMutation);
}
