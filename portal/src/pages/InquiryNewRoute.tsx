import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { EmptyState, ErrorState, Loading } from '../components/PageState';
import { InquiryForm } from '../components/inquiry/InquiryForm';
import type { InquiryTarget } from '../components/inquiry/inquiryForm';

export const InquiryNewRouteQuery = graphql(`
  query InquiryNewRouteQuery($id: ID!) {
    today
    provinces {
      id
      code
      name
    }
    node(id: $id) {
      __typename
      id
      ... on OcopProduct {
        name
        producer {
          id
          name
        }
      }
      ... on ProductListing {
        unit
        product {
          id
          name
          producer {
            id
            name
          }
        }
      }
      ... on Producer {
        name
      }
    }
  }
`);

/** The target the URL names: `?product=…`, `?listing=…` or `?producer=…` (the first given). */
function targetOf(params: URLSearchParams): InquiryTarget | null {
  for (const kind of ['listing', 'product', 'producer'] as const) {
    const id = params.get(kind);
    if (id) return { kind, id };
  }
  return null;
}

/** `/inquiries/new?product=…|listing=…|producer=…`: a buyer's request for quotation, no account needed. */
export default function InquiryNewRoute() {
  const [params] = useSearchParams();
  const target = targetOf(params);
  if (!target) return <NotFound />;
  return <InquiryNew target={target} />;
}

function InquiryNew({ target }: { target: InquiryTarget }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(InquiryNewRouteQuery, { variables: { id: target.id } });
  if (error && !data) {
    const badId =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
    return badId ? <NotFound /> : <ErrorState onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const node = data.node;
  let shown: { producerName: string; regarding: string | null } | null = null;
  if (node?.__typename === 'OcopProduct' && target.kind === 'product')
    shown = { producerName: node.producer.name, regarding: node.name };
  else if (node?.__typename === 'ProductListing' && target.kind === 'listing')
    shown = { producerName: node.product.producer.name, regarding: `${node.product.name} · ${node.unit}` };
  else if (node?.__typename === 'Producer' && target.kind === 'producer')
    shown = { producerName: node.name, regarding: null };
  if (!shown) return <NotFound />;

  return (
    <div className="inquiry-page">
      <title>{`${t('inquiry.newTitle')} · ${shown.producerName} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('inquiry.newTitle')}</h1>
        <p className="page-lead">{t('inquiry.newLead', { producer: shown.producerName })}</p>
      </header>
      <InquiryForm
        key={target.id}
        target={target}
        producerName={shown.producerName}
        regarding={shown.regarding}
        provinces={data.provinces.flatMap((p) => (p.code ? [{ code: p.code, name: p.name }] : []))}
      />
    </div>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('inquiry.notFoundTarget')}>
      <Link to="/products" className="button">
        {t('inquiry.backToProducts')}
      </Link>
    </EmptyState>
  );
}
