import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole domain (db/README.md, "What the data relies on"), written as SQL so that every
 * constraint, generated column and index is reviewed as it will run. Enumerations are text
 * columns with CHECK constraints (adding a value is a one-line migration, unlike a PostgreSQL
 * enum type).
 *
 * Works on PostgreSQL 15 and newer (UNIQUE NULLS NOT DISTINCT needs 15).
 */
export class InitialSchema1795881600000 implements MigrationInterface {
  name = 'InitialSchema1795881600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // The search key of a name: NFC, then đ → d, then accents and tone marks removed, then
    // lower case. unaccent() is only STABLE (its dictionary could change), so an IMMUTABLE
    // wrapper naming the dictionary explicitly is what lets generated columns and indexes use it.
    await q.query(`
      CREATE FUNCTION ocop_fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN lower(public.unaccent('public.unaccent'::regdictionary,
                   translate(normalize(input, NFC), 'đĐ', 'dD')))`);

    // A certificate's status on a day is derived, never stored, so nobody has to remember to
    // flip a flag when 36 months pass. NULL means "not issued yet on that day".
    await q.query(`
      CREATE FUNCTION ocop_certificate_status(decision_date date, expires_on date,
                                              revoked_on date, superseded_on date, as_of date)
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE
        WHEN decision_date > as_of THEN NULL
        WHEN revoked_on IS NOT NULL AND revoked_on <= as_of THEN 'revoked'
        WHEN superseded_on IS NOT NULL AND superseded_on <= as_of THEN 'superseded'
        WHEN expires_on <= as_of THEN 'expired'
        ELSE 'valid'
      END`);

    await q.query(`
      CREATE TABLE admin_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        code text,
        level text NOT NULL CHECK (level IN ('province', 'district', 'commune', 'village')),
        unit_type text NOT NULL,
        name text NOT NULL CHECK (name <> ''),
        full_name text NOT NULL,
        name_en text,
        parent_id uuid REFERENCES admin_unit (id),
        valid_from date,
        valid_to date,
        search_text text GENERATED ALWAYS AS (ocop_fold(name)) STORED,
        demo boolean NOT NULL DEFAULT false,
        CONSTRAINT admin_unit_code_format CHECK (
          (level = 'province' AND code ~ '^[0-9]{2}$') OR
          (level = 'district' AND code ~ '^[0-9]{3}$') OR
          (level = 'commune' AND code ~ '^[0-9]{5}$') OR
          (level = 'village')),
        CONSTRAINT admin_unit_parent CHECK ((level = 'province') = (parent_id IS NULL)),
        CONSTRAINT admin_unit_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from)
      )`);
    // One row per official code and period; a code reappears only for a new period.
    await q.query(`CREATE UNIQUE INDEX admin_unit_code_period ON admin_unit (level, code, valid_from)
                   NULLS NOT DISTINCT WHERE code IS NOT NULL`);
    await q.query(`CREATE INDEX admin_unit_code ON admin_unit (code)`);
    await q.query(`CREATE INDEX admin_unit_parent_id ON admin_unit (parent_id)`);
    await q.query(`CREATE INDEX admin_unit_search_trgm ON admin_unit USING gin (search_text gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX admin_unit_search_words ON admin_unit USING gin (to_tsvector('simple', search_text))`,
    );

    await q.query(`
      CREATE TABLE unit_lineage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        from_unit_id uuid NOT NULL REFERENCES admin_unit (id),
        to_unit_id uuid NOT NULL REFERENCES admin_unit (id),
        kind text NOT NULL CHECK (kind IN ('merge', 'split', 'rename', 'continue')),
        share text NOT NULL CHECK (share IN ('full', 'partial')),
        effective_on date NOT NULL,
        legal_basis text,
        note text,
        CONSTRAINT unit_lineage_not_self CHECK (from_unit_id <> to_unit_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX unit_lineage_edge ON unit_lineage (from_unit_id, to_unit_id)`);
    await q.query(`CREATE INDEX unit_lineage_to_unit_id ON unit_lineage (to_unit_id)`);

