import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useI18n } from '../../i18n/i18n';
import { renderWithProviders } from '../../test-utils';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import { SubmitButton } from './SubmitButton';
import { useFormSubmit } from './useFormSubmit';

type Form = ReturnType<typeof useFormSubmit>;

/** The smallest form built the portal's way: one field, the summary, the submit button. */
function NameForm(props: { send: (form: Form) => Promise<void> }) {
  const { t } = useI18n();
  const form = useFormSubmit({ forbidden: 'official.forbidden', failed: 'official.failed' });
  return (
    <form
      aria-label="Thử"
      onSubmit={form.handleSubmit(() => props.send(form))}
      noValidate
      aria-busy={form.submitting}
    >
      <FormErrors form={form} fieldId={(key) => `test-${key}`} title="form.errorSummary" />
      <Field id="test-name" label="Tên" error={form.errors.byField['name']}>
        {(p) => <input {...p} type="text" />}
      </Field>
      <SubmitButton busy={form.submitting} label={t('official.save')} busyLabel={t('official.saving')} />
    </form>
  );
}

const userError = (field: string[], code: string, message: string) => ({ field, code, message });

describe('useFormSubmit', () => {
  it('puts a user error of a field beside it and the others in the summary, which takes the focus', async () => {
    let succeed = false;
    renderWithProviders(
      <NameForm
        send={async (form) => {
          await Promise.resolve();
          if (succeed) {
            form.clearErrors();
            return;
          }
          form.showUserErrors(
            [
              userError(['input', 'name'], 'TOO_SHORT', 'Quá nhỏ: mong đợi string có >=1 ký tự'),
              userError(['input', 'name'], 'TOO_LONG', 'Quá dài'),
              userError(['input', 'producerId'], 'NOT_FOUND', 'Không có chủ thể này.'),
              userError(['input'], 'RATE_LIMITED', 'Thử lại sau'),
            ],
            (path) => (path === 'name' ? path : null),
            (key) => key === 'name',
          );
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));

    const summary = await screen.findByRole('alert');
    // The field's first error, in the portal's words (an empty field reads "cannot be empty").
    const name = screen.getByLabelText('Tên');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Không được để trống mục này.');
    // The summary counts what to fix, links the field's error to it and lists the rest.
    expect(within(summary).getByText('Có 3 chỗ cần sửa.')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Không được để trống mục này.' })).toHaveAttribute(
      'href',
      '#test-name',
    );
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Không được để trống mục này.', 'Không có chủ thể này.', 'Thử lại sau']);
    await expect.poll(() => document.activeElement).toBe(summary);

    succeed = true;
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    await expect.poll(() => screen.queryByRole('alert')).toBeNull();
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('is busy while sending: the button disabled with its spinner, a second submit ignored', async () => {
    let answer!: () => void;
    const send = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    renderWithProviders(<NameForm send={send} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));

    const button = await screen.findByRole('button', { name: 'Đang ghi…' });
    expect(button).toBeDisabled();
    expect(button.querySelector('.spinner')).not.toBeNull();
    const form = screen.getByRole('form', { name: 'Thử' });
    expect(form).toHaveAttribute('aria-busy', 'true');
    // Enter in a field submits even while the button is disabled: it must not send twice.
    fireEvent.submit(form);
    expect(send).toHaveBeenCalledTimes(1);

    answer();
    const again = await screen.findByRole('button', { name: 'Ghi nhận' });
    expect(again).toBeEnabled();
    expect(again.querySelector('.spinner')).toBeNull();
    expect(form).toHaveAttribute('aria-busy', 'false');
    await userEvent.click(again);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('says a failure the mutation throws in the summary, focused, and a refusal for want of a right in its words', async () => {
    const failures: unknown[] = [
      new TypeError('Failed to fetch'),
      new CombinedGraphQLErrors({
        data: null,
        errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
      }),
    ];
    renderWithProviders(<NameForm send={() => Promise.reject(failures.shift())} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Có 1 chỗ cần sửa.');
    expect(summary).toHaveTextContent('Không ghi được. Vui lòng thử lại.');
    await expect.poll(() => document.activeElement).toBe(summary);
    // Sending is over: the person may try again.
    expect(screen.getByRole('button', { name: 'Ghi nhận' })).toBeEnabled();

    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    await expect
      .poll(() => screen.getByRole('alert').textContent)
      .toContain('Bạn không có quyền ghi nhận cho đơn vị này.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Không ghi được');
  });

  it('speaks English to an English reader', async () => {
    renderWithProviders(<NameForm send={() => Promise.reject(new TypeError('Failed to fetch'))} />, {
      locale: 'en',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Items to fix: 1.');
    expect(summary).toHaveTextContent('Could not record. Please try again.');
  });
});
