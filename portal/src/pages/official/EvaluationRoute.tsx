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
import { CommunePicker, type PickedUnit } from '../../components/official/CommunePicker';
import {
  criterionFieldId,
  EvaluationChecklist,
  type CriterionAnswer,
} from '../../components/official/EvaluationChecklist';
import { officialScope } from '../../components/official/scope';
import { communeOnDayHref } from '../../components/ntm/links';
import { useEvaluationRecord } from '../../components/official/useEvaluationRecord';
import { ErrorState, Loading } from '../../components/PageState';

export const EvaluationRouteQuery = graphql(`
  query EvaluationRouteQuery {
    today
    criteriaSets {
      id
      code
      nameVi
      nameEn
      unitLevel
      tier
      periodStart
      periodEnd
      criteria {
        id
        number
        nameVi
        nameEn
      }
    }
  }
`);

const FIELDS = ['unitId', 'criteriaSetId', 'evaluatedOn', 'assessor', 'note'] as const;
const fieldId = (key: string) =>
  key.startsWith('results.') ? criterionFieldId(Number(key.split('.')[1])) : `evaluation-${key}`;

/** Recording an NTM evaluation of a commune: every criterion of a set, met or not, with notes. */
export default function EvaluationRoute() {
  return <RequireRole roles={OFFICIAL_ROLES}>{(viewer) => <EvaluationForm viewer={viewer} />}</RequireRole>;
}

