import { dayBefore } from './day';

/**
 * The address of a commune's page. Units are never overwritten and a code kept through the 2025
 * reform belongs to two units, so a unit that no longer exists is linked on its last day
 * (`?asOf=`), which picks its own period; a unit that still exists is linked without a day.
 */
export function communeHref(unit: { code?: string | null; validTo?: string | null }): string | null {
  if (!unit.code) return null;
  const base = `/communes/${encodeURIComponent(unit.code)}`;
  return unit.validTo ? `${base}?asOf=${dayBefore(unit.validTo)}` : base;
}
