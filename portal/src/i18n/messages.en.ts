import type { Messages } from './messages.vi';
import { home } from './en/home';
import { catalogue } from './en/catalogue';
import { product } from './en/product';
import { verify } from './en/verify';
import { producer } from './en/producer';
import { commune } from './en/commune';
import { statistics } from './en/statistics';
import { account } from './en/account';
import { listing } from './en/listing';
import { form } from './en/form';
import { official } from './en/official';
import { admin } from './en/admin';
import { partners } from './en/partners';
import { routeError } from './en/routeError';
import { edges } from './en/edges';
import { buyer } from './en/buyer';
import { inquiry } from './en/inquiry';
import { developers } from './en/developers';
import { openData } from './en/openData';
import { labels } from './en/labels';
import { monitoring } from './en/monitoring';

/** English, the portal's second language: the same keys as messages.vi.ts. */
export const en: Messages = {
  app: {
    name: 'OCOP · New Rural Development',
    tagline: 'OCOP products and progress of New Rural Development',
    skipToContent: 'Skip to main content',
    language: 'Language',
    switchTo: 'Tiếng Việt',
    footer:
      'Open data on the OCOP and New Rural Development programmes. Illustrative rows are marked as demo data.',
    api: 'GraphQL API for partners',
    explorer: 'API explorer',
    openData: 'Open data',
    demo: 'Demo data',
    demoTitle: 'Illustrative data, not a real record of the programme',
  },
  nav: {
    home: 'Home',
    products: 'Products',
    verify: 'Check a certificate',
    statistics: 'Statistics',
    menu: 'Main navigation',
  },
  state: {
    loading: 'Loading…',
    error: 'Could not load the data. Please try again.',
    retry: 'Try again',
    notFound: 'This page does not exist.',
    backHome: 'Back to home',
  },
  stars: {
    label: '{count} stars',
    none: 'Not rated',
  },
  home,
  catalogue,
  product,
  verify,
  producer,
  commune,
  statistics,
  account,
  listing,
  form,
  official,
  admin,
  // Partners and their API keys, for administrators (issue 14).
  partners,
  // Navigation's rough edges (issue 13): the route error, plurals.
  routeError,
  edges,
  buyer,
  // Trade (issue 13): inquiries, the inbox, the figures.
  inquiry,
  developers,
  openData,
  // Labels that cannot be copied (issue 15).
  labels,
  monitoring,
};
