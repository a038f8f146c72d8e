import type { Language } from '../../common/language';
import { bilingual, issueMessage, z } from '../../common/validate';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password';

/**
 * What a new password must be: long enough to resist guessing (NIST SP 800-63B asks for length,
 * not character classes), short enough to hash cheaply. Not trimmed: spaces are characters.
 */
export const newPassword = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    bilingual({
      vi: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
      en: `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
    }),
  )
  .max(
    PASSWORD_MAX_LENGTH,
    bilingual({
      vi: `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`,
      en: `A password has at most ${PASSWORD_MAX_LENGTH} characters.`,
    }),
  );

/**
 * The problem with a new password, in one line for a command's output (cli/create-administrator.ts,
 * in the language of its --locale); null when it is acceptable.
 */
export function passwordProblem(password: string, language: Language): string | null {
  const result = newPassword.safeParse(password);
  const issue = result.error?.issues[0];
  if (result.success) return null;
  if (issue) return issueMessage(issue, password, language);
  return language === 'en' ? 'invalid password' : 'mật khẩu không hợp lệ';
}
