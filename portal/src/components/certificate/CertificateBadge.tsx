import type { CertificateStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { BanIcon, CheckIcon, ClockIcon, MinusIcon, SwapIcon } from '../icons';
import { useBadgeStatus, type BadgeStatus } from './certificateStatus';

const ICONS: Record<BadgeStatus, typeof CheckIcon> = {
  VALID: CheckIcon,
  EXPIRED: ClockIcon,
  REVOKED: BanIcon,
  SUPERSEDED: SwapIcon,
  NONE: MinusIcon,
  UNCONFIRMED: ClockIcon,
};

export interface CertificateBadgeProps {
  /** The API's status of the certificate today; null or undefined when never certified. */
  status: CertificateStatus | null | undefined;
  /** The certificate's first invalid day: guards against showing an expired one as valid. */
  expiresOn?: string | null;
  /** The day to judge expiry on ('YYYY-MM-DD'); default the platform's `today` from the cache. */
  today?: string | null;
  size?: 'small' | 'large';
}

/**
 * The status of an OCOP certificate at a glance: colour, icon and a word (never colour alone).
 * See `badgeStatus` for why a VALID certificate past its expiry reads EXPIRED.
 */
export function CertificateBadge({ status, expiresOn, today, size = 'small' }: CertificateBadgeProps) {
  const { t } = useI18n();
  const shown = useBadgeStatus(status, expiresOn, today);
  const Icon = ICONS[shown];
  return (
    <span
      className={`badge badge-${shown.toLowerCase()}${size === 'large' ? ' badge-large' : ''}`}
      data-status={shown}
    >
      <Icon size={size === 'large' ? 18 : 14} strokeWidth={2.5} />
      {t(`product.status.${shown}`)}
    </span>
  );
}
