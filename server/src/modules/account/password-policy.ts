import { z } from '../../common/validate';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password';

/**
 * What a new password must be: long enough to resist guessing (NIST SP 800-63B asks for length,
 * not character classes), short enough to hash cheaply. Not trimmed: spaces are characters.
 */
export const newPassword = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự (at least ${PASSWORD_MIN_LENGTH} characters).`,
  )
  .max(
    PASSWORD_MAX_LENGTH,
    `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự (at most ${PASSWORD_MAX_LENGTH} characters).`,
  );

/** The problem with a new password, in one line for a command's output; null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  const result = newPassword.safeParse(password);
  return result.success ? null : (result.error.issues[0]?.message ?? 'invalid password');
}
