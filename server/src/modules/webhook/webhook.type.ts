import { WEBHOOK_EVENTS } from '@ocop/db';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/user-error';

export enum WebhookEventType {
  CERTIFICATE_REVOKED = 'certificate.revoked',
  CERTIFICATE_EXPIRED = 'certificate.expired',
  PRODUCT_LISTED = 'product.listed',
  PRODUCT_WITHDRAWN = 'product.withdrawn',
  LISTING_CHANGED = 'listing.changed',
}
// Kept equal to the storage's list (db/src/entities/webhook.entity.ts).
if (Object.values(WebhookEventType).join() !== WEBHOOK_EVENTS.join())
  throw new Error('webhook events differ');
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'What a webhook endpoint can be told about; the delivery’s `type` is the value’s dotted name.',
  valuesConfig: {
    CERTIFICATE_REVOKED: { description: '`certificate.revoked`: an OCOP certificate was revoked.' },
    CERTIFICATE_EXPIRED: { description: '`certificate.expired`: the platform’s day reached its expiry.' },
    PRODUCT_LISTED: { description: '`product.listed`: a product was recorded in the catalogue.' },
    PRODUCT_WITHDRAWN: { description: '`product.withdrawn`: a product was withdrawn.' },
    LISTING_CHANGED: { description: '`listing.changed`: a listing was created, changed or removed.' },
  },
});

@ObjectType('WebhookDelivery', { description: 'One attempt to deliver one event.' })
export class WebhookDelivery {
  @Field(() => ID, {
    description: 'The event’s id (the same in every attempt: receivers deduplicate by it).',
  })
  eventId: string;

  @Field(() => String, { description: 'The event’s type, e.g. `certificate.revoked`.' })
  eventType: string;

  @Field(() => Int, { description: 'Attempt number, from 1.' })
  attempt: number;

  @Field(() => Int, { nullable: true, description: 'The receiver’s HTTP status; null when none came.' })
  statusCode: number | null;

  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' })
  durationMs: number;

  @Field(() => String, { nullable: true, description: 'Why it failed; null when delivered (2xx).' })
  error: string | null;

  @Field(() => Date, { description: 'When it was attempted.' })
  attemptedAt: Date;
}

@ObjectType('WebhookEndpoint', { description: 'A partner’s HTTPS endpoint and the events it receives.' })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'The endpoint’s id.' })
  id: string;

  @Field(() => ID, { description: 'The partner it belongs to.' })
  partnerId: string;

  @Field(() => String, { description: 'Where deliveries are POSTed.' })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The events it receives.' })
  events: WebhookEventType[];

  @Field(() => Int, { description: 'Failed attempts in a row (a delivered one resets it).' })
  consecutiveFailures: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was disabled after persistent failure; null if active.',
  })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  disabledReason: string | null;

  @Field(() => [WebhookDelivery], { description: 'The last 20 delivery attempts, newest first.' })
  deliveries: WebhookDelivery[];
}

@InputType('WebhookEndpointCreateInput', { description: 'A new webhook endpoint.' })
export class WebhookEndpointCreateInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The partner organisation’s id: required of administrators; a partner’s key may leave it out (its own).',
  })
  partnerId?: string | null;

  @Field(() => String, {
    description: 'An https URL whose host resolves to public addresses only (at most 2,000 characters).',
  })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The events wanted (1 to 5, no repeats).' })
  events: WebhookEventType[];
}

@ObjectType('WebhookEndpointCreatePayload', {
  description: 'The endpoint created, and its secret, shown once.',
})
export class WebhookEndpointCreatePayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint; null when refused.' })
  endpoint: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (HMAC-SHA256 key), shown only in this answer: store it now. Null when refused.',
  })
  secret: string | null;

  @Field(() => [UserError], {
    description: 'What to correct: `url` (INVALID), `events`, `partnerId` (NOT_FOUND).',
  })
  userErrors: UserError[];
}

@InputType('WebhookEndpointUpdateInput', {
  description: 'What to change of an endpoint; what is left out stays as it is.',
})
export class WebhookEndpointUpdateInput {
  @Field(() => ID, { description: 'The endpoint’s id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'A new https URL (checked like at creation).' })
  url?: string | null;

  @Field(() => [WebhookEventType], {
    nullable: true,
    description: 'The events wanted, instead of the current ones.',
  })
  events?: WebhookEventType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '`true` re-enables an endpoint disabled after failures (its failure count starts again from 0); ' +
      '`false` pauses it: no event is queued for it while paused.',
  })
  enabled?: boolean | null;
}

@ObjectType('WebhookEndpointUpdatePayload', { description: 'The endpoint changed, or why not.' })
export class WebhookEndpointUpdatePayload {
  @Field(() => WebhookEndpoint, {
    nullable: true,
    description: 'The endpoint as it is now; null when refused.',
  })
  endpoint: WebhookEndpoint | null;

  @Field(() => [UserError], {
    description: 'What to correct: `url` (INVALID), `events` (REQUIRED, DUPLICATE).',
  })
  userErrors: UserError[];
}

@InputType('WebhookEndpointIdInput', { description: 'The endpoint to act on.' })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: 'The endpoint’s id.' })
  id: string;
}

@ObjectType('WebhookEndpointDeletePayload', { description: 'The endpoint removed, or why not.' })
export class WebhookEndpointDeletePayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The id of the endpoint removed (with its delivery log; queued deliveries are dropped).',
  })
  deletedId: string | null;

  @Field(() => [UserError], { description: 'None so far: an unknown id is a NOT_FOUND error.' })
  userErrors: UserError[];
}

@ObjectType('WebhookEndpointRotateSecretPayload', { description: 'The endpoint’s new secret, shown once.' })
export class WebhookEndpointRotateSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint.' })
  endpoint: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The new signing secret, shown only in this answer. It signs every delivery from now on; the old one ' +
      'none. A delivery refused by a receiver that still checks the old one is retried with back-off.',
  })
  secret: string | null;

  @Field(() => [UserError], { description: 'None so far: an unknown id is a NOT_FOUND error.' })
  userErrors: UserError[];
}
