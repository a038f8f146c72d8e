import { CombinedGraphQLErrors } from '@apollo/client';
import type { MessageKey } from '../../i18n/i18n';

/** A form's words for a mutation that failed outright: refused for want of a right, or anything else. */
export interface FailureMessages {
  forbidden: MessageKey;
  failed: MessageKey;
}

/**
 * What a form says when its mutation fails outright (not with user errors): FORBIDDEN (outside
 * the person's role or unit) has words of its own; anything else (network, server fault, an
 * answer without its payload) reads "try again".
 */
export function failureMessage(failure: unknown, messages: FailureMessages): MessageKey {
  const code = CombinedGraphQLErrors.is(failure) ? failure.errors[0]?.extensions?.['code'] : undefined;
  return code === 'FORBIDDEN' ? messages.forbidden : messages.failed;
}
