import type { ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { STAR_COLORS, type CountRow, type PairRow } from './chart-data';
import { ChartSlot, CountChart, PairChart, ShareChart } from './LazyCharts';

export const OcopSection_summary = graphql(`
  fragment OcopSection_summary on OcopSummary {
    products
    producers
    byStars {
      stars
      products
    }
    bySector {
      products
      sector {
        code
        nameVi
        nameEn
      }
    }
    byProducerType {
      type
      producers
      products
    }
  }
`);

/** A chart with its caption and the table of the same figures under it. */
function ChartCard(props: { id: string; title: string; chart: ReactNode; height: number; table: ReactNode }) {
  return (
    <figure className="card chart-card" aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`}>{props.title}</figcaption>
      <ChartSlot height={props.height}>{props.chart}</ChartSlot>
      <div className="table-scroll">{props.table}</div>
    </figure>
  );
}

/** OCOP on the day: products by stars and by sector, producers and their products by legal form. */
export function OcopSection(props: { summary: FragmentType<typeof OcopSection_summary> }) {
  const summary = getFragmentData(OcopSection_summary, props.summary);
  const { t, locale, formatNumber } = useI18n();

  const stars: CountRow[] = summary.byStars.map((row) => ({
    key: String(row.stars),
    label: t('statistics.ocop.starsLabel', { stars: row.stars }),
    value: row.products,
  }));
  const sectors: CountRow[] = summary.bySector.map((row) => ({
    key: row.sector.code,
    label: locale === 'vi' ? row.sector.nameVi : row.sector.nameEn,
    value: row.products,
  }));
  const types: PairRow[] = summary.byProducerType.map((row) => ({
    key: row.type,
    label: t(`producer.type.${row.type}`),
    first: row.producers,
    second: row.products,
  }));
  const productsWord = t('statistics.ocop.products');
  const producersWord = t('statistics.ocop.producers');

  const simpleTable = (caption: string, head: string, rows: CountRow[]) => (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{productsWord}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{formatNumber(row.value)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('statistics.ocop.total')}</th>
          <td>{formatNumber(summary.products)}</td>
        </tr>
      </tfoot>
    </table>
  );

  return (
    <section className="section" aria-labelledby="ocop-heading">
      <h2 id="ocop-heading">{t('statistics.ocop.title')}</h2>
      {summary.products === 0 ? (
        <p className="muted">{t('statistics.ocop.none')}</p>
      ) : (
        <div className="chart-grid">
          <ChartCard
            id="ocop-stars"
            title={t('statistics.ocop.byStars')}
            height={162}
            chart={<CountChart rows={stars} name={productsWord} colors={STAR_COLORS} />}
            table={simpleTable(t('statistics.ocop.byStarsTable'), t('statistics.ocop.stars'), stars)}
          />
          <ChartCard
            id="ocop-sectors"
            title={t('statistics.ocop.bySector')}
            height={260}
            chart={<ShareChart rows={sectors} name={productsWord} />}
            table={simpleTable(t('statistics.ocop.bySectorTable'), t('statistics.ocop.sector'), sectors)}
          />
          <ChartCard
            id="ocop-types"
            title={t('statistics.ocop.byType')}
            height={Math.max(160, types.length * 58 + 60)}
            chart={<PairChart rows={types} names={[producersWord, productsWord]} />}
            table={
              <table className="data-table">
                <caption>{t('statistics.ocop.byTypeTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('statistics.ocop.type')}</th>
                    <th scope="col">{producersWord}</th>
                    <th scope="col">{productsWord}</th>
                  </tr>
                </thead>
                <tbody>
                  {types.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{row.label}</th>
                      <td>{formatNumber(row.first)}</td>
                      <td>{formatNumber(row.second)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('statistics.ocop.total')}</th>
                    <td>{formatNumber(summary.producers)}</td>
                    <td>{formatNumber(summary.products)}</td>
                  </tr>
                </tfoot>
              </table>
            }
          />
        </div>
      )}
    </section>
  );
}
