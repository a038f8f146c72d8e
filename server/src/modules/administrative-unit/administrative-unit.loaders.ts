import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { administrativeUnitService as units } from './administrative-unit.service';
import type { AdministrativeUnit, LineageEdge } from './administrative-unit.type';

/**
 * Per-request loaders (listed in administrative-unit.module.ts): one SQL statement per kind of read
 * and per tick, whatever the number of units on the page. The units met through lineage edges are primed into
 * `unitById`, so asking for their parents or lineage again costs no extra lookup by id.
 */
export function createAdministrativeUnitLoaders(db: EntityManager) {
  const unitById = new DataLoader<string, AdministrativeUnit | null>((ids) => units.findByIds(db, ids));
  const lineageLoader = (direction: 'predecessors' | 'successors') =>
    new DataLoader<string, LineageEdge[]>(async (ids) => {
      const edges = await units.findLineage(db, direction, ids);
      for (const edge of edges.flat()) unitById.prime(edge.unit.uuid, edge.unit);
      return edges;
    });
  const unitListLoader = (find: (ids: readonly string[]) => Promise<AdministrativeUnit[][]>) =>
    new DataLoader<string, AdministrativeUnit[]>(async (ids) => {
      const lists = await find(ids);
      for (const unit of lists.flat()) unitById.prime(unit.uuid, unit);
      return lists;
    });
  return {
    unitById,
    predecessorsByUnitId: lineageLoader('predecessors'),
    successorsByUnitId: lineageLoader('successors'),
    childrenByParentId: unitListLoader((ids) => units.findChildren(db, ids)),
    villagesByCommuneId: unitListLoader((ids) => units.findVillages(db, ids)),
    /** Keyed by 'level:code' ('commune:03334'): every unit that carried the code, oldest first. */
    unitsByLevelCode: unitListLoader((keys) => units.findByLevelCodes(db, keys)),
  };
}

export type AdministrativeUnitLoaders = ReturnType<typeof createAdministrativeUnitLoaders>;
