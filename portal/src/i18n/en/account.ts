import type { Messages } from '../messages.vi';

/** English strings of logging in and the viewer's menu. */
export const account: Messages['account'] = {
  login: 'Log in',
  logout: 'Log out',
  loggingOut: 'Logging out…',
  loginTitle: 'Log in',
  loginLead:
    'For cooperatives, OCOP producers and the programmes’ officials. Reading the data needs no account.',
  email: 'Email',
  password: 'Password',
  showPassword: 'Show password',
  submit: 'Log in',
  submitting: 'Logging in…',
  emailRequired: 'Please enter your email.',
  passwordRequired: 'Please enter your password.',
  invalidCredentials: 'The email or the password is wrong.',
  throttled: 'Too many failed attempts. Please try again in {wait}.',
  throttledNow: 'You can try to log in again.',
  failed: 'Could not log in. Please try again.',
  seconds: '{count} s',
  minutes: '{count} min',
  minutesSeconds: '{minutes} min {seconds} s',
  loginRequired: 'Please log in to continue.',
  notAllowed: 'Your account may not use this page.',
  menu: 'Account',
  signedInAs: 'Logged in: {name}',
  myProducts: 'My products',
  officialWork: 'Official work',
  role: {
    PRODUCER_EDITOR: 'Producer editor',
    COMMUNE_OFFICIAL: 'Commune official',
    PROVINCE_OFFICIAL: 'Province official',
    ADMINISTRATOR: 'Administrator',
  },
};
