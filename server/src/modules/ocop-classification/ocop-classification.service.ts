import type { Nullable, Prefixed, Row } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { badUserInput } from '../../common/errors';
import { OCOP_GROUP_SELECT, OCOP_PRODUCT_SET_SELECT, OCOP_SECTOR_SELECT } from '../../common/sql/rows';
import {
  OcopClassification,
  OcopGroup,
  OcopProductSet,
  OcopSector,
  type OcopClassificationTree,
} from './ocop-classification.type';

/** A product set with its group and sector; a sector without groups, a group without sets, have nulls. */
type ClassificationRow = Prefixed<Row<typeof OCOP_SECTOR_SELECT>, 'sector_'> &
  Nullable<Prefixed<Row<typeof OCOP_GROUP_SELECT>, 'group_'>> &
  Nullable<Prefixed<Row<typeof OCOP_PRODUCT_SET_SELECT>, 'set_'>>;

/** "1.10" after "1.9": codes are compared number by number. */
const byCode = new Intl.Collator('en', { numeric: true }).compare;

/** Code formats: sector "1", group "1.2", product set "1.2.1". */
const CODE_FORMATS = {
  sector: { pattern: /^[0-9]{1,2}$/, example: '"1"' },
  group: { pattern: /^[0-9]{1,2}\.[0-9]{1,2}$/, example: '"1.2"' },
  productSet: { pattern: /^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/, example: '"1.2.1"' },
} as const;

export type ClassificationLevel = keyof typeof CODE_FORMATS;

/** Checks the format of a classification code given as a filter; BAD_USER_INPUT otherwise. */
/** The levels' names in Vietnamese, for the refusal above. */
const LEVEL_VI: Record<ClassificationLevel, string> = {
  sector: 'ngành',
  group: 'nhóm',
  productSet: 'bộ sản phẩm',
};

export function checkClassificationCode(
  level: ClassificationLevel,
  code: string,
  argumentName: string,
): string {
  const format = CODE_FORMATS[level];
  if (!format.pattern.test(code)) {
    throw badUserInput(
      {
        vi: `"${argumentName}" phải là mã ${LEVEL_VI[level]} OCOP, ví dụ ${format.example}.`,
        en: `"${argumentName}" must be an OCOP ${level} code such as ${format.example}.`,
      },
      argumentName,
    );
  }
  return code;
}

/** The OCOP classification (sectors → groups → product sets): reference data, read whole. */
export class OcopClassificationService {
  /** The DataLoader batch read: one statement for the whole tree. */
  async loadTree(db: EntityManager): Promise<OcopClassificationTree> {
    const rows: ClassificationRow[] = await db.query(
      `SELECT ${OCOP_SECTOR_SELECT.sql('s', 'sector_')}, ${OCOP_GROUP_SELECT.sql('g', 'group_')}, ${OCOP_PRODUCT_SET_SELECT.sql('ps', 'set_')}
       FROM ocop_sector s
       LEFT JOIN ocop_group g ON g.sector_id = s.id
       LEFT JOIN ocop_product_set ps ON ps.group_id = g.id`,
    );
    const sectorById = new Map<string, OcopSector>();
    const groupById = new Map<string, OcopGroup>();
    const productSetById = new Map<string, OcopProductSet>();
    for (const row of rows) {
      let sector = sectorById.get(row.sector_id);
      if (!sector) {
        sector = Object.assign(new OcopSector(), {
          uuid: row.sector_id,
          code: row.sector_code,
          nameVi: row.sector_name_vi,
          nameEn: row.sector_name_en,
          groups: [],
        });
        sectorById.set(sector.uuid, sector);
      }
      if (row.group_id === null) continue;
      let group = groupById.get(row.group_id);
      if (!group) {
        group = Object.assign(new OcopGroup(), {
          uuid: row.group_id,
          code: row.group_code!,
          nameVi: row.group_name_vi!,
          nameEn: row.group_name_en!,
          sector,
          productSets: [],
        });
        groupById.set(group.uuid, group);
        sector.groups.push(group);
      }
      if (row.set_id === null) continue;
      const productSet = Object.assign(new OcopProductSet(), {
        uuid: row.set_id,
        code: row.set_code!,
        nameVi: row.set_name_vi!,
        nameEn: row.set_name_en!,
        group,
      });
      productSetById.set(productSet.uuid, productSet);
      group.productSets.push(productSet);
    }
    const sectors = [...sectorById.values()].sort((a, b) => byCode(a.code, b.code));
    for (const sector of sectors) {
      sector.groups.sort((a, b) => byCode(a.code, b.code));
      for (const group of sector.groups) group.productSets.sort((a, b) => byCode(a.code, b.code));
    }
    return { sectors, sectorById, productSetById };
  }

  // ----- API operations

  async sectors(ctx: Context): Promise<OcopSector[]> {
    return (await ctx.loaders.ocopClassification.load('all')).sectors;
  }

  /** Sector, group and product set of a product set; null for a product not classified yet. */
  async classificationOf(ctx: Context, productSetUuid: string | null): Promise<OcopClassification | null> {
    if (productSetUuid === null) return null;
    const productSet = (await ctx.loaders.ocopClassification.load('all')).productSetById.get(productSetUuid);
    if (!productSet) return null;
    return Object.assign(new OcopClassification(), {
      sector: productSet.group.sector,
      group: productSet.group,
      productSet,
    });
  }

  async sectorById(ctx: Context, sectorUuid: string): Promise<OcopSector | null> {
    return (await ctx.loaders.ocopClassification.load('all')).sectorById.get(sectorUuid) ?? null;
  }
}

export const ocopClassificationService = new OcopClassificationService();
