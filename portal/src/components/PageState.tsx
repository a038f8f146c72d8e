import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** The loading state of a page or a section: announced to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

/** A failed load, with a way to try again. */
export function ErrorState({ onRetry, message }: { onRetry?: () => void; message?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert">
      <p>{message ?? t('state.error')}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/** Nothing to show, said plainly, with an optional way out. */
export function EmptyState({
  title,
  children,
  page = false,
}: {
  title: string;
  children?: ReactNode;
  /** The whole page's answer (nothing found at this address): its title is the page's h1. */
  page?: boolean;
}) {
  const Title = page ? 'h1' : 'p';
  return (
    <div className="state state-empty">
      <Title className="state-title">{title}</Title>
      {children}
    </div>
  );
}
