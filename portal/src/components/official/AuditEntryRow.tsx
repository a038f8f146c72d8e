import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { auditDiff, refusal, refusalSummary } from './auditDiff';

export const AuditEntryRow_entry = graphql(`
  fragment AuditEntryRow_entry on AuditEntry {
    id
    occurredAt
    action
    entityType
    entityId
    outcome
    requestId
    before
    after
    actor {
      id
      displayName
      email
    }
    partner {
      name
      keyPrefix
    }
    unit {
      id
      fullName
    }
  }
`);

/** Rows of a diff shown at once; a longer one (a creation) folds the rest away. */
const SHOWN_ROWS = 4;

/**
 * One audit entry: when, who (a person, and for a request made with an API key its partner and the
 * key's prefix), what, and what changed (or why it was refused).
 */
export function AuditEntryRow({ entry: ref }: { entry: FragmentType<typeof AuditEntryRow_entry> }) {
  const { t, tp, locale } = useI18n();
  const e = getFragmentData(AuditEntryRow_entry, ref);
  const format = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const when = format.format(new Date(e.occurredAt));
  const rows = e.outcome === 'APPLIED' ? auditDiff(e.before, e.after) : [];
  const refused = e.outcome === 'APPLIED' ? null : refusal(e.after);
  const summary = e.outcome === 'APPLIED' ? null : refusalSummary(e.after);
  const instant = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : format.format(new Date(iso)));
  const diffTable = (list: typeof rows) => (
    <table className="diff-table">
      <tbody>
        {list.map((row) => (
          <tr key={row.field}>
            <th scope="row">{row.field}</th>
            <td className="diff-before">{e.before ? <del>{row.before}</del> : null}</td>
            <td className="diff-after">
              <ins>{row.after}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <tr className={`audit-row audit-${e.outcome.toLowerCase()}`}>
      <td data-label={t('official.when')}>
        <time dateTime={e.occurredAt}>{when}</time>
      </td>
      <td data-label={t('official.who')}>
        {e.actor ? (
          <>
            <span className="audit-actor">{e.actor.displayName}</span>
            <span className="muted small audit-email">{e.actor.email}</span>
          </>
        ) : e.partner ? null : (
          <span className="muted">{t('official.anonymous')}</span>
        )}
        {e.partner && (
          <span className="audit-partner">
            {t('official.viaPartner', { name: e.partner.name, prefix: e.partner.keyPrefix })}
          </span>
        )}
      </td>
      <td data-label={t('official.what')}>
        <code className="audit-action">{e.action}</code>
        <span className="muted small">
          {e.entityType}
          {e.unit && ` · ${e.unit.fullName}`}
        </span>
        <span className={`audit-outcome outcome-${e.outcome.toLowerCase()}`}>
          {t(`official.outcome.${e.outcome}`)}
        </span>
      </td>
      <td data-label={t('official.change')} className="audit-change">
        {summary ? (
          <>
            <p className="audit-reason">
              {tp('official.refusalSummary', summary.refusals, {
                source:
                  summary.source === '*'
                    ? t('official.sourceAll')
                    : summary.source.startsWith('user:')
                      ? t('official.sourceAccount')
                      : summary.source.replace(/^ip:/, ''),
                from: instant(summary.firstAt),
                until: instant(summary.lastAt),
                inFull: summary.writtenInFull,
              })}
            </p>
            {refused?.reason && <p className="audit-reason">{refused.reason}</p>}
          </>
        ) : refused ? (
          <>
            {refused.reason && <p className="audit-reason">{refused.reason}</p>}
            {refused.messages.length > 0 && (
              <ul className="audit-messages">
                {refused.messages.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )}
            {refused.input !== null && refused.input !== undefined && (
              <details>
                <summary>{t('official.showInput')}</summary>
                <pre className="audit-json">{JSON.stringify(refused.input, null, 2)}</pre>
              </details>
            )}
          </>
        ) : rows.length === 0 ? (
          <span className="muted">{t('official.noChange')}</span>
        ) : (
          <>
            {!e.before && <p className="audit-reason">{t('official.created')}</p>}
            {diffTable(rows.slice(0, SHOWN_ROWS))}
            {rows.length > SHOWN_ROWS && (
              <details>
                <summary>+{rows.length - SHOWN_ROWS}</summary>
                {diffTable(rows.slice(SHOWN_ROWS))}
              </details>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
