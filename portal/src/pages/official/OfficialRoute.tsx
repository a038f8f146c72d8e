import { Link } from 'react-router';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { OFFICIAL_ROLES, type Viewer } from '../../app/viewer';
import { RequireRole } from '../../components/account/RequireRole';
import { officialScope } from '../../components/official/scope';

const TASKS: ReadonlyArray<{ to: string; title: MessageKey; text: MessageKey }> = [
  { to: '/official/evaluations/new', title: 'official.evaluationTitle', text: 'official.evaluationText' },
  {
    to: '/official/certifications/new',
    title: 'official.certificationTitle',
    text: 'official.certificationText',
  },
  { to: '/official/recognitions/new', title: 'official.recognitionTitle', text: 'official.recognitionText' },
  { to: '/official/audit', title: 'official.auditTitle', text: 'official.auditText' },
  { to: '/official/trade', title: 'inquiry.tradeTitle', text: 'inquiry.tradeText' },
  { to: '/official/labels', title: 'labels.officialTitle', text: 'labels.officialText' },
  { to: '/official/monitoring', title: 'monitoring.title', text: 'monitoring.text' },
];

/** The officials' start page: what they can record, within which unit, and the audit log. */
export default function OfficialRoute() {
  return <RequireRole roles={OFFICIAL_ROLES}>{(viewer) => <OfficialHub viewer={viewer} />}</RequireRole>;
}

function OfficialHub({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const scope = officialScope(viewer);
  return (
    <div className="official-page">
      <title>{`${t('official.hubTitle')} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('official.hubTitle')}</h1>
        <p className="page-lead">
          {scope.kind === 'all' ? t('official.hubLeadAll') : t('official.hubLead', { unit: scope.name })}
        </p>
      </header>
      <ul className="task-list">
        {TASKS.map((task) => (
          <li key={task.to}>
            <Link to={task.to} className="card task-card">
              <span className="task-title">{t(task.title)}</span>
              <span className="muted">{t(task.text)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
