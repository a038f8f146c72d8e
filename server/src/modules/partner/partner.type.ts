import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/user-error';

export enum ApiKeyScope {
  READ = 'read',
  SYNC = 'sync',
  WEBHOOKS = 'webhooks',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description:
    'What a key may do; a request with a key asking for more is refused (INSUFFICIENT_SCOPE). `rateLimit` needs none.',
  valuesConfig: {
    READ: { description: '`read`: the catalogue, the certificates and the open data.' },
    SYNC: { description: '`sync`: the change feed.' },
    WEBHOOKS: { description: '`webhooks`: the partner’s own webhook endpoints, to list and manage.' },
  },
});

@ObjectType('ApiKey', { description: 'A partner’s API key, as lists show it: never the key itself.' })
export class ApiKeyView {
  @Field(() => ID, { description: 'The key’s id (never the key).' })
  id: string;

  @Field(() => String, { description: 'What the partner calls it, e.g. "production".' })
  name: string;

  @Field(() => String, { description: 'The key’s visible part, `ocop_<prefix>_…`, to tell keys apart.' })
  prefix: string;

  @Field(() => [ApiKeyScope], { description: 'What it was issued for.' })
  scopes: ApiKeyScope[];

  @Field(() => Int, { nullable: true, description: 'Its own points per hour; null: the platform’s.' })
  pointsPerHour: number | null;

  @Field(() => Date, { description: 'When it was issued.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last request with it (to the minute); null if never.' })
  lastUsedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was revoked (or rotated away); null while valid.',
  })
  revokedAt: Date | null;

  @Field(() => Int, { description: 'Points spent with it in the current hour (the budget’s window).' })
  pointsThisHour: number;

  @Field(() => Int, { description: 'Points spent with it in the hour before.' })
  pointsLastHour: number;
}

@ObjectType('Partner', { description: 'A partner organisation that uses the API.' })
export class PartnerView {
  @Field(() => ID, { description: 'The partner’s id (`partnerId` of keys and webhook endpoints).' })
  id: string;

  @Field(() => String, { description: 'The organisation’s name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Whom to contact.' })
  contactName: string | null;

  @Field(() => String, { nullable: true, description: 'Their e-mail address.' })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Their phone number.' })
  contactPhone: string | null;

  @Field(() => Date, { description: 'When it was registered.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was disabled (every key refused, no webhook delivered); null while enabled.',
  })
  disabledAt: Date | null;

  @Field(() => Int, {
    description: 'Incremented by every change: `partnerUpdate` names the version it read.',
  })
  version: number;

  @Field(() => [ApiKeyView], { description: 'Its keys, newest first (the last 50, revoked ones included).' })
  apiKeys: ApiKeyView[];
}

