import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorState, Loading } from '../components/PageState';
import { BuyerInquiryView } from '../components/inquiry/BuyerInquiryView';

export const InquiryRouteQuery = graphql(`
  query InquiryRouteQuery($token: String!) {
    today
    inquiryByToken(token: $token) {
      reference
      ...BuyerInquiryView_inquiry
    }
  }
`);

/** `/inquiry/:token`: the buyer's conversation through their private link; an unknown token is "not found". */
export default function InquiryRoute() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const { data, error, refetch } = useQuery(InquiryRouteQuery, { variables: { token } });
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!data.inquiryByToken)
    return (
      <div className="inquiry-page">
        <title>{`${t('inquiry.buyerNotFound')} · ${t('app.name')}`}</title>
        <div className="state state-empty">
          <h1>{t('inquiry.buyerNotFound')}</h1>
          <p>{t('inquiry.buyerNotFoundText')}</p>
          <Link to="/products" className="button">
            {t('inquiry.backToProducts')}
          </Link>
        </div>
      </div>
    );
  return <BuyerInquiryView token={token} inquiry={data.inquiryByToken} />;
}
