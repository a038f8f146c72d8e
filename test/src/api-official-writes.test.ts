import { addDays, addMonths, today } from '@ocop/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, type Client, type Loose, type TypedDocument } from './client';
import { DEMO } from './demo-accounts';
import {
  createUser,
  currentCommune,
  OFFICIAL_TABLES,
  startDemoPlatform,
  tableState,
  type DemoPlatform,
} from './demo-platform';
import { gql } from './gql';
import type { FundingRecordInput, ProducerCreateInput, RecognitionRecordInput } from './gql/graphql';

/** The day `n` days before the clock's today (OCOP_TODAY, else today in Vietnam). */
const daysAgo = (n: number): string => addDays(today(), -n);

const EVALUATION = gql(`mutation OfficialWritesEvaluationRecord($input: EvaluationRecordInput!) {
  evaluationRecord(input: $input) {
    evaluation { id evaluatedOn criteriaMet criteriaTotal progress unit { id } criteriaSet { code } }
    userErrors { field code message currentVersion }
  }
}`);
const RECOGNITION = gql(`mutation OfficialWritesRecognitionRecord($input: RecognitionRecordInput!) {
  recognitionRecord(input: $input) {
    recognition { id version tier standardYear decisionNumber decisionDate revokedOn }
    userErrors { field code message }
  }
}`);
const RECOGNITION_REVOKE = gql(`mutation OfficialWritesRecognitionRevoke($input: RecognitionRevokeInput!) {
  recognitionRevoke(input: $input) {
    recognition { id version revokedOn revocationReason }
    userErrors { field code message currentVersion }
  }
}`);
const CERTIFICATION =
  gql(`mutation OfficialWritesOcopCertificationRecord($input: OcopCertificationRecordInput!) {
  ocopCertificationRecord(input: $input) {
    certificate { id version certificateNumber score stars decisionDate expiresOn issuerLevel issuerName status }
    userErrors { field code message }
  }
}`);
const CERTIFICATE_REVOKE =
  gql(`mutation OfficialWritesOcopCertificateRevoke($input: OcopCertificateRevokeInput!) {
  ocopCertificateRevoke(input: $input) {
    certificate { id version revokedOn status }
    userErrors { field code message currentVersion }
  }
}`);
const PRODUCER_CREATE = gql(`mutation OfficialWritesProducerCreate($input: ProducerCreateInput!) {
  producerCreate(input: $input) {
    producer { id version name type contact { phone address representative } establishedYear }
    userErrors { field code message }
  }
}`);
const PRODUCER_UPDATE = gql(`mutation OfficialWritesProducerUpdate($input: ProducerUpdateInput!) {
  producerUpdate(input: $input) {
    producer { id version name contact { phone } }
    userErrors { field code message currentVersion }
  }
}`);
const FUNDING = gql(`mutation OfficialWritesFundingRecord($input: FundingRecordInput!) {
  fundingRecord(input: $input) {
    fundingRecord { id year programme source amountVnd purpose unit { id } }
    userErrors { field code message }
  }
}`);
const AUDIT = gql(`query OfficialWritesAuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id occurredAt action entityType entityId outcome before after requestId actor { id displayName email } unit { id } }
  }
}`);

interface AuditRow {
  id: string;
  action: string;
  entity_id: string | null;
  outcome: string;
  before: Record<string, unknown> | null;
  after: Record<string, Loose> | null;
  unit_id: string | null;
  request_id: string | null;
}

