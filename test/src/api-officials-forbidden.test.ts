import { today } from '@ocop/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, type Client, type Loose, type TypedDocument } from './client';
import { DEMO } from './demo-accounts';
import { OFFICIAL_TABLES, startDemoPlatform, tableState, type DemoPlatform } from './demo-platform';
import { gql } from './gql';

/** A field, its document and variables: documents of many types in one list. */
type Attempt = [string, TypedDocument<Loose, Loose>, Record<string, unknown>];

/**
 * A producer editor keeps listings; recording the programmes is the officials'. Every officials'
 * mutation and the audit view, called by the demo cooperative on objects of its own province (even
 * its own producer): FORBIDDEN, nothing written, each attempt audited as denied.
 */
describe('a producer editor calls every officials’ mutation', () => {
  let p: DemoPlatform;
  let editor: Client;
  let ids: Record<string, string>;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_officials_forbidden');
    editor = await p.logIn(DEMO.producerEditor);
    const one = async (sql: string, params: unknown[] = []) =>
      (await p.db.query<{ id: string }>(sql, params)).rows[0]!.id;
    const ownProducer = await one(
      `SELECT r.producer_id AS id FROM role_assignment r JOIN app_user u ON u.id = r.user_id
       WHERE u.email_normalized = $1`,
      [DEMO.producerEditor],
    );
    ids = {
      producer: ownProducer,
      product: await one(`SELECT id FROM ocop_product WHERE producer_id = $1 ORDER BY id LIMIT 1`, [
        ownProducer,
      ]),
      commune: await one(
        `SELECT c.id FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
         WHERE c.level = 'commune' AND c.valid_to IS NULL AND p.code = '11' AND p.valid_to IS NULL ORDER BY c.code LIMIT 1`,
      ),
      set: await one(`SELECT id FROM criteria_set WHERE code = 'NTM-COMMUNE-2026-2030'`),
      recognition: await one(`SELECT id FROM recognition WHERE revoked_on IS NULL ORDER BY id LIMIT 1`),
      certificate: await one(
        `SELECT c.id FROM ocop_certificate c JOIN ocop_product p ON p.id = c.product_id
         WHERE p.producer_id = $1 AND c.revoked_on IS NULL ORDER BY c.decision_date DESC LIMIT 1`,
        [ownProducer],
      ),
    };
  });
  afterAll(async () => {
    await p?.stop();
  });

  const attempts = (): Attempt[] => {
    const unitId = globalId('AdministrativeUnit', ids.commune!);
    return [
      [
        'evaluationRecord',
        gql(
          `mutation OfficialsForbiddenEvaluationRecord($input: EvaluationRecordInput!) { evaluationRecord(input: $input) { evaluation { id } userErrors { code } } }`,
        ),
        {
          input: {
            unitId,
            criteriaSetId: globalId('CriteriaSet', ids.set!),
            evaluatedOn: today(),
            results: [],
            idempotencyKey: 'editor-attempt-1',
          },
        },
      ],
      [
        'recognitionRecord',
        gql(
          `mutation OfficialsForbiddenRecognitionRecord($input: RecognitionRecordInput!) { recognitionRecord(input: $input) { recognition { id } userErrors { code } } }`,
        ),
        {
          input: {
            unitId,
            tier: 'STANDARD',
            standardYear: 2026,
            decisionNumber: '1/QĐ-UBND',
            decisionDate: today(),
            issuer: 'UBND tỉnh Điện Biên',
          },
        },
      ],
      [
        'recognitionRevoke',
        gql(
          `mutation OfficialsForbiddenRecognitionRevoke($input: RecognitionRevokeInput!) { recognitionRevoke(input: $input) { recognition { id } userErrors { code } } }`,
        ),
        {
          input: {
            id: globalId('Recognition', ids.recognition!),
            version: 1,
            revokedOn: today(),
            reason: 'thử',
          },
        },
      ],
      [
        'ocopCertificationRecord',
        gql(
          `mutation OfficialsForbiddenOcopCertificationRecord($input: OcopCertificationRecordInput!) { ocopCertificationRecord(input: $input) { certificate { id } userErrors { code } } }`,
        ),
        {
          input: {
            productId: globalId('OcopProduct', ids.product!),
            score: 95,
            decisionNumber: '5/QĐ',
            decisionDate: today(),
            certificateNumber: 'OCOP-SELF-5-STARS',
          },
        },
      ],
      [
        'ocopCertificateRevoke',
        gql(
          `mutation OfficialsForbiddenOcopCertificateRevoke($input: OcopCertificateRevokeInput!) { ocopCertificateRevoke(input: $input) { certificate { id } userErrors { code } } }`,
        ),
        {
          input: {
            id: globalId('OcopCertificate', ids.certificate!),
            version: 1,
            revokedOn: today(),
            reason: 'thử',
          },
        },
      ],
      [
        'producerCreate',
        gql(
          `mutation OfficialsForbiddenProducerCreate($input: ProducerCreateInput!) { producerCreate(input: $input) { producer { id } userErrors { code } } }`,
        ),
        { input: { name: 'HTX mới', type: 'COOPERATIVE', communeId: unitId } },
      ],
      [
        'producerUpdate',
        gql(
          `mutation OfficialsForbiddenProducerUpdate($input: ProducerUpdateInput!) { producerUpdate(input: $input) { producer { id } userErrors { code } } }`,
        ),
        {
          input: {
            id: globalId('Producer', ids.producer!),
            version: 1,
            name: 'Tên mới',
            taxCode: '0101010101',
          },
        },
      ],
      [
        'fundingRecord',
        gql(
          `mutation OfficialsForbiddenFundingRecord($input: FundingRecordInput!) { fundingRecord(input: $input) { fundingRecord { id } userErrors { code } } }`,
        ),
        { input: { unitId, year: 2026, programme: 'OCOP', source: 'ENTERPRISE', amountVnd: 1 } },
      ],
      [
        'auditLog',
        gql(`query OfficialsForbiddenAuditLog { auditLog(first: 5) { totalCount nodes { id } } }`),
        {},
      ],
    ];
  };

  it('every one is FORBIDDEN, nothing is written, and each attempt is audited as denied', async () => {
    const tables = [...OFFICIAL_TABLES, 'product_listing'];
    const before = await tableState(p.db, tables);
    const auditBefore = (await p.db.query<{ n: string }>(`SELECT max(id)::text AS n FROM audit_log`)).rows[0]!
      .n;
    const list = attempts();
    expect(list).toHaveLength(9);
    for (const [field, query, variables] of list) {
      const answer = await editor.request(query, variables);
      expect([field, answer.body.errors?.map((e) => e.extensions?.code)]).toEqual([field, ['FORBIDDEN']]);
      expect(answer.body.data?.[field] ?? null).toBeNull();
    }
    expect(await tableState(p.db, tables)).toEqual(before);
    const { rows } = await p.db.query<{ action: string; outcome: string; email: string; after: Loose }>(
      `SELECT a.action, a.outcome, u.email, a.after FROM audit_log a JOIN app_user u ON u.id = a.actor_user_id
       WHERE a.id > $1 ORDER BY a.id`,
      [auditBefore],
    );
    expect(rows.map((r) => [r.action, r.outcome, r.email, r.after.reason])).toEqual(
      list.map(([field]) => [field, 'denied', DEMO.producerEditor, 'FORBIDDEN']),
    );
  });

  it('even with unknown IDs and invalid values the answer is FORBIDDEN, never a user error that would tell something', async () => {
    const nowhere = globalId('AdministrativeUnit', '00000000-0000-4000-8000-000000000000');
    const before = await tableState(p.db, OFFICIAL_TABLES);
    const probes: Attempt[] = attempts()
      .filter(([field]) => field !== 'auditLog')
      .map(([field, query, variables]) => {
        const input = { ...(variables.input as Record<string, unknown>) };
        for (const key of ['unitId', 'communeId', 'productId', 'id']) if (key in input) input[key] = nowhere;
        if ('score' in input) input.score = 12;
        if ('amountVnd' in input) input.amountVnd = '-1';
        if ('decisionDate' in input) input.decisionDate = '2099-01-01';
        return [field, query, { input }];
      });
    for (const [field, query, variables] of probes) {
      const answer = await editor.request(query, variables);
      expect([field, answer.body.errors?.map((e) => e.extensions?.code)]).toEqual([field, ['FORBIDDEN']]);
    }
    expect(await tableState(p.db, OFFICIAL_TABLES)).toEqual(before);
  });

  it('the public: UNAUTHENTICATED for the mutations, FORBIDDEN for the audit log; nothing written', async () => {
    const before = await tableState(p.db, OFFICIAL_TABLES);
    const codes: string[] = [];
    for (const [, query, variables] of attempts()) {
      const answer = await p.client.request(query, variables);
      codes.push(String(answer.body.errors?.[0]?.extensions?.code));
    }
    expect(codes).toEqual([...Array(8).fill('UNAUTHENTICATED'), 'FORBIDDEN']);
    expect(await tableState(p.db, OFFICIAL_TABLES)).toEqual(before);
  });
});
