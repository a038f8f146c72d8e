import type { Messages } from '../messages.vi';

/** English strings of the catalogue page. */
export const catalogue: Messages['catalogue'] = {};
