/**
 * The example operations the explorer opens with, one tab each: what partners do first (issue 14).
 * Each is validated against schema/schema.graphql by examples.test.ts, so a renamed field breaks
 * the build of the docs, not a partner's first try.
 */
export interface ExampleOperation {
  /** The tab's operation, with its name. */
  query: string;
  /** Its variables, as JSON text. */
  variables: string;
}

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    query: `# Một trang danh mục OCOP của một tỉnh, theo con trỏ (keyset): truyền pageInfo.endCursor vào $after.
# A page of a province's OCOP catalogue, by cursor: pass pageInfo.endCursor as $after for the next.
query CataloguePage($province: String!, $after: String) {
  ocopProducts(first: 20, after: $after, filter: { provinceCode: $province }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      stars
      updatedAt
      producer { id name }
      currentCertificate { certificateNumber status expiresOn }
    }
  }
}`,
    variables: JSON.stringify({ province: '11', after: null }, null, 2),
  },
  {
    query: `# Kiểm tra một số chứng nhận in trên nhãn. Check a certificate number printed on a label.
query CertificateCheck($number: String!) {
  verifyOcopCertificate(number: $number) {
    genuine
    status
    checkedOn
    expiredOn
    certificate { certificateNumber stars decisionDate expiresOn product { id name } }
    currentCertificate { certificateNumber }
  }
}`,
    variables: JSON.stringify({ number: 'OCOP-11-2025-0001' }, null, 2),
  },
  {
    query: `# Tiến độ nông thôn mới của một tỉnh vào một ngày (bỏ $asOf: hôm nay).
# New Rural Development progress of a province on a day (without $asOf: today).
query NtmProgress($province: String, $asOf: Date) {
  ntmProgress(provinceCode: $province, asOf: $asOf) {
    asOf
    communes
    atLeastStandard
    atLeastAdvanced
    atLeastModel
    averageCriteriaMet
  }
}`,
    variables: JSON.stringify({ province: '11', asOf: null }, null, 2),
  },
  {
    query: `# Dòng thay đổi: hỏi lại với pageInfo.endCursor; không bỏ sót, không lặp lại thay đổi nào.
# The change feed: poll again with pageInfo.endCursor; no change missed, none seen twice.
query ChangeFeed($after: String) {
  changes(after: $after, first: 50, types: [CERTIFICATE, PRODUCT, LISTING]) {
    nodes { cursor kind type reason occurredAt nodeId }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: JSON.stringify({ after: null }, null, 2),
  },
  {
    query: `# Ngân sách điểm còn lại (không tốn điểm). What is left of the hour's budget (costs nothing).
query Budget {
  rateLimit { limit used remaining resetAt }
}`,
    variables: '{}',
  },
];
