import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';

export const RecognitionHistory_recognition = graphql(`
  fragment RecognitionHistory_recognition on Recognition {
    id
    tier
    standardYear
    decisionNumber
    decisionDate
    issuer
    signer
    revokedOn
    revocationDecision
    revocationReason
    inForceOnDay: inForce(asOf: $asOf)
  }
`);

/**
 * Every NTM recognition of a unit, newest first: the tier and the year it certifies ("đạt chuẩn năm
 * 2020"), the decision (number, date, issuer) — two different things — and a revocation, if any.
 * The recognitions in force on the chosen day (`$asOf` of the route's query, shown as `asOf`) are marked.
 */
export function RecognitionHistory(props: {
  recognitions: ReadonlyArray<FragmentType<typeof RecognitionHistory_recognition>>;
  asOf: string;
}) {
  const recognitions = getFragmentData(RecognitionHistory_recognition, props.recognitions);
  const { t, formatDate } = useI18n();
  if (recognitions.length === 0) return <p className="muted">{t('commune.recognitions.none')}</p>;
  const newestFirst = [...recognitions].sort((a, b) => b.decisionDate.localeCompare(a.decisionDate));
  return (
    <ol className="timeline">
      {newestFirst.map((recognition) => {
        const revoked = Boolean(recognition.revokedOn);
        return (
          <li key={recognition.id} className={revoked ? 'timeline-item timeline-revoked' : 'timeline-item'}>
            <p className="timeline-title">
              {t(`commune.recognitions.tier.${recognition.tier}`, { year: recognition.standardYear })}
            </p>
            <p className="small">
              {t('commune.recognitions.decision', {
                number: recognition.decisionNumber,
                date: formatDate(recognition.decisionDate),
              })}
              {' · '}
              {recognition.issuer}
            </p>
            {revoked && (
              <p className="small revoked-note">
                <span className="badge badge-revoked">{t('commune.recognitions.revoked')}</span>{' '}
                {t('commune.recognitions.revokedOn', { date: formatDate(recognition.revokedOn!) })}
                {recognition.revocationDecision ? ` (${recognition.revocationDecision})` : ''}
                {recognition.revocationReason ? `: ${recognition.revocationReason}` : ''}
              </p>
            )}
            {recognition.inForceOnDay && (
              <p className="small in-force">
                {t('commune.recognitions.inForce', { date: formatDate(props.asOf) })}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
