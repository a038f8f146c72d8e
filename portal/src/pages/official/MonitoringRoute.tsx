import { type ChangeEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { DisplayOnlyReason } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { PlatformTodayQuery } from '../../app/platformToday';
import { OFFICIAL_ROLES, type Viewer } from '../../app/viewer';
import { RequireRole } from '../../components/account/RequireRole';
import { officialScope, type OfficialScope } from '../../components/official/scope';
import { EmptyState, ErrorState, Loading } from '../../components/PageState';

export const MonitoringRouteQuery = graphql(`
  query MonitoringRouteQuery($provinceCode: String, $communeCode: String, $within: Int!) {
    expiringCertificateCounts(provinceCode: $provinceCode, communeCode: $communeCode) {
      within30
      within60
      within90
    }
    expiringCertificates(
      provinceCode: $provinceCode
      communeCode: $communeCode
      withinDays: $within
      first: 100
    ) {
      totalCount
      nodes {
        expiresOn
        daysLeft
        certificate {
          id
          certificateNumber
        }
        product {
          id
          name
        }
        producer {
          id
          name
          contact {
            phone
            email
          }
        }
      }
    }
    productsAtRiskSummary(provinceCode: $provinceCode, communeCode: $communeCode) {
      certifiedProducts
      atRisk
      byReason {
        reason
        products
      }
    }
    productsAtRisk(provinceCode: $provinceCode, communeCode: $communeCode, first: 100) {
      totalCount
      nodes {
        reasons
        product {
          id
          name
          producer {
            id
            name
          }
        }
      }
    }
  }
`);

export const MonitoringProvincesQuery = graphql(`
  query MonitoringProvincesQuery {
    provinces {
      id
      code
      name
    }
  }
`);

const WINDOWS = [30, 60, 90] as const;

/**
 * `/official/monitoring`: after certification, what needs an official's follow-up in their unit —
 * the certificates that expire within 30 / 60 / 90 days, with the producer's contact to remind,
 * and the certified products at risk of staying "for display only", each with its reasons. A
 * province official sees their province, a commune official their commune, an administrator any
 * province (or the country). The figures are the API's, on the platform's day.
 */
export default function MonitoringRoute() {
  return <RequireRole roles={OFFICIAL_ROLES}>{(viewer) => <Monitoring viewer={viewer} />}</RequireRole>;
}

function placeOf(scope: OfficialScope, chosen: string | null) {
  if (scope.kind === 'province') return { provinceCode: scope.code, communeCode: null };
  if (scope.kind === 'commune') return { provinceCode: null, communeCode: scope.code };
  return { provinceCode: chosen && /^\d{2}$/.test(chosen) ? chosen : null, communeCode: null };
}

function Monitoring({ viewer }: { viewer: Viewer }) {
  const { t, tp, formatDate, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const scope = officialScope(viewer);
  const withinParam = Number(params.get('within'));
  const within = (WINDOWS as readonly number[]).includes(withinParam) ? withinParam : 90;
  const place = placeOf(scope, params.get('province'));
  const { data: day } = useQuery(PlatformTodayQuery);
  const provinces = useQuery(MonitoringProvincesQuery, { skip: scope.kind !== 'all' });
  const { data, error, refetch, loading } = useQuery(MonitoringRouteQuery, {
    variables: { ...place, within },
    fetchPolicy: 'cache-and-network',
  });

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const today = day?.today ? formatDate(day.today) : '…';
  const counts = data?.expiringCertificateCounts;
  const countOf = (days: number) =>
    counts ? (days === 30 ? counts.within30 : days === 60 ? counts.within60 : counts.within90) : null;

  return (
    <div className="official-page monitoring-page">
      <title>{`${t('monitoring.title')} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/official">{t('official.hubTitle')}</Link>
          </li>
          <li aria-current="page">{t('monitoring.title')}</li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>{t('monitoring.title')}</h1>
        <p className="page-lead">
          {scope.kind === 'all'
            ? t('monitoring.leadAll', { day: today })
            : t('monitoring.lead', { unit: scope.name, day: today })}
        </p>
      </header>
      {scope.kind === 'all' && (
        <div className="card audit-filters">
          <div className="field">
            <label htmlFor="monitoring-province">{t('monitoring.province')}</label>
            <select
              id="monitoring-province"
              value={place.provinceCode ?? ''}
              onChange={(event: ChangeEvent<HTMLSelectElement>) =>
                setParam('province', event.target.value || null)
              }
            >
              <option value="">{t('monitoring.allProvinces')}</option>
              {(provinces.data?.provinces ?? []).map((unit) => (
                <option key={unit.id} value={unit.code ?? ''}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !data ? (
        loading ? (
          <Loading />
        ) : null
      ) : (
        <>
          <section className="monitoring-section" aria-labelledby="expiring-title">
            <h2 id="expiring-title">{t('monitoring.expiringTitle')}</h2>
            <p className="muted">{t('monitoring.expiringLead')}</p>
            <div className="segmented" role="group" aria-label={t('monitoring.expiringTitle')}>
              {WINDOWS.map((days) => (
                <button
                  key={days}
                  type="button"
                  className={`button ${days === within ? '' : 'button-secondary'}`}
                  aria-pressed={days === within}
                  onClick={() => setParam('within', String(days))}
                >
                  {tp('monitoring.withinCount', countOf(days) ?? 0, { days })}
                </button>
              ))}
            </div>
            {data.expiringCertificates.nodes.length === 0 ? (
              <EmptyState title={t('monitoring.noneExpiring', { days: within })} />
            ) : (
              <>
                <ul className="monitoring-list">
                  {data.expiringCertificates.nodes.map((row) => (
                    <li key={row.certificate.id} className="card monitoring-item">
                      <div className="monitoring-main">
                        <Link
                          to={`/products/${encodeURIComponent(row.product.id)}`}
                          className="monitoring-name"
                        >
                          {row.product.name}
                        </Link>
                        <span className={`badge ${row.daysLeft <= 30 ? 'badge-revoked' : 'badge-expired'}`}>
                          {tp('monitoring.daysLeft', row.daysLeft)}
                        </span>
                      </div>
                      <dl className="monitoring-facts">
                        <div>
                          <dt>{t('monitoring.certificate')}</dt>
                          <dd>{row.certificate.certificateNumber}</dd>
                        </div>
                        <div>
                          <dt>{t('monitoring.expiresOn')}</dt>
                          <dd>{formatDate(row.expiresOn)}</dd>
                        </div>
                        <div>
                          <dt>{t('monitoring.producer')}</dt>
                          <dd>
                            <Link to={`/producers/${encodeURIComponent(row.producer.id)}`}>
                              {row.producer.name}
                            </Link>
                          </dd>
                        </div>
                        <div>
                          <dt>{t('monitoring.contact')}</dt>
                          <dd>
                            {row.producer.contact.phone || row.producer.contact.email ? (
                              <>
                                {row.producer.contact.phone && (
                                  <a href={`tel:${row.producer.contact.phone.replace(/[^\d+]/g, '')}`}>
                                    {row.producer.contact.phone}
                                  </a>
                                )}
                                {row.producer.contact.phone && row.producer.contact.email && ' · '}
                                {row.producer.contact.email && (
                                  <a href={`mailto:${row.producer.contact.email}`}>
                                    {row.producer.contact.email}
                                  </a>
                                )}
                              </>
                            ) : (
                              <span className="muted">{t('monitoring.noContact')}</span>
                            )}
                          </dd>
                        </div>
                      </dl>
                    </li>
                  ))}
                </ul>
                {data.expiringCertificates.totalCount > data.expiringCertificates.nodes.length && (
                  <p className="muted">
                    {tp('monitoring.shownOf', data.expiringCertificates.totalCount, {
                      shown: formatNumber(data.expiringCertificates.nodes.length),
                    })}
                  </p>
                )}
              </>
            )}
          </section>
          <section className="monitoring-section" aria-labelledby="at-risk-title">
            <h2 id="at-risk-title">{t('monitoring.atRiskTitle')}</h2>
            <p className="muted">{t('monitoring.atRiskLead')}</p>
            <p className="monitoring-summary">
              <strong>
                {tp('monitoring.atRiskSummary', data.productsAtRiskSummary.certifiedProducts, {
                  atRisk: formatNumber(data.productsAtRiskSummary.atRisk),
                })}
              </strong>
            </p>
            <ul className="monitoring-reasons">
              {data.productsAtRiskSummary.byReason.map((entry) => (
                <li key={entry.reason}>
                  <span className="badge badge-expired">{formatNumber(entry.products)}</span>{' '}
                  {t(`monitoring.reason.${entry.reason as DisplayOnlyReason}`)}
                </li>
              ))}
            </ul>
            {data.productsAtRisk.nodes.length === 0 ? (
              <EmptyState title={t('monitoring.noneAtRisk')} />
            ) : (
              <>
                <ul className="monitoring-list">
                  {data.productsAtRisk.nodes.map((row) => (
                    <li key={row.product.id} className="card monitoring-item">
                      <div className="monitoring-main">
                        <Link
                          to={`/products/${encodeURIComponent(row.product.id)}`}
                          className="monitoring-name"
                        >
                          {row.product.name}
                        </Link>
                        <Link
                          to={`/producers/${encodeURIComponent(row.product.producer.id)}`}
                          className="muted"
                        >
                          {row.product.producer.name}
                        </Link>
                      </div>
                      <ul className="monitoring-chips" aria-label={t('monitoring.reasons')}>
                        {row.reasons.map((reason) => (
                          <li key={reason} className="badge badge-superseded">
                            {t(`monitoring.reason.${reason}`)}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
                {data.productsAtRisk.totalCount > data.productsAtRisk.nodes.length && (
                  <p className="muted">
                    {tp('monitoring.productsShownOf', data.productsAtRisk.totalCount, {
                      shown: formatNumber(data.productsAtRisk.nodes.length),
                    })}
                  </p>
                )}
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
