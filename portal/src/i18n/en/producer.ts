import type { Messages } from '../messages.vi';

/** English strings of the producer page. */
export const producer: Messages['producer'] = {};
