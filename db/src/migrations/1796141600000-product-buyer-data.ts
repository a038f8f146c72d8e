import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a buyer needs to know about a product before a deal (issue 13, "Data a buyer needs"):
 *
 * - product_trade_detail: one row per product — production capacity (quantity, unit, per month,
 *   season or year), shelf life and storage, and the English name and description. Versioned on
 *   its own (productDetailsUpdate), so that it never conflicts with the product's other writes.
 * - product_certification: quality certifications besides OCOP (VietGAP, GlobalGAP, organic,
 *   HACCP, ISO 22000, other), with issuer, number and validity. Their status (valid, expired,
 *   not yet valid) is derived on the day asked, never stored.
 */
export class ProductBuyerData1796141600000 implements MigrationInterface {
  name = 'ProductBuyerData1796141600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product_trade_detail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        product_id uuid NOT NULL UNIQUE REFERENCES ocop_product (id),
        capacity_quantity numeric(14, 3),
        capacity_unit text,
        capacity_period text CHECK (capacity_period IN ('month', 'season', 'year')),
        shelf_life_days integer CHECK (shelf_life_days BETWEEN 1 AND 3650),
        storage_instructions text,
        name_en text,
        description_en text,
        demo boolean NOT NULL DEFAULT false,
        CONSTRAINT product_trade_detail_capacity_check CHECK (
          (capacity_quantity IS NULL AND capacity_unit IS NULL AND capacity_period IS NULL) OR
          (capacity_quantity > 0 AND capacity_unit <> '' AND capacity_period IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE product_certification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        product_id uuid NOT NULL REFERENCES ocop_product (id),
        scheme text NOT NULL CHECK (scheme IN ('vietgap', 'globalgap', 'organic', 'haccp', 'iso_22000', 'other')),
        scheme_name text,
        issuer text NOT NULL CHECK (issuer <> ''),
        number text,
        valid_from date NOT NULL,
        valid_until date,
        demo boolean NOT NULL DEFAULT false,
        CONSTRAINT product_certification_scheme_name_check
          CHECK ((scheme = 'other') = (scheme_name IS NOT NULL AND scheme_name <> '')),
        CONSTRAINT product_certification_validity_check CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )`);
    await q.query(`CREATE INDEX product_certification_product_id ON product_certification (product_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE product_certification`);
    await q.query(`DROP TABLE product_trade_detail`);
  }
}
