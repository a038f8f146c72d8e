import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';
import { OcopProduct } from './ocop-product.entity';

export const CERTIFICATE_ISSUER_LEVELS = ['district', 'province', 'national'] as const;
export type CertificateIssuerLevel = (typeof CERTIFICATE_ISSUER_LEVELS)[number];
export const CERTIFICATE_STATUSES = ['valid', 'expired', 'revoked', 'superseded'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * An OCOP certification decision for one product. The status is never stored: it depends on
 * the day it is asked for (see `certificateStatusOn`), so an expired certificate cannot read as
 * valid because nobody updated a flag.
 */
@Entity('ocop_certificate')
@Index(['productId', 'decisionDate'])
@Index(['expiresOn'])
export class OcopCertificate extends EditableRow {
  /** The number printed on the label and in the QR code. */
  @Column({ type: 'text', unique: true })
  certificateNumber: string;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => OcopProduct, { nullable: false })
  @JoinColumn({ name: 'product_id' })
  product: Relation<OcopProduct>;

  /** Score out of 100 (Decision 148: A 40 + B 25 + C 35). */
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  score: string;

  /** 3 to 5; the database checks that it matches the score's band. */
  @Column({ type: 'smallint' })
  stars: number;

  @Column({ type: 'text' })
  decisionNumber: string;

  @Column({ type: 'date' })
  decisionDate: string;

  @Column({ type: 'text' })
  issuerLevel: CertificateIssuerLevel;

  @Column({ type: 'text' })
  issuerName: string;

  @Column({ type: 'uuid', nullable: true })
  issuerUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  @JoinColumn({ name: 'issuer_unit_id' })
  issuerUnit: Relation<AdministrativeUnit> | null;

  /** decisionDate + 36 months, computed by the database (a generated column). */
  @Column({ type: 'date', insert: false, update: false })
  expiresOn: string;

  @Column({ type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  /** The day a re-certification replaced this certificate before it expired. */
  @Column({ type: 'date', nullable: true })
  supersededOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  @ManyToOne(() => OcopCertificate, { nullable: true })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy: Relation<OcopCertificate> | null;

  @Column(demoColumn)
  demo: boolean;
}