    await q.query(`
      CREATE TABLE criteria_set (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        code text NOT NULL UNIQUE,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        issuer_level text NOT NULL CHECK (issuer_level IN ('national', 'province')),
        issuer_unit_id uuid REFERENCES admin_unit (id),
        issuer text NOT NULL,
        legal_document text NOT NULL,
        legal_document_date date,
        period_start date NOT NULL,
        period_end date NOT NULL,
        unit_level text NOT NULL CHECK (unit_level IN ('province', 'district', 'commune', 'village')),
        tier text NOT NULL CHECK (tier IN ('standard', 'advanced', 'model')),
        illustrative boolean NOT NULL DEFAULT false,
        note text,
        CONSTRAINT criteria_set_period CHECK (period_end >= period_start)
      )`);
    await q.query(`CREATE INDEX criteria_set_issuer_unit_id ON criteria_set (issuer_unit_id)`);

    await q.query(`
      CREATE TABLE criterion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        criteria_set_id uuid NOT NULL REFERENCES criteria_set (id) ON DELETE CASCADE,
        number smallint NOT NULL CHECK (number > 0),
        group_vi text NOT NULL,
        group_en text NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX criterion_set_number ON criterion (criteria_set_id, number)`);

    await q.query(`
      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        criterion_id uuid NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        code text NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        target text
      )`);
    await q.query(`CREATE UNIQUE INDEX indicator_criterion_code ON indicator (criterion_id, code)`);

    await q.query(`
      CREATE TABLE evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES admin_unit (id),
        criteria_set_id uuid NOT NULL REFERENCES criteria_set (id),
        evaluated_on date NOT NULL,
        assessor text,
        note text,
        demo boolean NOT NULL DEFAULT false
      )`);
    await q.query(
      `CREATE INDEX evaluation_unit_set_date ON evaluation (unit_id, criteria_set_id, evaluated_on)`,
    );
    await q.query(`CREATE INDEX evaluation_criteria_set_id ON evaluation (criteria_set_id)`);

    await q.query(`
      CREATE TABLE criterion_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        evaluation_id uuid NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
        criterion_id uuid NOT NULL REFERENCES criterion (id),
        met boolean NOT NULL,
        note text
      )`);
    await q.query(
      `CREATE UNIQUE INDEX criterion_result_evaluation_criterion ON criterion_result (evaluation_id, criterion_id)`,
    );
    await q.query(`CREATE INDEX criterion_result_criterion_id ON criterion_result (criterion_id)`);

    await q.query(`
      CREATE TABLE recognition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES admin_unit (id),
        tier text NOT NULL CHECK (tier IN ('standard', 'advanced', 'model')),
        criteria_set_id uuid REFERENCES criteria_set (id),
        standard_year smallint NOT NULL CHECK (standard_year BETWEEN 2010 AND 2100),
        decision_number text NOT NULL,
        decision_date date NOT NULL,
        issuer text NOT NULL,
        signer text,
        revoked_on date,
        revocation_decision text,
        revocation_reason text,
        demo boolean NOT NULL DEFAULT false,
        CONSTRAINT recognition_revoked_after_decision CHECK (revoked_on IS NULL OR revoked_on >= decision_date)
      )`);
    await q.query(`CREATE INDEX recognition_unit_date ON recognition (unit_id, decision_date)`);
    await q.query(`CREATE INDEX recognition_criteria_set_id ON recognition (criteria_set_id)`);

    await q.query(`
      CREATE TABLE producer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        name text NOT NULL CHECK (name <> ''),
        type text NOT NULL CHECK (type IN ('cooperative', 'cooperative_group', 'enterprise', 'household_business')),
        commune_id uuid REFERENCES admin_unit (id),
        address text,
        representative text,
        phone text,
        email text,
        website text,
        tax_code text,
        established_year smallint CHECK (established_year BETWEEN 1900 AND 2100),
        description text,
        search_text text GENERATED ALWAYS AS (ocop_fold(name)) STORED,
        demo boolean NOT NULL DEFAULT false,
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX producer_commune_id ON producer (commune_id)`);
    await q.query(`CREATE INDEX producer_type ON producer (type)`);
    await q.query(`CREATE INDEX producer_search_trgm ON producer USING gin (search_text gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX producer_search_words ON producer USING gin (to_tsvector('simple', search_text))`,
    );

