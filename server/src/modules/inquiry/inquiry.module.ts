import type { ApiModule } from '../module';
import { createInquiryLoaders } from './inquiry.loaders';
import { BuyerInquiryResolver, InquiryProducerResolver, InquiryResolver } from './inquiry.resolver';

/** Inquiries (requests for quotation): the buyer's submit and link, the producers' inbox, the figures. */
export const inquiryModule = {
  resolvers: [BuyerInquiryResolver, InquiryResolver, InquiryProducerResolver],
  loaders: createInquiryLoaders,
} satisfies ApiModule;
