import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The label secret and the public address the QR codes point to, set once by start.ts.
 *
 * `LABEL_SECRET` (at least 32 characters) when given: every instance of a deployment must share
 * it, or a sheet printed by one would hold codes the others never issued. Without it, a random
 * secret is made once and kept in `<DATA_DIR>/label-secret` (mode 0600), which suits one instance.
 * Losing the secret does not void labels already printed (checks compare hashes) but their sheet
 * can no longer be printed again.
 */
export interface LabelSettings {
  secret: string | null;
  secretFile: string;
  publicUrl: string;
}

let settings: LabelSettings = {
  secret: null,
  secretFile: path.join('.data', 'label-secret'),
  publicUrl: 'http://localhost:4000',
};
let secret: Buffer | null = null;

export function configureLabels(next: LabelSettings): void {
  settings = next;
  secret = null;
}

export function labelSecret(): Buffer {
  if (secret) return secret;
  if (settings.secret !== null) {
    secret = Buffer.from(settings.secret, 'utf8');
    return secret;
  }
  mkdirSync(path.dirname(settings.secretFile), { recursive: true });
  // Written whole beside it, then linked into place: of two instances starting together on one
  // folder, one link wins and both read the same complete secret.
  const draft = `${settings.secretFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, randomBytes(32).toString('hex'), { mode: 0o600 });
  try {
    linkSync(draft, settings.secretFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  const text = readFileSync(settings.secretFile, 'utf8').trim();
  if (text.length < 32) throw new Error(`${settings.secretFile} holds no label secret (under 32 characters)`);
  secret = Buffer.from(text, 'utf8');
  return secret;
}

/** The address a label's QR code opens: `<PUBLIC_URL>/c/<code>`. */
export function checkLink(code: string): string {
  return `${settings.publicUrl.replace(/\/+$/, '')}/c/${code}`;
}
