import { ProductListingResolver } from './listing/product-listing.resolver';
import { CertificateVerificationResolver } from './ocop-certificate/certificate-verification.resolver';
import { OcopCertificateResolver } from './ocop-certificate/ocop-certificate.resolver';
import { OcopClassificationResolver } from './ocop-classification/ocop-classification.resolver';
import { OcopProductResolver } from './ocop-product/ocop-product.resolver';
import { AdministrativeUnitOcopResolver } from './ocop-product/unit-ocop-products.resolver';
import { OcopSummaryResolver } from './ocop-statistics/ocop-summary.resolver';
import { LinkageResolver } from './producer/linkage.resolver';
import { ProducerResolver } from './producer/producer.resolver';
import { RawMaterialAreaResolver } from './producer/raw-material-area.resolver';

/** Every resolver of the OCOP side of the API (added to RESOLVERS in schema.ts). */
export const OCOP_RESOLVERS = [
  OcopClassificationResolver,
  OcopProductResolver,
  AdministrativeUnitOcopResolver,
  OcopCertificateResolver,
  CertificateVerificationResolver,
  ProducerResolver,
  LinkageResolver,
  RawMaterialAreaResolver,
  ProductListingResolver,
  OcopSummaryResolver,
] as const;
