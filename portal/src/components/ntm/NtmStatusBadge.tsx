import type { NtmStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

const MARK: Record<NtmStatus, string> = { NONE: '○', STANDARD: '✓', ADVANCED: '★', MODEL: '✦' };

/**
 * The NTM tier a commune or village holds on a day, as a coloured badge with its words (the colour is
 * never the only signal; the mark beside it is decorative).
 */
export function NtmStatusBadge({ status, large = false }: { status: NtmStatus; large?: boolean }) {
  const { t } = useI18n();
  return (
    <span
      className={`badge ntm-badge ntm-${status.toLowerCase()}${large ? ' ntm-badge-large' : ''}`}
      data-status={status}
    >
      <span aria-hidden="true">{MARK[status]}</span>
      {t(`commune.status.${status}`)}
    </span>
  );
}
