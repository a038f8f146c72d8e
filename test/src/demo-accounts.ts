import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ocop/db';

/**
 * The demo accounts the seed creates (db/src/demo/demo-users.data.ts), as the tests know them:
 * the e-mail of each kind of user, and their one password. Taken from @ocop/db, never copied, so
 * that a suite logs in with what the seed wrote.
 */
export const DEMO = {
  /** Producer editor of HTX Nông nghiệp Séng Cù Mường Thanh. */
  producerEditor: DEMO_ACCOUNTS.producerEditor,
  /** Province official of Điện Biên (the province of today, code 11). */
  provinceOfficial: DEMO_ACCOUNTS.provinceOfficial,
  /** The administrator. */
  administrator: DEMO_ACCOUNTS.administrator,
  password: DEMO_PASSWORD,
} as const;
