import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { productHref } from '../components/ProductCard';
import { EmptyState, ErrorState, Loading } from '../components/PageState';
import { ProductVisual } from '../components/product/ProductVisual';
import { Stars } from '../components/Stars';
import { DemoBadge } from '../components/DemoBadge';
import { inLocale } from '../components/compare/buyerText';
import { capacityText } from '../components/compare/capacityText';
import {
  compareHref,
  parseCompareIds,
  storeCompareIds,
  useCompareList,
} from '../components/compare/compareList';
import { QualityCertifications } from '../components/compare/QualityCertifications';

export const CompareRouteQuery = graphql(`
  query CompareRouteQuery($ids: [ID!]!) {
    today
    ocopProductsByIds(ids: $ids) {
      id
      name
      nameEn
      demo
      stars
      shelfLifeDays
      capacity {
        quantity
        unit
        period
      }
      coverPhoto {
        id
        url
        width
        height
        altVi
        altEn
      }
      classification {
        sector {
          code
        }
      }
      listings {
        id
        priceVnd
        unit
        minOrderQuantity
      }
      producer {
        id
        name
      }
      originCommune {
        id
        name
        parent {
          id
          name
          level
          parent {
            id
            name
            level
          }
        }
      }
      ...QualityCertifications_product
    }
  }
`);

/**
 * Up to four products side by side (`/compare?ids=a,b,c`): photo, stars, price per unit, minimum
 * order, capacity, certifications with their status, shelf life, producer, province. The URL is
 * the list (shareable); opening the page stores it for the toggles, and a page opened without ids
 * takes the stored list into its URL. On a phone the table scrolls sideways inside its frame, the
 * row names staying put, with a hint that there is more.
 */
