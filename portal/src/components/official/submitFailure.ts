import { CombinedGraphQLErrors } from '@apollo/client';
import type { MessageKey } from '../../i18n/i18n';

/**
 * What an official's form says when its mutation fails outright (not with user errors):
 * outside their unit or role, or anything else (network, server fault).
 */
export function submitFailureMessage(failure: unknown): MessageKey {
  const code = CombinedGraphQLErrors.is(failure) ? failure.errors[0]?.extensions?.['code'] : undefined;
  return code === 'FORBIDDEN' ? 'official.forbidden' : 'official.failed';
}
