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
import { routeError } from './en/routeError';
import { edges } from './en/edges';

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
  // Navigation's rough edges (issue 13): the route error, plurals.
  routeError,
  edges,
};
