import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { EditableRow } from './base';
import { Partner } from './partner.entity';

export const WEBHOOK_EVENTS = [
  'certificate.revoked',
  'certificate.expired',
  'product.listed',
  'product.withdrawn',
  'listing.changed',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** An HTTPS endpoint of a partner and the events it wants (server/README.md, "Webhooks"). */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_partner_id', ['partnerId'])
@Index('webhook_endpoint_created_by_id', ['createdById'])
export class WebhookEndpoint extends EditableRow {
  @Column({ type: 'uuid' })
  @ForeignKey(() => Partner)
  partnerId: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', array: true })
  events: WebhookEvent[];

  /** The HMAC key; shown once when created, kept to sign (a hash would not sign). */
  @Column({ type: 'text' })
  secret: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  createdById: string | null;

  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;
}

/** One attempt to deliver one event to one endpoint. */
@Entity('webhook_delivery')
@Index('webhook_delivery_endpoint', ['endpointId', 'id'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  endpointId: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  eventType: string;

  @Column({ type: 'integer' })
  attempt: number;

  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ type: 'integer' })
  durationMs: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz' })
  attemptedAt: Date;
}

/** Where the webhook dispatcher is in the change log (one row). */
@Entity('webhook_dispatch')
@Check('webhook_dispatch_id_check', `id = 1`)
export class WebhookDispatch {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'bigint' })
  xid: string;

  @Column({ type: 'bigint' })
  seq: string;
}
