import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys } from '../../common/batch';
import { RAW_MATERIAL_AREA_SELECT, type RawMaterialAreaRow as AreaRow } from '../../common/sql/rows';
import { RawMaterialArea, type AreaCertification } from './raw-material-area.type';

const AREA_COLUMNS = RAW_MATERIAL_AREA_SELECT.sql('a');

function toArea(row: AreaRow): RawMaterialArea {
  return Object.assign(new RawMaterialArea(), {
    uuid: row.id,
    producerUuid: row.producer_id,
    productUuid: row.product_id,
    communeUuid: row.commune_id,
    crop: row.crop,
    areaHa: row.area_ha,
    certification: row.certification as AreaCertification,
    households: row.households,
    description: row.description,
  });
}

/** Raw-material areas: batch reads behind the per-request DataLoaders, largest first. */
export class RawMaterialAreaService {
  async findByProducerIds(db: EntityManager, producerIds: readonly string[]): Promise<RawMaterialArea[][]> {
    const rows: AreaRow[] = await db.query(
      `SELECT ${AREA_COLUMNS} FROM raw_material_area a WHERE a.producer_id = ANY($1::uuid[])
       ORDER BY a.area_ha DESC, a.id`,
      [producerIds],
    );
    return groupByKeys(producerIds, rows, (row) => row.producer_id, toArea);
  }

  async findByProductIds(db: EntityManager, productIds: readonly string[]): Promise<RawMaterialArea[][]> {
    const rows: AreaRow[] = await db.query(
      `SELECT ${AREA_COLUMNS} FROM raw_material_area a WHERE a.product_id = ANY($1::uuid[])
       ORDER BY a.area_ha DESC, a.id`,
      [productIds],
    );
    return groupByKeys(productIds, rows, (row) => row.product_id!, toArea);
  }

  ofProducer(ctx: Context, producerUuid: string): Promise<RawMaterialArea[]> {
    return ctx.loaders.rawMaterialAreasByProducerId.load(producerUuid);
  }

  ofProduct(ctx: Context, productUuid: string): Promise<RawMaterialArea[]> {
    return ctx.loaders.rawMaterialAreasByProductId.load(productUuid);
  }
}

export const rawMaterialAreaService = new RawMaterialAreaService();
