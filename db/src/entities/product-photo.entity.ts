import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn } from './base';
import { OcopProduct } from './ocop-product.entity';

/** A photo of a product. The bytes live in the file store under `storageKey`, never in a path the user chose. */
@Entity('product_photo')
@Index(['productId', 'position'])
@Index(['productId', 'sha256'], { unique: true })
@Index(['storageKey'])
export class ProductPhoto extends EditableRow {
  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => OcopProduct, { nullable: false })
  @JoinColumn({ name: 'product_id' })
  product: Relation<OcopProduct>;

  /** Content-addressed ("photos/<sha256>.webp"): products showing the same file share it. */
  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'integer', nullable: true })
  width: number | null;

  @Column({ type: 'integer', nullable: true })
  height: number | null;

  /** SHA-256 of the bytes, hex: the cache validator and a guard against storing one file twice. */
  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text', nullable: true })
  altVi: string | null;

  @Column({ type: 'text', nullable: true })
  altEn: string | null;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Column(demoColumn)
  demo: boolean;
}
