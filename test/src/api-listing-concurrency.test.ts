import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, type Client } from './client';
import { DEMO } from './demo-accounts';
import {
  createUser,
  findFixtures,
  startDemoPlatform,
  type DemoPlatform,
  type Fixtures,
} from './demo-platform';
import { gql } from './gql';

/**
 * Optimistic concurrency under load (server/README.md, pitfall 8): 1,000 concurrent updates of one listing
 * from two accounts, each based on a fresh or a stale version. Every request is applied or
 * answered CONFLICT with the current version; nothing is lost: applied = version increase =
 * audit rows.
 */
const UPDATE = gql(`mutation ListingConcurrencyProductListingUpdate($input: ProductListingUpdateInput!) {
  productListingUpdate(input: $input) {
    listing { version description }
    userErrors { field code currentVersion }
  }
}`);

const TOTAL = 1_000;
const WAVE = 25;

interface Outcome {
  status: number;
  applied: boolean;
  conflict: boolean;
  version: number | null;
  description: string;
  other: string | null;
}

describe('1,000 concurrent listing updates from two accounts', () => {
  let p: DemoPlatform;
  let f: Fixtures;
  let accounts: Client[];

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_writes_concurrency');
    f = await findFixtures(p.db);
    // A second editor of the same producer (Séng Cù): two people keeping one listing.
    await createUser(p.db, 'editor.hai@concurrency.test', 'producer_editor', f.sengCuProducerId);
    accounts = [await p.logIn(DEMO.producerEditor), await p.logIn('editor.hai@concurrency.test')];
  });
  afterAll(async () => {
    await p?.stop();
  });

  const version = async () =>
    (
      await p.db.query<{ version: number }>(`SELECT version FROM product_listing WHERE id = $1`, [
        f.listingId,
      ])
    ).rows[0]!.version;
  const appliedAudits = async () =>
    Number(
      (
        await p.db.query<{ n: string }>(
          `SELECT count(*) AS n FROM audit_log WHERE action = 'productListingUpdate' AND outcome = 'applied' AND entity_id = $1`,
          [f.listingId],
        )
      ).rows[0]!.n,
    );

  it('each request is applied or a CONFLICT; applied = version increase = audit rows; no 5xx', async () => {
    const startVersion = await version();
    const startAudits = await appliedAudits();
    const outcomes: Outcome[] = [];
    const started = Date.now();
    for (let sent = 0; sent < TOTAL; sent += WAVE) {
      const current = await version();
      const wave = Array.from({ length: Math.min(WAVE, TOTAL - sent) }, async (_, i) => {
        const n = sent + i;
        // Every third request is based on a version already overtaken; the others on the one just read.
        const based = n % 3 === 0 ? Math.max(1, current - 1 - (n % 5)) : current;
        const description = `Cập nhật số ${n} (${n % 2 === 0 ? 'biên tập viên 1' : 'biên tập viên 2'})`;
        const answer = await accounts[n % 2]!.request(UPDATE, {
          input: { id: globalId('ProductListing', f.listingId), version: based, description },
        });
        const payload = answer.body.data?.productListingUpdate;
        const errors = payload?.userErrors ?? [];
        const conflict =
          errors.length === 1 &&
          errors[0]!.code === 'CONFLICT' &&
          errors[0]!.field.join('.') === 'input.version' &&
          Number.isInteger(errors[0]!.currentVersion) &&
          errors[0]!.currentVersion! > based - 1;
        const applied = !!payload && errors.length === 0 && payload.listing?.description === description;
        outcomes.push({
          status: answer.status,
          applied,
          conflict,
          version: applied ? payload.listing!.version : null,
          description,
          other: applied || conflict ? null : JSON.stringify(answer.body),
        });
      });
      await Promise.all(wave);
    }
    const elapsed = Date.now() - started;

    const applied = outcomes.filter((o) => o.applied);
    const conflicts = outcomes.filter((o) => o.conflict);
    const endVersion = await version();
    const audits = (await appliedAudits()) - startAudits;
    console.log(
      `listing concurrency: ${TOTAL} requests in ${elapsed} ms (${Math.round((TOTAL * 1000) / elapsed)}/s): ` +
        `${applied.length} applied, ${conflicts.length} conflicts; version ${startVersion} → ${endVersion}; ` +
        `${audits} applied audit rows`,
    );

    expect(outcomes).toHaveLength(TOTAL);
    expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
    expect(outcomes.filter((o) => o.other !== null).map((o) => o.other)).toEqual([]);
    expect(applied.length + conflicts.length).toBe(TOTAL);
    // Both cases really occurred.
    expect(applied.length).toBeGreaterThan(0);
    expect(conflicts.length).toBeGreaterThan(0);
    // Nothing lost, nothing counted twice.
    expect(endVersion - startVersion).toBe(applied.length);
    expect(audits).toBe(applied.length);
    // Each applied update produced its own version, and the listing holds the last one's text.
    const versions = applied.map((o) => o.version!).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: applied.length }, (_, i) => startVersion + 1 + i));
    const last = applied.find((o) => o.version === endVersion)!;
    const { rows } = await p.db.query<{ description: string }>(
      `SELECT description FROM product_listing WHERE id = $1`,
      [f.listingId],
    );
    expect(rows[0]!.description).toBe(last.description);
    // ~10 s alone, ~25 s beside the other suites on a 2-core machine.
  }, 180_000);
});