export default function CompareRoute() {
  const { t, tp, formatVnd, formatNumber, locale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const stored = useCompareList();
  const fromUrl = parseCompareIds(params.get('ids'));
  const urlKey = fromUrl.join(',');

  useEffect(() => {
    if (fromUrl.length > 0) storeCompareIds(fromUrl);
    else if (stored.ids.length > 0) void navigate(compareHref(stored.ids), { replace: true });
    // Only when the URL changes: the stored list follows it, not the other way round.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlKey]);

  const { data, error, refetch } = useQuery(CompareRouteQuery, {
    variables: { ids: fromUrl },
    skip: fromUrl.length === 0,
  });

  const head = (
    <header className="page-head">
      <title>{`${t('buyer.compareTitle')} · ${t('app.name')}`}</title>
      <h1>{t('buyer.compareTitle')}</h1>
      <p className="page-lead">{t('buyer.compareLead')}</p>
    </header>
  );
  if (fromUrl.length === 0)
    return (
      <div className="compare-page">
        {head}
        <EmptyState title={t('buyer.compareEmpty')}>
          <p className="muted">{t('buyer.compareEmptyHint')}</p>
          <Link to="/products" className="button">
            {t('buyer.compareBrowse')}
          </Link>
        </EmptyState>
      </div>
    );
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;

  const remove = (id: string) => {
    const next = fromUrl.filter((other) => other !== id);
    storeCompareIds(next);
    void navigate(compareHref(next), { replace: true });
  };
  const columns = fromUrl.map((id, index) => ({ id, product: data.ocopProductsByIds[index] ?? null }));
  const cell = (render: (p: NonNullable<(typeof columns)[number]['product']>) => React.ReactNode) =>
    columns.map(({ id, product }) => <td key={id}>{product ? render(product) : '—'}</td>);
  const priced = (p: NonNullable<(typeof columns)[number]['product']>) =>
    p.listings.find((l) => l.priceVnd !== null && l.priceVnd !== undefined) ?? p.listings[0] ?? null;

  return (
    <div className="compare-page">
      {head}
      <p className="compare-count muted">{tp('buyer.compareBar', columns.length)}</p>
      {columns.length > 1 && (
        <p className="compare-hint" aria-hidden="true">
          {t('buyer.compareScrollHint')}
        </p>
      )}
      <div className="compare-scroll" role="region" aria-label={t('buyer.compareTitle')} tabIndex={0}>
        <table className="compare-table" style={{ ['--compare-columns' as string]: columns.length }}>
          <thead>
            <tr>
              <td />
              {columns.map(({ id, product }) => {
                if (!product)
                  return (
                    <th key={id} scope="col">
                      <p className="muted">{t('buyer.compareMissing')}</p>
                      <button type="button" className="button button-secondary" onClick={() => remove(id)}>
                        {t('buyer.compareRemove')}
                      </button>
                    </th>
                  );
                const title = inLocale(locale, product.name, product.nameEn);
                return (
                  <th key={id} scope="col" className="compare-product">
                    <Link to={productHref(product.id)} lang={title.lang}>
                      {title.text}
                    </Link>
                    {title.marked && (
                      <span className="lang-mark" lang="en">
                        {' '}
                        {t('buyer.vietnameseMark')}
                      </span>
                    )}
                    <DemoBadge demo={product.demo} />
                    <button
                      type="button"
                      className="compare-remove"
                      aria-label={t('buyer.compareRemoveNamed', { name: title.text })}
                      onClick={() => remove(id)}
                    >
                      ×
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('buyer.compareRow.photo')}</th>
              {cell((p) => (
                <ProductVisual
                  sectorCode={p.classification?.sector.code}
                  lazy
                  photo={
                    p.coverPhoto?.url
                      ? {
                          url: p.coverPhoto.url,
                          alt: (locale === 'en' ? p.coverPhoto.altEn : null) ?? p.coverPhoto.altVi ?? '',
                          width: p.coverPhoto.width,
                          height: p.coverPhoto.height,
                        }
                      : null
                  }
                />
              ))}
            </tr>
            <tr>
              <th scope="row">{t('buyer.compareRow.stars')}</th>
              {cell((p) => (
                <Stars count={p.stars} />
              ))}
            </tr>
            <tr>
              <th scope="row">{t('buyer.compareRow.price')}</th>
              {cell((p) => {
                const listing = priced(p);
                if (!listing) return '—';
                return listing.priceVnd !== null && listing.priceVnd !== undefined
                  ? t('catalogue.pricePer', { price: formatVnd(listing.priceVnd), unit: listing.unit })
                  : t('product.priceOnRequest');
              })}
            </tr>
            <tr>
              <th scope="row">{t('buyer.compareRow.minOrder')}</th>
              {cell((p) => {
                const listing = priced(p);
                return listing?.minOrderQuantity
                  ? `${formatNumber(listing.minOrderQuantity)} × ${listing.unit}`
                  : '—';
              })}
            </tr>
            <tr>
              <th scope="row">{t('buyer.compareRow.capacity')}</th>
              {cell((p) => capacityText({ t, formatNumber }, p.capacity) ?? t('buyer.notStated'))}
            </tr>
            <tr>
              <th scope="row">{t('buyer.compareRow.certifications')}</th>
              {cell((p) => (
                <QualityCertifications product={p} compact />
              ))}
            </tr>
            <tr>
              <th scope="row">{t('buyer.compareRow.shelfLife')}</th>
              {cell((p) =>
                p.shelfLifeDays ? tp('buyer.shelfLifeDays', p.shelfLifeDays) : t('buyer.notStated'),
              )}
            </tr>
            <tr>
              <th scope="row">{t('buyer.compareRow.producer')}</th>
              {cell((p) => (
                <Link to={`/producers/${encodeURIComponent(p.producer.id)}`} lang="vi">
                  {p.producer.name}
                </Link>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('buyer.compareRow.province')}</th>
              {cell((p) => (
                <span lang="vi">{provinceOf(p.originCommune) ?? '—'}</span>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The province above a commune: its parent after the 2025 reform, its district's parent before. */
function provinceOf(
  commune: {
    parent?: { name: string; level: string; parent?: { name: string; level: string } | null } | null;
  } | null,
): string | null {
  const parent = commune?.parent;
  if (!parent) return null;
  if (parent.level === 'PROVINCE') return parent.name;
  return parent.parent?.level === 'PROVINCE' ? parent.parent.name : null;
}
