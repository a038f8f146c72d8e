import type { FailureMessages } from '../form/failure';

/** What an official's form says when its mutation fails outright: outside their unit or role, or anything else. */
export const OFFICIAL_FAILURES: FailureMessages = {
  forbidden: 'official.forbidden',
  failed: 'official.failed',
};
