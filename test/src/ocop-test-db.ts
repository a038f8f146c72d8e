import { Client } from 'pg';
import { inject } from 'vitest';
import { databaseUrl } from '@ocop/db';

/**
 * Direct SQL on the platform's database (`ocop_e2e` on the test PostgreSQL server), for tests
 * that find their fixtures in the demo data or insert rows between two requests. Expectations
 * are computed here, from the rows and the SQL rule `ocop_certificate_status`, never copied from
 * what the API answers.
 */
export async function connectPlatformDatabase(): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl(inject('serverUrl'), 'ocop_e2e') });
  await client.connect();
  return client;
}

/** A name folded the way a search ignores: accents and tone marks, đ/d, case. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Every listed demo product with its current certificate today (the latest decided by today)
 * and that certificate's status by the SQL rule.
 */
export interface ProductFact {
  id: string;
  name: string;
  stars: number | null;
  status: string | null;
  decision_date: string | null;
  producer_type: string;
  sector: string | null;
  group: string | null;
  product_set: string | null;
}

export async function productFacts(client: Client, today: string): Promise<ProductFact[]> {
  const { rows } = await client.query<ProductFact>(
    `SELECT p.id, p.name, cur.stars, cur.decision_date::text AS decision_date,
            CASE WHEN cur.id IS NOT NULL
                 THEN ocop_certificate_status(cur.decision_date, cur.expires_on, cur.revoked_on, cur.superseded_on, $1)
            END AS status,
            pr.type AS producer_type, s.code AS sector, g.code AS "group", ps.code AS product_set
     FROM ocop_product p
     JOIN producer pr ON pr.id = p.producer_id
     LEFT JOIN ocop_product_set ps ON ps.id = p.product_set_id
     LEFT JOIN ocop_group g ON g.id = ps.group_id
     LEFT JOIN ocop_sector s ON s.id = g.sector_id
     LEFT JOIN LATERAL (
       SELECT c.* FROM ocop_certificate c WHERE c.product_id = p.id AND c.decision_date <= $1
       ORDER BY c.decision_date DESC LIMIT 1) cur ON true
     WHERE p.demo AND p.deleted_at IS NULL`,
    [today],
  );
  return rows;
}
