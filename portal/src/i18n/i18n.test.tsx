import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useI18n, type Locale, type PluralKey } from './i18n';

function Counted({ id, count, params }: { id: PluralKey; count: number; params?: Record<string, string> }) {
  const { tp } = useI18n();
  return <p>{tp(id, count, params)}</p>;
}

const say = (locale: Locale, id: PluralKey, count: number, params?: Record<string, string>) => {
  const { unmount } = render(
    <I18nProvider locale={locale}>
      <Counted id={id} count={count} params={params} />
    </I18nProvider>,
  );
  const text = screen.getByRole('paragraph').textContent;
  unmount();
  return text;
};

describe('plural forms (Intl.PluralRules)', () => {
  it('English: one for 1, other for 0, 2 and more; the count formatted', () => {
    expect(say('en', 'catalogue.count', 1)).toBe('1 product');
    expect(say('en', 'catalogue.count', 0)).toBe('0 products');
    expect(say('en', 'catalogue.count', 2)).toBe('2 products');
    expect(say('en', 'catalogue.count', 1200)).toBe('1,200 products');
    expect(say('en', 'catalogue.countSearch', 1, { q: 'gạo' })).toBe('1 product for “gạo”');
    expect(say('en', 'catalogue.shown', 1, { shown: '1' })).toBe('Showing 1 of 1 product');
    expect(say('en', 'commune.checklist.showAll', 1)).toBe('Show the 1 criterion met');
    expect(say('en', 'commune.checklist.showAll', 19)).toBe('Show the 19 criteria met');
    expect(say('en', 'producer.areas.households', 1)).toBe('1 household');
    expect(say('en', 'home.producers', 1)).toBe('1 producer');
    expect(say('en', 'statistics.reform.lastFigure', 1, { date: '1 Jan', province: 'X', met: '1' })).toBe(
      'On 1 Jan, before the reform, X had 1 of 1 commune at New Rural standard.',
    );
    // The official pages' counts (issue 13: "1 criteria", "1 entries shown").
    expect(say('en', 'official.unanswered', 1)).toBe('1 criterion not assessed yet.');
    expect(say('en', 'official.unanswered', 3)).toBe('3 criteria not assessed yet.');
    expect(say('en', 'official.shown', 1)).toBe('1 entry shown');
    expect(say('en', 'official.shown', 50)).toBe('50 entries shown');
    expect(
      say('en', 'official.refusalSummary', 1, { source: 's', from: 'a', until: 'b', inFull: '5' }),
    ).toMatch(/^1 more refusal of this kind from s/);
  });

  it('Vietnamese has one form, the numbers as Vietnamese write them', () => {
    expect(say('vi', 'catalogue.count', 1)).toBe('1 sản phẩm');
    expect(say('vi', 'catalogue.count', 1200)).toBe('1.200 sản phẩm');
    expect(say('vi', 'commune.villages.summary', 1, { met: '1' })).toBe('1/1 thôn, bản đạt chuẩn NTM');
    expect(say('vi', 'official.unanswered', 1)).toBe('Còn 1 tiêu chí chưa chấm.');
    expect(say('vi', 'official.shown', 1200)).toBe('Đang hiện 1.200 mục');
  });
});
