import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { CertificateBadge } from './CertificateBadge';
import { verifyHref } from './verifyHref';

export const CertificateHistory_product = graphql(`
  fragment CertificateHistory_product on OcopProduct {
    certificates {
      id
      certificateNumber
      decisionNumber
      decisionDate
      expiresOn
      stars
      status
    }
  }
`);

/** Every certificate of a product, newest decision first, each with its status and check link. */
export function CertificateHistory({
  product: ref,
}: {
  product: FragmentType<typeof CertificateHistory_product>;
}) {
  const { t, formatDate } = useI18n();
  const { certificates } = getFragmentData(CertificateHistory_product, ref);
  if (certificates.length === 0) return <p className="muted">{t('product.noCertificates')}</p>;
  return (
    <ol className="history">
      {certificates.map((c) => (
        <li key={c.id} className="history-item">
          <div className="history-main">
            <Link to={verifyHref(c.certificateNumber)} className="certificate-number">
              {c.certificateNumber}
            </Link>
            <CertificateBadge status={c.status} expiresOn={c.expiresOn} />
          </div>
          <p className="muted history-detail">
            {t('product.historyLine', {
              stars: c.stars,
              decision: c.decisionNumber,
              from: formatDate(c.decisionDate),
              to: formatDate(c.expiresOn),
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
