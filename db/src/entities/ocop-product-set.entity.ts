import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRow } from './base';
import { OcopGroup } from './ocop-group.entity';

/** A product set (bộ sản phẩm) of the OCOP classification: the scoring sheet a product is judged by. */
@Entity('ocop_product_set')
@Index('ocop_product_set_group_id', ['groupId'])
export class OcopProductSet extends BaseRow {
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => OcopGroup, (group) => group.productSets, { nullable: false })
  @JoinColumn({ name: 'group_id' })
  group: Relation<OcopGroup>;

  @Column({ type: 'text' })
  nameVi: string;

  @Column({ type: 'text' })
  nameEn: string;
}
