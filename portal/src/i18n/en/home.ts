import type { Messages } from '../messages.vi';

/** English strings of the home page. */
export const home: Messages['home'] = {
  title: 'Find, check and buy OCOP products',
  eyebrow: 'One Commune One Product programme',
  lead: 'Local specialities certified with 3 to 5 stars, with who makes them, where to buy them, and the progress of New Rural Development.',
  searchLabel: 'Search OCOP products',
  searchHint: 'Type with or without Vietnamese accents, e.g. “seng cu” or “che shan tuyet”.',
  verifyPrompt: 'Have a certificate number from a label?',
  verifyLink: 'Check a certificate',
  figuresTitle: 'Key figures',
  figureProducts: 'OCOP products with a valid certificate',
  figureProducers: 'producers of those products: cooperatives, enterprises, household businesses…',
  figureNtm: 'communes at New Rural standard in {province}',
  figureAsOf: 'As of {date}.',
  figureNtmBeforeReform: 'On {date}, before the administrative reform of 1 July 2025.',
  figureNtmMore: 'See statistics',
  featuredTitle: 'Featured 4★ and 5★ products',
  seeAll: 'See all',
  sectorsTitle: 'Browse by sector',
  placesTitle: 'Browse by place',
  provinceEn: '{name} province',
  provinceFigures: '{products}, from {producers}',
  validProducts: {
    one: '{count} OCOP product with a valid certificate',
    other: '{count} OCOP products with a valid certificate',
  },
  producers: { one: '{count} producer', other: '{count} producers' },
  provinceProducts: 'See the province’s products',
  districtsTitle: 'By district (units before 1 July 2025)',
};
