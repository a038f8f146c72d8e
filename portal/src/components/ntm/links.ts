import { dayBefore } from '../../app/day';

/**
 * The address of a commune's page, naming the unit as it existed. Units are never overwritten and
 * codes were kept or reused in the 2025 reform (03334 was Xã Thanh Xương until 2025-07-01 and is
 * Phường Mường Thanh since), so a unit that no longer exists is linked on its last day (`?asOf=`),
 * which picks its own period; a unit that still exists is linked without a day, which the API
 * resolves to the unit of today.
 */
export function communeHref(unit: { code?: string | null; validTo?: string | null }): string | null {
  if (!unit.code) return null;
  const base = `/communes/${encodeURIComponent(unit.code)}`;
  return unit.validTo ? `${base}?asOf=${dayBefore(unit.validTo)}` : base;
}

/** The commune page of a unit on a day it existed (e.g. the day of a record about it). */
export function communeOnDayHref(code: string, day: string): string {
  return `/communes/${encodeURIComponent(code)}?asOf=${day}`;
}

/** The commune-level unit types that are not rural communes, by the key of their words. */
const URBAN_TYPES: Record<string, 'WARD' | 'TOWN' | 'SPECIAL_ZONE'> = {
  Phường: 'WARD',
  'Thị trấn': 'TOWN',
  'Đặc khu': 'SPECIAL_ZONE',
};

/**
 * Which kind of non-rural unit this is (phường, thị trấn, đặc khu), or null for a rural commune
 * (xã): NTM recognises rural communes only, so the others show no commune status.
 */
export function urbanType(unitType: string | null | undefined): 'WARD' | 'TOWN' | 'SPECIAL_ZONE' | null {
  return (unitType ? URBAN_TYPES[unitType] : undefined) ?? null;
}
