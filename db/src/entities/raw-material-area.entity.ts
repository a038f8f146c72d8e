import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn, oneOf } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';
import { OcopProduct } from './ocop-product.entity';
import { Producer } from './producer.entity';

export const AREA_CERTIFICATIONS = ['none', 'vietgap', 'organic', 'globalgap'] as const;
export type AreaCertification = (typeof AREA_CERTIFICATIONS)[number];

/** Land a producer grows its raw material on (vùng nguyên liệu). */
@Entity('raw_material_area')
@Check('raw_material_area_area_ha_check', `area_ha > 0`)
@Check('raw_material_area_certification_check', oneOf('certification', AREA_CERTIFICATIONS))
@Check('raw_material_area_households_check', `households >= 0`)
@Index('raw_material_area_producer_id', ['producerId'])
@Index('raw_material_area_product_id', ['productId'])
@Index('raw_material_area_commune_id', ['communeId'])
export class RawMaterialArea extends EditableRow {
  @Column({ type: 'uuid' })
  producerId: string;

  @ManyToOne(() => Producer, { nullable: false })
  @JoinColumn({ name: 'producer_id' })
  producer: Relation<Producer>;

  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @ManyToOne(() => OcopProduct, { nullable: true })
  @JoinColumn({ name: 'product_id' })
  product: Relation<OcopProduct> | null;

  @Column({ type: 'uuid', nullable: true })
  communeId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  @JoinColumn({ name: 'commune_id' })
  commune: Relation<AdministrativeUnit> | null;

  @Column({ type: 'text' })
  crop: string;

  /** Hectares, exact decimal. */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  areaHa: string;

  @Column({ type: 'text', default: 'none' })
  certification: AreaCertification;

  @Column({ type: 'integer', nullable: true })
  households: number | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column(demoColumn)
  demo: boolean;
}
