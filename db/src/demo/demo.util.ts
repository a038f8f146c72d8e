import { createHash } from 'node:crypto';

/**
 * Small deterministic helpers of the demo seed. Nothing here reads the clock or Math.random():
 * the same data files always give the same rows, ids included.
 */

/** FNV-1a, 32 bits: a stable hash of a string, used to seed choices. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a tiny seeded pseudo-random generator returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A stable UUID for a demo row, derived from its kind and natural key (SHA-256, laid out as a
 * version-8 "custom" UUID). The same demo row has the same id in every database, which keeps
 * links, test fixtures and bug reports comparable.
 */
export function demoId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`ocop-demo:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** ASCII form of a Vietnamese name (the `name_en` convention of the unit data): "Phiêng Đất B" → "Phieng Dat B". */
export function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Folded key for comparing names whatever the tone-mark placement ("Hòa" = "Hoà"). */
export function foldName(name: string): string {
  return asciiName(name).toLowerCase();
}

function parseIso(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  const d = parseIso(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Adds whole months, clamping to the month's last day like PostgreSQL's `date + interval`
 * (so it agrees with the generated column `ocop_certificate.expires_on`).
 */
export function addMonths(date: string, months: number): string {
  const d = parseIso(date);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** "Huyện Mường Chà" → "huyện Mường Chà", for "UBND huyện Mường Chà". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * Which criteria a unit meets when it meets `count` of them: the easiest `count` in
 * `difficulty` (criterion numbers, easiest first), jittered by a seeded generator so that
 * communes with the same count do not all miss the same criteria.
 */
export function metCriteria(seedKey: string, count: number, difficulty: readonly number[]): Set<number> {
  if (count < 0 || count > difficulty.length) {
    throw new RangeError(`${seedKey}: cannot meet ${count} of ${difficulty.length} criteria`);
  }
  const random = seededRandom(fnv1a(seedKey));
  const ordered = difficulty
    .map((number, index) => ({ number, key: index + random() * 4 }))
    .sort((a, b) => a.key - b.key);
  return new Set(ordered.slice(0, count).map((entry) => entry.number));
}
