import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations: an administrator invites a person by e-mail; the platform creates the user
 * ('invited', no password) and a one-time token the administrator passes on. Only the token's
 * SHA-256 is stored (like sessions), so a copy of the table cannot be used to accept anything.
 * An invitation is used once (`used_at`), and ends at `expires_at` (7 days) or when a newer one
 * replaces it (`revoked_at`).
 *
 * Also: a role is held at most once with the same binding (granting it twice is a mistake to
 * report, not a second row).
 */
export class UserInvitation1796061000000 implements MigrationInterface {
  name = 'UserInvitation1796061000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_invitation (
        token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_by_id uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT user_invitation_expiry CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX user_invitation_user_id ON user_invitation (user_id)`);
    await q.query(`CREATE INDEX user_invitation_created_by_id ON user_invitation (created_by_id)`);
    await q.query(`
      CREATE UNIQUE INDEX role_assignment_unique_binding
      ON role_assignment (user_id, role, producer_id, unit_id) NULLS NOT DISTINCT`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX role_assignment_unique_binding`);
    await q.query(`DROP TABLE user_invitation`);
  }
}
