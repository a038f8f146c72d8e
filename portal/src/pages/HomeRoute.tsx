import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { catalogueHref } from '../components/catalogue/catalogueUrl';
import { ArrowRightIcon, SectorIcon, ShieldIcon } from '../components/icons';
import { ErrorState, Loading } from '../components/PageState';
import { HOME_PROVINCE_CODE, LAST_DAY_OF_DISTRICTS } from '../components/places';
import { ProductCard } from '../components/ProductCard';
import { leadingNtmFigure } from '../components/statistics/ReformNote';
import { SearchBox } from '../components/SearchBox';

const HomeRouteQuery = graphql(`
  query HomeRouteQuery($province: String!, $beforeReform: Date!) {
    today
    # The headline figures: valid products today and the producers of them, on the platform as a
    # whole; the same definitions as the province's line below (one province: the same numbers).
    platformSummary: ocopSummary {
      products
      producers
    }
    ntmToday: ntmProgress(provinceCode: $province) {
      asOf
      atLeastStandard
      communes
    }
    ntmBeforeReform: ntmProgress(provinceCode: $province, asOf: $beforeReform) {
      asOf
      atLeastStandard
      communes
    }
    featured: ocopProducts(first: 8, filter: { stars: [5, 4] }, orderBy: { field: STARS, direction: DESC }) {
      edges {
        cursor
        node {
          id
          ...ProductCard_product
        }
      }
    }
    ocopSectors {
      code
      nameVi
      nameEn
    }
    provinceSummary: ocopSummary(provinceCode: $province) {
      products
      producers
      province {
        id
        code
        name
        nameEn
        fullName
      }
    }
    homeProvince: province(code: $province, asOf: $beforeReform) {
      id
      code
      children(asOf: $beforeReform) {
        id
        code
        name
        level
      }
    }
  }
`);

/** A decorative seal in the hero on wide screens: five stars around "OCOP". */
function OcopSeal() {
  return (
    <svg className="home-hero-seal" viewBox="0 0 200 200" aria-hidden="true" focusable="false">
      <circle cx="100" cy="100" r="92" fill="none" stroke="currentColor" strokeWidth="3" opacity="0.5" />
      <circle cx="100" cy="100" r="78" fill="rgb(255 255 255 / 8%)" stroke="currentColor" strokeWidth="1.5" />
      <text x="100" y="108" textAnchor="middle" fontSize="38" fontWeight="800" fill="currentColor">
        OCOP
      </text>
      <text x="100" y="140" textAnchor="middle" fontSize="20" fill="currentColor" letterSpacing="4">
        ★★★★★
      </text>
    </svg>
  );
}

/**
 * The front door: one big search, the headline figures, featured 4★/5★ products, and ways to
 * browse by sector and by place. The search works before (and without) the data.
 */
