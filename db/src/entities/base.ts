import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, Column } from 'typeorm';

/** Columns every stored row has: a UUID key and when it was created and last changed. */
export abstract class BaseRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A row that users edit. `version` is the optimistic-concurrency token: an update names the
 * version it was based on and is written as `UPDATE … WHERE id = $1 AND version = $2`
 * (never TypeORM's `save()`, which loses concurrent updates — STACK.md pitfall 8).
 */
export abstract class EditableRow extends BaseRow {
  @Column({ type: 'integer', default: 1 })
  version: number;
}

/** Which rows are invented for the demo (see README, "Demo data"). Real imports leave it false. */
export const demoColumn = { type: 'boolean', default: false } as const;