function EvaluationForm({ viewer }: { viewer: Viewer }) {
  const { t, locale } = useI18n();
  const scope = officialScope(viewer);
  const { data, error, refetch } = useQuery(EvaluationRouteQuery);
  const [commune, setCommune] = useState<PickedUnit | null>(() =>
    scope.kind === 'commune' ? { id: scope.id, code: scope.code, name: scope.name } : null,
  );
  // The day typed, else the platform's today (it comes with the route query, before the form shows).
  const [typedDay, setDay] = useState<string | null>(null);
  const today = data?.today ?? null;
  const day = typedDay ?? today ?? '';
  const [setId, setSetId] = useState('');
  const [assessor, setAssessor] = useState('');
  const [note, setNote] = useState('');
  const [answers, setAnswers] = useState<Record<string, CriterionAnswer>>({});
  const [saved, setSaved] = useState<{
    unit: string;
    code: string | null;
    day: string;
    progress: string;
  } | null>(null);
  const [record] = useEvaluationRecord();
  const keyFor = useIdempotencyKey();
  const form = useFormSubmit(OFFICIAL_FAILURES);

  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const sets = data.criteriaSets.filter((s) => s.unitLevel === 'COMMUNE');
  // By default the standard set in force on the day.
  const current = sets.find((s) => s.tier === 'STANDARD' && s.periodStart <= day && day <= s.periodEnd);
  const set = sets.find((s) => s.id === setId) ?? (setId === '' ? current : undefined);
  const criteria = set?.criteria ?? [];

  const onSubmit = form.handleSubmit(async () => {
    setSaved(null);
    const input = {
      unitId: commune?.id ?? '',
      criteriaSetId: set?.id ?? '',
      evaluatedOn: day,
      assessor: assessor.trim() || null,
      note: note.trim() || null,
      results: criteria.map((c) => ({
        criterionId: c.id,
        met: answers[c.id]?.met as boolean,
        note: answers[c.id]?.note.trim() || null,
      })),
    };
    // What the API would refuse anyway, said before sending: a missing commune, set or result.
    const local: Record<string, string> = {};
    if (!commune) local.unitId = t('form.required');
    if (!set) local.criteriaSetId = t('form.required');
    input.results.forEach((r, i) => {
      if (typeof r.met !== 'boolean') local[`results.${i}`] = t('form.required');
    });
    if (Object.keys(local).length > 0) {
      form.showErrors({ byField: local, general: [] });
      return;
    }
    const { data: answer } = await record({
      variables: { input: { ...input, idempotencyKey: keyFor(input) } },
    });
    const payload = answer?.evaluationRecord;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.evaluation) {
      form.showUserErrors(payload.userErrors, (path) => {
        if ((FIELDS as readonly string[]).includes(path)) return path;
        const result = /^results\.(\d+)/.exec(path);
        return result && Number(result[1]) < criteria.length ? `results.${result[1]}` : null;
      });
      return;
    }
    form.clearErrors();
    const e = payload.evaluation;
    setSaved({
      unit: e.unit.fullName,
      code: e.unit.code ?? null,
      // The unit as it was on the day evaluated (a code may name another unit today).
      day,
      progress: t('official.metCount', { met: e.criteriaMet, total: e.criteriaTotal }),
    });
  });

  const fieldError = (key: string) => form.errors.byField[key];
  // In the summary a criterion's error names it: its message alone reads the same for all of them.
  const summaryEntry = (key: string, message: string) => {
    const result = /^results\.(\d+)$/.exec(key);
    const criterion = result ? criteria[Number(result[1])] : undefined;
    if (!criterion) return message;
    const name = locale === 'en' ? criterion.nameEn : criterion.nameVi;
    return t('official.criterionError', { number: criterion.number, name, message });
  };
  return (
    <div className="official-page">
      <OfficialFormHead title="official.evaluationTitle" lead="official.evaluationText" />
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
        <FormErrors form={form} fieldId={fieldId} title="official.errorSummary" entry={summaryEntry} />
        <section className="form-section">
          <div className="form-grid">
            <Field id={fieldId('evaluatedOn')} label={t('official.date')} error={fieldError('evaluatedOn')}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={day}
                  max={today ?? undefined}
                  onChange={(e) => setDay(e.target.value)}
                />
              )}
            </Field>
            <Field
              id={fieldId('criteriaSetId')}
              label={t('official.criteriaSet')}
              error={fieldError('criteriaSetId')}
            >
              {(p) => (
                <select {...p} value={set?.id ?? ''} onChange={(e) => setSetId(e.target.value)}>
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
          <CommunePicker
            id={fieldId('unitId')}
            scope={scope}
            asOf={day}
            value={commune}
            onChange={setCommune}
            error={fieldError('unitId')}
          />
          <div className="form-grid">
            <Field
              id={fieldId('assessor')}
              label={`${t('official.assessor')} ${t('official.optional')}`}
              error={fieldError('assessor')}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  lang="vi"
                  value={assessor}
                  onChange={(e) => setAssessor(e.target.value)}
                />
              )}
            </Field>
            <Field
              id={fieldId('note')}
              label={`${t('official.note')} ${t('official.optional')}`}
              error={fieldError('note')}
            >
              {(p) => (
                <input {...p} type="text" lang="vi" value={note} onChange={(e) => setNote(e.target.value)} />
              )}
            </Field>
          </div>
        </section>
        <section className="form-section" aria-labelledby="criteria-title">
          <div className="section-head-row">
            <h2 id="criteria-title">{t('official.criteriaTitle')}</h2>
            {criteria.length > 0 && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  setAnswers((a) =>
                    Object.fromEntries(criteria.map((c) => [c.id, { note: a[c.id]?.note ?? '', met: true }])),
                  )
                }
              >
                {t('official.allMet')}
              </button>
            )}
          </div>
          {criteria.length === 0 ? (
            <p className="muted">{t('official.chooseSet')}</p>
          ) : (
            <EvaluationChecklist
              criteria={criteria}
              answers={answers}
              onChange={(id, answer) => setAnswers((a) => ({ ...a, [id]: answer }))}
              errors={form.errors.byField}
            />
          )}
        </section>
        <div className="form-actions" aria-live="polite">
          {saved && (
            <p className="form-success" role="status">
              {t('official.evaluationSaved', { unit: saved.unit, progress: saved.progress })}{' '}
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
