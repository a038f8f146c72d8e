import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys } from '../../common/batch';
import { LINKAGE_SELECT, type LinkageRow } from '../../common/sql/rows';
import { Linkage, type LinkageKind, type PartnerType } from './linkage.type';

const LINKAGE_COLUMNS = LINKAGE_SELECT.sql('l');
const LINKAGE_ORDER = `l.started_on DESC, l.id`;

/** A linkage and the key it was found by (its producer, its partner producer or its product). */
type KeyedLinkageRow = LinkageRow & { key: string };

function toLinkage(row: KeyedLinkageRow): Linkage {
  return Object.assign(new Linkage(), {
    uuid: row.id,
    producerUuid: row.producer_id,
    productUuid: row.product_id,
    partnerProducerUuid: row.partner_producer_id,
    supportingUnitUuid: row.supporting_unit_id,
    kind: row.kind as LinkageKind,
    partnerName: row.partner_name,
    partnerType: row.partner_type as PartnerType,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    contractReference: row.contract_reference,
    description: row.description,
  });
}

/** Production and sales linkages: batch reads behind the per-request DataLoaders, newest first. */
export class LinkageService {
  /** A producer's linkages: those it made and those where it is the partner. */
  async findByProducerIds(db: EntityManager, producerIds: readonly string[]): Promise<Linkage[][]> {
    const rows: KeyedLinkageRow[] = await db.query(
      `SELECT * FROM (
         SELECT l.producer_id AS key, ${LINKAGE_COLUMNS} FROM linkage l WHERE l.producer_id = ANY($1::uuid[])
         UNION ALL
         SELECT l.partner_producer_id AS key, ${LINKAGE_COLUMNS} FROM linkage l
         WHERE l.partner_producer_id = ANY($1::uuid[]) AND l.partner_producer_id <> l.producer_id) l
       ORDER BY ${LINKAGE_ORDER}`,
      [producerIds],
    );
    return groupByKeys(producerIds, rows, (row) => row.key, toLinkage);
  }

  async findByProductIds(db: EntityManager, productIds: readonly string[]): Promise<Linkage[][]> {
    const rows: KeyedLinkageRow[] = await db.query(
      `SELECT l.product_id AS key, ${LINKAGE_COLUMNS} FROM linkage l WHERE l.product_id = ANY($1::uuid[])
       ORDER BY ${LINKAGE_ORDER}`,
      [productIds],
    );
    return groupByKeys(productIds, rows, (row) => row.key, toLinkage);
  }

  ofProducer(ctx: Context, producerUuid: string): Promise<Linkage[]> {
    return ctx.loaders.linkagesByProducerId.load(producerUuid);
  }

  ofProduct(ctx: Context, productUuid: string): Promise<Linkage[]> {
    return ctx.loaders.linkagesByProductId.load(productUuid);
  }
}

export const linkageService = new LinkageService();
