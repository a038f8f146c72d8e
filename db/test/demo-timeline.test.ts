import { describe, expect, it } from 'vitest';
import { addDays, addMonths, certificateStatusOn } from '../src';
import {
  certificateTimeline,
  demoFixedCertificates,
  GUARANTEED_FROM,
  roundDay,
  monthIndex,
} from '../src/demo/demo.timeline';

/**
 * The demo's certificates on every seeding day from 2026 to 2040 (pure: no database), against
 * what monitoring needs on any day: at least 85% of the products valid, at least 2 expired, at
 * least 1 revoked and 1 superseded certificate, at least 2 valid certificates expiring within
 * the next 90 days.
 */
type Certificate = ReturnType<typeof certificateTimeline>[number];

/** The figures on `day` of a timeline that may run past it (only what was decided by `day` counts). */
function figuresOn(day: string, timeline: Certificate[] = certificateTimeline(demoFixedCertificates(), day)) {
  const decided = timeline.filter((c) => c.decisionDate <= day);
  const current = new Map<string, Certificate>();
  for (const certificate of decided) current.set(certificate.productKey, certificate);
  const status = (c: Certificate) =>
    certificateStatusOn(
      {
        decisionDate: c.decisionDate,
        expiresOn: addMonths(c.decisionDate, 36),
        revokedOn: c.revokedOn,
        supersededOn: c.supersededOn,
      },
      day,
    );
  let valid = 0;
  let expired = 0;
  let revoked = 0;
  let expiringSoon = 0;
  for (const c of current.values()) {
    const s = status(c);
    if (s === 'valid') {
      valid += 1;
      if (addMonths(c.decisionDate, 36) <= addDays(day, 90)) expiringSoon += 1;
    } else if (s === 'expired') expired += 1;
    else if (s === 'revoked') revoked += 1;
  }
  const superseded = decided.filter((c) => status(c) === 'superseded').length;
  return { products: current.size, valid, expired, revoked, superseded, expiringSoon, timeline: decided };
}

describe('the demo timeline', () => {
  it(`shows what monitoring needs on every day from ${GUARANTEED_FROM} to 2040-12-31`, () => {
    // One history cut at each day (the next test proves a cut equals the timeline of that day).
    const whole = certificateTimeline(demoFixedCertificates(), '2040-12-31');
    const failures: string[] = [];
    let days = 0;
    for (let day = GUARANTEED_FROM; day <= '2040-12-31'; day = addDays(day, 1)) {
      days += 1;
      const f = figuresOn(day, whole);
      if (f.valid < 0.85 * f.products) failures.push(`${day}: ${f.valid}/${f.products} valid`);
      if (f.expired < 2) failures.push(`${day}: ${f.expired} expired`);
      if (f.revoked < 1) failures.push(`${day}: none revoked`);
      if (f.superseded < 1) failures.push(`${day}: none superseded`);
      if (f.expiringSoon < 2) failures.push(`${day}: ${f.expiringSoon} expiring within 90 days`);
    }
    expect(days).toBe(5479);
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('is one history: the timeline of a seeding day is the whole timeline cut at that day', () => {
    const whole = certificateTimeline(demoFixedCertificates(), '2040-12-31');
    const cut = (day: string) =>
      whole
        .filter((c) => c.decisionDate <= day)
        .map((c) => ({
          ...c,
          supersededOn: c.supersededOn && c.supersededOn <= day ? c.supersededOn : null,
          revokedOn: c.revokedOn && c.revokedOn <= day ? c.revokedOn : null,
          revocationReason: c.revokedOn && c.revokedOn <= day ? c.revocationReason : null,
        }));
    let checked = 0;
    for (let day = '2021-06-30'; day <= '2040-12-31'; day = addDays(day, 47)) {
      expect(certificateTimeline(demoFixedCertificates(), day)).toEqual(cut(day));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(140);
  });

  it('renews certificates in 36-month cycles, in the monthly rounds, with scores in the certified bands', () => {
    const timeline = certificateTimeline(demoFixedCertificates(), '2040-12-31');
    const generated = timeline.filter((c) => !c.fixed);
    expect(generated.length).toBeGreaterThan(150);
    for (const c of generated) {
      expect(c.decisionDate).toBe(roundDay(monthIndex(c.decisionDate)));
      expect(c.score).toBeGreaterThanOrEqual(50);
      expect(c.score).toBeLessThan(90); // five stars are national, not in this demo
    }
    // some products are re-certified with a higher rating (3★ → 4★)
    const byProduct = new Map<string, number[]>();
    for (const c of timeline) byProduct.set(c.productKey, [...(byProduct.get(c.productKey) ?? []), c.score]);
    const upgraded = [...byProduct.values()].filter((scores) =>
      scores.some((score, i) => i > 0 && scores[i - 1]! < 70 && score >= 70),
    );
    expect(upgraded.length).toBeGreaterThan(0);
  });
});
