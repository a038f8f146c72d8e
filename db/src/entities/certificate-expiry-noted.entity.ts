import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OcopCertificate } from './ocop-certificate.entity';

/**
 * A certificate whose expiry by the calendar has been put in the change feed (once: the scheduled
 * step of server/src/modules/sync inserts here and into change_log in one statement).
 */
@Entity('certificate_expiry_noted')
export class CertificateExpiryNoted {
  @PrimaryColumn({ type: 'uuid' })
  certificateId: string;

  @OneToOne(() => OcopCertificate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certificate_id' })
  certificate: Relation<OcopCertificate>;

  @Column({ type: 'date' })
  expiresOn: string;

  @Column({ type: 'timestamptz' })
  notedAt: Date;
}