@InputType('PartnerCreateInput', { description: 'A partner organisation to register.' })
export class PartnerCreateInput {
  @Field(() => String, { description: 'Its name (1 to 200 characters; unique regardless of case).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Whom to contact (at most 200 characters).' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number (at most 40 characters).' })
  contactPhone?: string | null;
}

@ObjectType('PartnerCreatePayload', { description: 'The partner registered, or why not.' })
export class PartnerCreatePayload {
  @Field(() => PartnerView, { nullable: true, description: 'The partner; null when refused.' })
  partner: PartnerView | null;

  @Field(() => [UserError], {
    description: '`name` (REQUIRED, TOO_LONG, DUPLICATE), `contactEmail` (INVALID)…',
  })
  userErrors: UserError[];
}

@InputType('ApiKeyIssueInput', { description: 'A new key for a partner.' })
export class ApiKeyIssueInput {
  @Field(() => ID, { description: 'The partner the key is for.' })
  partnerId: string;

  @Field(() => String, { description: 'What it is for (1 to 100 characters).' })
  name: string;

  @Field(() => [ApiKeyScope], { description: 'One or more, no repeats.' })
  scopes: ApiKeyScope[];

  @Field(() => Int, {
    nullable: true,
    description: 'Its own points per hour (1 to 1,000,000); default: API_KEY_POINTS_PER_HOUR.',
  })
  pointsPerHour?: number | null;
}

@InputType('ApiKeyRevokeInput', { description: 'The key to revoke.' })
export class ApiKeyRevokeInput {
  @Field(() => ID, { description: 'The key’s id (`ApiKey.id`).' })
  id: string;
}

@InputType('ApiKeyRotateInput', { description: 'The key to replace with a new one.' })
export class ApiKeyRotateInput {
  @Field(() => ID, {
    description: 'The key to replace: revoked, and a new one with its name, scopes and budget issued.',
  })
  id: string;
}

@ObjectType('ApiKeyIssuePayload', { description: 'The key issued, and the key itself, shown once.' })
export class ApiKeyIssuePayload {
  @Field(() => ApiKeyView, { nullable: true, description: 'The key as lists show it; null when refused.' })
  apiKey: ApiKeyView | null;

  @Field(() => String, {
    nullable: true,
    description: 'The key to send as `Authorization: Bearer <key>`, shown only in this answer: store it now.',
  })
  key: string | null;

  @Field(() => [UserError], {
    description:
      '`partnerId` (NOT_FOUND), `name`, `scopes` (REQUIRED, DUPLICATE), `pointsPerHour` (OUT_OF_RANGE).',
  })
  userErrors: UserError[];
}

@ObjectType('ApiKeyRevokePayload', { description: 'The key revoked, or why not.' })
export class ApiKeyRevokePayload {
  @Field(() => ApiKeyView, { nullable: true, description: 'The key, revoked.' })
  apiKey: ApiKeyView | null;

  @Field(() => [UserError], { description: '`id` (NOT_FOUND; CONFLICT when already revoked).' })
  userErrors: UserError[];
}

@ObjectType('ApiKeyRotatePayload', { description: 'The new key, shown once, and the old one revoked.' })
export class ApiKeyRotatePayload {
  @Field(() => ApiKeyView, { nullable: true, description: 'The new key’s listing.' })
  apiKey: ApiKeyView | null;

  @Field(() => String, { nullable: true, description: 'The new key, shown only in this answer.' })
  key: string | null;

  @Field(() => ApiKeyView, { nullable: true, description: 'The old key, now revoked.' })
  revoked: ApiKeyView | null;

  @Field(() => [UserError], { description: '`id` (NOT_FOUND; CONFLICT when already revoked).' })
  userErrors: UserError[];
}

@ObjectType('RateLimit', { description: 'The points budget of the request’s key or address, this hour.' })
export class RateLimit {
  @Field(() => Int, { description: 'Points per hour.' })
  limit: number;

  @Field(() => Int, { description: 'What this request cost (0: asking only for `rateLimit`).' })
  cost: number;

  @Field(() => Int, { description: 'Points left until `resetAt`.' })
  remaining: number;

  @Field(() => Int, { description: 'Points spent in this hour.' })
  used: number;

  @Field(() => Date, { description: 'When the hour ends and the budget is whole again.' })
  resetAt: Date;
}

@InputType('PartnerUpdateInput', { description: 'What to change of a partner; what is left out stays.' })
export class PartnerUpdateInput {
  @Field(() => ID, { description: 'The partner’s id.' })
  id: string;

  @Field(() => Int, { description: 'The version read (`Partner.version`): CONFLICT if it changed since.' })
  version: number;

  @Field(() => String, {
    nullable: true,
    description: 'Its name (1 to 200 characters; unique regardless of case).',
  })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Whom to contact; empty or null clears it.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address; empty or null clears it.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number; empty or null clears it.' })
  contactPhone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '`false` disables the partner (its keys refused within a second, no webhook delivered); `true` enables it.',
  })
  enabled?: boolean | null;
}

@ObjectType('PartnerUpdatePayload', { description: 'The partner changed, or why not.' })
export class PartnerUpdatePayload {
  @Field(() => PartnerView, { nullable: true, description: 'The partner as it is now; null when refused.' })
  partner: PartnerView | null;

  @Field(() => [UserError], {
    description: '`name` (REQUIRED, TOO_LONG, DUPLICATE), `contactEmail` (INVALID), `version` (CONFLICT)…',
  })
  userErrors: UserError[];
}
