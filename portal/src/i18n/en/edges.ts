import type { Messages } from '../messages.vi';

/** English strings added for issue 13's rough edges of navigation. */
export const edges: Messages['edges'] = {
  communeCodeFormat: 'A commune code is 5 digits, e.g. 03328.',
  unknownUnit: 'Unknown unit (code {code})',
  menuOpen: 'Open the menu',
  menuClose: 'Close the menu',
  menu: 'Menu',
};
