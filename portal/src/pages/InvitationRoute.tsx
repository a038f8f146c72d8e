import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { homeOf } from '../app/viewer';
import { useInvitationAccept } from '../components/account/useInvitationAccept';
import { Field } from '../components/form/Field';
import { FormErrors } from '../components/form/FormErrors';
import { SubmitButton } from '../components/form/SubmitButton';
import { useFormSubmit } from '../components/form/useFormSubmit';

const MIN_PASSWORD = 10;
const fieldId = (key: string) => `invitation-${key}`;

/**
 * The page of an invitation link (`/invitation/<token>`): the invited person chooses their
 * password (and may correct their name), and is logged in.
 */
export default function InvitationRoute() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [accept] = useInvitationAccept();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  // The invitation is public: a failure is never for want of a right, always "try again".
  const form = useFormSubmit({ forbidden: 'account.failed', failed: 'account.failed' });

  const onSubmit = form.handleSubmit(async () => {
    const local: Record<string, string> = {};
    if (password.length < MIN_PASSWORD)
      local.password = t('account.passwordShortError', { min: MIN_PASSWORD });
    else if (password !== again) local.again = t('account.passwordMismatch');
    if (Object.keys(local).length > 0) {
      form.showErrors({ byField: local, general: [] });
      return;
    }
    const payload = await accept({ token, password, displayName: displayName.trim() || null });
    if (payload?.viewer) {
      await navigate(homeOf(payload.viewer), { replace: true });
      return;
    }
    if (payload?.userErrors.some((e) => e.field.at(-1) === 'token'))
      form.showErrors({ byField: {}, general: [t('account.invitationInvalid')] });
    else
      form.showUserErrors(payload?.userErrors ?? [], (path) =>
        path === 'password' || path === 'displayName' ? path : null,
      );
  });

  return (
    <div className="login-page">
      <title>{`${t('account.invitationTitle')} · ${t('app.name')}`}</title>
      <div className="card login-card">
        <h1>{t('account.invitationTitle')}</h1>
        <p className="muted">{t('account.invitationLead')}</p>
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
          <FormErrors form={form} fieldId={fieldId} title="form.errorSummary" />
          <Field
            id={fieldId('displayName')}
            label={t('account.displayName')}
            hint={t('account.displayNameHint')}
            error={form.errors.byField.displayName}
          >
            {(p) => (
              <input
                {...p}
                type="text"
                autoComplete="name"
                value={displayName}
                onChange={(e) => setDisplayName(e.target.value)}
              />
            )}
          </Field>
          <Field
            id={fieldId('password')}
            label={t('account.newPassword')}
            hint={t('account.passwordTooShort', { min: MIN_PASSWORD })}
            error={form.errors.byField.password}
          >
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <Field id={fieldId('again')} label={t('account.passwordAgain')} error={form.errors.byField.again}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={again}
                onChange={(e) => setAgain(e.target.value)}
              />
            )}
          </Field>
          <SubmitButton
            busy={form.submitting}
            label={t('account.invitationSubmit')}
            busyLabel={t('account.submitting')}
            className="button form-submit"
          />
        </form>
      </div>
    </div>
  );
}
