import type { ApiModule } from '../module';
import { createProductTradeLoaders } from './product-trade.loaders';
import { ProductTradeResolver } from './product-trade.resolver';
import { ProductTradeWriteResolver } from './product-trade-write.resolver';

/**
 * What a buyer needs to know about a product (issue 13): capacity, quality certifications, shelf
 * life, English, the cover photo, the comparison of up to four products, and the producer editors'
 * writes of them.
 */
export const productTradeModule = {
  resolvers: [ProductTradeResolver, ProductTradeWriteResolver],
  loaders: createProductTradeLoaders,
} satisfies ApiModule;
