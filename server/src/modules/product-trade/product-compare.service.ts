import type { Context } from '../../context';
import { badUserInput } from '../../common/errors';
import { languageOf, say } from '../../common/language';
import { uuidOf } from '../../common/node-id';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OCOP_PRODUCT, type OcopProduct } from '../ocop-product/ocop-product.type';

/** Most products compared side by side (the page has four columns). */
export const MAX_COMPARED = 4;

export class ProductCompareService {
  /** Products in the order asked, through the product loader (one statement for all of them). */
  async byIds(ctx: Context, ids: string[]): Promise<(OcopProduct | null)[]> {
    if (ids.length > MAX_COMPARED) {
      throw badUserInput(
        say(languageOf(ctx), {
          vi: `So sánh tối đa ${MAX_COMPARED} sản phẩm một lúc; đã chọn ${ids.length}.`,
          en: `At most ${MAX_COMPARED} products at once; got ${ids.length}.`,
        }),
        'ids',
      );
    }
    const uuids = ids.map((id) => {
      const uuid = uuidOf(id, OCOP_PRODUCT);
      if (!uuid)
        throw badUserInput(
          say(languageOf(ctx), {
            vi: 'Không phải mã sản phẩm OCOP hợp lệ.',
            en: 'Not a valid OcopProduct ID.',
          }),
          'ids',
        );
      return uuid;
    });
    return Promise.all(uuids.map((uuid) => products.find(ctx, uuid)));
  }
}

export const productCompareService = new ProductCompareService();
