import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test-utils';
import { CriteriaChecklist, CriteriaChecklist_evaluation } from './CriteriaChecklist';

const NAMES: Array<[string, string]> = [
  ['Giao thông', 'Transport'],
  ['Thủy lợi', 'Irrigation'],
  ['Điện', 'Electricity'],
  ['Cơ sở hạ tầng thương mại nông thôn', 'Rural commercial infrastructure'],
  ['Thông tin và Truyền thông', 'Information and communications'],
  ['Nhà ở dân cư', 'Housing'],
  ['Thu nhập', 'Income'],
  ['Hộ nghèo', 'Poor households'],
  ['Lao động có việc làm', 'Employed labour'],
  ['Tổ chức sản xuất', 'Production organisation'],
  ['Giáo dục và Đào tạo', 'Education and training'],
  ['Y tế', 'Health'],
  ['Văn hóa', 'Culture'],
  ['Môi trường và an toàn thực phẩm', 'Environment and food safety'],
  ['Hệ thống chính trị và tiếp cận pháp luật', 'Political system and access to law'],
  ['Quốc phòng và An ninh', 'Defence and security'],
];

/** Thanh Hưng's evaluation of May 2021 against the advanced set: 14 of 16, income and environment not met. */
function evaluation(unmet: number[] = [7, 14]) {
  // Results arrive in any order: the checklist sorts them by criterion number.
  const results = NAMES.map(([nameVi, nameEn], index) => ({
    met: !unmet.includes(index + 1),
    note: unmet.includes(index + 1) ? `Lý do chưa đạt tiêu chí ${index + 1}` : null,
    criterion: { id: `c${index + 1}`, number: index + 1, nameVi, nameEn },
  })).reverse();
  const met = NAMES.length - unmet.length;
  return makeFragmentData(
    {
      id: 'e1',
      evaluatedOn: '2021-05-14',
      progress: `${met}/16`,
      criteriaMet: met,
      criteriaTotal: 16,
      assessor: 'Ban Chỉ đạo các Chương trình MTQG huyện Điện Biên',
      note: null,
      criteriaSet: {
        id: 's1',
        code: 'NTM-11-ADVANCED-COMMUNE-2019-2021',
        nameVi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Điện Biên',
        nameEn: 'Điện Biên province criteria for advanced new-rural communes',
        tier: 'ADVANCED',
        illustrative: true,
        legalDocument: 'Bộ tiêu chí xã NTM nâng cao tỉnh Điện Biên',
      },
      results,
    },
    CriteriaChecklist_evaluation,
  );
}

describe('CriteriaChecklist', () => {
  it('shows "14/16" with a progress bar and every criterion met or not met, by number', () => {
    renderWithProviders(<CriteriaChecklist evaluation={evaluation()} />);
    expect(screen.getByText('14/16')).toBeInTheDocument();
    expect(screen.getByText('đạt 14 trên 16 tiêu chí')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Số tiêu chí đạt' });
    expect(bar).toHaveAttribute('aria-valuenow', '14');
    expect(bar).toHaveAttribute('aria-valuemax', '16');
    expect(bar).toHaveAttribute('aria-valuetext', '14/16');

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(16);
    expect(items.map((item) => item.querySelector('.criterion-number')?.textContent)).toEqual(
      NAMES.map((_, index) => `${index + 1}.`),
    );
    items.forEach((item, index) => {
      const number = index + 1;
      expect(item).toHaveTextContent(NAMES[index]![0]);
      const met = number !== 7 && number !== 14;
      expect(item.querySelector('.criterion-verdict')).toHaveTextContent(met ? /^Đạt$/ : /^Chưa đạt$/);
      expect(item.querySelector('.criterion-mark')).toHaveTextContent(met ? '✓' : '✗');
      expect(item).toHaveClass(met ? 'criterion-met' : 'criterion-unmet');
    });
    // Why a criterion is not met is shown with it, and the unmet ones are summed up first.
    expect(items[6]).toHaveTextContent('Lý do chưa đạt tiêu chí 7');
    expect(screen.getByText('Còn 2 tiêu chí chưa đạt:').parentElement).toHaveTextContent(
      'Thu nhập, Môi trường và an toàn thực phẩm',
    );
  });

  it('speaks English: names, verdicts and the set', () => {
    renderWithProviders(<CriteriaChecklist evaluation={evaluation()} />, { locale: 'en' });
    expect(screen.getByRole('heading', { name: /advanced new-rural communes/ })).toBeInTheDocument();
    expect(screen.getByText('14 of 16 criteria met')).toBeInTheDocument();
    const income = screen.getByText('Income').closest('li')!;
    expect(income).toHaveTextContent('Not met');
    expect(screen.getByText('Transport').closest('li')).toHaveTextContent('Met');
  });

  it('folds the list of a set met in full, which reads 16/16 and has nothing unmet', () => {
    renderWithProviders(<CriteriaChecklist evaluation={evaluation([])} />);
    expect(screen.getByText('16/16')).toBeInTheDocument();
    expect(screen.queryByText(/chưa đạt:/)).not.toBeInTheDocument();
    const details = screen.getByText('Xem 16 tiêu chí đã đạt').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getAllByRole('listitem', { hidden: true })).toHaveLength(16);
  });
});
