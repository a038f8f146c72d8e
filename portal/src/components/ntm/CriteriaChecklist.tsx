import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';

export const CriteriaChecklist_evaluation = graphql(`
  fragment CriteriaChecklist_evaluation on Evaluation {
    id
    evaluatedOn
    progress
    criteriaMet
    criteriaTotal
    assessor
    note
    criteriaSet {
      id
      code
      nameVi
      nameEn
      tier
      illustrative
      legalDocument
    }
    results {
      met
      note
      criterion {
        id
        number
        nameVi
        nameEn
      }
    }
  }
`);

/**
 * One evaluation of a unit against one criteria set: "14/16" with a progress bar, then every
 * criterion met (✓) or not met yet (✗) with its name and, when recorded, why it is not met.
 */
export function CriteriaChecklist(props: { evaluation: FragmentType<typeof CriteriaChecklist_evaluation> }) {
  const evaluation = getFragmentData(CriteriaChecklist_evaluation, props.evaluation);
  const { t, tp, locale, formatDate } = useI18n();
  const set = evaluation.criteriaSet;
  const percent = evaluation.criteriaTotal
    ? Math.round((evaluation.criteriaMet / evaluation.criteriaTotal) * 100)
    : 0;
  const complete = evaluation.criteriaMet === evaluation.criteriaTotal;
  const results = [...evaluation.results].sort((a, b) => a.criterion.number - b.criterion.number);
  const unmet = results.filter((result) => !result.met);
  const unrecorded = Math.max(0, evaluation.criteriaTotal - results.length);
  const headingId = `checklist-${evaluation.id}`;
  const name = (criterion: (typeof results)[number]['criterion']) =>
    locale === 'vi' ? criterion.nameVi : criterion.nameEn;
  const list = (
    <ol className="criteria-list">
      {results.map((result) => (
        <li
          key={result.criterion.id}
          className={result.met ? 'criterion criterion-met' : 'criterion criterion-unmet'}
        >
          <span className="criterion-mark" aria-hidden="true">
            {result.met ? '✓' : '✗'}
          </span>
          <span className="criterion-name">
            <span className="criterion-number">{result.criterion.number}.</span> {name(result.criterion)}
          </span>
          <span className="criterion-verdict">
            {result.met ? t('commune.checklist.met') : t('commune.checklist.notMet')}
          </span>
          {!result.met && result.note && (
            <span className="criterion-note" lang="vi">
              {result.note}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <article className="card checklist" aria-labelledby={headingId}>
      <header className="checklist-head">
        <p className="eyebrow">{t(`commune.tierSet.${set.tier}`)}</p>
        <h3 id={headingId}>{locale === 'vi' ? set.nameVi : set.nameEn}</h3>
        <p className="muted small">
          {t('commune.checklist.evaluatedOn', { date: formatDate(evaluation.evaluatedOn) })}
          {evaluation.assessor ? ` · ${evaluation.assessor}` : ''}
        </p>
      </header>
      <div className="checklist-progress">
        <p className="checklist-score">
          <strong className={complete ? 'score-complete' : undefined}>{evaluation.progress}</strong>
          <span className="muted">
            {t('commune.checklist.criteriaMet', {
              met: evaluation.criteriaMet,
              total: evaluation.criteriaTotal,
            })}
          </span>
        </p>
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={evaluation.criteriaTotal}
          aria-valuenow={evaluation.criteriaMet}
          aria-valuetext={evaluation.progress}
          aria-label={t('commune.checklist.progressLabel')}
        >
          <span
            className={complete ? 'progress-bar progress-complete' : 'progress-bar'}
            style={{ width: `${percent}%` }}
          />
        </div>
      </div>
      {unmet.length > 0 && (
        <p className="checklist-unmet">
          <strong>{t('commune.checklist.unmetSummary', { count: unmet.length })}</strong>{' '}
          {unmet.map((result) => name(result.criterion)).join(', ')}
        </p>
      )}
      {unrecorded > 0 && <p className="checklist-unmet">{tp('commune.checklist.unrecorded', unrecorded)}</p>}
      {/* A set met in full folds its list away: what is missing is what readers look for. */}
      {complete && results.length > 0 ? (
        <details className="criteria-details">
          <summary>{tp('commune.checklist.showAll', results.length)}</summary>
          {list}
        </details>
      ) : (
        list
      )}
      {evaluation.note && (
        <p className="checklist-note muted small" lang="vi">
          {evaluation.note}
        </p>
      )}
      {set.illustrative && <p className="muted small">{t('commune.checklist.illustrative')}</p>}
    </article>
  );
}
