import type { Messages } from '../messages.vi';

/** English strings of the statistics page. */
export const statistics: Messages['statistics'] = {
  title: 'Statistics',
  titleFor: 'Statistics: {name}',
  eyebrow: 'New Rural Development and OCOP',
  asOf: 'Figures as of {date}',
  notFound: 'No province with code {code} on {date}',
  backToDefault: 'Back to the default statistics',
  sourceNote:
    'Figures are counted from the recognition decisions, evaluations and OCOP certificates in force on the chosen day. Communes at advanced or model NTM also count as communes at NTM standard, as official reports count them.',
  reform: {
    whyZeroTitle: 'Why 0 communes at standard?',
    whyZero:
      'The communes formed in the administrative reform of {reform} have not been re-recognised since. Each recognition belongs to the unit of its date, the former communes, so it does not count for the new ones.',
    sinceTitle: 'Only recognitions since {reform} count',
    since:
      'The communes formed in the administrative reform of {reform} count only the recognitions decided since that day; earlier ones belong to the former communes.',
    lastFigure:
      'On {date}, before the reform, {province} had {count} of {total} communes at New Rural standard.',
    seeLastFigure: 'See the figures of {date}',
  },
  filters: {
    label: 'Choose a province and a day',
    province: 'Province or city',
    day: 'Day',
    provinceCode: 'Province {code}',
  },
  tier: {
    none: 'Not at standard',
    standard: 'Standard',
    advanced: 'Advanced',
    model: 'Model',
  },
  figures: {
    title: 'Headline figures',
    communesAtStandard: 'communes at NTM standard',
    ofCommunes: 'of {total} rural communes',
    communesAdvanced: 'communes at advanced NTM',
    model: '{count} at model NTM',
    villagesAtStandard: 'villages at NTM standard',
    ofVillages: 'of {total} villages recorded',
    products: 'certified OCOP products',
    starProducts: '{count} × {stars}★',
    noProducts: 'no products yet',
    producers: 'OCOP producers',
    producersDetail: 'cooperatives, cooperative groups, enterprises and household businesses',
    averageCriteria: 'criteria met per commune on average (of {total})',
    evaluated: { one: '{count} commune evaluated', other: '{count} communes evaluated' },
  },
  ntm: {
    title: 'Communes by New Rural Development tier',
    withoutStandard: {
      one: '{count} district without a commune at NTM standard',
      other: '{count} districts without a commune at NTM standard',
    },
    noDistricts: 'Districts were abolished on 1 July 2025: the figures above are for the whole province.',
    chartCaption: 'Communes by their highest tier, per district',
    tableCaption: 'Communes by New Rural Development tier, per district',
    district: 'District',
    communes: 'Communes',
    atLeastStandard: 'At NTM standard',
    total: 'Province',
  },
  ocop: {
    title: 'OCOP products',
    none: 'No OCOP product had a valid certificate on this day.',
    byStars: 'Products by stars',
    byStarsTable: 'OCOP products by stars',
    starsLabel: '{stars} stars',
    stars: 'Stars',
    bySector: 'Products by sector',
    bySectorTable: 'OCOP products by sector',
    sector: 'Sector',
    byType: 'Producers by legal form',
    byTypeTable: 'OCOP producers and their products by legal form',
    type: 'Legal form',
    products: 'Products',
    producers: 'Producers',
    total: 'Total',
  },
};
