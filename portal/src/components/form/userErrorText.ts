import type { I18n } from '../../i18n/i18n';

/**
 * The text to show under a field for an API user error. The API's messages are specific where
 * its rules are (a phone's format, an amount's ceiling) but generic for lengths and missing
 * values ("Quá nhỏ: mong đợi string có >=1 ký tự"), and always Vietnamese: those few codes get
 * the portal's own words, in the reader's language.
 */
export function userErrorText(
  t: I18n['t'],
  error: { code: string; message: string },
  emptyValue = false,
): string {
  if (error.code === 'REQUIRED' || (error.code === 'TOO_SHORT' && emptyValue)) return t('form.required');
  if (error.code === 'TOO_SHORT') return t('form.tooShort');
  if (error.code === 'TOO_LONG') return t('form.tooLong');
  return error.message;
}
