import type { Messages } from '../messages.vi';

/** English strings of the product page. */
export const product: Messages['product'] = {};
