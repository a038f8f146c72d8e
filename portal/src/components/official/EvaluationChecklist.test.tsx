import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test-utils';
import { EvaluationChecklist, type CriterionAnswer } from './EvaluationChecklist';

const CRITERIA = Array.from({ length: 19 }, (_, i) => ({
  id: `c${i + 1}`,
  number: i + 1,
  nameVi: `Tiêu chí ${i + 1}`,
  nameEn: `Criterion ${i + 1}`,
}));

function Harness({ errors = {} }: { errors?: Record<string, string> }) {
  const [answers, setAnswers] = useState<Record<string, CriterionAnswer>>({});
  return (
    <EvaluationChecklist
      criteria={CRITERIA}
      answers={answers}
      onChange={(id, answer) => setAnswers((a) => ({ ...a, [id]: answer }))}
      errors={errors}
    />
  );
}

describe('EvaluationChecklist', () => {
  it('counts the criteria met as they are ticked: "14/19 đạt"', async () => {
    renderWithProviders(<Harness />);
    expect(screen.getByText('0/19 đạt')).toBeInTheDocument();
    expect(screen.getByText('Còn 19 tiêu chí chưa chấm.')).toBeInTheDocument();
    for (const c of CRITERIA.slice(0, 14))
      await userEvent.click(
        within(screen.getByRole('group', { name: `${c.number}. ${c.nameVi}` })).getByLabelText('Đạt'),
      );
    for (const c of CRITERIA.slice(14))
      await userEvent.click(
        within(screen.getByRole('group', { name: `${c.number}. ${c.nameVi}` })).getByLabelText('Chưa đạt'),
      );
    expect(screen.getByText('14/19 đạt')).toBeInTheDocument();
    expect(screen.queryByText(/chưa chấm/)).not.toBeInTheDocument();
    // Changing one's mind counts too.
    await userEvent.click(
      within(screen.getByRole('group', { name: '19. Tiêu chí 19' })).getByLabelText('Đạt'),
    );
    expect(screen.getByText('15/19 đạt')).toBeInTheDocument();
  });

  it('shows an error under the criterion its path points at', () => {
    renderWithProviders(<Harness errors={{ 'results.2': 'Thiếu kết quả' }} />);
    const third = screen.getByRole('group', { name: '3. Tiêu chí 3' });
    expect(third).toHaveAttribute('aria-invalid', 'true');
    expect(third).toHaveAccessibleDescription('Thiếu kết quả');
  });
});
