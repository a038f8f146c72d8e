import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { ocopCertificateService as certificates } from './ocop-certificate.service';
import type { OcopCertificate } from './ocop-certificate.type';

/**
 * Per-request loaders (listed in ocop-certificate.module.ts): one SQL statement per kind of read and
 * per tick.
 */
export function createOcopCertificateLoaders(db: EntityManager) {
  return {
    ocopCertificateById: new DataLoader<string, OcopCertificate | null>((ids) =>
      certificates.findByIds(db, ids),
    ),
    ocopCertificatesByProductId: new DataLoader<string, OcopCertificate[]>((ids) =>
      certificates.findByProductIds(db, ids),
    ),
    /** Usually primed by the product reads, which select the current certificate in the same statement. */
    currentOcopCertificateByProductId: new DataLoader<string, OcopCertificate | null>((ids) =>
      certificates.findCurrentByProductIds(db, ids),
    ),
  };
}
