import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { EmptyState, ErrorState, Loading } from '../components/PageState';
import { NtmStatusBadge } from '../components/ntm/NtmStatusBadge';
import { communeHref, urbanType } from '../components/ntm/links';
import { ContactCard } from '../components/producer/ContactCard';
import { LinkageList } from '../components/producer/LinkageList';
import { ProductTile } from '../components/producer/ProductTile';
import { RawMaterialAreaList } from '../components/producer/RawMaterialAreaList';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { DemoBadge } from '../components/DemoBadge';
import { InquiryButton } from '../components/inquiry/InquiryButton';

const PAGE_SIZE = 12;

export const ProducerRouteQuery = graphql(`
  query ProducerRouteQuery($id: ID!, $first: Int!, $after: String) {
    today
    producer(id: $id) {
      id
      name
      demo
      type
      description
      establishedYear
      productCount
      validProductCount
      usualAnswerDays
      contact {
        ...ContactCard_contact
      }
      commune {
        id
        code
        fullName
        validTo
        unitType
        statusToday: ntmStatus
        parent {
          id
          fullName
          level
          parent {
            id
            fullName
          }
        }
      }
      products(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...ProductTile_product
          }
        }
      }
      linkages {
        ...LinkageList_linkage
      }
      rawMaterialAreas {
        areaHa
        ...RawMaterialAreaList_area
      }
    }
  }
`);

/** Whether an error means "no such producer": an ID the API did not issue, or a malformed one. */
function isUnknownId(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT')
  );
}

/** A producer (cooperative, enterprise…): who they are, how to reach them, what they make, with whom. */
export default function ProducerRoute() {
  const { id = '' } = useParams();
  const { t, tp, formatNumber } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProducerRouteQuery, {
    variables: { id, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const producer = data?.producer;
  useDocumentTitle(producer?.name ?? t('producer.title'));

  if (!data && loading) return <Loading />;
  if (error && !isUnknownId(error)) return <ErrorState onRetry={() => void refetch()} />;
  if (!producer)
    return (
      <EmptyState page title={t('producer.notFound')}>
        <Link to="/products">{t('producer.browseProducts')}</Link>
      </EmptyState>
    );

  const commune = producer.commune;
  const place = commune
    ? [commune.parent?.fullName, commune.parent?.parent?.fullName].filter(Boolean).join(', ')
    : null;
  const hectares = producer.rawMaterialAreas.reduce((sum, area) => sum + area.areaHa, 0);
  const products = producer.products;
  const href = commune ? communeHref(commune) : null;

  return (
    <article className="page producer-page">
      <header className="page-hero">
        <p className="eyebrow-row">
          <span className={`tag tag-type type-${producer.type.toLowerCase()}`}>
            {t(`producer.type.${producer.type}`)}
          </span>
          {producer.establishedYear && (
            <span className="muted small">
              {t('producer.established', { year: producer.establishedYear })}
            </span>
          )}
          <DemoBadge demo={producer.demo} />
        </p>
        <h1>{producer.name}</h1>
        {commune && (
          <p className="hero-place">
            {href ? <Link to={href}>{commune.fullName}</Link> : commune.fullName}
            {place && <span className="muted">, {place}</span>}{' '}
            {/* NTM recognises rural communes (xã): a ward, township or special zone has no status. */}
            {!urbanType(commune.unitType) && <NtmStatusBadge status={commune.statusToday} />}
          </p>
        )}
        <ul className="hero-stats">
          <li>
            <strong>{formatNumber(producer.productCount)}</strong> {t('producer.stats.products')}
          </li>
          <li>
            <strong>{formatNumber(producer.validProductCount)}</strong> {t('producer.stats.validProducts')}
          </li>
          <li>
            <strong>{formatNumber(producer.linkages.length)}</strong> {t('producer.stats.linkages')}
          </li>
          {hectares > 0 && (
            <li>
              <strong>{formatNumber(Math.round(hectares * 10) / 10)}</strong> {t('producer.stats.hectares')}
            </li>
          )}
        </ul>
        <div className="producer-ask">
          <InquiryButton query={{ producer: producer.id }} name={producer.name} />
          {producer.usualAnswerDays !== null && producer.usualAnswerDays !== undefined && (
            <p className="muted small usual-answer">{tp('inquiry.usualAnswer', producer.usualAnswerDays)}</p>
          )}
        </div>
      </header>

      {/* Contact first: on a phone, calling is what a buyer came for; on a wide screen it sits on the right. */}
      <div className="split producer-split">
        <ContactCard contact={producer.contact} name={producer.name} />
        <section aria-labelledby="about-heading" className="card about-card">
          <h2 id="about-heading">{t('producer.about')}</h2>
          {producer.description ? (
            <p lang="vi">{producer.description}</p>
          ) : (
            <p>{t('producer.noDescription')}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="products-heading" className="section">
        <h2 id="products-heading">
          {t('producer.products.title')} <span className="count">{formatNumber(products.totalCount)}</span>
        </h2>
        {products.edges.length === 0 ? (
          <p className="muted">{t('producer.products.none')}</p>
        ) : (
          <ul className="tile-grid">
            {products.edges.map((edge) => (
              <li key={edge.node.id}>
                <ProductTile product={edge.node} />
              </li>
            ))}
          </ul>
        )}
        {products.pageInfo.hasNextPage && (
          <p className="center">
            <button
              type="button"
              className="button button-secondary"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: products.pageInfo.endCursor } })}
            >
              {loading ? t('state.loading') : t('producer.products.more')}
            </button>
          </p>
        )}
      </section>

      <section aria-labelledby="linkages-heading" className="section">
        <h2 id="linkages-heading">{t('producer.linkages.title')}</h2>
        <p className="muted section-intro">{t('producer.linkages.intro')}</p>
        <LinkageList linkages={producer.linkages} producerId={producer.id} />
      </section>

      <section aria-labelledby="areas-heading" className="section">
        <h2 id="areas-heading">{t('producer.areas.title')}</h2>
        <RawMaterialAreaList areas={producer.rawMaterialAreas} />
      </section>
    </article>
  );
}
