import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What each load of reference or generated data (the administrative units, the demo seed, a
 * national generation) last read: a checksum of its files, so that a start with unchanged files
 * skips the work.
 */
@Entity('reference_import')
export class ReferenceImport {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  checksum: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;

  /** The load's own report (what it counted), as JSON. */
  @Column({ type: 'jsonb', nullable: true })
  report: unknown;
}
