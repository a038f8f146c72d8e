import { Link, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { QuestionIcon, ShieldIcon } from '../components/icons';
import { ErrorState, Loading } from '../components/PageState';
import { productHref } from '../components/ProductCard';
import { MAX_CODE_LENGTH } from '../components/labels/labelCheck';
import { LabelVerdict } from '../components/labels/LabelVerdict';
import { useLabelCheck } from '../components/labels/useLabelCheck';

/**
 * What a scanned label opens (`/c/<code>`, the QR code's address): the verdict on that one item.
 * The visit counts one check on the platform (useLabelCheck), so the page never asks twice for
 * one visit; a retry after a failure is a new check.
 */
export default function LabelCheckRoute() {
  const { t } = useI18n();
  const { code: param = '' } = useParams();
  const typed = param.trim();
  const code = typed && typed.length <= MAX_CODE_LENGTH ? typed : null;
  const { answer, error, loading, retry } = useLabelCheck(code);
  const productId = answer?.verdict !== 'UNKNOWN' ? answer?.productId : null;

  return (
    <div className="verify-page label-check-page">
      <title>{`${t('labels.checkTitle')} · ${t('app.name')}`}</title>
      <header className="page-head verify-head">
        <span className="verify-head-icon" aria-hidden="true">
          <ShieldIcon size={28} />
        </span>
        <div>
          <h1>{t('labels.checkTitle')}</h1>
        </div>
      </header>
      <div className="verify-output" aria-live="polite">
        {!code ? (
          <section className="verify-result verify-unknown" data-verdict="UNKNOWN">
            <div className="verify-result-head">
              <span className="verify-icon" aria-hidden="true">
                <QuestionIcon size={40} strokeWidth={2.5} />
              </span>
              <div>
                <h2>{t('labels.verdictUnknown')}</h2>
                <p className="verify-detail">{t('labels.verdictUnknownText')}</p>
              </div>
            </div>
          </section>
        ) : error ? (
          <ErrorState onRetry={retry} />
        ) : loading || !answer ? (
          <Loading label={t('labels.checking')} />
        ) : (
          <LabelVerdict check={answer} />
        )}
      </div>
      <p className="label-links">
        {productId && (
          <Link to={productHref(productId)} className="button">
            {t('labels.toProduct')}
          </Link>
        )}
        <Link to="/verify" className="button button-secondary">
          {t('labels.toVerify')}
        </Link>
      </p>
    </div>
  );
}
