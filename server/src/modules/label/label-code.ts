import { createHash, createHmac } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * The per-item codes of a batch (server/README.md, "Labels").
 *
 * A code is 13 characters of Crockford's base 32 (0–9 and A–Z without I, L, O, U): 65 bits, the
 * first bits of HMAC-SHA256(label secret, "label:<batch uuid>:<serial>"). Without the secret
 * nobody can make a valid code, and a code says nothing of its batch or serial. The database
 * keeps only SHA-256 of each code (what a check needs); the label sheet derives the codes again.
 * Printed grouped, ABCD-EFGH-JKMNP; read back forgivingly: case, spaces and dashes ignored, O as
 * 0 and I, L as 1 (the letters Crockford's alphabet leaves out because they look alike).
 */
export const CODE_LENGTH = 13;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };
/** Longer than any plausible way of typing a code; refused before anything else. */
export const CODE_INPUT_MAX = 100;

export function deriveCode(secret: Buffer, batchId: string, serial: number): string {
  const mac = createHmac('sha256', secret).update(`label:${batchId}:${serial}`).digest();
  let code = '';
  // 13 × 5 bits = 65 bits, read from the first 9 bytes.
  for (let i = 0; i < CODE_LENGTH; i++) {
    const bit = i * 5;
    const byte = bit >> 3;
    const pair = (mac[byte]! << 8) | mac[byte + 1]!;
    code += ALPHABET[(pair >> (11 - (bit & 7))) & 31];
  }
  return code;
}

/** What the database keeps of a code. */
export function codeHash(code: string): Buffer {
  return createHash('sha256').update(code, 'ascii').digest();
}

/** The code in `text` as typed or scanned, or null when it cannot be one. */
export function normaliseCode(text: string): string | null {
  const compact = text
    .trim()
    .toUpperCase()
    .replace(/[\s\-.]/g, '')
    .replace(/[OIL]/g, (c) => LOOK_ALIKES[c]!);
  if (compact.length !== CODE_LENGTH) return null;
  for (const c of compact) if (!ALPHABET.includes(c)) return null;
  return compact;
}

/** ABCD-EFGH-JKMNP: as printed beside the QR. */
export function groupCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * Where a check came from, coarsely and without the address: a keyed hash (8 bytes) of the
 * network it is in, /24 for IPv4 and /48 for IPv6 (an IPv4 mapped into IPv6 counts as IPv4).
 * The same network gives the same place for as long as the secret stays; nobody without the
 * secret can tell which network it was.
 */
export function placeOf(secret: Buffer, address: string | null): Buffer {
  const text = (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  let network = 'unknown';
  if (isIP(text) === 4) network = text.split('.').slice(0, 3).join('.');
  else if (isIP(text) === 6) network = expandIpv6(text).slice(0, 3).join(':');
  return createHmac('sha256', secret).update(`place:${network}`).digest().subarray(0, 8);
}

/** The eight groups of an IPv6 address, `::` filled in. */
function expandIpv6(address: string): string[] {
  const [head, tail] = address.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...fill, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
