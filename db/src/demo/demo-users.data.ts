import type { Role } from '../entities';

/**
 * Demo accounts, one per kind of user: documented in the README with their password. The hash
 * is stored ready-made (Argon2id, OWASP parameters), so the db package needs no hashing code.
 */

/** The demo accounts' password (public: demo data only). */
export const DEMO_PASSWORD = 'ocop-demo-2026';
/** Argon2id (m=19456, t=2, p=1) of DEMO_PASSWORD. */
export const DEMO_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$8W0UKEDvm+QG1yueojr8FA$jk4TNw0bUn7MukqjuJWYXB8OQgrxPRhVQB1RB+ozFpQ';

/** Sign-in e-mails of the demo accounts. */
export const DEMO_ACCOUNTS = {
  /** Producer editor of HTX Nông nghiệp Séng Cù Mường Thanh (Gạo Séng Cù). */
  producerEditor: 'htx.sengcu@demo.ocop.vn',
  /** Provincial OCOP/NTM official of Điện Biên (the post-2025 province). */
  provinceOfficial: 'ocop.dienbien@demo.ocop.vn',
  /** Platform administrator. */
  administrator: 'admin@demo.ocop.vn',
} as const;

export interface DemoUserSeed {
  email: string;
  displayName: string;
  role: Role;
  /** Producer key (dien-bien-producers.data.ts) for a producer editor. */
  producer?: string;
  /** Unit for an official: province code 11 as it exists after the 2025 reform. */
  unit?: { level: 'province'; code: string; era: 'post2025' };
}

export const DEMO_USERS: readonly DemoUserSeed[] = [
  { email: DEMO_ACCOUNTS.administrator, displayName: 'Quản trị hệ thống (demo)', role: 'administrator' },
  {
    email: DEMO_ACCOUNTS.producerEditor,
    displayName: 'HTX Nông nghiệp Séng Cù Mường Thanh (demo)',
    role: 'producer_editor',
    producer: 'htx-seng-cu-muong-thanh',
  },
  {
    email: DEMO_ACCOUNTS.provinceOfficial,
    displayName: 'Văn phòng Điều phối NTM tỉnh Điện Biên (demo)',
    role: 'province_official',
    unit: { level: 'province', code: '11', era: 'post2025' },
  },
];
