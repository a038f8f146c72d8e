import type { Messages } from '../messages.vi';

/** English strings of the error shown in place of a page that failed. */
export const routeError: Messages['routeError'] = {
  title: 'This page could not be opened',
  offline: 'Your device seems to be offline. Check the connection and try again.',
  failed: 'Something went wrong while loading the page. Reload it or go back to the home page.',
  reload: 'Reload the page',
};
