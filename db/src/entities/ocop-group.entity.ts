import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { BaseRow } from './base';
import { OcopSector } from './ocop-sector.entity';
import type { OcopProductSet } from './ocop-product-set.entity';

/** A group (nhóm) of the OCOP classification, inside a sector. */
@Entity('ocop_group')
@Index('ocop_group_sector_id', ['sectorId'])
export class OcopGroup extends BaseRow {
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'uuid' })
  sectorId: string;

  @ManyToOne(() => OcopSector, (sector) => sector.groups, { nullable: false })
  @JoinColumn({ name: 'sector_id' })
  sector: Relation<OcopSector>;

  @Column({ type: 'text' })
  nameVi: string;

  @Column({ type: 'text' })
  nameEn: string;

  @OneToMany('OcopProductSet', 'group')
  productSets: Relation<OcopProductSet[]>;
}
