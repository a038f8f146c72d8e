import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ProductProposeInput } from './product-propose.inputs';
import { productProposeService } from './product-propose.service';
import { ProductProposePayload } from './product-propose.type';

@Resolver()
export class ProductProposeResolver {
  @Mutation(() => ProductProposePayload, {
    description:
      'Proposes a new product of the viewer’s producer (producer editors) or of a named producer ' +
      '(administrators). It is not OCOP until certified: no certificate, no stars, not in the catalogue. ' +
      'Others are FORBIDDEN.',
  })
  productPropose(
    @Arg('input') input: ProductProposeInput,
    @Ctx() ctx: Context,
  ): Promise<ProductProposePayload> {
    return productProposeService.propose(ctx, input);
  }
}
