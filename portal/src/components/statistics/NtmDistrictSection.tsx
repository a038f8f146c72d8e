import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { TierRow } from './chart-data';
import { ChartSlot, TierChart } from './LazyCharts';

export const NtmDistrictSection_progress = graphql(`
  fragment NtmDistrictSection_progress on NtmProgress {
    communes
    atLeastStandard
    byHighestTier {
      none
      standard
      advanced
      model
    }
    byDistrict {
      communes
      atLeastStandard
      byHighestTier {
        none
        standard
        advanced
        model
      }
      district {
        id
        code
        name
        fullName
      }
    }
    districtsWithoutStandardCommune {
      id
      code
      name
      fullName
    }
  }
`);

/**
 * Rural communes by NTM tier in each district: a stacked bar chart (loaded lazily) and the same
 * figures as a table, with the province's total, and the districts that have no commune at
 * standard yet. From the 2025 reform on there are no districts: the section says so.
 */
export function NtmDistrictSection(props: { progress: FragmentType<typeof NtmDistrictSection_progress> }) {
  const progress = getFragmentData(NtmDistrictSection_progress, props.progress);
  const { t, tp, formatNumber } = useI18n();
  const rows: TierRow[] = progress.byDistrict.map((row) => ({
    label: row.district.name,
    ...row.byHighestTier,
  }));
  const without = progress.districtsWithoutStandardCommune;

  return (
    <section className="section" aria-labelledby="ntm-districts-heading">
      <h2 id="ntm-districts-heading">{t('statistics.ntm.title')}</h2>
      {without.length > 0 && (
        <div className="callout" data-testid="districts-without-standard">
          <p className="callout-title">{tp('statistics.ntm.withoutStandard', without.length)}</p>
          <ul className="chips">
            {without.map((district) => (
              <li key={district.id}>{district.fullName}</li>
            ))}
          </ul>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('statistics.ntm.noDistricts')}</p>
      ) : (
        <figure className="card chart-card">
          <figcaption>{t('statistics.ntm.chartCaption')}</figcaption>
          <ChartSlot height={Math.max(160, rows.length * 38 + 70)}>
            <TierChart rows={rows} />
          </ChartSlot>
          <div className="table-scroll" role="region" aria-labelledby="ntm-table-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="ntm-table-caption">{t('statistics.ntm.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.ntm.district')}</th>
                  <th scope="col">{t('statistics.ntm.communes')}</th>
                  <th scope="col">{t('statistics.ntm.atLeastStandard')}</th>
                  <th scope="col">{t('statistics.tier.advanced')}</th>
                  <th scope="col">{t('statistics.tier.model')}</th>
                  <th scope="col">{t('statistics.tier.none')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.byDistrict.map((row) => (
                  <tr key={row.district.id} className={row.atLeastStandard === 0 ? 'row-zero' : undefined}>
                    <th scope="row">{row.district.name}</th>
                    <td>{formatNumber(row.communes)}</td>
                    <td className="strong">{formatNumber(row.atLeastStandard)}</td>
                    <td>{formatNumber(row.byHighestTier.advanced)}</td>
                    <td>{formatNumber(row.byHighestTier.model)}</td>
                    <td>{formatNumber(row.byHighestTier.none)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('statistics.ntm.total')}</th>
                  <td>{formatNumber(progress.communes)}</td>
                  <td className="strong">{formatNumber(progress.atLeastStandard)}</td>
                  <td>{formatNumber(progress.byHighestTier.advanced)}</td>
                  <td>{formatNumber(progress.byHighestTier.model)}</td>
                  <td>{formatNumber(progress.byHighestTier.none)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </figure>
      )}
    </section>
  );
}
