import type { Messages } from '../messages.vi';

/** English strings shared by every form. */
export const form: Messages['form'] = {
  errorSummary: 'Items to fix: {count}.',
  required: 'This cannot be empty.',
  tooLong: 'This is too long.',
  tooShort: 'This is too short.',
  vnd: {
    negative: 'The amount cannot be negative.',
    fraction: 'Amounts are in whole đồng, with no fraction (e.g. 38,000 or 38.5k).',
    ambiguous: 'This amount can be read more than one way; write it in full, e.g. 38,500 or 38.5k.',
    tooLarge: 'The amount is too large.',
    unreadable: 'This is not an amount; write e.g. 38,000, 38k, 38.5k or 1.2tr (million).',
  },
};
