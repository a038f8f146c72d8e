import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (issue 14): a partner's endpoints and the events each wants, the log of every delivery
 * attempt, and the dispatcher's position in the change log (events are derived from it, so none
 * is missed). The queue itself is graphile-worker's (schema graphile_worker, its own migrations).
 */
export class Webhooks1796142000001 implements MigrationInterface {
  name = 'Webhooks1796142000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        partner_id uuid NOT NULL REFERENCES partner (id),
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        created_by_id uuid REFERENCES app_user (id),
        consecutive_failures integer NOT NULL DEFAULT 0,
        disabled_at timestamptz,
        disabled_reason text
      )`);
    await q.query(`CREATE INDEX webhook_endpoint_partner_id ON webhook_endpoint (partner_id)`);
    await q.query(`CREATE INDEX webhook_endpoint_created_by_id ON webhook_endpoint (created_by_id)`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        attempt integer NOT NULL,
        status_code integer,
        duration_ms integer NOT NULL,
        error text,
        attempted_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, id)`);
    await q.query(`
      CREATE TABLE webhook_dispatch (
        id smallint PRIMARY KEY CHECK (id = 1),
        xid bigint NOT NULL,
        seq bigint NOT NULL
      )`);
    // Start at the end of the log: webhooks are about what happens from now on.
    await q.query(`
      INSERT INTO webhook_dispatch (id, xid, seq)
      SELECT 1, coalesce(max(xid), 0), coalesce(max(seq), 0) FROM change_log`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_dispatch`);
    await q.query(`DROP TABLE webhook_delivery`);
    await q.query(`DROP TABLE webhook_endpoint`);
  }
}
