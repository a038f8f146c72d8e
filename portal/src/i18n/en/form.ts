import type { Messages } from '../messages.vi';

/** English strings shared by every form. */
export const form: Messages['form'] = {
  errorSummary: 'Items to fix: {count}.',
  required: 'This cannot be empty.',
  tooLong: 'This is too long.',
  tooShort: 'This is too short.',
};
