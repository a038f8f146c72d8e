import { Link } from 'react-router';
import changelog from '../../../schema/CHANGELOG.md?raw';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { Changelog } from '../components/developers/Changelog';
import { COMMON_ERROR_CODES } from '../components/developers/errorCodes';

const CURL = `curl -s https://<platform>/graphql \\
  -H 'content-type: application/json' \\
  -H 'authorization: Bearer ocop_…' \\
  -d '{"query":"{ verifyOcopCertificate(number: \\"OCOP-11-2025-0001\\") { genuine status } }"}'`;

const FETCH = `const answer = await fetch('https://<platform>/graphql', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer ocop_…' },
  body: JSON.stringify({
    query: \`query Page($after: String) {
      ocopProducts(first: 100, after: $after, filter: { provinceCode: "11" }) {
        pageInfo { hasNextPage endCursor }
        nodes { id name stars currentCertificate { certificateNumber status expiresOn } }
      }
    }\`,
    variables: { after: null },
  }),
});
const { data, errors, extensions } = await answer.json();
console.log(extensions.cost, answer.headers.get('x-ratelimit-remaining'));`;

const VERIFY_WEBHOOK = `import { createHmac, timingSafeEqual } from 'node:crypto';

// rawBody: the request body exactly as received (a Buffer), before any JSON parsing.
function isGenuine(rawBody, headers, secret) {
  const timestamp = headers['x-ocop-webhook-timestamp'];
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false; // replay
  const expected = 'v1=' + createHmac('sha256', secret).update(\`\${timestamp}.\${rawBody}\`).digest('hex');
  const given = String(headers['x-ocop-webhook-signature'] ?? '');
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
// Then deduplicate by headers['x-ocop-webhook-id']: a retried event keeps its id.`;

const SECTIONS: { id: string; title: MessageKey }[] = [
  { id: 'quick-start', title: 'developers.quickStartTitle' },
  { id: 'keys', title: 'developers.keysTitle' },
  { id: 'limits', title: 'developers.limitsTitle' },
  { id: 'errors', title: 'developers.errorsTitle' },
  { id: 'pagination', title: 'developers.paginationTitle' },
  { id: 'change-feed', title: 'developers.feedTitle' },
  { id: 'webhooks', title: 'developers.webhooksTitle' },
  { id: 'versioning', title: 'developers.versioningTitle' },
  { id: 'changelog', title: 'developers.changelogTitle' },
];

/**
 * The developers' page: what a partner needs to integrate, from a first request to webhooks, and
 * the schema's changelog (schema/CHANGELOG.md, bundled with the page). The explorer is a document
 * load (`reloadDocument`): its page carries its own policy.
 */
export default function DevelopersRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('developers.title'));
  const section = (id: string, title: MessageKey) => (
    <h2 id={id} tabIndex={-1}>
      {t(title)}
    </h2>
  );
  return (
    <article className="developers">
      <h1>{t('developers.title')}</h1>
      <p className="lead">{t('developers.lead')}</p>
      <p className="developers-actions">
        <Link className="button" to="/graphql" reloadDocument>
          {t('developers.openExplorer')}
        </Link>
        <Link className="button button-secondary" to="/open-data">
          {t('developers.openData')}
        </Link>
      </p>
      <nav aria-labelledby="developers-contents" className="developers-contents">
        <h2 id="developers-contents">{t('developers.contents')}</h2>
        <ol>
          {SECTIONS.map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ol>
      </nav>

      {section('quick-start', 'developers.quickStartTitle')}
      <p>{t('developers.quickStartText', { endpoint: '/graphql' })}</p>
      <figure>
        <figcaption>{t('developers.curlCaption')}</figcaption>
        <pre tabIndex={0}>
          <code>{CURL}</code>
        </pre>
      </figure>
      <figure>
        <figcaption>{t('developers.jsCaption')}</figcaption>
        <pre tabIndex={0}>
          <code>{FETCH}</code>
        </pre>
      </figure>

      {section('keys', 'developers.keysTitle')}
      <p>{t('developers.keysText', { header: 'Authorization: Bearer <key>' })}</p>

      {section('limits', 'developers.limitsTitle')}
      <p>{t('developers.limitsText')}</p>
      <p>{t('developers.limitsShape')}</p>

      {section('errors', 'developers.errorsTitle')}
      <p>{t('developers.errorsText')}</p>
      <div className="table-scroll" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('developers.errorCode')}</th>
              <th scope="col">{t('developers.errorStatus')}</th>
              <th scope="col">{t('developers.errorMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {COMMON_ERROR_CODES.map(({ code, status, meaning }) => (
              <tr key={code}>
                <th scope="row">
                  <code>{code}</code>
                </th>
                <td>{status}</td>
                <td>{t(meaning)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {section('pagination', 'developers.paginationTitle')}
      <p>{t('developers.paginationText')}</p>

      {section('change-feed', 'developers.feedTitle')}
      <p>{t('developers.feedText')}</p>

      {section('webhooks', 'developers.webhooksTitle')}
      <p>{t('developers.webhooksText')}</p>
      <figure>
        <figcaption>{t('developers.webhooksVerify')}</figcaption>
        <pre tabIndex={0}>
          <code>{VERIFY_WEBHOOK}</code>
        </pre>
      </figure>

      {section('versioning', 'developers.versioningTitle')}
      <p>{t('developers.versioningText')}</p>

      {section('changelog', 'developers.changelogTitle')}
      <Changelog markdown={changelog} />
    </article>
  );
}
