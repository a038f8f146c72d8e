import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';

export const HeadlineFigures_ntm = graphql(`
  fragment HeadlineFigures_ntm on NtmProgress {
    communes
    atLeastStandard
    atLeastAdvanced
    atLeastModel
    villages
    villagesAtStandard
    averageCriteriaMet
    communesEvaluated
    criteriaSet {
      id
      criteriaCount
    }
  }
`);

export const HeadlineFigures_ocop = graphql(`
  fragment HeadlineFigures_ocop on OcopSummary {
    products
    producers
    byStars {
      stars
      products
    }
  }
`);

/** The figures a provincial report leads with, as big numbers with what they count in words. */
export function HeadlineFigures(props: {
  ntm: FragmentType<typeof HeadlineFigures_ntm>;
  ocop: FragmentType<typeof HeadlineFigures_ocop>;
}) {
  const ntm = getFragmentData(HeadlineFigures_ntm, props.ntm);
  const ocop = getFragmentData(HeadlineFigures_ocop, props.ocop);
  const { t, tp, formatNumber } = useI18n();
  const stars = ocop.byStars
    .filter((row) => row.products > 0)
    .map((row) =>
      t('statistics.figures.starProducts', { count: formatNumber(row.products), stars: row.stars }),
    )
    .join(' · ');
  const figures = [
    {
      key: 'communes',
      value: formatNumber(ntm.atLeastStandard),
      label: t('statistics.figures.communesAtStandard'),
      detail: t('statistics.figures.ofCommunes', { total: formatNumber(ntm.communes) }),
      tone: 'green',
    },
    {
      key: 'advanced',
      value: formatNumber(ntm.atLeastAdvanced),
      label: t('statistics.figures.communesAdvanced'),
      detail: t('statistics.figures.model', { count: formatNumber(ntm.atLeastModel) }),
      tone: 'blue',
    },
    {
      key: 'villages',
      value: formatNumber(ntm.villagesAtStandard),
      label: t('statistics.figures.villagesAtStandard'),
      detail: t('statistics.figures.ofVillages', { total: formatNumber(ntm.villages) }),
      tone: 'green',
    },
    {
      key: 'products',
      value: formatNumber(ocop.products),
      label: t('statistics.figures.products'),
      detail: stars || t('statistics.figures.noProducts'),
      tone: 'gold',
    },
    {
      key: 'producers',
      value: formatNumber(ocop.producers),
      label: t('statistics.figures.producers'),
      detail: t('statistics.figures.producersDetail'),
      tone: 'gold',
    },
    ...(ntm.averageCriteriaMet !== null && ntm.averageCriteriaMet !== undefined
      ? [
          {
            key: 'average',
            value: formatNumber(ntm.averageCriteriaMet),
            label: t('statistics.figures.averageCriteria', { total: ntm.criteriaSet?.criteriaCount ?? '' }),
            detail: tp('statistics.figures.evaluated', ntm.communesEvaluated),
            tone: 'neutral',
          },
        ]
      : []),
  ];
  return (
    <ul className="stat-figures" aria-label={t('statistics.figures.title')}>
      {figures.map((figure) => (
        <li key={figure.key} className={`stat-figure stat-${figure.tone}`} data-figure={figure.key}>
          <strong className="stat-value">{figure.value}</strong>
          <span className="stat-label">{figure.label}</span>
          <span className="stat-detail">{figure.detail}</span>
        </li>
      ))}
    </ul>
  );
}
