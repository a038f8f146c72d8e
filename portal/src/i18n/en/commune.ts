import type { Messages } from '../messages.vi';

/** English strings of the commune page. */
export const commune: Messages['commune'] = {};
