import { today } from '@ocop/db';
import { expect } from 'vitest';
import type { TypedDocument } from '../client';
import { gql } from '../gql';
import { graphql } from '../graphql-client';

/**
 * What the browser tests expect, read from the platform's API over HTTP (never from the portal's
 * own code): products, their current certificates and statuses, certificate numbers.
 */

export type Status = 'VALID' | 'EXPIRED' | 'REVOKED' | 'SUPERSEDED';

export interface ProductFact {
  id: string;
  name: string;
  currentCertificate: { certificateNumber: string; status: Status | null; expiresOn: string } | null;
}

const PRODUCTS = gql(`
  query BrowserProducts($filter: OcopProductFilter!, $after: String) {
    ocopProducts(first: 100, after: $after, filter: $filter, orderBy: { field: NAME }) {
      nodes { id name currentCertificate { certificateNumber status expiresOn } }
      pageInfo { hasNextPage endCursor }
    }
  }`);

async function query<T, V>(document: TypedDocument<T, V>, variables: V): Promise<T> {
  const { status, body } = await graphql(document, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!;
}

/** Every product whose current certificate has one of these statuses today. */
export async function productsWithStatus(...statuses: Status[]): Promise<ProductFact[]> {
  const all: ProductFact[] = [];
  let after: string | null = null;
  do {
    const data: {
      ocopProducts: { nodes: ProductFact[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await query(PRODUCTS, { filter: { certificateStatus: statuses }, after });
    all.push(...data.ocopProducts.nodes);
    after = data.ocopProducts.pageInfo.hasNextPage ? data.ocopProducts.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/** The product with exactly this name, whatever its certificate. */
export async function productNamed(name: string): Promise<ProductFact> {
  const all = await productsWithStatus('VALID', 'EXPIRED', 'REVOKED', 'SUPERSEDED');
  const product = all.find((p) => p.name === name);
  expect(product, `product "${name}" in the API`).toBeDefined();
  return product!;
}

/**
 * The badge a certificate must show today: the API's status, except that a certificate past its
 * expiry day never reads as valid.
 */
export function expectedBadge(certificate: ProductFact['currentCertificate']): Status | 'NONE' {
  if (!certificate?.status) return 'NONE';
  if (certificate.status === 'VALID' && certificate.expiresOn <= today()) return 'EXPIRED';
  return certificate.status;
}

/** The badge's words, as a reader sees them. */
export const BADGE_TEXT = {
  vi: {
    VALID: 'Còn hiệu lực',
    EXPIRED: 'Hết hạn',
    REVOKED: 'Đã thu hồi',
    SUPERSEDED: 'Đã được thay thế',
    NONE: 'Chưa chứng nhận',
  },
  en: {
    VALID: 'Valid',
    EXPIRED: 'Expired',
    REVOKED: 'Revoked',
    SUPERSEDED: 'Superseded',
    NONE: 'Not certified',
  },
} as const;

export interface VerificationFact {
  genuine: boolean;
  status: Status | null;
  message: string;
  messageEn: string;
  product: { name: string } | null;
}

/** The API's answer for a certificate number. */
export async function verification(number: string): Promise<VerificationFact> {
  const data = await query(
    gql(`query BrowserVerify($number: String!) {
      verifyOcopCertificate(number: $number) { genuine status message messageEn product { name } }
    }`),
    { number },
  );
  return data.verifyOcopCertificate;
}

/** Every certificate of a product, newest decision first, with its status today. */
export async function certificatesOf(
  productId: string,
): Promise<{ certificateNumber: string; status: Status | null }[]> {
  const data = await query(
    gql(
      `query BrowserCertificates($id: ID!) { ocopProduct(id: $id) { certificates { certificateNumber status } } }`,
    ),
    { id: productId },
  );
  return data.ocopProduct!.certificates;
}

/** The path of a product's page in the portal. */
export function productPath(id: string): string {
  return `/products/${encodeURIComponent(id)}`;
}
