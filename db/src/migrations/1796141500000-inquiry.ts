import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inquiries (requests for quotation, issue 13): a buyer without an account writes to a producer;
 * the producer's editors answer in their inbox; the buyer follows through a private link.
 *
 * - inquiry: one request, with the buyer's contact (shown only to the producer's editors and to
 *   administrators, server-side). `idempotency_hash` is the SHA-256 of the client's key, unique:
 *   a retried submit finds the first one. Indexes behind the inbox (producer + status / outcome +
 *   newest first), the administrators' list (newest first), the unread badge and the figures.
 * - inquiry_buyer_token: the private links; only the SHA-256 of a token is stored. An inquiry has
 *   one from its submit and one more per reply mailed to the buyer (the mail carries the link).
 * - inquiry_message: the conversation, the buyer's first message included; a reply's
 *   idempotency key is unique per inquiry.
 * - inquiry_sender_block: contacts ("phone:+84…", "email:…") a producer no longer hears from.
 * - inquiry_send_tally: accepted sends per bucket (address, phone, e-mail) and window, counted and
 *   decided in one upsert under the row's lock, so the limits hold across instances and bursts.
 * - mail_outbox: e-mails written in the same transaction as the change they announce; a worker
 *   claims due rows with FOR UPDATE SKIP LOCKED, sends, and retries with backoff.
 */
export class Inquiry1796141500000 implements MigrationInterface {
  name = 'Inquiry1796141500000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inquiry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigserial NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        producer_id uuid NOT NULL REFERENCES producer (id),
        product_id uuid REFERENCES ocop_product (id),
        listing_id uuid REFERENCES product_listing (id) ON DELETE SET NULL,
        subject text CHECK (length(subject) <= 200),
        quantity double precision CHECK (quantity > 0 AND quantity <= 1e9),
        unit text CHECK (length(unit) <= 40),
        delivery_province_id uuid REFERENCES admin_unit (id),
        wanted_by date,
        buyer_name text NOT NULL CHECK (length(buyer_name) BETWEEN 1 AND 120),
        organisation text CHECK (length(organisation) <= 200),
        phone text CHECK (phone ~ '^\\+84[0-9]{9,10}$'),
        email text CHECK (length(email) <= 254),
        preferred_channel text NOT NULL CHECK (preferred_channel IN ('phone', 'email', 'zalo')),
        locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered', 'closed')),
        outcome text NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
        outcome_reason text CHECK (length(outcome_reason) <= 500),
        unread boolean NOT NULL DEFAULT true,
        first_answered_at timestamptz,
        idempotency_hash text NOT NULL UNIQUE CHECK (idempotency_hash ~ '^[0-9a-f]{64}$'),
        request_hash text NOT NULL,
        demo boolean NOT NULL DEFAULT false,
        CONSTRAINT inquiry_contact CHECK (phone IS NOT NULL OR email IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX inquiry_producer_created ON inquiry (producer_id, created_at, id)`);
    await q.query(
      `CREATE INDEX inquiry_producer_status_created ON inquiry (producer_id, status, created_at, id)`,
    );
    await q.query(
      `CREATE INDEX inquiry_producer_outcome_created ON inquiry (producer_id, outcome, created_at, id)`,
    );
    await q.query(`CREATE INDEX inquiry_created ON inquiry (created_at, id)`);
    await q.query(`CREATE INDEX inquiry_producer_unread ON inquiry (producer_id) WHERE unread`);
    await q.query(`CREATE INDEX inquiry_product_id ON inquiry (product_id)`);
    await q.query(`CREATE INDEX inquiry_listing_id ON inquiry (listing_id)`);
    await q.query(`CREATE INDEX inquiry_delivery_province_id ON inquiry (delivery_province_id)`);

    await q.query(`
      CREATE TABLE inquiry_buyer_token (
        token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        inquiry_id uuid NOT NULL REFERENCES inquiry (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX inquiry_buyer_token_inquiry_id ON inquiry_buyer_token (inquiry_id)`);

    await q.query(`
      CREATE TABLE inquiry_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inquiry_id uuid NOT NULL REFERENCES inquiry (id) ON DELETE CASCADE,
        author text NOT NULL CHECK (author IN ('buyer', 'producer')),
        author_user_id uuid REFERENCES app_user (id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        idempotency_hash text CHECK (idempotency_hash ~ '^[0-9a-f]{64}$'),
        request_hash text,
        UNIQUE (inquiry_id, idempotency_hash)
      )`);
    await q.query(
      `CREATE INDEX inquiry_message_inquiry_created ON inquiry_message (inquiry_id, created_at, id)`,
    );
    await q.query(`CREATE INDEX inquiry_message_author_user_id ON inquiry_message (author_user_id)`);

    await q.query(`
      CREATE TABLE inquiry_sender_block (
        producer_id uuid NOT NULL REFERENCES producer (id) ON DELETE CASCADE,
        contact text NOT NULL CHECK (contact ~ '^(phone|email):'),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES app_user (id),
        inquiry_id uuid REFERENCES inquiry (id) ON DELETE SET NULL,
        PRIMARY KEY (producer_id, contact)
      )`);
    await q.query(`CREATE INDEX inquiry_sender_block_created_by_id ON inquiry_sender_block (created_by_id)`);
    await q.query(`CREATE INDEX inquiry_sender_block_inquiry_id ON inquiry_sender_block (inquiry_id)`);

    await q.query(`
      CREATE TABLE inquiry_send_tally (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        sends integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      )`);
    await q.query(`CREATE INDEX inquiry_send_tally_window_start ON inquiry_send_tally (window_start)`);

    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        inquiry_id uuid REFERENCES inquiry (id) ON DELETE SET NULL,
        to_address text NOT NULL CHECK (length(to_address) <= 254),
        subject text NOT NULL,
        body text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        sent_at timestamptz,
        last_error text
      )`);
    await q.query(`CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL`);
    await q.query(`CREATE INDEX mail_outbox_inquiry_id ON mail_outbox (inquiry_id)`);
    await q.query(`CREATE INDEX mail_outbox_sent_at ON mail_outbox (sent_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TABLE inquiry_send_tally`);
    await q.query(`DROP TABLE inquiry_sender_block`);
    await q.query(`DROP TABLE inquiry_message`);
    await q.query(`DROP TABLE inquiry_buyer_token`);
    await q.query(`DROP TABLE inquiry`);
  }
}
