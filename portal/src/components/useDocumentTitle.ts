import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/** Sets the browser tab's title to "<title> · <portal name>" (the portal's name alone without one). */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  const name = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${name}` : name;
  }, [title, name]);
}
