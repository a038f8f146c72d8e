import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): ~25 ms per hash on
 * this machine, cheap for a login, dear for an attacker with a stolen table. The parameters
 * live in each PHC string, so raising them later leaves old hashes verifiable.
 */
const PARAMETERS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

/**
 * Verified against a throw-away hash when the account does not exist or has no password, so an
 * unknown email takes as long as a wrong password and the timing says nothing about accounts.
 */
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoy ??= hashPassword('decoy password that matches no account');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
