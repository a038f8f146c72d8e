import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { homeOf } from '../app/viewer';
import { useInvitationAccept } from '../components/account/useInvitationAccept';
import { Field } from '../components/form/Field';
import { FormErrors } from '../components/form/FormErrors';
import { splitUserErrors } from '../components/form/userErrors';

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
  const [accept, { loading }] = useInvitationAccept();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ byField: Record<string, string>; general: string[] }>({
    byField: {},
    general: [],
  });
  const summary = useRef<HTMLDivElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const local: Record<string, string> = {};
    if (password.length < MIN_PASSWORD)
      local.password = t('account.passwordShortError', { min: MIN_PASSWORD });
    else if (password !== again) local.again = t('account.passwordMismatch');
    if (Object.keys(local).length > 0) {
      setErrors({ byField: local, general: [] });
      window.setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    try {
      const payload = await accept({ token, password, displayName: displayName.trim() || null });
      if (payload?.viewer) {
        await navigate(homeOf(payload.viewer), { replace: true });
        return;
      }
      const tokenRefused = payload?.userErrors.some((e) => e.field.at(-1) === 'token');
      setErrors(
        tokenRefused
          ? { byField: {}, general: [t('account.invitationInvalid')] }
          : splitUserErrors(t, payload?.userErrors ?? [], (path) =>
              path === 'password' || path === 'displayName' ? path : null,
            ),
      );
    } catch {
      setErrors({ byField: {}, general: [t('account.failed')] });
    }
    window.setTimeout(() => summary.current?.focus(), 0);
  };

  return (
    <div className="login-page">
      <title>{`${t('account.invitationTitle')} · ${t('app.name')}`}</title>
      <div className="card login-card">
        <h1>{t('account.invitationTitle')}</h1>
        <p className="muted">{t('account.invitationLead')}</p>
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading}>
          <FormErrors
            ref={summary}
            byField={errors.byField}
            general={errors.general}
            fieldId={fieldId}
            title="form.errorSummary"
          />
          <Field
            id={fieldId('displayName')}
            label={t('account.displayName')}
            hint={t('account.displayNameHint')}
            error={errors.byField.displayName}
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
            error={errors.byField.password}
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
          <Field id={fieldId('again')} label={t('account.passwordAgain')} error={errors.byField.again}>
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
          <button type="submit" className="button form-submit" disabled={loading}>
            {loading && <span className="spinner spinner-small" aria-hidden="true" />}
            {loading ? t('account.submitting') : t('account.invitationSubmit')}
          </button>
        </form>
      </div>
    </div>
  );
}
