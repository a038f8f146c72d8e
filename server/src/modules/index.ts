import type { ClassType, NonEmptyArray } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { UserErrorResolver } from '../common/user-error';
import type { ApiModule } from './module';
import { administrativeUnitModule } from './administrative-unit/administrative-unit.module';
import { criteriaSetModule } from './criteria-set/criteria-set.module';
import { nodeModule } from './node/node.module';
import { ntmModule } from './ntm/ntm.module';
import { listingModule } from './listing/listing.module';
import { ocopCertificateModule } from './ocop-certificate/ocop-certificate.module';
import { ocopClassificationModule } from './ocop-classification/ocop-classification.module';
import { ocopProductModule } from './ocop-product/ocop-product.module';
import { ocopStatisticsModule } from './ocop-statistics/ocop-statistics.module';
import { producerModule } from './producer/producer.module';
import { authModule } from './auth/auth.module';
import { accountModule } from './account/account.module';
import { auditModule } from './audit/audit.module';
import { fundingModule } from './funding/funding.module';
import { platformModule } from './platform/platform.module';
import { inquiryModule } from './inquiry/inquiry.module';
import { productTradeModule } from './product-trade/product-trade.module';
import { syncModule } from './sync/sync.module';
import { webhookModule } from './webhook/webhook.module';
import { openDataModule } from './open-data/open-data.module';
import { partnerModule } from './partner/partner.module';
import { labelModule } from './label/label.module';
import { monitoringModule } from './monitoring/monitoring.module';

/**
 * Every module of the API, the one list of what it serves: schema.ts builds the schema from their
 * resolvers, context.ts gives each request their loaders. A new module adds its manifest here.
 * The imports above follow this order: TypeGraphQL lists the root fields (Query, Mutation) in the
 * order their decorators ran, i.e. the order the resolver files were loaded.
 */
export const MODULES = [
  administrativeUnitModule,
  criteriaSetModule,
  nodeModule,
  ntmModule,
  listingModule,
  ocopCertificateModule,
  ocopClassificationModule,
  ocopProductModule,
  ocopStatisticsModule,
  producerModule,
  authModule,
  accountModule,
  auditModule,
  fundingModule,
  platformModule,
  inquiryModule,
  productTradeModule,
  syncModule,
  webhookModule,
  openDataModule,
  partnerModule,
  labelModule,
  monitoringModule,
] as const satisfies readonly ApiModule[];

const [firstModule, ...otherModules] = MODULES;

/** Every resolver class, module by module. */
export const RESOLVERS: NonEmptyArray<ClassType> = [
  ...firstModule.resolvers,
  ...otherModules.flatMap((module): readonly ClassType[] => module.resolvers),
  // Not a module's: every payload's user errors pick their language with it.
  UserErrorResolver,
];

/** What a module's loader factory returns; `never` for a module without loaders. */
type LoadersOf<M> = M extends { loaders: (db: EntityManager) => infer L } ? L : never;
/** `A | B` → `A & B`. */
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** `ctx.loaders`: the loaders of every module, each with its own type. */
export type Loaders = Intersection<LoadersOf<(typeof MODULES)[number]>>;

/** The factories, picked once at start; a request only calls them. */
const LOADER_FACTORIES = MODULES.flatMap((module): NonNullable<ApiModule['loaders']>[] =>
  'loaders' in module ? [module.loaders] : [],
);

/** A request's loaders: new DataLoaders, empty caches, no SQL until one is used. */
export function createLoaders(db: EntityManager): Loaders {
  const loaders = {};
  for (const create of LOADER_FACTORIES) Object.assign(loaders, create(db));
  // `Loaders` is the intersection of what these very factories return: the merged object is one.
  return loaders as Loaders;
}
