/**
 * The changes of 2026-04-30 (Đồng Nai a centrally-run city, 10 of its communes wards, 00745
 * renamed) seen by the rules that read units by day: an official's scope, a certificate's
 * issuer, a province's NTM figures. Expectations come from the data files the platform imported
 * and the platform's day, and the rows are found by code in the platform's database.
 */
import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  adminUnitsDir,
  CHANGE_KINDS,
  createDatabase,
  dropDatabase,
  findFreePort,
  CHANGES_2026_DATE,
  readAdminUnitFiles,
  today as platformToday,
} from '@ocop/db';
import { unitWithin } from '@ocop/server/dist/common/authorization';
import { issuerOf } from '@ocop/server/dist/modules/ocop-certificate/ocop-certification-record.service';
import { client } from './client';
import { gql } from './gql';
import { graphql } from './graphql-client';
import { connectPlatformDatabase } from './ocop-test-db';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

const files = readAdminUnitFiles(adminUnitsDir());
const retyped = files.changes.filter(
  (c) =>
    c.level === 'commune' && c.change_kind === 'unit_type_changed' && CHANGE_KINDS[c.change_kind]!.applied,
);
const DONG_NAI = files.changes.find((c) => c.level === 'province' && c.change_kind === 'unit_type_changed')!;

type EntityManager = Parameters<typeof unitWithin>[0];

let db: Client;
/** The services take an EntityManager; they only call `query(sql, params)` on it. */
let em: EntityManager;

beforeAll(async () => {
  db = await connectPlatformDatabase();
  em = {
    query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows,
  } as unknown as EntityManager;
});
afterAll(() => db.end());

async function idOf(sql: string, params: unknown[]): Promise<string> {
  const { rows } = await db.query<{ id: string }>(sql, params);
  expect(rows, `${sql} ${JSON.stringify(params)}`).toHaveLength(1);
  return rows[0]!.id;
}

/** The rows of province 75 from the reform on: Tỉnh (2025) and Thành phố (2026). */
const provinceRow = (validFrom: string) =>
  idOf(`SELECT id FROM admin_unit WHERE level = 'province' AND code = $1 AND valid_from = $2`, [
    DONG_NAI.code,
    validFrom,
  ]);

