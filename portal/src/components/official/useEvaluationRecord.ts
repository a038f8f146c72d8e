import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const EvaluationRecordMutation = graphql(`
  mutation EvaluationRecordMutation($input: EvaluationRecordInput!) {
    evaluationRecord(input: $input) {
      evaluation {
        id
        evaluatedOn
        criteriaMet
        criteriaTotal
        progress
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

/** Records an evaluation of a unit against a criteria set. */
export function useEvaluationRecord() {
  return useMutation(EvaluationRecordMutation);
}
