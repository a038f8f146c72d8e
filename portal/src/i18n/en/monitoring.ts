import type { monitoring as vi } from '../vi/monitoring';

/** English strings of the officials' monitoring page. */
export const monitoring: typeof vi = {
  title: 'Monitoring after certification',
  text: 'Certificates about to expire and products at risk of staying for display only.',
  lead: 'In {unit}, as of today ({day}).',
  leadAll: 'As of today ({day}). Choose a province to narrow it.',
  province: 'Province',
  allProvinces: 'Whole country',
  expiringTitle: 'Certificates about to expire',
  expiringLead:
    'Current certificates still valid that expire within the chosen window: remind the producer to prepare the re-assessment.',
  within: 'Within {days} days',
  withinCount: { one: 'Within {days} days: {count}', other: 'Within {days} days: {count}' },
  product: 'Product',
  certificate: 'Certificate number',
  expiresOn: 'No longer valid from',
  daysLeft: { one: '{count} day left', other: '{count} days left' },
  producer: 'Producer',
  contact: 'Contact',
  noContact: 'No contact recorded',
  noneExpiring: 'No certificate expires in the next {days} days.',
  shownOf: {
    one: 'Showing {shown} of {count} certificate',
    other: 'Showing {shown} of {count} certificates',
  },
  atRiskTitle: 'Products at risk of staying “for display only”',
  atRiskLead: 'Certified products that lack what it takes to become goods.',
  atRiskSummary: {
    one: '{atRisk} of {count} certified product',
    other: '{atRisk} of {count} certified products',
  },
  noneAtRisk: 'No product is at risk.',
  reasons: 'Reasons',
  productsShownOf: {
    one: 'Showing {shown} of {count} product',
    other: 'Showing {shown} of {count} products',
  },
  reason: {
    NO_AVAILABLE_LISTING: 'No listing that can be ordered',
    NO_RAW_MATERIAL_AREA: 'No raw-material area',
    NO_LINKAGE_IN_FORCE: 'No linkage in force',
    INQUIRIES_UNANSWERED: 'Buyers’ inquiries unanswered',
  },
};
