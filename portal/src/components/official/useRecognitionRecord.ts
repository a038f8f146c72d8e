import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const RecognitionRecordMutation = graphql(`
  mutation RecognitionRecordMutation($input: RecognitionRecordInput!) {
    recognitionRecord(input: $input) {
      recognition {
        id
        tier
        standardYear
        decisionNumber
        decisionDate
        unit {
          id
          code
          fullName
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

/** Records a decision recognising a unit at an NTM tier. */
export function useRecognitionRecord() {
  return useMutation(RecognitionRecordMutation);
}
