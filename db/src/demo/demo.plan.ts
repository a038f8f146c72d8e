import { REFORM_DATE } from '../import/admin-units.import';
import type { CertificateIssuerLevel } from '../entities';
import {
  LATER_STANDARD_COMMUNES,
  MAINTENANCE_EVALUATIONS_2021_2025,
  POST_REFORM_EVALUATIONS_2026_2030,
  PROGRESS_2020,
  PROGRESS_EVALUATIONS_2021_2025,
  PROVINCE_APPRAISER,
  PROVINCE_ISSUER,
  PROVINCE_SIGNER,
  STANDARD_COMMUNES_BY_2021,
  THANH_HUNG_ADVANCED,
  type CommuneRef,
} from './dien-bien-communes.data';
import { DEMO_LINKAGES } from './dien-bien-linkages.data';
import { fundingUpTo, indexedPrice, laterLinkages, postReformReviews, priceIndexOn } from './demo.later';
import { DEMO_LISTINGS } from './dien-bien-listings.data';
import { DEMO_BUYER_DATA } from './dien-bien-buyer-data.data';
import { DEMO_PRODUCERS, type ProducerSeed } from './dien-bien-producers.data';
import { DEMO_PRODUCTS, type ProductSeed } from './dien-bien-products.data';
import { DEMO_RAW_MATERIAL_AREAS } from './dien-bien-raw-material-areas.data';
import { DEMO_VILLAGES } from './dien-bien-villages.data';
import { DEMO_PASSWORD_HASH, DEMO_USERS } from './demo-users.data';
import { CRITERIA_DIFFICULTY, type DemoCriteriaSet } from './ntm-criteria-patterns.data';
import { CERTIFICATION_ROUNDS, DECISION_148_DATE } from './ocop-certification-rounds.data';
import { addDays, asciiName, demoId, fnv1a, foldName, lowerFirst, metCriteria } from './demo.util';
import {
  certificateTimeline,
  demoFixedCertificates,
  generatedRound,
  type TimelineCertificate,
} from './demo.timeline';

/**
 * Turns the demo data files into table rows, given the units and reference data found in the
 * database. Pure: no SQL, no clock. Every inconsistency of the data (a code that names another
 * commune, a certificate that would overlap the next, a score outside its star band…) throws
 * here, before anything is written.
 */

export type Era = 'pre2025' | 'post2025';

export interface UnitInfo {
  id: string;
  code: string;
  name: string;
  fullName: string;
  unitType: string;
  /** Pre-2025 communes: the code of their district. */
  districtCode: string | null;
}

export interface DemoContext {
  provincePre: UnitInfo;
  provincePost: UnitInfo;
  /** Pre-2025 districts of the province, by code. */
  districts: ReadonlyMap<string, UnitInfo>;
  /** Pre-2025 communes (xã, phường, thị trấn) of the province, by code. */
  preCommunes: ReadonlyMap<string, UnitInfo>;
  /** Post-2025 communes of the province, by code. */
  postCommunes: ReadonlyMap<string, UnitInfo>;
  criteriaSets: Readonly<Record<DemoCriteriaSet, { id: string; criteria: ReadonlyMap<number, string> }>>;
  /** ocop_product_set id by code. */
  productSets: ReadonlyMap<string, string>;
}

export type Row = Record<string, string | number | boolean | null>;

export interface DemoPlan {
  villages: Row[];
  evaluations: Row[];
  criterionResults: Row[];
  recognitions: Row[];
  producers: Row[];
  products: Row[];
  certificates: Row[];
  listings: Row[];
  salesChannels: Row[];
  tradeDetails: Row[];
  productCertifications: Row[];
  rawMaterialAreas: Row[];
  linkages: Row[];
  funding: Row[];
  users: Row[];
  roleAssignments: Row[];
}

function fail(message: string): never {
  throw new Error(`demo seed: ${message}`);
}

function starsFor(score: number): number {
  if (score >= 90) return 5;
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  return fail(`score ${score} is below the certified bands`);
}

/**
 * The rows of the demo as it stands on `seedingDay`: everything the data files and the timeline
 * (demo.timeline.ts) say happened by that day, nothing after it.
 */
