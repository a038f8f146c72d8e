import type { EntityManager } from 'typeorm';
import { requiredText, z } from '../../common/validate';
import { appendAudit } from '../audit/audit.service';
import { normalizeEmail } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { passwordProblem } from './password-policy';
import { USER } from './user.type';

/** A refusal of the command, with a message fit to print as is. */
export class AdministratorCreateError extends Error {
  override name = 'AdministratorCreateError';
}

export interface AdministratorSpec {
  email: string;
  displayName: string;
  password: string;
  locale?: 'vi' | 'en';
}

const Spec = z.object({
  email: z.string().trim().max(320).pipe(z.email()),
  displayName: requiredText(100),
});

/**
 * The first administrator (or another one), created from the command line where no one can
 * log in yet: active at once, with the administrator role, audited with no actor. Refuses a weak
 * password and an email already in use (the unique index settles a race between two runs).
 */
export async function createAdministrator(
  db: EntityManager,
  spec: AdministratorSpec,
): Promise<{ id: string; email: string }> {
  const parsed = Spec.safeParse(spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === 'displayName' ? '--name' : '--email';
    throw new AdministratorCreateError(`${field}: ${issue?.message ?? 'invalid'}`);
  }
  const problem = passwordProblem(spec.password);
  if (problem) throw new AdministratorCreateError(`password: ${problem}`);
  const email = normalizeEmail(parsed.data.email);
  const passwordHash = await hashPassword(spec.password);
  try {
    return await db.transaction(async (tx) => {
      const [existing] = (await tx.query(`SELECT id FROM app_user WHERE email_normalized = $1`, [email])) as {
        id: string;
      }[];
      if (existing) throw new AdministratorCreateError(`an account with the email ${email} already exists`);
      const [user] = (await tx.query(
        `INSERT INTO app_user (email, email_normalized, display_name, password_hash, status, locale)
         VALUES ($1, $2, $3, $4, 'active', $5) RETURNING id`,
        [parsed.data.email, email, parsed.data.displayName, passwordHash, spec.locale ?? 'vi'],
      )) as { id: string }[];
      await tx.query(`INSERT INTO role_assignment (user_id, role) VALUES ($1, 'administrator')`, [user!.id]);
      await appendAudit(tx, {
        actorUserId: null,
        action: 'administratorCreate',
        entityType: USER,
        entityId: user!.id,
        outcome: 'applied',
        after: { email, displayName: parsed.data.displayName, status: 'active', role: 'administrator' },
        requestId: null,
        ipAddress: null,
      });
      return { id: user!.id, email };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new AdministratorCreateError(`an account with the email ${email} already exists`);
    }
    throw error;
  }
}