    await q.query(`
      CREATE TABLE ocop_sector (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        code text NOT NULL UNIQUE,
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE ocop_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        code text NOT NULL UNIQUE,
        sector_id uuid NOT NULL REFERENCES ocop_sector (id),
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`CREATE INDEX ocop_group_sector_id ON ocop_group (sector_id)`);
    await q.query(`
      CREATE TABLE ocop_product_set (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        code text NOT NULL UNIQUE,
        group_id uuid NOT NULL REFERENCES ocop_group (id),
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`CREATE INDEX ocop_product_set_group_id ON ocop_product_set (group_id)`);

    await q.query(`
      CREATE TABLE ocop_product (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        name text NOT NULL CHECK (name <> ''),
        producer_id uuid NOT NULL REFERENCES producer (id),
        product_set_id uuid REFERENCES ocop_product_set (id),
        origin_commune_id uuid REFERENCES admin_unit (id),
        description text,
        search_text text GENERATED ALWAYS AS (ocop_fold(name)) STORED,
        demo boolean NOT NULL DEFAULT false,
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX ocop_product_producer_id ON ocop_product (producer_id)`);
    await q.query(`CREATE INDEX ocop_product_product_set_id ON ocop_product (product_set_id)`);
    await q.query(`CREATE INDEX ocop_product_origin_commune_id ON ocop_product (origin_commune_id)`);
    await q.query(
      `CREATE INDEX ocop_product_search_trgm ON ocop_product USING gin (search_text gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX ocop_product_search_words ON ocop_product USING gin (to_tsvector('simple', search_text))`,
    );

    await q.query(`
      CREATE TABLE ocop_certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        certificate_number text NOT NULL UNIQUE CHECK (certificate_number <> ''),
        product_id uuid NOT NULL REFERENCES ocop_product (id),
        score numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
        stars smallint NOT NULL CHECK (stars BETWEEN 3 AND 5),
        decision_number text NOT NULL,
        decision_date date NOT NULL,
        issuer_level text NOT NULL CHECK (issuer_level IN ('district', 'province', 'national')),
        issuer_name text NOT NULL,
        issuer_unit_id uuid REFERENCES admin_unit (id),
        -- Valid for 36 months from the decision: the first day it is no longer valid.
        expires_on date GENERATED ALWAYS AS ((decision_date + interval '36 months')::date) STORED,
        revoked_on date,
        revocation_reason text,
        superseded_on date,
        superseded_by_id uuid REFERENCES ocop_certificate (id),
        demo boolean NOT NULL DEFAULT false,
        -- Stars follow the score bands of Decision 148: 5★ 90–100, 4★ 70–89, 3★ 50–69.
        CONSTRAINT ocop_certificate_stars_match_score CHECK (
          stars = CASE WHEN score >= 90 THEN 5 WHEN score >= 70 THEN 4 WHEN score >= 50 THEN 3 ELSE 0 END),
        CONSTRAINT ocop_certificate_revoked_after_decision CHECK (revoked_on IS NULL OR revoked_on >= decision_date),
        CONSTRAINT ocop_certificate_superseded_after_decision CHECK (superseded_on IS NULL OR superseded_on >= decision_date)
      )`);
    await q.query(
      `CREATE INDEX ocop_certificate_product_date ON ocop_certificate (product_id, decision_date DESC)`,
    );
    await q.query(`CREATE INDEX ocop_certificate_expires_on ON ocop_certificate (expires_on)`);
    await q.query(`CREATE INDEX ocop_certificate_issuer_unit_id ON ocop_certificate (issuer_unit_id)`);
    await q.query(`CREATE INDEX ocop_certificate_superseded_by_id ON ocop_certificate (superseded_by_id)`);

    await q.query(`
      CREATE TABLE product_listing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        product_id uuid NOT NULL REFERENCES ocop_product (id),
        position smallint NOT NULL DEFAULT 0,
        description text,
        price_vnd bigint CHECK (price_vnd >= 0),
        unit text NOT NULL CHECK (unit <> ''),
        packaging text,
        availability text NOT NULL DEFAULT 'in_stock'
          CHECK (availability IN ('in_stock', 'seasonal', 'pre_order', 'out_of_stock', 'discontinued')),
        season text,
        min_order_quantity integer CHECK (min_order_quantity > 0),
        contact_name text,
        contact_phone text,
        contact_email text,
        demo boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX product_listing_product_position ON product_listing (product_id, position)`);

    await q.query(`
      CREATE TABLE sales_channel (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        listing_id uuid NOT NULL REFERENCES product_listing (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('provincial_eshop', 'postmart', 'voso', 'tiki', 'shopee', 'lazada',
                                           'tiktok_shop', 'facebook', 'zalo', 'website', 'store', 'other')),
        label text,
        url text CHECK (url IS NULL OR url ~ '^https?://')
      )`);
    await q.query(`CREATE INDEX sales_channel_listing_id ON sales_channel (listing_id)`);

    await q.query(`
      CREATE TABLE product_photo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        product_id uuid NOT NULL REFERENCES ocop_product (id),
        storage_key text NOT NULL UNIQUE,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        byte_size integer NOT NULL CHECK (byte_size > 0),
        width integer CHECK (width > 0),
        height integer CHECK (height > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        alt_vi text,
        alt_en text,
        position smallint NOT NULL DEFAULT 0,
        demo boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX product_photo_product_position ON product_photo (product_id, position)`);

    await q.query(`
      CREATE TABLE raw_material_area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        producer_id uuid NOT NULL REFERENCES producer (id),
        product_id uuid REFERENCES ocop_product (id),
        commune_id uuid REFERENCES admin_unit (id),
        crop text NOT NULL,
        area_ha numeric(12, 2) NOT NULL CHECK (area_ha > 0),
        certification text NOT NULL DEFAULT 'none' CHECK (certification IN ('none', 'vietgap', 'organic', 'globalgap')),
        households integer CHECK (households >= 0),
        description text,
        demo boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX raw_material_area_producer_id ON raw_material_area (producer_id)`);
    await q.query(`CREATE INDEX raw_material_area_product_id ON raw_material_area (product_id)`);
    await q.query(`CREATE INDEX raw_material_area_commune_id ON raw_material_area (commune_id)`);

    await q.query(`
      CREATE TABLE linkage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        kind text NOT NULL CHECK (kind IN ('supply', 'offtake', 'processing', 'distribution')),
        producer_id uuid NOT NULL REFERENCES producer (id),
        product_id uuid REFERENCES ocop_product (id),
        partner_name text NOT NULL,
        partner_type text NOT NULL
          CHECK (partner_type IN ('enterprise', 'cooperative', 'cooperative_group', 'household', 'trader', 'other')),
        partner_producer_id uuid REFERENCES producer (id),
        supporting_unit_id uuid REFERENCES admin_unit (id),
        started_on date NOT NULL,
        ended_on date,
        contract_reference text,
        description text,
        demo boolean NOT NULL DEFAULT false,
        CONSTRAINT linkage_period CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX linkage_producer_id ON linkage (producer_id)`);
    await q.query(`CREATE INDEX linkage_product_id ON linkage (product_id)`);
    await q.query(`CREATE INDEX linkage_partner_producer_id ON linkage (partner_producer_id)`);
    await q.query(`CREATE INDEX linkage_supporting_unit_id ON linkage (supporting_unit_id)`);

    await q.query(`
      CREATE TABLE funding_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        unit_id uuid NOT NULL REFERENCES admin_unit (id),
        year smallint NOT NULL CHECK (year BETWEEN 2010 AND 2100),
        programme text NOT NULL CHECK (programme IN ('ntm', 'ocop')),
        source text NOT NULL CHECK (source IN ('central_budget', 'local_budget', 'integrated_programmes',
                                               'credit', 'enterprise', 'community')),
        amount_vnd bigint NOT NULL CHECK (amount_vnd >= 0),
        purpose text,
        demo boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX funding_record_unit_year ON funding_record (unit_id, year)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        email text NOT NULL,
        email_normalized text NOT NULL,
        display_name text NOT NULL,
        password_hash text,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('invited', 'active', 'disabled')),
        locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
        last_login_at timestamptz,
        demo boolean NOT NULL DEFAULT false,
        CONSTRAINT app_user_email_normalized CHECK (email_normalized = lower(btrim(email)))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_normalized_key ON app_user (email_normalized)`);

    await q.query(`
      CREATE TABLE role_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('producer_editor', 'commune_official', 'province_official', 'administrator')),
        producer_id uuid REFERENCES producer (id),
        unit_id uuid REFERENCES admin_unit (id),
        granted_by_id uuid REFERENCES app_user (id),
        CONSTRAINT role_assignment_binding CHECK (
          (role = 'producer_editor' AND producer_id IS NOT NULL AND unit_id IS NULL) OR
          (role IN ('commune_official', 'province_official') AND unit_id IS NOT NULL AND producer_id IS NULL) OR
          (role = 'administrator' AND unit_id IS NULL AND producer_id IS NULL))
      )`);
    await q.query(`CREATE INDEX role_assignment_user_id ON role_assignment (user_id)`);
    await q.query(`CREATE INDEX role_assignment_producer_id ON role_assignment (producer_id)`);
    await q.query(`CREATE INDEX role_assignment_unit_id ON role_assignment (unit_id)`);
    await q.query(`CREATE INDEX role_assignment_granted_by_id ON role_assignment (granted_by_id)`);

    await q.query(`
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip_address text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX user_session_user_id ON user_session (user_id)`);
    await q.query(`CREATE INDEX user_session_expires_at ON user_session (expires_at)`);

    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        name text NOT NULL,
        partner_name text NOT NULL,
        key_prefix text NOT NULL UNIQUE,
        key_hash text NOT NULL,
        scopes text[] NOT NULL DEFAULT '{}',
        created_by_id uuid REFERENCES app_user (id),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_key_created_by_id ON api_key (created_by_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user (id),
        actor_api_key_id uuid REFERENCES api_key (id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        outcome text NOT NULL CHECK (outcome IN ('applied', 'denied', 'rejected')),
        before jsonb,
        after jsonb,
        request_id text,
        ip_address text
      )`);
    await q.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_log_actor_user_id ON audit_log (actor_user_id)`);
    await q.query(`CREATE INDEX audit_log_actor_api_key_id ON audit_log (actor_api_key_id)`);
    await q.query(`CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at)`);
    // History cannot be rewritten through the application role.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
                   FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                   FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    await q.query(`
      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        key text NOT NULL CHECK (length(key) BETWEEN 8 AND 200),
        action text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);

    // What each reference-data import last read (a checksum of its files), so a start with
    // unchanged files skips the work.
    await q.query(`
      CREATE TABLE reference_import (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        report jsonb
      )`);

    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'login_throttle',
      'reference_import',
      'idempotency_key',
      'audit_log',
      'api_key',
      'user_session',
      'role_assignment',
      'app_user',
      'funding_record',
      'linkage',
      'raw_material_area',
      'product_photo',
      'sales_channel',
      'product_listing',
      'ocop_certificate',
      'ocop_product',
      'ocop_product_set',
      'ocop_group',
      'ocop_sector',
      'producer',
      'recognition',
      'criterion_result',
      'evaluation',
      'indicator',
      'criterion',
      'criteria_set',
      'unit_lineage',
      'admin_unit',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP FUNCTION ocop_certificate_status(date, date, date, date, date)`);
    await q.query(`DROP FUNCTION ocop_fold(text)`);
    // The extensions stay: other schemas in the same database may use them.
  }
}
