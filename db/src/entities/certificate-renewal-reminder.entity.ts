import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { OcopCertificate } from './ocop-certificate.entity';

/**
 * A renewal reminder mailed to a certificate's producer, noted once per threshold (days before
 * its end; server/src/modules/monitoring/renewal-reminders.ts).
 */
@Entity('certificate_renewal_reminder')
export class CertificateRenewalReminder {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => OcopCertificate, { onDelete: 'CASCADE' })
  certificateId: string;

  @PrimaryColumn({ type: 'integer' })
  daysBefore: number;

  @Column({ type: 'timestamptz' })
  notedAt: Date;
}
