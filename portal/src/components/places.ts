/**
 * Places the portal presents first. The API has no list of provinces with OCOP products, so the
 * home province is a deployment setting: its figures head the home page and its districts are
 * offered to browse (names always come from the API). Điện Biên, GSO code 11.
 */
export const HOME_PROVINCE_CODE = '11';

/** The 1 July 2025 reform merged provinces and communes and abolished districts. */
export const REFORM_DAY = '2025-07-01';

/** The last day districts existed: district lists are read as of this day. */
export const LAST_DAY_OF_DISTRICTS = '2025-06-30';
