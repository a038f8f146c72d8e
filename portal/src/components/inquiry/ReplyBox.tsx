import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import type { UserErrorLike } from '../form/userErrors';

const fieldId = (key: string) => `reply-${key}`;

/**
 * A reply to an inquiry, from either side. `send` posts the body with an idempotency key that
 * stays the same until a reply is accepted — a retry after a lost answer or a double click adds
 * the message once — and answers the API's user errors (none: sent).
 */
export function ReplyBox(props: {
  send: (body: string, idempotencyKey: string) => Promise<readonly UserErrorLike[]>;
}) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [done, setDone] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const form = useFormSubmit({ forbidden: 'inquiry.notAllowed', failed: 'inquiry.replyFailed' });

  const onSubmit = form.handleSubmit(async () => {
    setDone(false);
    if (!body.trim()) {
      form.showErrors({ byField: { body: t('inquiry.required') }, general: [] });
      return;
    }
    const errors = await props.send(body.trim(), key);
    if (errors.length > 0) {
      form.showUserErrors(
        errors,
        (path) => (path === 'body' ? 'body' : null),
        () => !body.trim(),
      );
      return;
    }
    form.clearErrors();
    setKey(crypto.randomUUID());
    setBody('');
    setDone(true);
  });

  return (
    <form className="form reply-form card" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={fieldId} title="inquiry.errorSummary" />
      <Field id={fieldId('body')} label={t('inquiry.replyLabel')} error={form.errors.byField['body']}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={4000}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              setDone(false);
            }}
          />
        )}
      </Field>
      <div className="form-buttons">
        <SubmitButton
          busy={form.submitting}
          label={t('inquiry.replySend')}
          busyLabel={t('inquiry.replySending')}
        />
      </div>
      <p className="muted small" role="status">
        {done ? t('inquiry.replied') : ''}
      </p>
    </form>
  );
}
