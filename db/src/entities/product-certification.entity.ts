import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn, oneOf } from './base';
import { OcopProduct } from './ocop-product.entity';

/** Quality schemes a buyer asks about besides OCOP; OTHER carries its name in `schemeName`. */
export const CERTIFICATION_SCHEMES = [
  'vietgap',
  'globalgap',
  'organic',
  'haccp',
  'iso_22000',
  'other',
] as const;
export type CertificationScheme = (typeof CERTIFICATION_SCHEMES)[number];

/**
 * A quality certification of a product other than its OCOP certificate (VietGAP, GlobalGAP,
 * organic, HACCP, ISO 22000…), as its producer's editors record it. Whether it is valid is not
 * stored: it is derived on the day asked from `validFrom` / `validUntil` (certificate-status.ts
 * does the same for OCOP certificates), so that it expires with the calendar, not with a write.
 */
@Entity('product_certification')
@Check('product_certification_scheme_check', oneOf('scheme', CERTIFICATION_SCHEMES))
@Check(
  'product_certification_scheme_name_check',
  `(scheme = 'other') = (scheme_name IS NOT NULL AND scheme_name <> '')`,
)
@Check('product_certification_issuer_check', `issuer <> ''`)
@Check('product_certification_validity_check', `valid_until IS NULL OR valid_until >= valid_from`)
@Index('product_certification_product_id', ['productId'])
export class ProductCertification extends EditableRow {
  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => OcopProduct, { nullable: false })
  @JoinColumn({ name: 'product_id' })
  product: Relation<OcopProduct>;

  @Column({ type: 'text' })
  scheme: CertificationScheme;

  /** The scheme's name when `scheme` is 'other' ("Halal", "JAS"…); null otherwise. */
  @Column({ type: 'text', nullable: true })
  schemeName: string | null;

  /** Who issued it (a certification body). */
  @Column({ type: 'text' })
  issuer: string;

  /** The certificate's number, as printed on it. */
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ type: 'date' })
  validFrom: string;

  /** Last day it is valid; null: no end date. */
  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column(demoColumn)
  demo: boolean;
}
