import type { Messages } from '../messages.vi';

/** English strings of the statistics page. */
export const statistics: Messages['statistics'] = {};
