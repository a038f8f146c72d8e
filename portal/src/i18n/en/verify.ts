import type { Messages } from '../messages.vi';

/** English strings of the verify page. */
export const verify: Messages['verify'] = {};
