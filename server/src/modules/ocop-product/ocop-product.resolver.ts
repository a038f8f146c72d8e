import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../common/connection';
import { selectsPath } from '../../common/look-ahead';
import { uuidArgument } from '../../common/node-id';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { productListingService as listings } from '../listing/product-listing.service';
import { ProductListing } from '../listing/product-listing.type';
import { productPhotoService as photos } from '../listing/product-photo.service';
import { ProductPhoto } from '../listing/product-photo.type';
import { ocopCertificateService as certificates } from '../ocop-certificate/ocop-certificate.service';
import { CertificateStatus, OcopCertificate } from '../ocop-certificate/ocop-certificate.type';
import { OcopClassification } from '../ocop-classification/ocop-classification.type';
import { linkageService as linkages } from '../producer/linkage.service';
import { Linkage } from '../producer/linkage.type';
import { producerService as producers } from '../producer/producer.service';
import { Producer } from '../producer/producer.type';
import { rawMaterialAreaService as areas } from '../producer/raw-material-area.service';
import { RawMaterialArea } from '../producer/raw-material-area.type';
import { OcopProductFilter, OcopProductOrder } from './ocop-product.inputs';
import { ocopProductService as products } from './ocop-product.service';
import { OCOP_PRODUCT, OcopProduct, OcopProductConnection } from './ocop-product.type';
import { productDetailService as details } from './product-detail.service';

@Resolver(() => OcopProduct)
export class OcopProductResolver {
  @Query(() => OcopProductConnection, {
    description:
      'The OCOP catalogue: products filtered by name, stars, classification, place of origin, producer type and ' +
      'certificate status — by default only products whose current certificate is valid today. Ordered by ' +
      'relevance when searching, else by stars (most first). Keyset pagination: pass `pageInfo.endCursor` as ' +
      '`after` for the next page; `totalCount` is computed only when asked.',
  })
  async ocopProducts(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OcopProductFilter, { nullable: true, description: 'Which products to list.' })
    filter?: OcopProductFilter | null,
    @Arg('orderBy', () => OcopProductOrder, {
      nullable: true,
      description: 'Order of the list. Default: RELEVANCE DESC with a search, else STARS DESC.',
    })
    orderBy?: OcopProductOrder | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<OcopProductConnection> {
    const producer =
      info !== undefined &&
      (selectsPath(info, ['nodes', 'producer']) || selectsPath(info, ['edges', 'node', 'producer']));
    return OcopProductConnection.fromPage(await products.page(ctx, page, filter, orderBy, { producer }));
  }

  @Query(() => OcopProduct, {
    nullable: true,
    description: 'An OCOP product by its ID, whatever its certificate status; null when it no longer exists.',
  })
  ocopProduct(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The product’s global ID.' }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OcopProduct | null> {
    const uuid = uuidArgument(id, OCOP_PRODUCT, 'id', 'Not a valid OcopProduct ID.');
    return details.detail(ctx, uuid, {
      evaluations:
        selectsPath(info, ['originCommune', 'latestEvaluations']) ||
        selectsPath(info, ['originCommune', 'evaluations']),
    });
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Stars of the current certificate (3 to 5), whatever its status — check `certificateStatus`; null when ' +
      'the product was never certified.',
  })
  stars(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<number | null> {
    return products.stars(ctx, product);
  }

  @FieldResolver(() => CertificateStatus, {
    nullable: true,
    description:
      'Status today (in Vietnam) of the current certificate: VALID means the product is OCOP-certified today. ' +
      'Null when the product was never certified.',
  })
  certificateStatus(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<CertificateStatus | null> {
    return products.certificateStatus(ctx, product);
  }

  @FieldResolver(() => OcopClassification, {
    nullable: true,
    description: 'Sector, group and product set of the OCOP classification; null when not classified yet.',
  })
  classification(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<OcopClassification | null> {
    return products.classification(ctx, product);
  }

  @FieldResolver(() => Producer, { description: 'The producer (chủ thể OCOP) that makes the product.' })
  producer(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<Producer> {
    return producers.existing(ctx, product.producerUuid);
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description:
      'The commune where the product is made, as the unit existed when recorded (often a pre-2025 commune: ' +
      'follow `successors` for today’s), with its NTM status; null when not recorded.',
  })
  originCommune(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return products.originCommune(ctx, product);
  }

  @FieldResolver(() => OcopCertificate, {
    nullable: true,
    description:
      'The current certificate: the latest decided by today, whatever its status (check its `status`); null ' +
      'when the product was never certified.',
  })
  currentCertificate(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<OcopCertificate | null> {
    return products.currentCertificate(ctx, product);
  }

  @FieldResolver(() => [OcopCertificate], {
    description: 'Every certificate of the product, newest decision first.',
  })
  certificates(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<OcopCertificate[]> {
    return certificates.history(ctx, product.uuid);
  }

  @FieldResolver(() => [ProductListing], {
    description:
      'How the product is offered (packs, prices, availability, channels), in the producer’s order.',
  })
  listings(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<ProductListing[]> {
    return listings.ofProduct(ctx, product.uuid);
  }

  @FieldResolver(() => [ProductPhoto], { description: 'Photos of the product, in display order.' })
  photos(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<ProductPhoto[]> {
    return photos.ofProduct(ctx, product.uuid);
  }

  @FieldResolver(() => [RawMaterialArea], {
    description: 'Raw-material areas (vùng nguyên liệu) that supply the product, largest first.',
  })
  rawMaterialAreas(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<RawMaterialArea[]> {
    return areas.ofProduct(ctx, product.uuid);
  }

  @FieldResolver(() => [Linkage], {
    description: 'Production and sales linkages (liên kết) about the product, newest first.',
  })
  linkages(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<Linkage[]> {
    return linkages.ofProduct(ctx, product.uuid);
  }
}
