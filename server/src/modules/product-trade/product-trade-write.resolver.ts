import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  ProductCertificationAddInput,
  ProductCertificationRemoveInput,
  ProductDetailsUpdateInput,
} from './product-trade-write.inputs';
import { productTradeWriteService as writes } from './product-trade-write.service';
import {
  ProductCertificationAddPayload,
  ProductCertificationRemovePayload,
  ProductDetailsUpdatePayload,
} from './product-trade-write.type';

const WHO =
  'Allowed to the editors of the product’s producer and to administrators; FORBIDDEN otherwise. Audited.';

@Resolver()
export class ProductTradeWriteResolver {
  @Mutation(() => ProductDetailsUpdatePayload, {
    description: `Changes a product’s capacity, shelf life, storage and English name and description. ${WHO}`,
  })
  productDetailsUpdate(
    @Arg('input') input: ProductDetailsUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ProductDetailsUpdatePayload> {
    return writes.updateDetails(ctx, input);
  }

  @Mutation(() => ProductCertificationAddPayload, {
    description: `Records a quality certification (VietGAP, organic, HACCP…) of a product. ${WHO}`,
  })
  productCertificationAdd(
    @Arg('input') input: ProductCertificationAddInput,
    @Ctx() ctx: Context,
  ): Promise<ProductCertificationAddPayload> {
    return writes.addCertification(ctx, input);
  }

  @Mutation(() => ProductCertificationRemovePayload, {
    description: `Removes a quality certification of a product. ${WHO}`,
  })
  productCertificationRemove(
    @Arg('input') input: ProductCertificationRemoveInput,
    @Ctx() ctx: Context,
  ): Promise<ProductCertificationRemovePayload> {
    return writes.removeCertification(ctx, input);
  }
}
