import type { CertificateStatus } from '../../gql/graphql';
import { usePlatformToday } from '../../app/platformToday';

/**
 * What a certificate badge can say: the API's statuses, NONE for a product never certified, and
 * UNCONFIRMED for a certificate the API called VALID while the platform's day is not known yet.
 */
export type BadgeStatus = CertificateStatus | 'NONE' | 'UNCONFIRMED';

/**
 * The status a badge shows. It comes from the API's `status` only, with one guard: a certificate
 * the API calls VALID but whose `expiresOn` (its first invalid day) is the platform's `today` or
 * earlier reads as EXPIRED — a page left open, or a cached answer, never shows an expired
 * certificate as valid. Without a day (`today` null: not known yet), VALID reads UNCONFIRMED,
 * never VALID. ISO days compare correctly as strings.
 */
export function badgeStatus(
  status: CertificateStatus | null | undefined,
  expiresOn: string | null | undefined,
  today: string | null,
): BadgeStatus {
  if (!status) return 'NONE';
  if (status !== 'VALID') return status;
  if (today === null) return 'UNCONFIRMED';
  if (expiresOn && expiresOn <= today) return 'EXPIRED';
  return status;
}

/** `badgeStatus` on the platform's day (from the cache), or on `today` when a caller fixes it. */
export function useBadgeStatus(
  status: CertificateStatus | null | undefined,
  expiresOn: string | null | undefined,
  today?: string | null,
): BadgeStatus {
  const platformToday = usePlatformToday();
  return badgeStatus(status, expiresOn, today ?? platformToday);
}
