import type { I18n } from '../../i18n/i18n';
import { userErrorText } from './userErrorText';

export interface UserErrorLike {
  field: readonly string[];
  code: string;
  message: string;
}

/**
 * An API answer's user errors, split between the form's fields and the form as a whole. `place`
 * names the field key an error path (without its leading "input") belongs to — "priceVnd",
 * "results.3" — or null when the form shows no such field; `isEmpty` tells whether that field
 * is empty (a TOO_SHORT error then reads "cannot be empty").
 */
export function splitUserErrors(
  t: I18n['t'],
  errors: readonly UserErrorLike[],
  place: (path: string) => string | null,
  isEmpty: (key: string) => boolean = () => false,
): { byField: Record<string, string>; general: string[] } {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const error of errors) {
    const path = (error.field[0] === 'input' ? error.field.slice(1) : error.field).join('.');
    const key = path ? place(path) : null;
    if (key) byField[key] ??= userErrorText(t, error, isEmpty(key));
    else general.push(userErrorText(t, error));
  }
  return { byField, general };
}
