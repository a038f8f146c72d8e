import type { EntityManager } from 'typeorm';

/** Whom mail for a producer goes to: its own address and its active editors'. */
export async function producerRecipients(tx: EntityManager, producerId: string): Promise<string[]> {
  const rows = (await tx.query(
    `SELECT p.email AS address FROM producer p WHERE p.id = $1 AND p.email IS NOT NULL
     UNION
     SELECT u.email FROM role_assignment r JOIN app_user u ON u.id = r.user_id
     WHERE r.role = 'producer_editor' AND r.producer_id = $1 AND u.status = 'active'`,
    [producerId],
  )) as { address: string }[];
  return rows.map((row) => row.address);
}
