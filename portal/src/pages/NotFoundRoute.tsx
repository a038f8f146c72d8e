import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

export default function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <section className="state state-empty">
      <h1>{t('state.notFound')}</h1>
      <Link to="/">{t('state.backHome')}</Link>
    </section>
  );
}
