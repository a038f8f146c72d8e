import type { developers as vi } from '../vi/developers';

/** English strings of the developers' page and the API explorer (keys of ../vi/developers.ts). */
export const developers: typeof vi = {
  title: 'For developers',
  lead: 'OCOP and New Rural Development data through a public GraphQL API: the product catalogue, certificates, NTM progress, a change feed and webhooks, for marketplaces, trade-promotion centres, retailers and researchers.',
  contents: 'Contents',
  openExplorer: 'Open the API explorer',
  openData: 'Download open data',
  quickStartTitle: 'Quick start',
  quickStartText:
    'Every operation is a POST to {endpoint} with a JSON body. Reading needs no key; with a key the budget is larger and the usage figures carry your organisation’s name.',
  curlCaption: 'With curl',
  jsCaption: 'With JavaScript (fetch, no library needed)',
  keysTitle: 'API keys',
  keysText:
    'The platform’s administrators register partner organisations and issue keys (shown once; the platform keeps only a hash and a visible prefix to recognise it). Send the key in the {header} header. A malformed, unknown or revoked key gets HTTP 401 INVALID_API_KEY; a revoked key is refused by every server within a second. A key does what its scopes cover: read (the queries), sync (the change feed), webhooks (your own endpoints); anything else gets HTTP 403 INSUFFICIENT_SCOPE.',
  limitsTitle: 'Limits and cost',
  limitsText:
    'Each key has a budget of points per hour (5,000 by default), each anonymous address a smaller one (1,000 by default). An operation costs 1 + its estimated objects / 100. Every answer carries extensions.cost, the x-ratelimit-limit, -remaining, -used and -reset headers, and the standard RateLimit / RateLimit-Policy headers with the policy "points"; the rateLimit field tells the budget without spending it. Over budget: HTTP 429 RATE_LIMITED with Retry-After.',
  limitsShape:
    'Before anything runs, each operation is checked: first at most 100, at most 20 aliases, nesting at most 12 deep, at most 25,000 estimated objects, one operation per request, a body of at most 100 kB.',
  errorsTitle: 'Error codes',
  errorsText:
    'Every error carries extensions.code and a requestId (also in the x-request-id header). The full table of codes, HTTP statuses and what to do is in the repository’s README; the common ones:',
  errorCode: 'Code',
  errorStatus: 'HTTP',
  errorMeaning: 'Meaning',
  paginationTitle: 'Pagination',
  paginationText:
    'Lists are connections: first (1–100), after (a cursor), pageInfo { hasNextPage endCursor }, and totalCount computed only when asked. Cursors are keyset cursors: a walk never skips or repeats an item.',
  feedTitle: 'Change feed',
  feedText:
    'changes(after, first, types) lists objects created, updated or withdrawn, oldest first, certificates expiring by the calendar included. Keep pageInfo.endCursor and poll again with it: while writes commit concurrently no change is missed and none is seen twice. History is kept 30 days: a cursor older than that gets CURSOR_EXPIRED — download the open data again and follow the feed from its start.',
  webhooksTitle: 'Webhooks',
  webhooksText:
    'Register your HTTPS endpoints and the events each wants with your key (scope webhooks): webhookEndpointCreate (certificate.revoked, certificate.expired, product.listed, product.withdrawn, listing.changed), then webhookEndpointUpdate (pause, re-enable, other events), webhookEndpointRotateSecret and webhookEndpointDelete; webhookEndpoints shows the delivery log. Each delivery is signed with HMAC-SHA256 and the endpoint’s own secret, timestamped against replay; answer 2xx, anything else is retried with growing back-off (8 attempts over about 1.5 hours).',
  webhooksVerify: 'Checking the signature (Node.js)',
  versioningTitle: 'Versioning and deprecation',
  versioningText:
    'The schema is the contract: schema/schema.graphql is emitted by the server and committed. Fields are marked @deprecated with a reason and a replacement, and never removed without at least 6 months’ notice in the changelog. CI fails on a breaking schema change that is not marked.',
  changelogTitle: 'Schema changelog',
  explorerTitle: 'GraphQL API explorer',
  explorerLead: 'Try operations in the browser. Put your API key (if any) in the Headers tab.',
  explorerDocs: 'Docs',
  explorerHome: 'Home',
  codes: {
    INSUFFICIENT_SCOPE:
      'The key’s scopes do not cover this operation (requiredScopes says which): ask for a key with that scope.',
    CURSOR_EXPIRED:
      'The change-feed cursor is older than the 30 days kept: download the open data again and follow the feed from its start.',
    INVALID_API_KEY: 'The API key is malformed, unknown or revoked. Check the Authorization header.',
    RATE_LIMITED:
      'The points budget is spent or too many requests were sent. Wait the seconds in Retry-After.',
    CROSS_ORIGIN_WRITE:
      'A write from a page of another origin is refused: write from your server, with your API key.',
    BAD_USER_INPUT: 'An argument is not valid; extensions.argumentName or argumentPath says which.',
    NOT_FOUND: 'No object has this code or ID.',
    QUERY_TOO_COMPLEX: 'More than 25,000 estimated objects: lower first or split into pages.',
    QUERY_TOO_DEEP: 'Nested deeper than 12: ask for the deeper part in a query of its own.',
    QUERY_TOO_LARGE: 'The query text is over 20,000 characters or 500 fields: split it.',
    TOO_MANY_ALIASES:
      'More than 20 aliases in one operation: use a list field (e.g. verifyOcopCertificates).',
    BATCH_NOT_SUPPORTED: 'One operation per request: a JSON array body is refused.',
    BODY_TOO_LARGE: 'The request body is larger than 100 kB.',
    QUERY_TIMEOUT: 'A statement ran longer than 5 s and was stopped: narrow the query.',
    REQUEST_TIMEOUT: 'The request was not answered within 15 s: try again later.',
    SERVICE_UNAVAILABLE: 'The database is briefly unavailable: try again in a few seconds.',
    INTERNAL_SERVER_ERROR: 'A server fault; send the requestId to the administrators.',
  },
};
