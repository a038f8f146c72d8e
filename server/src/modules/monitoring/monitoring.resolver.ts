import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { ConnectionShape } from '../../common/connection';
import { ocopCertificateService as certificates } from '../ocop-certificate/ocop-certificate.service';
import { OcopCertificate } from '../ocop-certificate/ocop-certificate.type';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { producerService as producers } from '../producer/producer.service';
import { Producer } from '../producer/producer.type';
import { monitoringService as monitoring } from './monitoring.service';
import {
  ExpiringCertificate,
  ExpiringCertificateConnection,
  ExpiringCertificateCounts,
  ExpiringCertificatesArgs,
  MonitoringPlaceArgs,
  ProductAtRisk,
  ProductAtRiskConnection,
  ProductsAtRiskSummary,
} from './monitoring.type';

const codesOf = (args: MonitoringPlaceArgs) => ({
  provinceCode: args.provinceCode,
  districtCode: args.districtCode,
  communeCode: args.communeCode,
});

@Resolver(() => ExpiringCertificate)
export class ExpiringCertificateResolver {
  @Query(() => ExpiringCertificateConnection, {
    description:
      'Products’ current certificates valid today and expiring within `withinDays` (default 90), soonest first, ' +
      'with the product and its producer (whose contact is on `Producer`): the renewals to prepare.',
  })
  expiringCertificates(
    @Args() args: ExpiringCertificatesArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ExpiringCertificate>> {
    return monitoring
      .expiring(ctx, codesOf(args), args.withinDays, args.first, args.after)
      .then(ExpiringCertificateConnection.fromPage);
  }

  @Query(() => ExpiringCertificateCounts, {
    description: 'How many certificates valid today expire within 30, 60 and 90 days, for a place.',
  })
  expiringCertificateCounts(
    @Args() args: MonitoringPlaceArgs,
    @Ctx() ctx: Context,
  ): Promise<ExpiringCertificateCounts> {
    return monitoring.expiringCounts(ctx, codesOf(args));
  }

  @FieldResolver(() => OcopCertificate, { description: 'The certificate.' })
  async certificate(@Root() row: ExpiringCertificate, @Ctx() ctx: Context): Promise<OcopCertificate> {
    return (await certificates.byId(ctx, row.certificateUuid))!;
  }

  @FieldResolver(() => OcopProduct, { description: 'The product it certifies.' })
  async product(@Root() row: ExpiringCertificate, @Ctx() ctx: Context): Promise<OcopProduct> {
    return (await products.byId(ctx, row.productUuid))!;
  }

  @FieldResolver(() => Producer, { description: 'Its producer: `contact` says whom to remind.' })
  async producer(@Root() row: ExpiringCertificate, @Ctx() ctx: Context): Promise<Producer> {
    return (await producers.byId(ctx, row.producerUuid))!;
  }
}

@Resolver(() => ProductAtRisk)
export class ProductAtRiskResolver {
  @Query(() => ProductAtRiskConnection, {
    description:
      'Products certified today that may stay "for display only" (no listing to order, no raw-material area, no ' +
      'linkage in force, inquiries unanswered), each with its reasons.',
  })
  productsAtRisk(
    @Args() args: MonitoringPlaceArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ProductAtRisk>> {
    return monitoring
      .atRisk(ctx, codesOf(args), args.first, args.after)
      .then(ProductAtRiskConnection.fromPage);
  }

  @Query(() => ProductsAtRiskSummary, {
    description: 'The certified products of a place, and how many are at risk, why.',
  })
  productsAtRiskSummary(
    @Args() args: MonitoringPlaceArgs,
    @Ctx() ctx: Context,
  ): Promise<ProductsAtRiskSummary> {
    return monitoring.atRiskSummary(ctx, codesOf(args));
  }

  @FieldResolver(() => OcopProduct, { description: 'The product.' })
  async product(@Root() row: ProductAtRisk, @Ctx() ctx: Context): Promise<OcopProduct> {
    return (await products.byId(ctx, row.productUuid))!;
  }
}
