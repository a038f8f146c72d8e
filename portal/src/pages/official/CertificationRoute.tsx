import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { OfficialFormHead } from '../../components/official/OfficialFormHead';
import { OFFICIAL_FAILURES } from '../../components/official/submitFailure';
import { OFFICIAL_ROLES, type Viewer } from '../../app/viewer';
import { RequireRole } from '../../components/account/RequireRole';
import { Field } from '../../components/form/Field';
import { FormErrors } from '../../components/form/FormErrors';
import { SubmitButton } from '../../components/form/SubmitButton';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useIdempotencyKey } from '../../components/form/useIdempotencyKey';
import { addMonths, starsForScore } from '../../app/day';
import { ProductPicker, type PickedProduct } from '../../components/official/ProductPicker';
import { officialScope } from '../../components/official/scope';
import { useOcopCertificationRecord } from '../../components/official/useOcopCertificationRecord';
import { ErrorState, Loading } from '../../components/PageState';
import { Stars } from '../../components/Stars';
import { parseScore } from '../../components/official/parseScore';

// The route's one query: the platform's day, the default and latest decision date.
export const CertificationRouteQuery = graphql(`
  query CertificationRouteQuery {
    today
  }
`);

const FIELDS = [
  'productId',
  'score',
  'decisionNumber',
  'decisionDate',
  'certificateNumber',
  'issuerName',
] as const;
const fieldId = (key: string) => `certification-${key}`;

/**
 * Recording an OCOP certification: the product, its score and the stars that score gives by the
 * bands of Decision 148 (shown live; the API computes them again), the decision, the certificate
 * number and the expiry 36 months after the decision.
 */
export default function CertificationRoute() {
  return (
    <RequireRole roles={OFFICIAL_ROLES}>{(viewer) => <CertificationForm viewer={viewer} />}</RequireRole>
  );
}

