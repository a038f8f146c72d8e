import type { CertificateStatus } from '../../gql/graphql';

/** What a certificate badge can say: the API's statuses, and NONE for a product never certified. */
export type BadgeStatus = CertificateStatus | 'NONE';

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Vietnam as 'YYYY-MM-DD': the day certificate statuses are given for. */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now);
}

/**
 * The status a badge shows. It comes from the API's `status` only, with one guard: a certificate
 * the API calls VALID but whose `expiresOn` (its first invalid day) is today or earlier reads as
 * EXPIRED — a page left open past midnight, or a cached answer, never shows an expired
 * certificate as valid. ISO days compare correctly as strings.
 */
export function badgeStatus(
  status: CertificateStatus | null | undefined,
  expiresOn: string | null | undefined,
  today: string = todayInVietnam(),
): BadgeStatus {
  if (!status) return 'NONE';
  if (status === 'VALID' && expiresOn && expiresOn <= today) return 'EXPIRED';
  return status;
}
