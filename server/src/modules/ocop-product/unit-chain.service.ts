import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { UNIT_SELECT, type UnitRow } from '../../common/sql/rows';
import { toAdministrativeUnit } from '../administrative-unit/administrative-unit.service';
import type { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';

/**
 * Units with their ancestors in one statement. A catalogue page shows each product's commune,
 * its district and its province: through `unitById` alone that is one statement per level. The
 * chain loader reads a unit and every unit above it at once, and `unit()` primes them all into
 * the admin-unit module's `unitById`, so `parent { parent }` costs nothing more.
 */
export class UnitChainService {
  /** DataLoader batch read: for each id, the unit then its parent, grandparent… (empty when unknown). */
  async findChains(db: EntityManager, ids: readonly string[]): Promise<AdministrativeUnit[][]> {
    const rows: UnitRow[] = await db.query(
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT k.id, 0 FROM unnest($1::uuid[]) AS k(id)
         UNION
         SELECT u.parent_id, c.depth + 1 FROM chain c JOIN admin_unit u ON u.id = c.id
         WHERE u.parent_id IS NOT NULL AND c.depth < 4)
       SELECT ${UNIT_SELECT.sql('u')} FROM admin_unit u WHERE u.id IN (SELECT id FROM chain)`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, toAdministrativeUnit(row)]));
    return ids.map((id) => {
      const chain: AdministrativeUnit[] = [];
      for (let unit = byId.get(id); unit && chain.length < 5;) {
        chain.push(unit);
        unit = unit.parentUuid ? byId.get(unit.parentUuid) : undefined;
      }
      return chain;
    });
  }

  /** The unit (through `unitById`), after priming it and its ancestors; null for no id or an unknown one. */
  async unit(ctx: Context, uuid: string | null): Promise<AdministrativeUnit | null> {
    if (uuid === null) return null;
    const chain = await ctx.loaders.unitChainById.load(uuid);
    for (const unit of chain) ctx.loaders.unitById.prime(unit.uuid, unit);
    return chain.length > 0 ? ctx.loaders.unitById.load(uuid) : null;
  }
}

export const unitChainService = new UnitChainService();