function CertificationForm({ viewer }: { viewer: Viewer }) {
  const { t, formatDate } = useI18n();
  const scope = officialScope(viewer);
  const [product, setProduct] = useState<PickedProduct | null>(null);
  const [score, setScore] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const { data: route, error: routeError, refetch } = useQuery(CertificationRouteQuery);
  const today = route?.today ?? null;
  // The day typed, else the platform's today.
  const [typedDecisionDate, setDecisionDate] = useState<string | null>(null);
  const decisionDate = typedDecisionDate ?? today ?? '';
  const [certificateNumber, setCertificateNumber] = useState('');
  const [issuerName, setIssuerName] = useState('');
  const [saved, setSaved] = useState<{
    number: string;
    stars: number;
    expiresOn: string;
    productId: string;
  } | null>(null);
  const [record] = useOcopCertificationRecord();
  const keyFor = useIdempotencyKey();
  const form = useFormSubmit(OFFICIAL_FAILURES);

  const scoreParse = parseScore(score);
  const scoreValue = scoreParse.ok ? scoreParse.value : null;
  const stars = scoreValue !== null ? starsForScore(scoreValue) : undefined;
  const expiry = addMonths(decisionDate, 36);

  const onSubmit = form.handleSubmit(async () => {
    setSaved(null);
    const local: Record<string, string> = {};
    if (!product) local.productId = t('form.required');
    if (!scoreParse.ok) local.score = t(`official.scoreRefused.${scoreParse.refusal}`);
    else if (scoreValue === null) local.score = t('form.required');
    if (Object.keys(local).length > 0) {
      form.showErrors({ byField: local, general: [] });
      return;
    }
    const input = {
      productId: product!.id,
      score: scoreValue!,
      decisionNumber: decisionNumber.trim(),
      decisionDate,
      certificateNumber: certificateNumber.trim(),
      issuerName: issuerName.trim() || null,
    };
    const { data } = await record({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
    const payload = data?.ocopCertificationRecord;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.certificate) {
      form.showUserErrors(
        payload.userErrors,
        (path) => ((FIELDS as readonly string[]).includes(path) ? path : null),
        (key) =>
          (key === 'decisionNumber' && !decisionNumber.trim()) ||
          (key === 'certificateNumber' && !certificateNumber.trim()),
      );
      return;
    }
    const c = payload.certificate;
    form.clearErrors();
    setSaved({
      number: c.certificateNumber,
      stars: c.stars,
      expiresOn: c.expiresOn,
      productId: c.product.id,
    });
  });

  const err = (key: string) => form.errors.byField[key];
  // The form needs the platform's day (its default and latest decision date): it shows once it is known.
  if (routeError && !route) return <ErrorState onRetry={() => void refetch()} />;
  if (!route) return <Loading />;

  return (
    <div className="official-page">
      <OfficialFormHead title="official.certificationTitle" lead="official.certificationText" />
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
        <FormErrors form={form} fieldId={fieldId} title="official.errorSummary" />
        <section className="form-section">
          <ProductPicker
            id={fieldId('productId')}
            scope={scope}
            value={product}
            onChange={setProduct}
            error={err('productId')}
          />
          <div className="form-grid">
            <Field
              id={fieldId('score')}
              label={t('official.score')}
              hint={t('official.scoreHint')}
              error={err('score')}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  inputMode="decimal"
                  className="score-input"
                  value={score}
                  onChange={(e) => setScore(e.target.value)}
                />
              )}
            </Field>
            <div className="score-stars" aria-live="polite">
              <span className="muted">{t('official.starsFromScore')}</span>{' '}
              {!scoreParse.ok ? (
                <span className="field-error">{t(`official.scoreRefused.${scoreParse.refusal}`)}</span>
              ) : stars === undefined ? (
                <span className="muted">—</span>
              ) : stars === null ? (
                <strong className="not-certified">{t('official.notCertified')}</strong>
              ) : (
                <Stars count={stars} />
              )}
            </div>
          </div>
        </section>
        <section className="form-section">
          <div className="form-grid">
            <Field
              id={fieldId('decisionNumber')}
              label={t('official.decisionNumber')}
              hint={t('official.decisionNumberHint')}
              error={err('decisionNumber')}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={decisionNumber}
                  onChange={(e) => setDecisionNumber(e.target.value)}
                />
              )}
            </Field>
            <Field
              id={fieldId('decisionDate')}
              label={t('official.decisionDate')}
              error={err('decisionDate')}
            >
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={decisionDate}
                  max={today ?? undefined}
                  onChange={(e) => setDecisionDate(e.target.value)}
                />
              )}
            </Field>
            <Field
              id={fieldId('certificateNumber')}
              label={t('official.certificateNumber')}
              hint={t('official.certificateNumberHint')}
              error={err('certificateNumber')}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={certificateNumber}
                  onChange={(e) => setCertificateNumber(e.target.value)}
                />
              )}
            </Field>
            <div className="expiry" aria-live="polite">
              <span className="muted">{t('official.expiry')}</span>{' '}
              <strong>{expiry ? formatDate(expiry) : '—'}</strong>
            </div>
          </div>
          <Field
            id={fieldId('issuerName')}
            label={`${t('official.issuer')} ${t('official.optional')}`}
            hint={t('official.issuerHint')}
            error={err('issuerName')}
          >
            {(p) => (
              <input
                {...p}
                type="text"
                lang="vi"
                value={issuerName}
                onChange={(e) => setIssuerName(e.target.value)}
              />
            )}
          </Field>
        </section>
        <div className="form-actions" aria-live="polite">
          {saved && (
            <p className="form-success" role="status">
              {t('official.certificationSaved', {
                number: saved.number,
                stars: saved.stars,
                date: formatDate(saved.expiresOn),
              })}{' '}
              <Link to={`/products/${encodeURIComponent(saved.productId)}`}>{t('official.seeProduct')}</Link>
            </p>
          )}
          <div className="form-buttons">
            <SubmitButton
              busy={form.submitting}
              label={t('official.save')}
              busyLabel={t('official.saving')}
            />
          </div>
        </div>
      </form>
    </div>
  );
}
