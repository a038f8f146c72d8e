import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ProductPhotoAddInput, ProductPhotoRemoveInput } from './product-photo-write.inputs';
import { productPhotoWriteService } from './product-photo-write.service';
import { ProductPhotoAddPayload, ProductPhotoRemovePayload } from './product-photo-write.type';

@Resolver()
export class ProductPhotoWriteResolver {
  @Mutation(() => ProductPhotoAddPayload, {
    description:
      'Adds an uploaded photo to a product. Allowed to the editors of the product’s producer and to ' +
      'administrators; FORBIDDEN otherwise.',
  })
  productPhotoAdd(
    @Arg('input') input: ProductPhotoAddInput,
    @Ctx() ctx: Context,
  ): Promise<ProductPhotoAddPayload> {
    return productPhotoWriteService.add(ctx, input);
  }

  @Mutation(() => ProductPhotoRemovePayload, {
    description:
      'Removes a photo from its product. Allowed to the editors of the product’s producer and to administrators; ' +
      'FORBIDDEN otherwise.',
  })
  productPhotoRemove(
    @Arg('input') input: ProductPhotoRemoveInput,
    @Ctx() ctx: Context,
  ): Promise<ProductPhotoRemovePayload> {
    return productPhotoWriteService.remove(ctx, input);
  }
}
