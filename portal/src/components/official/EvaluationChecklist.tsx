import { useI18n } from '../../i18n/i18n';

export interface CriterionItem {
  id: string;
  number: number;
  nameVi: string;
  nameEn: string;
}
export interface CriterionAnswer {
  met: boolean | null;
  note: string;
}

/** The field id of a criterion's result, for error links. */
export const criterionFieldId = (index: number) => `evaluation-results-${index}`;

/**
 * The criteria of a set, each met / not met with a note, and the count met so far ("14/19
 * đạt"), announced as it changes.
 */
export function EvaluationChecklist(props: {
  criteria: readonly CriterionItem[];
  answers: Record<string, CriterionAnswer>;
  onChange: (criterionId: string, answer: CriterionAnswer) => void;
  errors: Record<string, string>;
}) {
  const { t, tp, locale } = useI18n();
  const { criteria, answers, onChange, errors } = props;
  const met = criteria.filter((c) => answers[c.id]?.met === true).length;
  const unanswered = criteria.filter((c) => typeof answers[c.id]?.met !== 'boolean').length;
  return (
    <div className="evaluation-checklist">
      <div className="checklist-live" aria-live="polite">
        <strong className="checklist-count">{t('official.metCount', { met, total: criteria.length })}</strong>
        <progress max={criteria.length} value={met} aria-hidden="true" />
        {unanswered > 0 && <span className="muted small">{tp('official.unanswered', unanswered)}</span>}
      </div>
      <ol className="criterion-answers">
        {criteria.map((criterion, index) => {
          const answer = answers[criterion.id] ?? { met: null, note: '' };
          const error = errors[`results.${index}`];
          const name = locale === 'en' ? criterion.nameEn : criterion.nameVi;
          const id = criterionFieldId(index);
          return (
            <li
              key={criterion.id}
              className={`criterion-answer ${answer.met === false ? 'is-unmet' : answer.met ? 'is-met' : ''}`}
            >
              <fieldset
                id={id}
                tabIndex={-1}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              >
                <legend>
                  <span className="criterion-number">{criterion.number}.</span> {name}
                </legend>
                <div className="criterion-controls">
                  <div className="met-choice">
                    <label className={`met-option ${answer.met === true ? 'checked' : ''}`}>
                      <input
                        type="radio"
                        name={`criterion-${criterion.id}`}
                        checked={answer.met === true}
                        onChange={() => onChange(criterion.id, { ...answer, met: true })}
                      />
                      {t('official.met')}
                    </label>
                    <label className={`met-option met-option-no ${answer.met === false ? 'checked' : ''}`}>
                      <input
                        type="radio"
                        name={`criterion-${criterion.id}`}
                        checked={answer.met === false}
                        onChange={() => onChange(criterion.id, { ...answer, met: false })}
                      />
                      {t('official.notMet')}
                    </label>
                  </div>
                  <input
                    type="text"
                    className="criterion-note-input"
                    aria-label={t('official.criterionNote', { number: criterion.number })}
                    placeholder={t('official.note')}
                    lang="vi"
                    value={answer.note}
                    onChange={(e) => onChange(criterion.id, { ...answer, note: e.target.value })}
                  />
                </div>
                {error && (
                  <p id={`${id}-error`} className="field-error">
                    {error}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
