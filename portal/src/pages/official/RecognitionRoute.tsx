import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { NtmTier } from '../../gql/graphql';
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
import { CommunePicker, type PickedUnit } from '../../components/official/CommunePicker';
import { officialScope } from '../../components/official/scope';
import { communeOnDayHref } from '../../components/ntm/links';
import { ErrorState, Loading } from '../../components/PageState';
import { useRecognitionRecord } from '../../components/official/useRecognitionRecord';

export const RecognitionRouteQuery = graphql(`
  query RecognitionRouteQuery {
    today
    criteriaSets {
      id
      nameVi
      nameEn
      unitLevel
      tier
    }
  }
`);

const TIERS: readonly NtmTier[] = ['STANDARD', 'ADVANCED', 'MODEL'];
const FIELDS = [
  'unitId',
  'tier',
  'standardYear',
  'decisionNumber',
  'decisionDate',
  'issuer',
  'signer',
  'criteriaSetId',
] as const;
const fieldId = (key: string) => `recognition-${key}`;

/** "UBND tỉnh Điện Biên" from "Tỉnh Điện Biên": the usual deciding body, as a starting value. */
function committeeOf(unitName: string): string {
  return `UBND ${unitName.charAt(0).toLocaleLowerCase('vi')}${unitName.slice(1)}`;
}

/** Recording a decision that recognises a commune at an NTM tier. */
export default function RecognitionRoute() {
  return <RequireRole roles={OFFICIAL_ROLES}>{(viewer) => <RecognitionForm viewer={viewer} />}</RequireRole>;
}

function RecognitionForm({ viewer }: { viewer: Viewer }) {
  const { t, locale } = useI18n();
  const scope = officialScope(viewer);
  const { data, error, refetch } = useQuery(RecognitionRouteQuery);
  const [commune, setCommune] = useState<PickedUnit | null>(() =>
    scope.kind === 'commune' ? { id: scope.id, code: scope.code, name: scope.name } : null,
  );
  const [tier, setTier] = useState<NtmTier>('STANDARD');
  // What was typed, else the platform's today and its year (they come with the route query).
  const today = data?.today ?? null;
  const [typedDecisionDate, setDecisionDate] = useState<string | null>(null);
  const [typedStandardYear, setStandardYear] = useState<string | null>(null);
  const decisionDate = typedDecisionDate ?? today ?? '';
  const standardYear = typedStandardYear ?? today?.slice(0, 4) ?? '';
  const [decisionNumber, setDecisionNumber] = useState('');
  const [issuer, setIssuer] = useState(() => (scope.kind === 'province' ? committeeOf(scope.name) : ''));
  const [signer, setSigner] = useState('');
  const [setId, setSetId] = useState('');
  const [saved, setSaved] = useState<{
    number: string;
    unit: string;
    code: string | null;
    day: string;
  } | null>(null);
  const [record] = useRecognitionRecord();
  const keyFor = useIdempotencyKey();
  const form = useFormSubmit(OFFICIAL_FAILURES);
  const sets = (data?.criteriaSets ?? []).filter((s) => s.unitLevel === 'COMMUNE' && s.tier === tier);

  const onSubmit = form.handleSubmit(async () => {
    setSaved(null);
    if (!commune) {
      form.showErrors({ byField: { unitId: t('form.required') }, general: [] });
      return;
    }
    const input = {
      unitId: commune.id,
      tier,
      standardYear: Number(standardYear),
      decisionNumber: decisionNumber.trim(),
      decisionDate,
      issuer: issuer.trim(),
      signer: signer.trim() || null,
      criteriaSetId: setId || null,
    };
    const { data: answer } = await record({
      variables: { input: { ...input, idempotencyKey: keyFor(input) } },
    });
    const payload = answer?.recognitionRecord;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.recognition) {
      form.showUserErrors(
        payload.userErrors,
        (path) => ((FIELDS as readonly string[]).includes(path) ? path : null),
        (key) => (key === 'decisionNumber' && !decisionNumber.trim()) || (key === 'issuer' && !issuer.trim()),
      );
      return;
    }
    const r = payload.recognition;
    form.clearErrors();
    // The unit as it was on the decision's day (a code may name another unit today).
    setSaved({
      number: r.decisionNumber,
      unit: r.unit.fullName,
      code: r.unit.code ?? null,
      day: decisionDate,
    });
  });

  const err = (key: string) => form.errors.byField[key];
  // The form needs the platform's day (its default and latest decision date): it shows once it is known.
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;

  return (
    <div className="official-page">
      <OfficialFormHead title="official.recognitionTitle" lead="official.recognitionText" />
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
        <FormErrors form={form} fieldId={fieldId} title="official.errorSummary" />
        <section className="form-section">
          <div className="form-grid">
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
            <Field id={fieldId('tier')} label={t('official.tier')} error={err('tier')}>
              {(p) => (
                <select
                  {...p}
                  value={tier}
                  onChange={(e) => (setTier(e.target.value as NtmTier), setSetId(''))}
                >
                  {TIERS.map((x) => (
                    <option key={x} value={x}>
                      {t(`official.tiers.${x}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <CommunePicker
            id={fieldId('unitId')}
            scope={scope}
            asOf={decisionDate}
            value={commune}
            onChange={setCommune}
            error={err('unitId')}
          />
          <div className="form-grid">
            <Field
              id={fieldId('standardYear')}
              label={t('official.standardYear')}
              hint={t('official.standardYearHint')}
              error={err('standardYear')}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  inputMode="numeric"
                  value={standardYear}
                  onChange={(e) => setStandardYear(e.target.value.replace(/\D/g, '').slice(0, 4))}
                />
              )}
            </Field>
            <Field
              id={fieldId('criteriaSetId')}
              label={`${t('official.criteriaSet')} ${t('official.optional')}`}
              error={err('criteriaSetId')}
            >
              {(p) => (
                <select {...p} value={setId} onChange={(e) => setSetId(e.target.value)}>
                  <option value="">{t('official.choose')}</option>
                  {sets.map((s) => (
                    <option key={s.id} value={s.id}>
                      {locale === 'en' ? s.nameEn : s.nameVi}
                    </option>
                  ))}
                </select>
              )}
            </Field>
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
            <Field id={fieldId('issuer')} label={t('official.issuer')} error={err('issuer')}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  lang="vi"
                  value={issuer}
                  onChange={(e) => setIssuer(e.target.value)}
                />
              )}
            </Field>
            <Field
              id={fieldId('signer')}
              label={`${t('official.signer')} ${t('official.optional')}`}
              error={err('signer')}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  lang="vi"
                  value={signer}
                  onChange={(e) => setSigner(e.target.value)}
                />
              )}
            </Field>
          </div>
        </section>
        <div className="form-actions" aria-live="polite">
          {saved && (
            <p className="form-success" role="status">
              {t('official.recognitionSaved', { number: saved.number, unit: saved.unit })}{' '}
              {saved.code && (
                <Link to={communeOnDayHref(saved.code, saved.day)}>{t('official.seeCommune')}</Link>
              )}
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
