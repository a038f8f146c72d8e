import type { Messages } from '../messages.vi';

/** English strings of the home page. */
export const home: Messages['home'] = {};