describe('Đồng Nai, re-typed on 2026-04-30', () => {
  it('an official of either row of the province acts on all of its history, and on nothing else', async () => {
    const tinh = await provinceRow('2025-07-01');
    const city = await provinceRow(CHANGES_2026_DATE);
    const postCommune = await idOf(
      `SELECT id FROM admin_unit WHERE level = 'commune' AND code = $1 AND valid_from = '2025-07-01'`,
      [
        files.postCommunes.find(
          (c) => c.province_code === DONG_NAI.code && !retyped.some((r) => r.code === c.code),
        )!.code,
      ],
    );
    const ward = await idOf(
      `SELECT id FROM admin_unit WHERE level = 'commune' AND code = $1 AND valid_from = $2`,
      [retyped[0]!.code, CHANGES_2026_DATE],
    );
    // Pre-2025 communes of the two provinces merged into Đồng Nai (75 and Bình Phước 70).
    const merged = files.provinceMapping.filter((m) => m.new_code === DONG_NAI.code).map((m) => m.old_code);
    expect(merged.sort()).toEqual(['70', '75']);
    const oldCommunes = await Promise.all(
      merged.map((code) =>
        idOf(`SELECT id FROM admin_unit WHERE level = 'commune' AND valid_to = '2025-07-01' AND code = $1`, [
          files.preCommunes.find((c) => c.province_code === code)!.code,
        ]),
      ),
    );
    const elsewhere = await idOf(
      `SELECT id FROM admin_unit WHERE level = 'commune' AND code = '03331' AND valid_to = '2025-07-01'`,
      [],
    );
    for (const scope of [[city], [tinh]]) {
      for (const unit of [tinh, city, postCommune, ward, ...oldCommunes]) {
        expect(await unitWithin(em, unit, scope)).toBe(true);
      }
      expect(await unitWithin(em, elsewhere, scope)).toBe(false);
    }
  });

  it('certificates are issued by the province of their day: the Tỉnh before 2026-04-30, the Thành phố from then', async () => {
    const commune = await idOf(
      `SELECT id FROM admin_unit WHERE level = 'commune' AND code = $1 AND valid_from = '2025-07-01'`,
      [files.postCommunes.find((c) => c.province_code === DONG_NAI.code)!.code],
    );
    const before = await issuerOf(em, commune, 4, '2025-09-01');
    const after = await issuerOf(em, commune, 4, CHANGES_2026_DATE);
    expect(before).toEqual({
      level: 'province',
      name: 'UBND tỉnh Đồng Nai',
      unitId: await provinceRow('2025-07-01'),
    });
    expect(after).toEqual({
      level: 'province',
      name: 'UBND thành phố Đồng Nai',
      unitId: await provinceRow(CHANGES_2026_DATE),
    });
  });

  it('lists the same communes as children of the Tỉnh row on a day of 2025 and of the Thành phố row today', async () => {
    const expected = files.postCommunes.filter((c) => c.province_code === DONG_NAI.code).map((c) => c.code);
    for (const asOf of ['2025-09-01', platformToday()]) {
      const { body } = await graphql(
        gql(`
          query UnitsDatedChangesProvince($code: String!, $asOf: Date) {
            province(code: $code, asOf: $asOf) {
              fullName
              children(asOf: $asOf) {
                code
              }
            }
          }
        `),
        { code: DONG_NAI.code, asOf },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.province!.children.map((c) => c.code).sort(), asOf).toEqual(expected.sort());
    }
  });

  it('ntmProgress counts the rural communes of the day: the Xã of 2025, less the wards from 2026-04-30', async () => {
    const rural2025 = files.postCommunes.filter(
      (c) => c.province_code === DONG_NAI.code && c.unit_type === 'Xã',
    );
    const asked = ['2025-09-01', platformToday()];
    for (const asOf of asked) {
      const { body } = await graphql(
        gql(`
          query UnitsDatedChangesNtmProgress($code: String!, $asOf: Date) {
            ntmProgress(provinceCode: $code, asOf: $asOf) {
              communes
              province {
                fullName
              }
            }
          }
        `),
        { code: DONG_NAI.code, asOf },
      );
      expect(body.errors).toBeUndefined();
      const changed = asOf >= CHANGES_2026_DATE;
      expect(body.data!.ntmProgress).toEqual({
        communes: rural2025.length - (changed ? retyped.length : 0),
        province: { fullName: changed ? DONG_NAI['full_name_v4.2.0'] : DONG_NAI['full_name_v3.0.2'] },
      });
    }
  });
});

describe('a platform whose clock is the day before the changes (OCOP_TODAY=2026-04-29)', () => {
  const database = 'ocop_units_clock';
  let platform: RunningPlatform;

  beforeAll(async () => {
    const url = await createDatabase(inject('serverUrl'), database);
    platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: url, SEED_DEMO: 'false', OCOP_TODAY: '2026-04-29' },
      port: await findFreePort(),
    });
  });
  afterAll(async () => {
    await platform?.stop();
    await dropDatabase(inject('serverUrl'), database);
  });

  it('answers the rows of its today without a date, and those of asOf with one', async () => {
    const { body } = await client(platform.baseUrl).request(
      gql(`query UnitsDatedChangesProvinces($code: String!, $later: Date) {
        provinces { code validFrom }
        today: province(code: $code) { fullName }
        later: province(code: $code, asOf: $later) { fullName }
      }`),
      { code: DONG_NAI.code, later: CHANGES_2026_DATE },
    );
    const data = body.data!;
    expect(data.provinces).toHaveLength(34);
    expect(data.provinces.every((p) => p.validFrom === '2025-07-01')).toBe(true);
    expect(data.today!.fullName).toBe(DONG_NAI['full_name_v3.0.2']);
    expect(data.later!.fullName).toBe(DONG_NAI['full_name_v4.2.0']);
  });
});
