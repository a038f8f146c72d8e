import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn } from './base';
import { OcopProduct } from './ocop-product.entity';

/** A photo of a product. The bytes live in the file store under `storageKey`, never in a path the user chose. */
@Entity('product_photo')
@Check('product_photo_content_type_check', `content_type IN ('image/jpeg', 'image/png', 'image/webp')`)
@Check('product_photo_byte_size_check', `byte_size > 0`)
@Check('product_photo_width_check', `width > 0`)
@Check('product_photo_height_check', `height > 0`)
@Check('product_photo_sha256_check', `sha256 ~ '^[0-9a-f]{64}$'`)
@Index('product_photo_product_position', ['productId', 'position'])
// A product holds a given file once; two products may show the same one (migration 1796054400000).
@Index('product_photo_product_sha256', ['productId', 'sha256'], { unique: true })
@Index('product_photo_storage_key', ['storageKey'])
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
