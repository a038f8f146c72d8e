import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import * as lists from '../src/common/sql/rows';

/**
 * What the API reads of each table (common/sql/rows.ts, derived from the entities), pinned: the
 * expressions below are the column lists the services kept by hand before, cast for cast. A column
 * added to an entity is read by its lists from then on and fails this test, so that whoever adds
 * it decides where it is read (or leaves it out with `omit`); a changed cast fails it too.
 */
const items = (sql: string): string[] =>
  sql
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .sort();

const expected: Record<string, { alias: string; prefix?: string; sql: string; actual: () => string }> = {
  administrativeUnit: {
    alias: 'u',
    actual: () => lists.UNIT_SELECT.sql('u'),
    sql: `u.id, u.code, u.level, u.unit_type, u.name, u.full_name, u.name_en, u.parent_id,
          u.valid_from::text AS valid_from, u.valid_to::text AS valid_to, u.updated_at`,
  },
  criteriaSet: {
    alias: 's',
    actual: () => lists.CRITERIA_SET_SELECT.sql('s'),
    sql: `s.id, s.code, s.name_vi, s.name_en, s.issuer_level, s.issuer, s.legal_document,
          s.legal_document_date::text AS legal_document_date, s.period_start::text AS period_start,
          s.period_end::text AS period_end, s.unit_level, s.tier, s.illustrative, s.note`,
  },
  criterion: {
    alias: 'c',
    actual: () => lists.CRITERION_SELECT.sql('c'),
    sql: `c.id, c.criteria_set_id, c.number, c.group_vi, c.group_en, c.name_vi, c.name_en`,
  },
  indicator: {
    alias: 'i',
    actual: () => lists.INDICATOR_SELECT.sql('i'),
    sql: `i.criterion_id, i.code, i.name_vi, i.name_en, i.target`,
  },
  evaluation: {
    alias: 'e',
    actual: () => lists.EVALUATION_SELECT.sql('e'),
    sql: `e.id, e.unit_id, e.criteria_set_id, e.evaluated_on::text AS evaluated_on, e.assessor, e.note`,
  },
  criterionResult: {
    alias: 'cr',
    actual: () => lists.CRITERION_RESULT_SELECT.sql('cr'),
    sql: `cr.evaluation_id, cr.criterion_id, cr.met, cr.note`,
  },
  recognition: {
    alias: 'r',
    actual: () => lists.RECOGNITION_SELECT.sql('r'),
    sql: `r.id, r.version, r.unit_id, r.criteria_set_id, r.tier, r.standard_year, r.decision_number,
          r.decision_date::text AS decision_date, r.issuer, r.signer, r.revoked_on::text AS revoked_on,
          r.revocation_decision, r.revocation_reason`,
  },
  producer: {
    alias: 'pr',
    actual: () => lists.PRODUCER_COLUMNS,
    sql: `pr.id, pr.version, pr.name, pr.type, pr.commune_id, pr.address, pr.representative, pr.phone,
          pr.email, pr.website, pr.established_year, pr.description, pr.demo, pr.updated_at, pr.deleted_at IS NOT NULL AS withdrawn`,
  },
  producerSelect: {
    alias: 'pr',
    actual: () => `${lists.PRODUCER_SELECT.sql('pr')}, pr.deleted_at IS NOT NULL AS withdrawn`,
    sql: `pr.id, pr.version, pr.name, pr.type, pr.commune_id, pr.address, pr.representative, pr.phone,
          pr.email, pr.website, pr.established_year, pr.description, pr.demo, pr.updated_at, pr.deleted_at IS NOT NULL AS withdrawn`,
  },
  productSelect: {
    alias: 'p',
    actual: () => `${lists.PRODUCT_SELECT.sql('p')}, p.deleted_at IS NOT NULL AS withdrawn`,
    sql: `p.id, p.name, p.description, p.producer_id, p.product_set_id, p.origin_commune_id, p.demo, p.updated_at,
          p.deleted_at IS NOT NULL AS withdrawn`,
  },
  product: {
    alias: 'p',
    actual: () => lists.PRODUCT_COLUMNS,
    sql: `p.id, p.name, p.description, p.producer_id, p.product_set_id, p.origin_commune_id, p.demo, p.updated_at,
          p.deleted_at IS NOT NULL AS withdrawn`,
  },
  certificate: {
    alias: 'cc',
    actual: () => lists.CERTIFICATE_SELECT.sql('cc', 'c_'),
    sql: `cc.id AS c_id, cc.version AS c_version, cc.certificate_number AS c_certificate_number,
          cc.product_id AS c_product_id, cc.score::float8 AS c_score, cc.stars AS c_stars,
          cc.decision_number AS c_decision_number, cc.decision_date::text AS c_decision_date,
          cc.issuer_level AS c_issuer_level, cc.issuer_name AS c_issuer_name, cc.issuer_unit_id AS c_issuer_unit_id,
          cc.expires_on::text AS c_expires_on, cc.revoked_on::text AS c_revoked_on,
          cc.revocation_reason AS c_revocation_reason, cc.superseded_on::text AS c_superseded_on,
          cc.superseded_by_id AS c_superseded_by_id, cc.updated_at AS c_updated_at`,
  },
  listing: {
    alias: 'l',
    actual: () => lists.LISTING_SELECT.sql('l'),
    sql: `l.id, l.version, l.product_id, l.position, l.description, l.price_vnd::text AS price_vnd, l.unit,
          l.packaging, l.availability, l.season, l.min_order_quantity, l.contact_name, l.contact_phone, l.contact_email, l.updated_at`,
  },
  salesChannel: {
    alias: 's',
    actual: () => lists.SALES_CHANNEL_SELECT.sql('s'),
    sql: `s.listing_id, s.kind, s.label, s.url`,
  },
  tradeDetail: {
    alias: 'd',
    actual: () => lists.TRADE_DETAIL_SELECT.sql('d'),
    sql: `d.id, d.version, d.product_id, d.capacity_quantity::float8 AS capacity_quantity, d.capacity_unit,
          d.capacity_period, d.shelf_life_days, d.storage_instructions, d.name_en, d.description_en`,
  },
  productCertification: {
    alias: 'pc',
    actual: () => lists.PRODUCT_CERTIFICATION_SELECT.sql('pc'),
    sql: `pc.id, pc.version, pc.product_id, pc.scheme, pc.scheme_name, pc.issuer, pc.number,
          pc.valid_from::text AS valid_from, pc.valid_until::text AS valid_until`,
  },
  photo: {
    alias: 'ph',
    actual: () => lists.PHOTO_SELECT.sql('ph'),
    sql: `ph.id, ph.version, ph.product_id, ph.position, ph.storage_key, ph.content_type, ph.byte_size,
          ph.width, ph.height, ph.sha256, ph.alt_vi, ph.alt_en`,
  },
  rawMaterialArea: {
    alias: 'a',
    actual: () => lists.RAW_MATERIAL_AREA_SELECT.sql('a'),
    sql: `a.id, a.producer_id, a.product_id, a.commune_id, a.crop, a.area_ha::float8 AS area_ha,
          a.certification, a.households, a.description`,
  },
  linkage: {
    alias: 'l',
    actual: () => lists.LINKAGE_SELECT.sql('l'),
    sql: `l.id, l.kind, l.producer_id, l.product_id, l.partner_name, l.partner_type,
          l.partner_producer_id, l.supporting_unit_id, l.started_on::text AS started_on, l.ended_on::text AS ended_on,
          l.contract_reference, l.description`,
  },
  funding: {
    alias: 'f',
    actual: () => lists.FUNDING_SELECT.sql('f'),
    sql: `f.id, f.version, f.unit_id, f.year, f.programme, f.source, f.amount_vnd::text AS amount_vnd, f.purpose`,
  },
  user: {
    alias: 'u',
    actual: () => lists.USER_SELECT.sql('u'),
    sql: `u.id, u.email, u.email_normalized, u.display_name, u.status, u.locale, u.last_login_at, u.created_at, u.version`,
  },
  auditLog: {
    alias: 'a',
    actual: () => lists.AUDIT_LOG_SELECT.sql('a'),
    sql: `a.id::text AS id, a.occurred_at, a.actor_user_id, a.action, a.entity_type, a.entity_id, a.outcome,
          a.before, a.after, a.request_id, a.unit_id`,
  },
  ocopClassification: {
    alias: 's, g, ps',
    actual: () =>
      [
        lists.OCOP_SECTOR_SELECT.sql('s', 'sector_'),
        lists.OCOP_GROUP_SELECT.sql('g', 'group_'),
        lists.OCOP_PRODUCT_SET_SELECT.sql('ps', 'set_'),
      ].join(', '),
    sql: `s.id AS sector_id, s.code AS sector_code, s.name_vi AS sector_name_vi, s.name_en AS sector_name_en,
          g.id AS group_id, g.code AS group_code, g.name_vi AS group_name_vi, g.name_en AS group_name_en,
          ps.id AS set_id, ps.code AS set_code, ps.name_vi AS set_name_vi, ps.name_en AS set_name_en`,
  },
};

describe('the select lists of common/sql/rows.ts', () => {
  for (const [table, list] of Object.entries(expected)) {
    it(`${table} (${list.alias}): the columns and casts the API has always read`, () => {
      expect(items(list.actual())).toEqual(items(list.sql));
    });
  }

  it('every list of the module is pinned here', () => {
    const pinned = Object.values(expected)
      .map((list) => list.actual.toString())
      .join('\n');
    const selects = Object.keys(lists).filter(
      (name) => name.endsWith('_SELECT') || name.endsWith('_COLUMNS'),
    );
    expect(selects.length).toBeGreaterThan(15);
    for (const name of selects) expect(pinned, `${name} is not pinned`).toContain(`.${name}`);
  });
});