export default function HomeRoute() {
  const { t, tp, locale, formatNumber, formatDate } = useI18n();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(HomeRouteQuery, {
    variables: { province: HOME_PROVINCE_CODE, beforeReform: LAST_DAY_OF_DISTRICTS },
  });

  // Communes formed on 2025-07-01 start without recognitions: until they earn some, the province's
  // latest meaningful figure is the one on the eve of the reform, and the caption says so.
  const leading = data ? leadingNtmFigure(data.ntmToday, data.ntmBeforeReform) : null;
  const ntm = leading?.figure;
  const ntmIsBeforeReform = Boolean(leading?.isBeforeReform);
  const province = data?.provinceSummary.province;
  const provinceName = province ? (locale === 'vi' ? province.name : (province.nameEn ?? province.name)) : '';
  // Whole rows of four on a desktop: 4 or 8 cards.
  const featuredEdges = data?.featured.edges ?? [];
  const featured = featuredEdges.slice(0, featuredEdges.length >= 8 ? 8 : 4);
  const districts = data?.homeProvince?.children.filter((c) => c.level === 'DISTRICT' && c.code) ?? [];

  return (
    <div className="home">
      <title>{`${t('app.name')} · ${t('home.title')}`}</title>
      <section className="home-hero" aria-labelledby="home-title">
        <OcopSeal />
        <p className="home-hero-eyebrow">{t('home.eyebrow')}</p>
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="home-hero-lead">{t('home.lead')}</p>
        <SearchBox
          size="hero"
          showLabel
          label={t('home.searchLabel')}
          hint={t('home.searchHint')}
          onSearch={(q) => navigate(catalogueHref({ q }))}
        />
        <p className="home-hero-verify">
          <ShieldIcon size={20} />
          <span>
            {t('home.verifyPrompt')} <Link to="/verify">{t('home.verifyLink')}</Link>
          </span>
        </p>
      </section>

      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <section className="home-figures" aria-label={t('home.figuresTitle')}>
            <div className="home-figure">
              <p className="home-figure-value">{formatNumber(data.platformSummary.products)}</p>
              <p className="home-figure-label">{t('home.figureProducts')}</p>
            </div>
            <div className="home-figure">
              <p className="home-figure-value">{formatNumber(data.platformSummary.producers)}</p>
              <p className="home-figure-label">{t('home.figureProducers')}</p>
            </div>
            {ntm && (
              <div className="home-figure">
                <p className="home-figure-value">
                  {formatNumber(ntm.atLeastStandard)}
                  <span className="home-figure-of"> / {formatNumber(ntm.communes)}</span>
                </p>
                <p className="home-figure-label">{t('home.figureNtm', { province: provinceName })}</p>
                <p className="home-figure-note">
                  {ntmIsBeforeReform
                    ? t('home.figureNtmBeforeReform', { date: formatDate(ntm.asOf) })
                    : t('home.figureAsOf', { date: formatDate(ntm.asOf) })}{' '}
                  <Link to="/statistics">{t('home.figureNtmMore')}</Link>
                </p>
              </div>
            )}
          </section>

          <section className="home-section" aria-labelledby="featured-title">
            <div className="section-head">
              <h2 id="featured-title">{t('home.featuredTitle')}</h2>
              <Link to={catalogueHref({ stars: [4, 5] })} className="section-link">
                {t('home.seeAll')} <ArrowRightIcon size={16} />
              </Link>
            </div>
            <ul className="product-grid">
              {featured.map(({ node }) => (
                <li key={node.id}>
                  <ProductCard product={node} />
                </li>
              ))}
            </ul>
          </section>

          <section className="home-section" aria-labelledby="sectors-title">
            <div className="section-head">
              <h2 id="sectors-title">{t('home.sectorsTitle')}</h2>
            </div>
            <ul className="sector-grid">
              {data.ocopSectors.map((sector) => (
                <li key={sector.code}>
                  <Link to={catalogueHref({ sector: sector.code })} className="sector-tile">
                    <span className={`sector-tile-icon tone-${sector.code}`}>
                      <SectorIcon code={sector.code} size={26} />
                    </span>
                    <span className="sector-tile-name">
                      {locale === 'vi' ? sector.nameVi : sector.nameEn}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>

          {province && (
            <section className="home-section" aria-labelledby="places-title">
              <div className="section-head">
                <h2 id="places-title">{t('home.placesTitle')}</h2>
              </div>
              <div className="place-card">
                <div className="place-card-head">
                  <div>
                    <h3>
                      {locale === 'vi' ? province.fullName : t('home.provinceEn', { name: provinceName })}
                    </h3>
                    <p className="muted">
                      {t('home.provinceFigures', {
                        products: tp('home.validProducts', data.provinceSummary.products),
                        producers: tp('home.producers', data.provinceSummary.producers),
                      })}
                    </p>
                  </div>
                  <Link
                    className="button"
                    to={catalogueHref({ province: province.code ?? HOME_PROVINCE_CODE })}
                  >
                    {t('home.provinceProducts')}
                  </Link>
                </div>
                {districts.length > 0 && (
                  <>
                    <p className="place-card-subtitle">{t('home.districtsTitle')}</p>
                    <ul className="link-chips">
                      {districts.map((d) => (
                        <li key={d.id}>
                          <Link
                            className="link-chip"
                            to={catalogueHref({
                              province: province.code ?? HOME_PROVINCE_CODE,
                              district: d.code,
                            })}
                          >
                            {d.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
