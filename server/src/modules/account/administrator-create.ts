import type { EntityManager } from 'typeorm';
import { say, type Language, type Localized } from '../../common/language';
import { issueMessage, requiredText, z } from '../../common/validate';
import { appendAudit } from '../audit/audit.service';
import { normalizeEmail } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { passwordProblem } from './password-policy';
import { USER } from './user.type';

/** A refusal of the command, with a message fit to print as is (in the command's language). */
export class AdministratorCreateError extends Error {
  override name = 'AdministratorCreateError';
  constructor(message: Localized | string, language: Language) {
    super(say(language, message));
  }
}

const taken = (email: string): Localized => ({
  vi: `đã có tài khoản với email ${email}`,
  en: `an account with the email ${email} already exists`,
});

/** "password: <problem>", the label in the command's language. */
export const PASSWORD_PROBLEM = (problem: string): Localized => ({
  vi: `mật khẩu: ${problem}`,
  en: `password: ${problem}`,
});

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
  // Messages in the account's language: the operator's, the one --locale asked for.
  const language = spec.locale ?? 'vi';
  const parsed = Spec.safeParse(spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === 'displayName' ? '--name' : '--email';
    const why = issue
      ? issueMessage(issue, spec, language)
      : say(language, { vi: 'không hợp lệ', en: 'invalid' });
    throw new AdministratorCreateError(`${field}: ${why}`, language);
  }
  const problem = passwordProblem(spec.password, language);
  if (problem) throw new AdministratorCreateError(PASSWORD_PROBLEM(problem), language);
  const email = normalizeEmail(parsed.data.email);
  const passwordHash = await hashPassword(spec.password);
  try {
    return await db.transaction(async (tx) => {
      const [existing] = (await tx.query(`SELECT id FROM app_user WHERE email_normalized = $1`, [email])) as {
        id: string;
      }[];
      if (existing) throw new AdministratorCreateError(taken(email), language);
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
      throw new AdministratorCreateError(taken(email), language);
    }
    throw error;
  }
}
