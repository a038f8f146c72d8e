import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { PRODUCER_ROLES } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { ProducerInquiryView } from '../components/inquiry/ProducerInquiryView';
import { EmptyState, ErrorState, Loading } from '../components/PageState';

export const MyInquiryRouteQuery = graphql(`
  query MyInquiryRouteQuery($id: ID!) {
    today
    node(id: $id) {
      __typename
      id
      ... on Inquiry {
        ...ProducerInquiryView_inquiry
      }
    }
  }
`);

/** `/my/inquiries/:id`: one inquiry for an editor of its producer. */
export default function MyInquiryRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{() => <MyInquiry />}</RequireRole>;
}

function MyInquiry() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MyInquiryRouteQuery, { variables: { id } });
  const refused =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) =>
      ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'].includes(String(e.extensions?.['code'])),
    );
  if (error && !data && !refused) return <ErrorState onRetry={() => void refetch()} />;
  if (!data && !refused) return <Loading />;
  const node = data?.node?.__typename === 'Inquiry' ? data.node : null;
  if (!node)
    return (
      <EmptyState title={t('inquiry.notFound')}>
        <Link to="/my/inquiries" className="button">
          {t('inquiry.backToInbox')}
        </Link>
      </EmptyState>
    );
  return <ProducerInquiryView key={node.id} inquiry={node} />;
}
