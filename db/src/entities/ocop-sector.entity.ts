import { Column, Entity, OneToMany, type Relation } from 'typeorm';
import { BaseRow } from './base';
import type { OcopGroup } from './ocop-group.entity';

/** A sector (ngành) of the OCOP classification of Decision 148/QĐ-TTg, Appendix I. */
@Entity('ocop_sector')
export class OcopSector extends BaseRow {
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  nameVi: string;

  @Column({ type: 'text' })
  nameEn: string;

  @OneToMany('OcopGroup', 'sector')
  groups: Relation<OcopGroup[]>;
}