describe('officials record the programmes inside their unit', () => {
  let p: DemoPlatform;
  let official: Client;
  let admin: Client;
  let dienBien: { id: string; name: string };
  let laiChau: { id: string; name: string };
  let setId: string;
  let criteria: { id: string; number: number }[];
  let villageSetId: string;
  let product: { id: string; latest: string; certificate_id: string };

  const audits = async (action: string): Promise<AuditRow[]> =>
    (
      await p.db.query<AuditRow>(
        `SELECT id::text, action, entity_id, outcome, before, after, unit_id, request_id FROM audit_log
         WHERE action = $1 ORDER BY id`,
        [action],
      )
    ).rows;
  const count = async (table: string): Promise<number> =>
    (await p.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_official_writes');
    official = await p.logIn(DEMO.provinceOfficial);
    admin = await p.logIn(DEMO.administrator);
    dienBien = await currentCommune(p.db, '11');
    laiChau = await currentCommune(p.db, '12');
    const sets = await p.db.query<{ id: string; code: string; unit_level: string }>(
      `SELECT id, code, unit_level FROM criteria_set ORDER BY code`,
    );
    setId = sets.rows.find((s) => s.code === 'NTM-COMMUNE-2026-2030')!.id;
    villageSetId = sets.rows.find((s) => s.unit_level === 'village')!.id;
    criteria = (
      await p.db.query<{ id: string; number: number }>(
        `SELECT id, number FROM criterion WHERE criteria_set_id = $1 ORDER BY number`,
        [setId],
      )
    ).rows;
    // A Điện Biên product whose current certificate is valid today and decided over a month ago.
    const products = await p.db.query<{ id: string; latest: string; certificate_id: string }>(
      `SELECT p.id, c.decision_date::text AS latest, c.id AS certificate_id
       FROM ocop_product p JOIN LATERAL (
         SELECT * FROM ocop_certificate c WHERE c.product_id = p.id ORDER BY decision_date DESC LIMIT 1) c ON true
       WHERE p.deleted_at IS NULL AND p.origin_commune_id IS NOT NULL AND c.decision_date < $1
         AND ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $2) = 'valid'
       ORDER BY p.id LIMIT 1`,
      [daysAgo(40), today()],
    );
    // Undefined when the demo data has none on the clock's day: the tests that need it say so.
    product = products.rows[0]!;
  });
  const needProduct = () => {
    if (!product) {
      throw new Error(
        `the demo data has no Điện Biên product with a certificate valid on ${today()} decided 40+ days before`,
      );
    }
  };
  afterAll(async () => {
    await p?.stop();
  });

  const results = (met: number) =>
    criteria.map((c, i) => ({
      criterionId: globalId('Criterion', c.id),
      met: i < met,
      note: i < met ? null : 'Chưa đạt',
    }));

  it('evaluationRecord refuses results that do not cover the set exactly, and says which', async () => {
    const before = await tableState(p.db, OFFICIAL_TABLES);
    const otherCriterion = (
      await p.db.query<{ id: string }>(`SELECT id FROM criterion WHERE criteria_set_id <> $1 LIMIT 1`, [
        setId,
      ])
    ).rows[0]!.id;
    const partial = results(10).slice(0, 8);
    const answer = await official.request(EVALUATION, {
      input: {
        unitId: globalId('AdministrativeUnit', dienBien.id),
        criteriaSetId: globalId('CriteriaSet', setId),
        evaluatedOn: daysAgo(3),
        results: [...partial, partial[0]!, { criterionId: globalId('Criterion', otherCriterion), met: true }],
      },
    });
    const payload = answer.body.data!.evaluationRecord;
    expect(payload.evaluation).toBeNull();
    expect(payload.userErrors.map((e: Loose) => [e.field, e.code])).toEqual([
      [['input', 'results', '8', 'criterionId'], 'DUPLICATE'],
      [['input', 'results', '9', 'criterionId'], 'NOT_FOUND'],
      [['input', 'results'], 'REQUIRED'],
    ]);
    expect(payload.userErrors[2]!.message).toContain('9, 10');

    const village = await official.request(EVALUATION, {
      input: {
        unitId: globalId('AdministrativeUnit', dienBien.id),
        criteriaSetId: globalId('CriteriaSet', villageSetId),
        evaluatedOn: daysAgo(3),
        results: results(10),
      },
    });
    expect(village.body.data!.evaluationRecord.userErrors[0]).toMatchObject({
      field: ['input', 'criteriaSetId'],
      code: 'INVALID',
    });
    const future = await official.request(EVALUATION, {
      input: {
        unitId: globalId('AdministrativeUnit', dienBien.id),
        criteriaSetId: globalId('CriteriaSet', setId),
        evaluatedOn: '2099-01-01',
        results: results(10),
      },
    });
    expect(future.body.data!.evaluationRecord.userErrors[0]).toMatchObject({
      field: ['input', 'evaluatedOn'],
      code: 'OUT_OF_RANGE',
    });
    expect(await tableState(p.db, OFFICIAL_TABLES)).toEqual(before);
    expect((await audits('evaluationRecord')).map((a) => a.outcome)).toEqual([
      'rejected',
      'rejected',
      'rejected',
    ]);
  });

  it('evaluationRecord records an evaluation once, however often it is retried, visible and audited', async () => {
    const [evaluations, resultRows] = [await count('evaluation'), await count('criterion_result')];
    const input = {
      unitId: globalId('AdministrativeUnit', dienBien.id),
      criteriaSetId: globalId('CriteriaSet', setId),
      evaluatedOn: daysAgo(3),
      results: results(7),
      assessor: 'Văn phòng Điều phối NTM tỉnh Điện Biên',
      idempotencyKey: 'eval-dien-bien-0001',
    };
    const first = await official.request(EVALUATION, { input });
    const retry = await official.request(EVALUATION, { input });
    const evaluation = first.body.data!.evaluationRecord.evaluation;
    expect(first.body.data!.evaluationRecord.userErrors).toEqual([]);
    expect(evaluation).toMatchObject({
      evaluatedOn: daysAgo(3),
      criteriaMet: 7,
      criteriaTotal: 10,
      progress: '7/10',
      unit: { id: globalId('AdministrativeUnit', dienBien.id) },
      criteriaSet: { code: 'NTM-COMMUNE-2026-2030' },
    });
    expect(retry.body.data!.evaluationRecord.evaluation!.id).toBe(evaluation!.id);
    expect(await count('evaluation')).toBe(evaluations + 1);
    expect(await count('criterion_result')).toBe(resultRows + 10);

    // Public: anybody reads it through the unit.
    const pub = await p.client.request(
      gql(
        `query OfficialWritesNode($id: ID!) { node(id: $id) { ... on AdministrativeUnit { evaluations { id progress results { met criterion { number } } } } } }`,
      ),
      { id: globalId('AdministrativeUnit', dienBien.id) },
    );
    const seen = pub.body.data!.node!.evaluations.find((e: Loose) => e.id === evaluation!.id);
    expect(seen!.progress).toBe('7/10');
    expect(seen!.results.filter((r: Loose) => r.met).map((r: Loose) => r.criterion.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);

    const applied = (await audits('evaluationRecord')).filter((a) => a.outcome === 'applied');
    expect(applied).toHaveLength(1);
    expect(applied[0]!).toMatchObject({ unit_id: dienBien.id, before: null, request_id: first.requestId });
    expect(applied[0]!.after!.results).toHaveLength(10);
    expect(globalId('Evaluation', applied[0]!.entity_id!)).toBe(evaluation!.id);
  });

  it('recognitionRecord and recognitionRevoke: standard year apart from the decision, conflicts on a stale version', async () => {
    const unitId = globalId('AdministrativeUnit', dienBien.id);
    const base: Omit<RecognitionRecordInput, 'standardYear'> = {
      unitId,
      tier: 'STANDARD',
      criteriaSetId: globalId('CriteriaSet', setId),
      decisionNumber: '999/QĐ-UBND',
      decisionDate: daysAgo(2),
      issuer: 'UBND tỉnh Điện Biên',
    };
    const late = await official.request(RECOGNITION, { input: { ...base, standardYear: 2099 } });
    expect(late.body.data!.recognitionRecord.userErrors[0]).toMatchObject({
      field: ['input', 'standardYear'],
      code: 'OUT_OF_RANGE',
    });
    const before = await count('recognition');
    const recorded = await official.request(RECOGNITION, {
      input: { ...base, standardYear: 2026, idempotencyKey: 'recognition-0001' },
    });
    const recognition = recorded.body.data!.recognitionRecord.recognition;
    expect(recorded.body.data!.recognitionRecord.userErrors).toEqual([]);
    expect(recognition).toMatchObject({ version: 1, tier: 'STANDARD', standardYear: 2026, revokedOn: null });
    const retry = await official.request(RECOGNITION, {
      input: { ...base, standardYear: 2026, idempotencyKey: 'recognition-0001' },
    });
    expect(retry.body.data!.recognitionRecord.recognition!.id).toBe(recognition!.id);
    const twin = await official.request(RECOGNITION, { input: { ...base, standardYear: 2026 } });
    expect(twin.body.data!.recognitionRecord.userErrors[0]!.code).toBe('DUPLICATE');
    expect(await count('recognition')).toBe(before + 1);
    const status = async () =>
      (
        await p.client.request(
          gql(
            `query OfficialWritesNode2($id: ID!) { node(id: $id) { ... on AdministrativeUnit { ntmStatus } } }`,
          ),
          {
            id: unitId,
          },
        )
      ).body.data!.node!.ntmStatus;
    expect(await status()).toBe('STANDARD');

    const stale = await official.request(RECOGNITION_REVOKE, {
      input: { id: recognition!.id, version: 0, revokedOn: daysAgo(1), reason: 'Sai sót hồ sơ' },
    });
    expect(stale.body.data!.recognitionRevoke.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT', currentVersion: 1 }),
    ]);
    const revoked = await official.request(RECOGNITION_REVOKE, {
      input: { id: recognition!.id, version: 1, revokedOn: daysAgo(1), reason: 'Sai sót hồ sơ' },
    });
    expect(revoked.body.data!.recognitionRevoke).toMatchObject({
      recognition: { version: 2, revokedOn: daysAgo(1), revocationReason: 'Sai sót hồ sơ' },
      userErrors: [],
    });
    expect(await status()).toBe('NONE');
    const audit = (await audits('recognitionRevoke')).map((a) => [
      a.outcome,
      a.before?.version,
      a.after?.version,
    ]);
    expect(audit).toEqual([
      ['rejected', undefined, undefined],
      ['applied', 1, 2],
    ]);
  });

  it('ocopCertificationRecord: stars by the bands of Decision 148, 36 months, the old certificate superseded', async () => {
    needProduct();
    const productId = globalId('OcopProduct', product.id);
    const certify = (score: number, decisionDate: string, certificateNumber: string) =>
      official.request(CERTIFICATION, {
        input: { productId, score, decisionNumber: `${score}/QĐ-UBND`, decisionDate, certificateNumber },
      });
    const before = await tableState(p.db, OFFICIAL_TABLES);
    const refused = await certify(45, daysAgo(30), 'OCOP-TEST-45');
    expect(refused.body.data!.ocopCertificationRecord).toEqual({
      certificate: null,
      userErrors: [expect.objectContaining({ field: ['input', 'score'], code: 'OUT_OF_RANGE' })],
    });
    expect(await tableState(p.db, OFFICIAL_TABLES)).toEqual(before);
    // Half points are given (76,5/100); finer than a tenth is not a score a council gives.
    const tooFine = await certify(69.55, daysAgo(30), 'OCOP-TEST-69-55');
    expect(tooFine.body.data!.ocopCertificationRecord).toEqual({
      certificate: null,
      userErrors: [expect.objectContaining({ field: ['input', 'score'], code: 'INVALID' })],
    });
    expect(await tableState(p.db, OFFICIAL_TABLES)).toEqual(before);

    const bands: [number, number][] = [
      [69.5, 3],
      [70, 4],
      [89.9, 4],
      [90, 5],
      [50, 3],
    ];
    const issued: Loose[] = [];
    for (const [i, [score, stars]] of bands.entries()) {
      const decisionDate = daysAgo(30 - i);
      const answer = await certify(score, decisionDate, `OCOP-TEST-${i}`);
      const certificate = answer.body.data!.ocopCertificationRecord.certificate;
      expect(answer.body.data!.ocopCertificationRecord.userErrors).toEqual([]);
      expect(certificate).toMatchObject({
        score,
        stars,
        decisionDate,
        expiresOn: addMonths(decisionDate, 36),
        status: 'VALID',
        issuerLevel: stars === 5 ? 'NATIONAL' : 'PROVINCE',
        version: 1,
      });
      issued.push(certificate);
    }
    expect(issued[0].issuerName).toBe('UBND tỉnh Điện Biên');
    // Each superseded the one before it, and the demo's valid certificate the first.
    const { rows } = await p.db.query<{
      id: string;
      superseded_on: string | null;
      superseded_by_id: string | null;
    }>(
      `SELECT id, superseded_on::text, superseded_by_id FROM ocop_certificate WHERE product_id = $1
       ORDER BY decision_date`,
      [product.id],
    );
    const chain = rows.slice(rows.findIndex((r) => r.id === product.certificate_id));
    expect(chain.map((r) => r.superseded_by_id && globalId('OcopCertificate', r.superseded_by_id))).toEqual([
      ...issued.map((c) => c.id),
      null,
    ]);
    const pub = await p.client.request(
      gql(
        `query OfficialWritesOcopProduct($id: ID!) { ocopProduct(id: $id) { stars currentCertificate { id stars status } certificates { id status } } }`,
      ),
      { id: productId },
    );
    expect(pub.body.data!.ocopProduct!.currentCertificate).toEqual({
      id: issued[4].id,
      stars: 3,
      status: 'VALID',
    });
    expect(
      pub.body
        .data!.ocopProduct!.certificates.filter((c: Loose) => c.status === 'SUPERSEDED')
        .map((c: Loose) => c.id),
    ).toEqual(
      expect.arrayContaining([
        globalId('OcopCertificate', product.certificate_id),
        ...issued.slice(0, 4).map((c) => c.id),
      ]),
    );

    // A number is unique; a decision must come after the product's latest.
    const duplicate = await certify(75, daysAgo(10), 'OCOP-TEST-0');
    expect(duplicate.body.data!.ocopCertificationRecord.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'certificateNumber'], code: 'DUPLICATE' }),
    ]);
    const earlier = await certify(75, daysAgo(60), 'OCOP-TEST-X');
    expect(earlier.body.data!.ocopCertificationRecord.userErrors[0]).toMatchObject({
      field: ['input', 'decisionDate'],
      code: 'OUT_OF_RANGE',
    });

    // Audited: five certificates and five supersessions, with before/after, under the product's commune.
    const applied = (await audits('ocopCertificationRecord')).filter((a) => a.outcome === 'applied');
    expect(applied).toHaveLength(10);
    const origin = (
      await p.db.query(`SELECT origin_commune_id FROM ocop_product WHERE id = $1`, [product.id])
    ).rows[0].origin_commune_id;
    expect(new Set(applied.map((a) => a.unit_id))).toEqual(new Set([origin]));
    const supersession = applied.find((a) => a.entity_id === product.certificate_id)!;
    expect(supersession.before!.superseded_by_id).toBeNull();
    expect(globalId('OcopCertificate', supersession.after!.superseded_by_id)).toBe(issued[0].id);

    // Revocation: stale version → CONFLICT with the current one; then revoked, and the label check says so.
    const latest = issued[4];
    const stale = await official.request(CERTIFICATE_REVOKE, {
      input: { id: latest.id, version: 7, revokedOn: daysAgo(1), reason: 'Vi phạm chất lượng' },
    });
    expect(stale.body.data!.ocopCertificateRevoke.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', currentVersion: 1 }),
    ]);
    const revoked = await official.request(CERTIFICATE_REVOKE, {
      input: { id: latest.id, version: 1, revokedOn: daysAgo(1), reason: 'Vi phạm chất lượng' },
    });
    expect(revoked.body.data!.ocopCertificateRevoke).toEqual({
      certificate: { id: latest.id, version: 2, revokedOn: daysAgo(1), status: 'REVOKED' },
      userErrors: [],
    });
    const check = await p.client.request(
      gql(
        `query OfficialWritesVerifyOcopCertificate { verifyOcopCertificate(number: "OCOP-TEST-4") { genuine status } }`,
      ),
    );
    expect(check.body.data!.verifyOcopCertificate).toEqual({ genuine: true, status: 'REVOKED' });
    const revocations = await audits('ocopCertificateRevoke');
    expect(
      revocations.map((a) => [a.outcome, a.before?.revoked_on ?? null, a.after?.revoked_on ?? null]),
    ).toEqual([
      ['rejected', null, null],
      ['applied', null, daysAgo(1)],
    ]);
  });

  it('producerCreate and producerUpdate keep a producer of the unit, with its version', async () => {
    const before = await count('producer');
    const input: ProducerCreateInput = {
      name: 'HTX Chè Tủa Chùa (thử nghiệm)',
      type: 'COOPERATIVE',
      communeId: globalId('AdministrativeUnit', dienBien.id),
      phone: '0215 3812 345',
      address: 'Bản Sáng Tớ',
      representative: 'Giàng A Páo',
      taxCode: '5600123456',
      establishedYear: 2019,
      idempotencyKey: 'producer-create-0001',
    };
    const created = await official.request(PRODUCER_CREATE, { input });
    const again = await official.request(PRODUCER_CREATE, { input });
    const producer = created.body.data!.producerCreate.producer;
    expect(created.body.data!.producerCreate.userErrors).toEqual([]);
    expect(again.body.data!.producerCreate.producer!.id).toBe(producer!.id);
    expect(await count('producer')).toBe(before + 1);
    const pub = await p.client.request(
      gql(
        `query OfficialWritesProducer($id: ID!) { producer(id: $id) { name type version demo contact { phone address representative } commune { id } } }`,
      ),
      { id: producer!.id },
    );
    expect(pub.body.data!.producer).toEqual({
      name: input.name,
      type: 'COOPERATIVE',
      version: 1,
      // Recorded for real, on a platform whose other producers are all demo data.
      demo: false,
      contact: { phone: input.phone, address: input.address, representative: input.representative },
      commune: { id: input.communeId },
    });

    const badTax = await official.request(PRODUCER_UPDATE, {
      input: { id: producer!.id, version: 1, taxCode: '12' },
    });
    expect(badTax.body.data!.producerUpdate.userErrors[0]).toMatchObject({
      field: ['input', 'taxCode'],
      code: 'INVALID',
    });
    const stale = await official.request(PRODUCER_UPDATE, {
      input: { id: producer!.id, version: 0, phone: '0215 3999 999' },
    });
    expect(stale.body.data!.producerUpdate.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', currentVersion: 1 }),
    ]);
    const updated = await official.request(PRODUCER_UPDATE, {
      input: { id: producer!.id, version: 1, phone: '0215 3999 999' },
    });
    expect(updated.body.data!.producerUpdate).toEqual({
      producer: { id: producer!.id, version: 2, name: input.name, contact: { phone: '0215 3999 999' } },
      userErrors: [],
    });
    const applied = (await audits('producerUpdate')).filter((a) => a.outcome === 'applied');
    expect(
      applied.map((a) => [a.before!.phone, a.after!.phone, a.before!.version, a.after!.version, a.unit_id]),
    ).toEqual([[input.phone, '0215 3999 999', 1, 2, dienBien.id]]);
  });

  it('fundingRecord records an amount in whole đồng, visible to the public', async () => {
    const unitId = globalId('AdministrativeUnit', dienBien.id);
    const negative = await official.request(FUNDING, {
      input: { unitId, year: 2026, programme: 'OCOP', source: 'LOCAL_BUDGET', amountVnd: '-5' },
    });
    expect(negative.body.data!.fundingRecord.userErrors[0]).toMatchObject({
      field: ['input', 'amountVnd'],
      code: 'INVALID',
    });
    const input: FundingRecordInput = {
      unitId,
      year: 2026,
      programme: 'OCOP',
      source: 'LOCAL_BUDGET',
      amountVnd: 1_250_000_000,
      purpose: 'Hỗ trợ bao bì, nhãn mác sản phẩm OCOP',
      idempotencyKey: 'funding-0001',
    };
    const first = await official.request(FUNDING, { input });
    const retry = await official.request(FUNDING, { input });
    const record = first.body.data!.fundingRecord.fundingRecord;
    expect(record).toMatchObject({
      year: 2026,
      programme: 'OCOP',
      amountVnd: 1_250_000_000,
      unit: { id: unitId },
    });
    expect(retry.body.data!.fundingRecord.fundingRecord!.id).toBe(record!.id);
    expect(
      (await p.db.query(`SELECT amount_vnd::text FROM funding_record WHERE unit_id = $1`, [dienBien.id]))
        .rows,
    ).toEqual([{ amount_vnd: '1250000000' }]);
    const pub = await p.client.request(
      gql(
        `query OfficialWritesFundingRecords($id: ID!) { fundingRecords(unitId: $id, year: 2026) { id amountVnd purpose } }`,
      ),
      {
        id: unitId,
      },
    );
    expect(pub.body.data!.fundingRecords).toEqual([
      { id: record!.id, amountVnd: 1_250_000_000, purpose: input.purpose },
    ]);
    expect((await audits('fundingRecord')).map((a) => [a.outcome, a.unit_id])).toEqual([
      ['rejected', dienBien.id],
      ['applied', dienBien.id],
    ]);
  });

  it('outside their province: FORBIDDEN, nothing written, each attempt audited denied under that unit', async () => {
    // A product of another province, so that a certification outside can be tried too.
    const { rows: made } = await p.db.query<{ id: string }>(
      `WITH pr AS (INSERT INTO producer (name, type, commune_id) VALUES ('HTX Lai Châu (thử)', 'cooperative', $1) RETURNING id)
       INSERT INTO ocop_product (name, producer_id, origin_commune_id) SELECT 'Chè Lai Châu (thử)', id, $1 FROM pr RETURNING id`,
      [laiChau.id],
    );
    const outsideProducer = (
      await p.db.query<{ id: string }>(`SELECT producer_id AS id FROM ocop_product WHERE id = $1`, [
        made[0]!.id,
      ])
    ).rows[0]!.id;
    const unitId = globalId('AdministrativeUnit', laiChau.id);
    const before = await tableState(p.db, OFFICIAL_TABLES);
    const auditBefore = await count('audit_log');
    const attempts: [string, TypedDocument<Loose, Loose>, Record<string, unknown>][] = [
      [
        'evaluationRecord',
        EVALUATION,
        {
          unitId,
          criteriaSetId: globalId('CriteriaSet', setId),
          evaluatedOn: daysAgo(3),
          results: results(10),
        },
      ],
      [
        'recognitionRecord',
        RECOGNITION,
        {
          unitId,
          tier: 'STANDARD',
          standardYear: 2026,
          decisionNumber: '1/QĐ',
          decisionDate: daysAgo(2),
          issuer: 'UBND',
        },
      ],
      [
        'ocopCertificationRecord',
        CERTIFICATION,
        {
          productId: globalId('OcopProduct', made[0]!.id),
          score: 80,
          decisionNumber: '2/QĐ',
          decisionDate: daysAgo(2),
          certificateNumber: 'OCOP-12-OUT',
        },
      ],
      ['producerCreate', PRODUCER_CREATE, { name: 'HTX ngoài tỉnh', type: 'ENTERPRISE', communeId: unitId }],
      [
        'producerUpdate',
        PRODUCER_UPDATE,
        { id: globalId('Producer', outsideProducer), version: 1, name: 'Đổi tên' },
      ],
      [
        'fundingRecord',
        FUNDING,
        {
          unitId,
          year: 2026,
          programme: 'NTM',
          source: 'CREDIT',
          amountVnd: 1000,
          idempotencyKey: 'outside-0001',
        },
      ],
    ];
    for (const [action, mutation, input] of attempts) {
      const answer = await official.request(mutation, { input });
      expect([action, answer.body.errors?.[0]?.extensions?.code]).toEqual([action, 'FORBIDDEN']);
      expect(answer.body.data?.[action] ?? null).toBeNull();
    }
    expect(await tableState(p.db, OFFICIAL_TABLES)).toEqual(before);
    const { rows: denied } = await p.db.query<{ action: string; outcome: string; unit_id: string }>(
      `SELECT action, outcome, unit_id FROM audit_log ORDER BY id OFFSET $1`,
      [auditBefore],
    );
    expect(denied).toEqual(attempts.map(([action]) => ({ action, outcome: 'denied', unit_id: laiChau.id })));
  });

  it('auditLog: an official sees their province and their own attempts, the administrator everything; pages never repeat', async () => {
    const laiChauProvince = (
      await p.db.query<{ id: string }>(
        `SELECT id FROM admin_unit WHERE level = 'province' AND code = '12' AND valid_to IS NULL`,
      )
    ).rows[0]!.id;
    const laiChauUser = await createUser(
      p.db,
      'ocop.laichau@test.ocop.vn',
      'province_official',
      laiChauProvince,
    );
    const laiChauOfficial = await p.logIn('ocop.laichau@test.ocop.vn');
    const recorded = await laiChauOfficial.request(FUNDING, {
      input: {
        unitId: globalId('AdministrativeUnit', laiChau.id),
        year: 2026,
        programme: 'NTM',
        source: 'COMMUNITY',
        amountVnd: 5000,
      },
    });
    expect(recorded.body.data!.fundingRecord.userErrors).toEqual([]);

    // A cooperative's listing change is audited under its product's commune: Điện Biên's officials see it.
    const editor = await p.logIn(DEMO.producerEditor);
    const { rows: listings } = await p.db.query<{ id: string; version: number; origin_commune_id: string }>(
      `SELECT l.id, l.version, p.origin_commune_id FROM product_listing l JOIN ocop_product p ON p.id = l.product_id
       JOIN role_assignment r ON r.producer_id = p.producer_id JOIN app_user u ON u.id = r.user_id
       WHERE u.email_normalized = $1 ORDER BY l.id LIMIT 1`,
      [DEMO.producerEditor],
    );
    const listing = listings[0]!;
    const changed = await editor.request(
      gql(
        `mutation OfficialWritesProductListingUpdate($input: ProductListingUpdateInput!) { productListingUpdate(input: $input) { userErrors { code } } }`,
      ),
      { input: { id: globalId('ProductListing', listing.id), version: listing.version, priceVnd: 123000 } },
    );
    expect(changed.body.data!.productListingUpdate.userErrors).toEqual([]);
    const listingAudit = (await audits('productListingUpdate')).at(-1)!;
    expect(listingAudit).toMatchObject({ outcome: 'applied', unit_id: listing.origin_commune_id });

    const walk = async (as: Client, first: number, filter?: Record<string, unknown>) => {
      const ids: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let page = 0; page < 1000; page++) {
        const answer: Loose = await as.request(AUDIT, { first, after, filter });
        expect(answer.body.errors).toBeUndefined();
        const log = answer.body.data.auditLog;
        total = log.totalCount;
        ids.push(...log.nodes.map((n: Loose) => n.id));
        if (!log.pageInfo.hasNextPage) break;
        after = log.pageInfo.endCursor;
      }
      return { ids, total };
    };
    // Expected from the rows themselves: the unit's province (before or after the reform) has code 11.
    const { rows: expectedRows } = await p.db.query<{ id: string }>(
      `WITH RECURSIVE up AS (
         SELECT a.id AS entry, u.id, u.parent_id, u.level, u.code FROM audit_log a JOIN admin_unit u ON u.id = a.unit_id
         UNION ALL
         SELECT up.entry, u.id, u.parent_id, u.level, u.code FROM up JOIN admin_unit u ON u.id = up.parent_id
       )
       SELECT a.id::text FROM audit_log a
       WHERE a.actor_user_id = (SELECT id FROM app_user WHERE email_normalized = $1)
          OR a.id IN (SELECT entry FROM up WHERE level = 'province' AND code = '11')
       ORDER BY a.id DESC`,
      [DEMO.provinceOfficial],
    );
    const dienBienView = await walk(official, 7);
    expect(dienBienView.ids).toEqual(expectedRows.map((r) => r.id));
    expect(dienBienView.total).toBe(expectedRows.length);
    expect(dienBienView.ids).toContain(listingAudit.id);
    const laiChauFunding = (
      await p.db.query<{ id: string }>(
        `SELECT id::text FROM audit_log WHERE actor_user_id = $1 AND action = 'fundingRecord'`,
        [laiChauUser],
      )
    ).rows.map((r) => r.id);
    expect(laiChauFunding).toHaveLength(1);
    expect(dienBienView.ids).not.toContain(laiChauFunding[0]);

    // The Lai Châu official sees their own entry and the attempts made on their units, not Điện Biên's records.
    const laiChauView = await walk(laiChauOfficial, 5);
    expect(laiChauView.ids).toContain(laiChauFunding[0]);
    const { rows: dienBienApplied } = await p.db.query<{ id: string }>(
      `SELECT id::text FROM audit_log WHERE outcome = 'applied' AND unit_id IS NOT NULL AND actor_user_id <> $1`,
      [laiChauUser],
    );
    expect(dienBienApplied.length).toBeGreaterThan(10);
    expect(laiChauView.ids.filter((id) => dienBienApplied.some((r) => r.id === id))).toEqual([]);

    // The administrator: everything, newest first, each entry once.
    const adminView = await walk(admin, 9);
    const all = (
      await p.db.query<{ id: string }>(`SELECT a.id::text AS id FROM audit_log a ORDER BY a.id DESC`)
    ).rows;
    // The walk itself reads, it does not write: the log is the same before and after it.
    expect(adminView.ids).toEqual(all.map((r) => r.id));
    expect(new Set(adminView.ids).size).toBe(adminView.ids.length);
    expect(adminView.total).toBe(all.length);

    // Filters, and the shape of an entry.
    const filtered: Loose = await official.request(AUDIT, {
      first: 50,
      filter: { action: 'producerUpdate', outcome: 'APPLIED' },
    });
    const [entry] = filtered.body.data.auditLog.nodes;
    expect(filtered.body.data.auditLog.totalCount).toBe(1);
    expect(entry).toMatchObject({
      action: 'producerUpdate',
      entityType: 'Producer',
      outcome: 'APPLIED',
      before: expect.objectContaining({ version: 1 }),
      after: expect.objectContaining({ version: 2, phone: '0215 3999 999' }),
      actor: { email: DEMO.provinceOfficial, displayName: expect.any(String), id: expect.any(String) },
      unit: { id: globalId('AdministrativeUnit', dienBien.id) },
    });
    const byEntity: Loose = await official.request(AUDIT, {
      first: 50,
      filter: { entityId: entry.entityId },
    });
    expect(byEntity.body.data.auditLog.nodes.map((n: Loose) => n.action)).toEqual(
      expect.arrayContaining(['producerUpdate', 'producerCreate']),
    );
    const byActor: Loose = await admin.request(AUDIT, { first: 50, filter: { actorId: entry.actor.id } });
    expect(
      byActor.body.data.auditLog.nodes.every((n: Loose) => n.actor?.email === DEMO.provinceOfficial),
    ).toBe(true);
    const future: Loose = await admin.request(AUDIT, { first: 5, filter: { since: '2099-01-01T00:00:00Z' } });
    expect(future.body.data.auditLog.totalCount).toBe(0);
  });

  it('concurrent certifications of one product leave one valid certificate; concurrent revocations apply once', async () => {
    needProduct();
    // Another Điện Biên product with a valid certificate, so that the chain above stays as it was.
    const { rows } = await p.db.query<{ id: string }>(
      `SELECT p.id FROM ocop_product p JOIN LATERAL (
         SELECT * FROM ocop_certificate c WHERE c.product_id = p.id ORDER BY decision_date DESC LIMIT 1) c ON true
       WHERE p.deleted_at IS NULL AND p.origin_commune_id IS NOT NULL AND p.id <> $1 AND c.decision_date < $2
         AND ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $3) = 'valid'
       ORDER BY p.id LIMIT 1`,
      [product.id, daysAgo(40), today()],
    );
    if (!rows[0]) {
      throw new Error(`the demo data has no second Điện Biên product with a certificate valid on ${today()}`);
    }
    const productUuid = rows[0].id;
    const before = (
      await p.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ocop_certificate WHERE product_id = $1`,
        [productUuid],
      )
    ).rows[0]!.n;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        official.request(CERTIFICATION, {
          input: {
            productId: globalId('OcopProduct', productUuid),
            score: 60 + i,
            decisionNumber: `${i}/QĐ-UBND`,
            decisionDate: daysAgo(20 - i),
            certificateNumber: `OCOP-RACE-${i}`,
          },
        }),
      ),
    );
    const applied = answers.filter((a) => a.body.data?.ocopCertificationRecord.certificate);
    const refused = answers.filter((a) => a.body.data?.ocopCertificationRecord.userErrors.length);
    expect(applied.length + refused.length).toBe(12);
    expect(applied.length).toBeGreaterThan(0);
    for (const a of refused) {
      expect(a.body.data!.ocopCertificationRecord.userErrors[0]!.field).toEqual(['input', 'decisionDate']);
    }
    const { rows: states } = await p.db.query<{ status: string; n: number }>(
      `SELECT ocop_certificate_status(decision_date, expires_on, revoked_on, superseded_on, $2) AS status,
              count(*)::int AS n
       FROM ocop_certificate WHERE product_id = $1 GROUP BY 1`,
      [productUuid, today()],
    );
    expect(states.find((r) => r.status === 'valid')?.n).toBe(1);
    const after = states.reduce((sum, r) => sum + r.n, 0);
    expect(after - before).toBe(applied.length);

    // Ten revocations of one recognition at the same version: one applies, nine are told CONFLICT.
    const recorded = await official.request(RECOGNITION, {
      input: {
        unitId: globalId('AdministrativeUnit', dienBien.id),
        tier: 'ADVANCED',
        standardYear: 2026,
        decisionNumber: '77/QĐ-UBND',
        decisionDate: daysAgo(5),
        issuer: 'UBND tỉnh Điện Biên',
      },
    });
    const id = recorded.body.data!.recognitionRecord.recognition!.id;
    const revokes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        official.request(RECOGNITION_REVOKE, {
          input: { id, version: 1, revokedOn: daysAgo(1), reason: `Lý do ${i}` },
        }),
      ),
    );
    const codes = revokes.map((a) => a.body.data!.recognitionRevoke.userErrors[0]?.code ?? 'APPLIED').sort();
    expect(codes).toEqual(['APPLIED', ...Array(9).fill('CONFLICT')]);
    const versions = revokes
      .map((a) => a.body.data!.recognitionRevoke.userErrors[0]?.currentVersion)
      .filter((v) => v !== undefined);
    expect(new Set(versions)).toEqual(new Set([2]));
    const uuid = Buffer.from(id, 'base64').toString('utf8').split(':')[1];
    const row = (await p.db.query(`SELECT version FROM recognition WHERE id = $1`, [uuid])).rows[0];
    expect(row.version).toBe(2);
    const auditRows = (
      await p.db.query<{ outcome: string; n: number }>(
        `SELECT outcome, count(*)::int AS n FROM audit_log WHERE action = 'recognitionRevoke' AND entity_id = $1
         GROUP BY outcome ORDER BY outcome`,
        [uuid],
      )
    ).rows;
    expect(auditRows).toEqual([
      { outcome: 'applied', n: 1 },
      { outcome: 'rejected', n: 9 },
    ]);
  });

  it('a commune official acts on the communes merged into theirs, and nowhere else in the province', async () => {
    // A commune of today in Điện Biên formed from at least one pre-2025 commune.
    const { rows } = await p.db.query<{ commune: string; predecessor: string; valid_to: string }>(
      `SELECT c.id AS commune, old.id AS predecessor, old.valid_to::text AS valid_to
       FROM admin_unit c JOIN admin_unit pr ON pr.id = c.parent_id
       JOIN unit_lineage l ON l.to_unit_id = c.id JOIN admin_unit old ON old.id = l.from_unit_id
       WHERE c.level = 'commune' AND c.valid_to IS NULL AND pr.code = '11' AND old.level = 'commune'
       ORDER BY c.code, old.code LIMIT 1`,
    );
    const { commune, predecessor, valid_to } = rows[0]!;
    await createUser(p.db, 'xa.official@test.ocop.vn', 'commune_official', commune);
    const communeOfficial = await p.logIn('xa.official@test.ocop.vn');
    const set2021 = (
      await p.db.query<{ id: string }>(`SELECT id FROM criteria_set WHERE code = 'NTM-COMMUNE-2021-2025'`)
    ).rows[0]!.id;
    const criteria2021 = (
      await p.db.query<{ id: string }>(
        `SELECT id FROM criterion WHERE criteria_set_id = $1 ORDER BY number`,
        [set2021],
      )
    ).rows;
    const dayBefore = new Date(`${valid_to}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 30);
    const onPredecessor = await communeOfficial.request(EVALUATION, {
      input: {
        unitId: globalId('AdministrativeUnit', predecessor),
        criteriaSetId: globalId('CriteriaSet', set2021),
        evaluatedOn: dayBefore.toISOString().slice(0, 10),
        results: criteria2021.map((c) => ({ criterionId: globalId('Criterion', c.id), met: true })),
      },
    });
    expect(onPredecessor.body.data!.evaluationRecord).toMatchObject({
      evaluation: { progress: `${criteria2021.length}/${criteria2021.length}` },
      userErrors: [],
    });
    // The old commune existed until the reform only: an evaluation of it today is refused.
    const afterReform = await communeOfficial.request(EVALUATION, {
      input: {
        unitId: globalId('AdministrativeUnit', predecessor),
        criteriaSetId: globalId('CriteriaSet', set2021),
        evaluatedOn: daysAgo(1),
        results: criteria2021.map((c) => ({ criterionId: globalId('Criterion', c.id), met: true })),
      },
    });
    expect(afterReform.body.data!.evaluationRecord.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'evaluatedOn'], code: 'OUT_OF_RANGE' }),
    ]);
    const elsewhere = (
      await p.db.query<{ id: string }>(
        `SELECT c.id FROM admin_unit c JOIN admin_unit pr ON pr.id = c.parent_id
         WHERE c.level = 'commune' AND c.valid_to IS NULL AND pr.code = '11' AND c.id <> $1 ORDER BY c.code LIMIT 1`,
        [commune],
      )
    ).rows[0]!.id;
    const before = await count('funding_record');
    const outside = await communeOfficial.request(FUNDING, {
      input: {
        unitId: globalId('AdministrativeUnit', elsewhere),
        year: 2026,
        programme: 'NTM',
        source: 'COMMUNITY',
        amountVnd: 1,
      },
    });
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count('funding_record')).toBe(before);
  });
});
