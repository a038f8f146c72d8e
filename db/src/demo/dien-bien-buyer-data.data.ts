import type { CapacityPeriod, CertificationScheme } from '../entities';

/**
 * What a buyer asks before a deal, for a few demo products (issue 13): how much the producer can
 * supply, how long it keeps and how, the product in English, and its quality certifications
 * besides OCOP. All invented, like the producers; issuers are named generically ("Tổ chức chứng
 * nhận …") so that no real certification body appears to vouch for an invented product, and
 * numbers carry "DEMO".
 *
 * Certification dates are relative to the seeding day (the platform's clock), so that the demo
 * shows, whenever it is seeded, one certification of each status: valid, expired (its last day a
 * few weeks ago) and one valid without an end date.
 */
export interface CertificationSeed {
  scheme: CertificationScheme;
  schemeName?: string;
  issuer: string;
  number: string;
  /** Days before the seeding day it began. */
  startedDaysAgo: number;
  /** Days it runs from its first day (its last day is first day + days − 1); null: no end date. */
  validForDays: number | null;
}

export interface BuyerDataSeed {
  capacity: { quantity: number; unit: string; period: CapacityPeriod };
  shelfLifeDays: number;
  storageInstructions: string;
  nameEn: string;
  descriptionEn: string;
  certifications: readonly CertificationSeed[];
}

/** By product key (see dien-bien-products.data.ts). */
export const DEMO_BUYER_DATA: Readonly<Record<string, BuyerDataSeed>> = {
  'gao-seng-cu-dien-bien': {
    capacity: { quantity: 120, unit: 'tấn', period: 'season' },
    shelfLifeDays: 365,
    storageInstructions: 'Nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp; đóng kín sau khi mở.',
    nameEn: 'Séng Cù Rice of Điện Biên',
    descriptionEn:
      'A long-grain fragrant rice grown in the Mường Thanh valley, soft and slightly sticky when cooked.',
    certifications: [
      {
        scheme: 'vietgap',
        issuer: 'Tổ chức chứng nhận VietGAP (demo)',
        number: 'VietGAP-TT-DEMO-0112',
        startedDaysAgo: 400,
        validForDays: 3 * 365,
      },
      {
        scheme: 'haccp',
        issuer: 'Tổ chức chứng nhận HACCP (demo)',
        number: 'HACCP-DEMO-2031',
        startedDaysAgo: 3 * 365 + 40,
        validForDays: 3 * 365,
      },
    ],
  },
  'che-shan-tuyet-co-thu-tua-chua': {
    capacity: { quantity: 8, unit: 'tấn', period: 'year' },
    shelfLifeDays: 540,
    storageInstructions: 'Bảo quản trong hộp kín, nơi khô, tránh mùi lạ và ánh nắng.',
    nameEn: 'Ancient Shan Tuyết Tea of Tủa Chùa',
    descriptionEn:
      'Hand-rolled green tea from centuries-old Shan tuyết trees above 1,000 m, with a sweet lingering finish.',
    certifications: [
      {
        scheme: 'organic',
        issuer: 'Tổ chức chứng nhận hữu cơ (demo)',
        number: 'ORG-DEMO-0457',
        startedDaysAgo: 200,
        validForDays: 365,
      },
    ],
  },
  'ca-phe-arabica-muong-ang-rang-xay': {
    capacity: { quantity: 2.5, unit: 'tấn', period: 'month' },
    shelfLifeDays: 270,
    storageInstructions: 'Đóng kín túi van một chiều; nơi khô, mát, dưới 25 °C.',
    nameEn: 'Mường Ảng Arabica Ground Coffee',
    descriptionEn: 'Medium-roast Arabica from Mường Ảng hills, notes of dark chocolate and ripe fruit.',
    certifications: [
      {
        scheme: 'iso_22000',
        issuer: 'Tổ chức chứng nhận ISO (demo)',
        number: 'ISO22000-DEMO-0088',
        startedDaysAgo: 500,
        validForDays: 3 * 365,
      },
      {
        scheme: 'other',
        schemeName: '4C',
        issuer: 'Tổ chức chứng nhận cà phê bền vững (demo)',
        number: '4C-DEMO-0031',
        startedDaysAgo: 90,
        validForDays: null,
      },
    ],
  },
  'mat-ong-rung-tua-chua': {
    capacity: { quantity: 1500, unit: 'lít', period: 'year' },
    shelfLifeDays: 730,
    storageInstructions: 'Để nơi thoáng mát, đậy kín nắp; không để tủ lạnh.',
    nameEn: 'Tủa Chùa Wild Forest Honey',
    descriptionEn: 'Raw honey from wild bees in the Tủa Chùa forests, harvested twice a year.',
    certifications: [],
  },
};
