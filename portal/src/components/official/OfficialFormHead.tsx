import { Link } from 'react-router';
import { useI18n, type MessageKey } from '../../i18n/i18n';

/** The title, breadcrumb back to the officials' hub and lead line every official form page starts with. */
export function OfficialFormHead({ title, lead }: { title: MessageKey; lead: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t(title)} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/official">{t('official.hubTitle')}</Link>
          </li>
          <li aria-current="page">{t(title)}</li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>{t(title)}</h1>
        <p className="page-lead">{t(lead)}</p>
      </header>
    </>
  );
}
