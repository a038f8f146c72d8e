import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const OcopCertificationRecordMutation = graphql(`
  mutation OcopCertificationRecordMutation($input: OcopCertificationRecordInput!) {
    ocopCertificationRecord(input: $input) {
      certificate {
        id
        certificateNumber
        stars
        score
        decisionDate
        expiresOn
        product {
          id
          name
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

/** Records an OCOP certification: the API computes the stars and the expiry. */
export function useOcopCertificationRecord() {
  return useMutation(OcopCertificationRecordMutation);
}
