import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../common/connection';
import { uuidArgument } from '../../common/node-id';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OcopProductConnection } from '../ocop-product/ocop-product.type';
import { linkageService as linkages } from './linkage.service';
import { Linkage } from './linkage.type';
import { ProducerFilter, ProducerOrder } from './producer.inputs';
import { producerService as producers } from './producer.service';
import { PRODUCER, Producer, ProducerConnection } from './producer.type';
import { rawMaterialAreaService as areas } from './raw-material-area.service';
import { RawMaterialArea } from './raw-material-area.type';

@Resolver(() => Producer)
export class ProducerResolver {
  @Query(() => ProducerConnection, {
    description:
      'OCOP producers (cooperatives, cooperative groups, enterprises, household businesses), filtered and ordered ' +
      '(default: by name). Keyset pagination: pass `pageInfo.endCursor` as `after` for the next page.',
  })
  async producers(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProducerFilter, { nullable: true, description: 'Which producers to list.' })
    filter?: ProducerFilter | null,
    @Arg('orderBy', () => ProducerOrder, {
      nullable: true,
      description: 'Order of the list (default: NAME ASC).',
    })
    orderBy?: ProducerOrder | null,
  ): Promise<ProducerConnection> {
    return ProducerConnection.fromPage(await producers.page(ctx, page, filter, orderBy));
  }

  @Query(() => Producer, {
    nullable: true,
    description: 'A producer by its ID; null when it no longer exists.',
  })
  producer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The producer’s global ID.' }) id: string,
  ): Promise<Producer | null> {
    return producers.find(ctx, uuidArgument(id, PRODUCER, 'id', 'Not a valid Producer ID.'));
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description:
      'The commune where the producer is registered, as the unit existed when recorded (follow `successors` ' +
      'for today’s commune).',
  })
  commune(@Root() producer: Producer, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return producers.commune(ctx, producer);
  }

  @FieldResolver(() => OcopProductConnection, {
    description: 'All products of the producer, whatever the status of their certificates, by name.',
  })
  async products(
    @Root() producer: Producer,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<OcopProductConnection> {
    return OcopProductConnection.fromPage(await products.producerProducts(ctx, producer.uuid, page));
  }

  @FieldResolver(() => Int, {
    description: 'How many products the producer has, whatever their certificates.',
  })
  async productCount(@Root() producer: Producer, @Ctx() ctx: Context): Promise<number> {
    return (await producers.counts(ctx, producer)).products;
  }

  @FieldResolver(() => Int, {
    description: 'How many of its products hold a valid OCOP certificate today (in Vietnam).',
  })
  async validProductCount(@Root() producer: Producer, @Ctx() ctx: Context): Promise<number> {
    return (await producers.counts(ctx, producer)).validProducts;
  }

  @FieldResolver(() => [Linkage], {
    description:
      'Production and sales linkages the producer is part of (as producer or as partner), newest first.',
  })
  linkages(@Root() producer: Producer, @Ctx() ctx: Context): Promise<Linkage[]> {
    return linkages.ofProducer(ctx, producer.uuid);
  }

  @FieldResolver(() => [RawMaterialArea], {
    description: 'The producer’s raw-material areas (vùng nguyên liệu), largest first.',
  })
  rawMaterialAreas(@Root() producer: Producer, @Ctx() ctx: Context): Promise<RawMaterialArea[]> {
    return areas.ofProducer(ctx, producer.uuid);
  }
}