export function buildDemoPlan(ctx: DemoContext, seedingDay: string): DemoPlan {
  const plan: DemoPlan = {
    villages: [],
    evaluations: [],
    criterionResults: [],
    recognitions: [],
    producers: [],
    products: [],
    certificates: [],
    listings: [],
    salesChannels: [],
    tradeDetails: [],
    productCertifications: [],
    rawMaterialAreas: [],
    linkages: [],
    funding: [],
    users: [],
    roleAssignments: [],
  };
  /** Whether something dated `date` has happened by the seeding day. */
  const happened = (date: string): boolean => date <= seedingDay;

  // ── Units ───────────────────────────────────────────────────────────────────────────
  const commune = (code: string, name: string, era: Era): UnitInfo => {
    const unit = (era === 'pre2025' ? ctx.preCommunes : ctx.postCommunes).get(code);
    if (!unit) fail(`${era} commune ${code} (${name}) is not a commune of Điện Biên in the unit data`);
    if (foldName(unit.name) !== foldName(name)) {
      fail(`${era} commune ${code} is "${unit.name}" in the unit data, the demo data says "${name}"`);
    }
    return unit;
  };
  const preCommune = (ref: CommuneRef): UnitInfo => {
    const unit = commune(ref.code, ref.name, 'pre2025');
    if (unit.districtCode !== ref.district) {
      fail(`commune ${ref.code} (${ref.name}) is in district ${unit.districtCode}, not ${ref.district}`);
    }
    return unit;
  };
  const district = (code: string): UnitInfo =>
    ctx.districts.get(code) ?? fail(`district ${code} is not a pre-2025 district of Điện Biên`);
  const districtCommittee = (code: string): string => `UBND ${lowerFirst(district(code).fullName)}`;
  /**
   * Who certifies a product of `stars` on `date` (see ocop-certification-rounds.data.ts): the
   * province, except 3★ between Decision 148 and the 2025 reform, certified by the district of
   * the product's origin.
   */
  const certificateIssuer = (
    date: string,
    stars: number,
    originDistrict: () => string,
  ): { level: CertificateIssuerLevel; name: string; unitId: string; districtCode?: string } => {
    if (stars === 5) fail('a 5★ certificate is national and not part of this demo');
    if (date >= REFORM_DATE) return { level: 'province', name: PROVINCE_ISSUER, unitId: ctx.provincePost.id };
    if (date >= DECISION_148_DATE && stars === 3) {
      const districtCode = originDistrict();
      return {
        level: 'district',
        name: districtCommittee(districtCode),
        unitId: district(districtCode).id,
        districtCode,
      };
    }
    return { level: 'province', name: PROVINCE_ISSUER, unitId: ctx.provincePre.id };
  };

  // ── Evaluations and recognitions ────────────────────────────────────────────────────
  const evaluationKeys = new Set<string>();
  const addEvaluation = (args: {
    unit: UnitInfo;
    unitKey: string;
    set: DemoCriteriaSet;
    evaluatedOn: string;
    met: Set<number>;
    assessor: string;
    note: string;
    notes?: Record<number, string>;
  }): void => {
    if (!happened(args.evaluatedOn)) return;
    const key = `${args.unitKey}:${args.set}:${args.evaluatedOn}`;
    if (evaluationKeys.has(key)) fail(`two evaluations of ${key}`);
    evaluationKeys.add(key);
    const id = demoId('evaluation', key);
    const set = ctx.criteriaSets[args.set];
    plan.evaluations.push({
      id,
      unit_id: args.unit.id,
      criteria_set_id: set.id,
      evaluated_on: args.evaluatedOn,
      assessor: args.assessor,
      note: args.note,
    });
    for (const [number, criterionId] of [...set.criteria].sort((a, b) => a[0] - b[0])) {
      plan.criterionResults.push({
        id: demoId('criterion-result', `${key}:${number}`),
        evaluation_id: id,
        criterion_id: criterionId,
        met: args.met.has(number),
        note: args.notes?.[number] ?? null,
      });
    }
  };
  const allOf = (set: DemoCriteriaSet): Set<number> => new Set(CRITERIA_DIFFICULTY[set]);
  const someOf = (set: DemoCriteriaSet, seedKey: string, count: number): Set<number> => {
    if (count >= CRITERIA_DIFFICULTY[set].length)
      fail(`${seedKey}: a progress evaluation must leave criteria unmet`);
    return metCriteria(seedKey, count, CRITERIA_DIFFICULTY[set]);
  };
  const addRecognition = (args: {
    unit: UnitInfo;
    unitKey: string;
    tier: 'standard' | 'advanced';
    set: DemoCriteriaSet;
    decision: { number: string; date: string; standardYear: number };
    issuer: string;
    signer: string;
    evaluatedOn: string;
  }): void => {
    const { decision } = args;
    if (!happened(decision.date)) return;
    if (args.evaluatedOn >= decision.date) fail(`${args.unitKey}: recognised before its appraisal`);
    const year = Number(decision.date.slice(0, 4));
    if (decision.standardYear !== year && decision.standardYear !== year - 1) {
      fail(`${args.unitKey}: standard year ${decision.standardYear} for a decision of ${decision.date}`);
    }
    plan.recognitions.push({
      id: demoId('recognition', `${args.unitKey}:${args.tier}:${decision.date}`),
      unit_id: args.unit.id,
      tier: args.tier,
      criteria_set_id: ctx.criteriaSets[args.set].id,
      standard_year: decision.standardYear,
      decision_number: decision.number,
      decision_date: decision.date,
      issuer: args.issuer,
      signer: args.signer,
    });
  };

  // The 21 communes at standard by mid-2021.
  const standardCodes = new Set<string>();
  for (const seed of STANDARD_COMMUNES_BY_2021) {
    const unit = preCommune(seed);
    if (unit.unitType !== 'Xã')
      fail(`${seed.code} (${seed.name}) is a ${unit.unitType}, not a rural commune`);
    standardCodes.add(seed.code);
    addEvaluation({
      unit,
      unitKey: `commune:${seed.code}`,
      set: 'commune2016',
      evaluatedOn: seed.evaluatedOn,
      met: allOf('commune2016'),
      assessor: PROVINCE_APPRAISER,
      note: `Thẩm định hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới năm ${seed.decision.standardYear}: đạt 19/19 tiêu chí.`,
    });
    addRecognition({
      unit,
      unitKey: `commune:${seed.code}`,
      tier: 'standard',
      set: 'commune2016',
      decision: seed.decision,
      issuer: PROVINCE_ISSUER,
      signer: PROVINCE_SIGNER,
      evaluatedOn: seed.evaluatedOn,
    });
  }

  // Every other rural commune: the district's progress review of 2020 / early 2021.
  const laterByCode = new Map(LATER_STANDARD_COMMUNES.map((seed) => [seed.code, seed]));
  for (const seed of LATER_STANDARD_COMMUNES) {
    preCommune(seed);
    if (standardCodes.has(seed.code)) fail(`${seed.code} is listed as standard both before and after 2021`);
  }
  const ruralCommunes = [...ctx.preCommunes.values()]
    .filter((unit) => unit.unitType === 'Xã' && !standardCodes.has(unit.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const unit of ruralCommunes) {
    const districtCode = unit.districtCode ?? fail(`commune ${unit.code} has no district`);
    const review = PROGRESS_2020[districtCode] ?? fail(`no 2020 review date for district ${districtCode}`);
    const met =
      laterByCode.get(unit.code)?.met2020 ??
      review.minMet + (fnv1a(`met-2020:${unit.code}`) % (review.maxMet - review.minMet + 1));
    addEvaluation({
      unit,
      unitKey: `commune:${unit.code}`,
      set: 'commune2016',
      evaluatedOn: review.evaluatedOn,
      met: someOf('commune2016', `commune:${unit.code}:2016`, met),
      assessor: `Ban Chỉ đạo các Chương trình MTQG ${lowerFirst(district(districtCode).fullName)}`,
      note: 'Rà soát, đánh giá mức độ đạt tiêu chí xã nông thôn mới theo Bộ tiêu chí giai đoạn 2016 - 2020.',
    });
  }

  // Communes recognised 2022–2024 against the 2021–2025 set.
  for (const seed of LATER_STANDARD_COMMUNES) {
    const unit = preCommune(seed);
    if (seed.progress.evaluatedOn >= seed.evaluatedOn)
      fail(`${seed.code}: progress review after the appraisal`);
    addEvaluation({
      unit,
      unitKey: `commune:${seed.code}`,
      set: 'commune2021',
      evaluatedOn: seed.progress.evaluatedOn,
      met: someOf('commune2021', `commune:${seed.code}:2021`, seed.progress.met),
      assessor: `UBND xã ${seed.name}`,
      note: 'Tự đánh giá mức độ đạt tiêu chí xã NTM giai đoạn 2021 - 2025 (đăng ký về đích trong năm).',
    });
    addEvaluation({
      unit,
      unitKey: `commune:${seed.code}`,
      set: 'commune2021',
      evaluatedOn: seed.evaluatedOn,
      met: allOf('commune2021'),
      assessor: PROVINCE_APPRAISER,
      note: `Thẩm định hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới năm ${seed.decision.standardYear}: đạt 19/19 tiêu chí.`,
    });
    addRecognition({
      unit,
      unitKey: `commune:${seed.code}`,
      tier: 'standard',
      set: 'commune2021',
      decision: seed.decision,
      issuer: PROVINCE_ISSUER,
      signer: PROVINCE_SIGNER,
      evaluatedOn: seed.evaluatedOn,
    });
  }

  for (const seed of PROGRESS_EVALUATIONS_2021_2025) {
    if (standardCodes.has(seed.code) || laterByCode.has(seed.code)) {
      fail(`${seed.code} is at standard; its 2021–2025 review belongs with the maintenance reviews`);
    }
    addEvaluation({
      unit: preCommune(seed),
      unitKey: `commune:${seed.code}`,
      set: 'commune2021',
      evaluatedOn: seed.evaluatedOn,
      met: someOf('commune2021', `commune:${seed.code}:2021`, seed.met),
      assessor: `Ban Chỉ đạo các Chương trình MTQG ${lowerFirst(district(seed.district).fullName)}`,
      note: seed.note,
    });
  }
  for (const seed of MAINTENANCE_EVALUATIONS_2021_2025) {
    if (!standardCodes.has(seed.code)) fail(`${seed.code} is not at standard: nothing to maintain`);
    addEvaluation({
      unit: preCommune(seed),
      unitKey: `commune:${seed.code}`,
      set: 'commune2021',
      evaluatedOn: seed.evaluatedOn,
      met:
        seed.met === 19 ? allOf('commune2021') : someOf('commune2021', `commune:${seed.code}:2021`, seed.met),
      assessor: `Ban Chỉ đạo các Chương trình MTQG ${lowerFirst(district(seed.district).fullName)}`,
      note: seed.note,
    });
  }

  // Thanh Hưng and the advanced set.
  {
    const unit = preCommune(THANH_HUNG_ADVANCED.commune);
    const criteria = CRITERIA_DIFFICULTY.advanced;
    for (const evaluation of THANH_HUNG_ADVANCED.evaluations) {
      const unmet = new Set(Object.keys(evaluation.unmet).map(Number));
      addEvaluation({
        unit,
        unitKey: `commune:${unit.code}`,
        set: 'advanced',
        evaluatedOn: evaluation.evaluatedOn,
        met: new Set(criteria.filter((number) => !unmet.has(number))),
        assessor: evaluation.assessor,
        note: evaluation.note,
        notes: evaluation.unmet,
      });
    }
    const final = THANH_HUNG_ADVANCED.evaluations[THANH_HUNG_ADVANCED.evaluations.length - 1]!;
    if (Object.keys(final.unmet).length > 0) fail('Thanh Hưng is recognised advanced without meeting 16/16');
    addRecognition({
      unit,
      unitKey: `commune:${unit.code}`,
      tier: 'advanced',
      set: 'advanced',
      decision: THANH_HUNG_ADVANCED.recognition,
      issuer: PROVINCE_ISSUER,
      signer: PROVINCE_SIGNER,
      evaluatedOn: final.evaluatedOn,
    });
  }

  // Post-reform communes (rural ones, Xã): reviewed every year against the 2026–2030 set from
  // 2026, recognised when they meet it (demo.later.ts). The data file fixes the first reviews of four.
  const firstReviews = new Map(POST_REFORM_EVALUATIONS_2026_2030.map((seed) => [seed.code, seed]));
  for (const seed of POST_REFORM_EVALUATIONS_2026_2030) commune(seed.code, seed.name, 'post2025');
  const postRural = [...ctx.postCommunes.values()]
    .filter((unit) => unit.unitType === 'Xã')
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const unit of postRural) {
    const unitKey = `commune-2025:${unit.code}`;
    for (const review of postReformReviews(unit.code, firstReviews.get(unit.code) ?? null, seedingDay)) {
      const appraisal = review.recognition !== null;
      addEvaluation({
        unit,
        unitKey,
        set: 'commune2026',
        evaluatedOn: review.evaluatedOn,
        met:
          review.met === 10
            ? allOf('commune2026')
            : someOf('commune2026', `${unitKey}:${review.evaluatedOn}`, review.met),
        assessor: appraisal ? PROVINCE_APPRAISER : `UBND xã ${unit.name}`,
        note: appraisal
          ? `Thẩm định hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới năm ${review.recognition!.standardYear}: đạt 10/10 tiêu chí (Bộ tiêu chí giai đoạn 2026 - 2030).`
          : review.evaluatedOn.startsWith('2026-')
            ? 'Rà soát lần đầu theo Bộ tiêu chí quốc gia về xã NTM giai đoạn 2026 - 2030 (xã sau sắp xếp).'
            : 'Rà soát hằng năm mức độ đạt tiêu chí theo Bộ tiêu chí quốc gia về xã NTM giai đoạn 2026 - 2030.',
      });
      if (review.recognition) {
        addRecognition({
          unit,
          unitKey,
          tier: 'standard',
          set: 'commune2026',
          decision: {
            number: review.recognition.decisionNumber,
            date: review.recognition.decisionDate,
            standardYear: review.recognition.standardYear,
          },
          issuer: PROVINCE_ISSUER,
          signer: PROVINCE_SIGNER,
          evaluatedOn: review.evaluatedOn,
        });
      }
    }
  }

  // ── Villages ────────────────────────────────────────────────────────────────────────
  const villageSetEnd = '2020-12-31';
  for (const { commune: ref, villages } of DEMO_VILLAGES) {
    const parent = preCommune(ref);
    for (const village of villages) {
      const unitKey = `village:${ref.code}:${village.name}`;
      const id = demoId('village', `${ref.code}:${village.name}`);
      if (plan.villages.some((row) => row.id === id)) fail(`village ${unitKey} listed twice`);
      plan.villages.push({
        id,
        level: 'village',
        unit_type: village.type,
        name: village.name,
        full_name: `${village.type} ${village.name}`,
        name_en: asciiName(village.name),
        parent_id: parent.id,
      });
      const unit: UnitInfo = {
        id,
        code: '',
        name: village.name,
        fullName: `${village.type} ${village.name}`,
        unitType: village.type,
        districtCode: ref.district,
      };
      const lateNote = (date: string): string =>
        date > villageSetEnd
          ? ' Tỉnh tiếp tục áp dụng Bộ tiêu chí ban hành theo Quyết định 135/QĐ-UBND.'
          : '';
      if (village.earlier) {
        addEvaluation({
          unit,
          unitKey,
          set: 'village',
          evaluatedOn: village.earlier.evaluatedOn,
          met: someOf('village', `${unitKey}:earlier`, village.earlier.met),
          assessor: `UBND xã ${ref.name}`,
          note: `Rà soát mức độ đạt tiêu chí thôn, bản nông thôn mới.${lateNote(village.earlier.evaluatedOn)}`,
        });
      }
      if (village.recognition) {
        if (village.met !== 10) fail(`${unitKey} is recognised without meeting 10/10`);
        addEvaluation({
          unit,
          unitKey,
          set: 'village',
          evaluatedOn: village.evaluatedOn,
          met: allOf('village'),
          assessor: `UBND xã ${ref.name}`,
          note: `Đánh giá, đề nghị công nhận ${lowerFirst(village.type)} đạt chuẩn nông thôn mới: đạt 10/10 tiêu chí.${lateNote(village.evaluatedOn)}`,
        });
        addRecognition({
          unit,
          unitKey,
          tier: 'standard',
          set: 'village',
          decision: village.recognition,
          issuer: districtCommittee(ref.district),
          signer: `Chủ tịch ${districtCommittee(ref.district)}`,
          evaluatedOn: village.evaluatedOn,
        });
      } else {
        addEvaluation({
          unit,
          unitKey,
          set: 'village',
          evaluatedOn: village.evaluatedOn,
          met: someOf('village', unitKey, village.met),
          assessor: `UBND xã ${ref.name}`,
          note: `Rà soát mức độ đạt tiêu chí thôn, bản nông thôn mới.${lateNote(village.evaluatedOn)}`,
        });
      }
    }
  }

  // ── Producers and products ──────────────────────────────────────────────────────────
  const producers = new Map<string, { id: string; seed: ProducerSeed }>();
  for (const seed of DEMO_PRODUCERS) {
    if (producers.has(seed.key)) fail(`producer ${seed.key} listed twice`);
    if (!/^(02153\d{6}|09\d{8})$/.test(seed.phone))
      fail(`producer ${seed.key}: unexpected phone ${seed.phone}`);
    const id = demoId('producer', seed.key);
    producers.set(seed.key, { id, seed });
    plan.producers.push({
      id,
      name: seed.name,
      type: seed.type,
      commune_id: commune(seed.commune.code, seed.commune.name, seed.commune.era).id,
      address: seed.address,
      representative: seed.representative,
      phone: seed.phone,
      established_year: seed.establishedYear,
      description: seed.description,
    });
  }
  const producer = (key: string) => producers.get(key) ?? fail(`unknown producer ${key}`);

  const products = new Map<string, { id: string; producerKey: string }>();
  const roundsByDate = new Map(CERTIFICATION_ROUNDS.map((round) => [round.date, round]));
  const productSeeds = new Map<string, ProductSeed>();
  for (const seed of DEMO_PRODUCTS) {
    if (productSeeds.has(seed.key)) fail(`product ${seed.key} listed twice`);
    if (seed.certificates.length === 0) fail(`product ${seed.key} has no certificate`);
    productSeeds.set(seed.key, seed);
  }
  // Every certificate up to the seeding day: the fixed ones of the data files, then the renewals
  // of demo.timeline.ts. A product not certified yet on that day is not in the demo.
  const timeline = certificateTimeline(demoFixedCertificates(), seedingDay);
  const chains = new Map<string, TimelineCertificate[]>();
  for (const certificate of timeline) {
    const chain = chains.get(certificate.productKey) ?? [];
    chain.push(certificate);
    chains.set(certificate.productKey, chain);
  }
  interface CertificateDraft extends Row {
    id: string;
    decision_date: string;
  }
  const certificates: { draft: CertificateDraft; order: number }[] = [];
  DEMO_PRODUCTS.forEach((seed, productIndex) => {
    const chain = chains.get(seed.key);
    if (!chain) return;
    const id = demoId('product', seed.key);
    products.set(seed.key, { id, producerKey: seed.producer });
    const origin = commune(seed.origin.code, seed.origin.name, seed.origin.era);
    plan.products.push({
      id,
      name: seed.name,
      producer_id: producer(seed.producer).id,
      product_set_id:
        ctx.productSets.get(seed.productSet) ?? fail(`unknown OCOP product set ${seed.productSet}`),
      origin_commune_id: origin.id,
      description: seed.description,
    });

    const certificateId = (certificate: TimelineCertificate): string =>
      demoId('certificate', `${seed.key}:${certificate.decisionDate}`);
    chain.forEach((certificate, index) => {
      const stars = starsFor(certificate.score);
      const date = certificate.decisionDate;
      const issuer = certificateIssuer(date, stars, () => {
        if (seed.origin.era !== 'pre2025') fail(`${seed.key}: district certificate for a post-2025 commune`);
        return origin.districtCode ?? fail(`${seed.key}: origin without district`);
      });
      const round = roundsByDate.get(date) ?? generatedRound(date);
      let decisionNumber = round.provinceDecision;
      if (issuer.level === 'district') {
        const base = round.districtDecisionBase ?? fail(`round of ${date} has no district decisions`);
        decisionNumber = `${base + 17 * (Number(issuer.districtCode) - 93)}/QĐ-UBND`;
      }
      if (seed.origin.era === 'post2025' && date < REFORM_DATE) {
        fail(`${seed.key}: certified before the commune it comes from existed`);
      }
      if (index > 0 && date <= chain[index - 1]!.decisionDate) fail(`${seed.key}: certificates out of order`);
      const next = chain[index + 1];
      certificates.push({
        draft: {
          id: certificateId(certificate),
          certificate_number: '',
          product_id: id,
          score: certificate.score.toFixed(2),
          stars,
          decision_number: decisionNumber,
          decision_date: date,
          issuer_level: issuer.level,
          issuer_name: issuer.name,
          issuer_unit_id: issuer.unitId,
          revoked_on: certificate.revokedOn,
          revocation_reason: certificate.revocationReason,
          // Re-certified before it ran out: superseded by the next one. Otherwise it simply
          // expired, and the product had no valid certificate in between.
          superseded_on: certificate.supersededOn,
          superseded_by_id: certificate.supersededOn && next ? certificateId(next) : null,
        },
        order: productIndex,
      });
    });
  });
  // Label numbers: OCOP-11-<year>-<sequence of the year>, in decision order.
  certificates.sort(
    (a, b) => a.draft.decision_date.localeCompare(b.draft.decision_date) || a.order - b.order,
  );
  const perYear = new Map<string, number>();
  for (const { draft } of certificates) {
    const year = draft.decision_date.slice(0, 4);
    const sequence = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, sequence);
    draft.certificate_number = `OCOP-11-${year}-${String(sequence).padStart(4, '0')}`;
    plan.certificates.push(draft);
  }
  const product = (key: string) => products.get(key) ?? fail(`unknown product ${key}`);

  // ── Listings and sales channels ─────────────────────────────────────────────────────
  for (const key of Object.keys(DEMO_LISTINGS)) {
    if (!productSeeds.has(key)) fail(`listings of unknown product ${key}`);
  }
  const priceIndex = priceIndexOn(seedingDay);
  for (const seed of DEMO_PRODUCTS) {
    const listings = DEMO_LISTINGS[seed.key];
    if (!listings || listings.length === 0) fail(`product ${seed.key} has no listing`);
    if (!products.has(seed.key)) continue; // not certified yet on the seeding day
    const owner = producer(seed.producer).seed;
    listings.forEach((listing, position) => {
      const id = demoId('listing', `${seed.key}:${position}`);
      if (!Number.isSafeInteger(listing.priceVnd) || listing.priceVnd <= 0) fail(`${seed.key}: bad price`);
      plan.listings.push({
        id,
        product_id: product(seed.key).id,
        position,
        description: listing.description ?? null,
        price_vnd: String(indexedPrice(listing.priceVnd, priceIndex)),
        unit: listing.unit,
        packaging: listing.packaging,
        availability: listing.availability ?? 'in_stock',
        season: listing.season ?? null,
        min_order_quantity: listing.minOrderQuantity ?? null,
        contact_name: owner.representative,
        contact_phone: owner.phone,
      });
      for (const kind of listing.channels) {
        plan.salesChannels.push({
          id: demoId('sales-channel', `${seed.key}:${position}:${kind}`),
          listing_id: id,
          kind,
          label: channelLabel(kind, owner),
          url: null,
        });
      }
    });
  }

  // ── What buyers need: capacity, keeping, English, quality certifications ────────────
  for (const [key, seed] of Object.entries(DEMO_BUYER_DATA)) {
    if (!productSeeds.has(key)) fail(`buyer data of unknown product ${key}`);
    if (!products.has(key)) continue; // not certified yet on the seeding day
    const productId = product(key).id;
    plan.tradeDetails.push({
      id: demoId('trade-detail', key),
      product_id: productId,
      capacity_quantity: seed.capacity.quantity,
      capacity_unit: seed.capacity.unit,
      capacity_period: seed.capacity.period,
      shelf_life_days: seed.shelfLifeDays,
      storage_instructions: seed.storageInstructions,
      name_en: seed.nameEn,
      description_en: seed.descriptionEn,
    });
    seed.certifications.forEach((certification, index) => {
      const validFrom = addDays(seedingDay, -certification.startedDaysAgo);
      plan.productCertifications.push({
        id: demoId('product-certification', `${key}:${index}`),
        product_id: productId,
        scheme: certification.scheme,
        scheme_name: certification.schemeName ?? null,
        issuer: certification.issuer,
        number: certification.number,
        valid_from: validFrom,
        valid_until:
          certification.validForDays === null ? null : addDays(validFrom, certification.validForDays - 1),
      });
    });
  }

  // ── Raw-material areas, linkages, funding ───────────────────────────────────────────
  for (const seed of DEMO_RAW_MATERIAL_AREAS) {
    const owner = producer(seed.producer);
    if (seed.product && productSeeds.get(seed.product)?.producer !== seed.producer) {
      fail(`raw-material area ${seed.key}: product of another producer`);
    }
    plan.rawMaterialAreas.push({
      id: demoId('raw-material-area', seed.key),
      producer_id: owner.id,
      // The area exists before its product is certified; it names the product once it is.
      product_id: seed.product && products.has(seed.product) ? product(seed.product).id : null,
      commune_id: commune(seed.commune.code, seed.commune.name, 'pre2025').id,
      crop: seed.crop,
      area_ha: seed.areaHa,
      certification: seed.certification,
      households: seed.households,
      description: seed.description,
    });
  }
  for (const seed of [
    ...DEMO_LINKAGES,
    ...laterLinkages(
      seedingDay,
      [...products].map(([key, { producerKey }]) => ({ key, producer: producerKey })),
    ),
  ]) {
    if (!happened(seed.startedOn)) continue;
    if (seed.product && !products.has(seed.product)) fail(`linkage ${seed.key}: product not certified yet`);
    if (seed.product && product(seed.product).producerKey !== seed.producer) {
      fail(`linkage ${seed.key}: product of another producer`);
    }
    const supporting =
      seed.supportedBy === 'province'
        ? seed.startedOn >= REFORM_DATE
          ? ctx.provincePost
          : ctx.provincePre
        : seed.startedOn < REFORM_DATE
          ? district(seed.supportedBy)
          : fail(`linkage ${seed.key}: districts no longer exist on ${seed.startedOn}`);
    plan.linkages.push({
      id: demoId('linkage', seed.key),
      kind: seed.kind,
      producer_id: producer(seed.producer).id,
      product_id: seed.product ? product(seed.product).id : null,
      partner_name: seed.partnerName,
      partner_type: seed.partnerType,
      partner_producer_id: seed.partnerProducer ? producer(seed.partnerProducer).id : null,
      supporting_unit_id: supporting.id,
      started_on: seed.startedOn,
      ended_on: seed.endedOn ?? null,
      contract_reference: seed.contractReference,
      description: seed.description,
    });
  }
  // A year's resources are reported in the next year: the demo holds the years before the seeding day's.
  for (const seed of fundingUpTo(Number(seedingDay.slice(0, 4)) - 1)) {
    plan.funding.push({
      id: demoId('funding', `${seed.year}:${seed.programme}:${seed.source}`),
      unit_id: seed.year >= Number(REFORM_DATE.slice(0, 4)) ? ctx.provincePost.id : ctx.provincePre.id,
      year: seed.year,
      programme: seed.programme,
      source: seed.source,
      amount_vnd: seed.amountVnd,
      purpose: seed.purpose,
    });
  }

  // ── Users ───────────────────────────────────────────────────────────────────────────
  const administrator = DEMO_USERS.find((user) => user.role === 'administrator');
  const grantedBy = administrator ? demoId('user', administrator.email) : null;
  for (const seed of DEMO_USERS) {
    const id = demoId('user', seed.email);
    plan.users.push({
      id,
      email: seed.email,
      email_normalized: seed.email.trim().toLowerCase(),
      display_name: seed.displayName,
      password_hash: DEMO_PASSWORD_HASH,
      status: 'active',
      locale: 'vi',
    });
    plan.roleAssignments.push({
      id: demoId('role-assignment', `${seed.email}:${seed.role}`),
      user_id: id,
      role: seed.role,
      producer_id: seed.producer ? producer(seed.producer).id : null,
      unit_id: seed.unit ? ctx.provincePost.id : null,
      granted_by_id: id === grantedBy ? null : grantedBy,
    });
  }

  return plan;
}

function channelLabel(kind: string, owner: ProducerSeed): string {
  switch (kind) {
    case 'provincial_eshop':
      return 'Sàn thương mại điện tử tỉnh Điện Biên';
    case 'postmart':
      return `Postmart – gian hàng ${owner.name}`;
    case 'voso':
      return `Voso – gian hàng ${owner.name}`;
    case 'shopee':
      return `Shopee – gian hàng ${owner.name}`;
    case 'tiktok_shop':
      return `TikTok Shop – ${owner.name}`;
    case 'facebook':
      return `Fanpage ${owner.name}`;
    case 'zalo':
      return `Zalo ${owner.phone}`;
    case 'store':
      return `Bán tại cơ sở: ${owner.address}`;
    default:
      return owner.name;
  }
}
