import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { useIdempotencyKey } from '../form/useIdempotencyKey';
import { EMPTY_TARGET, RoleTargetFields, targetInput, type RoleTarget } from './RoleTargetFields';
import { useUserInvite } from './useUserInvite';

const FIELDS = ['email', 'displayName', 'locale', 'role', 'producerId', 'unitId'] as const;
const fieldId = (key: string) => `invite-${key}`;

/**
 * Inviting a person with one role. The platform sends no e-mail and keeps only a hash of the
 * token, so the link is shown here once, to copy and pass on; "invite someone else" forgets it.
 * A retry of the same input carries the same idempotency key (one user, a fresh link).
 */
export function InviteForm(props: { onInvited: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [locale, setLocale] = useState<'vi' | 'en'>('vi');
  const [target, setTarget] = useState<RoleTarget>(EMPTY_TARGET);
  const [invited, setInvited] = useState<{ email: string; link: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [invite] = useUserInvite();
  const keyFor = useIdempotencyKey();
  const form = useFormSubmit({ forbidden: 'admin.forbidden', failed: 'admin.failed' });

  const onSubmit = form.handleSubmit(async () => {
    const input = {
      email: email.trim(),
      displayName: displayName.trim(),
      locale,
      ...targetInput(target),
    };
    const { data } = await invite({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
    const payload = data?.userInvite;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.invitationUrl) {
      form.showUserErrors(
        payload.userErrors,
        (path) => ((FIELDS as readonly string[]).includes(path) ? path : null),
        (key) => (key === 'email' && !email.trim()) || (key === 'displayName' && !displayName.trim()),
      );
      return;
    }
    form.clearErrors();
    setInvited({ email: input.email, link: new URL(payload.invitationUrl, window.location.origin).href });
    setCopied(false);
    props.onInvited();
  });

  const another = () => {
    setInvited(null);
    setEmail('');
    setDisplayName('');
    setTarget(EMPTY_TARGET);
  };

  if (invited)
    return (
      <div className="invite-done" role="status">
        <p className="form-success">{t('admin.invited', { email: invited.email })}</p>
        <div className="invite-link">
          <label htmlFor="invite-link" className="visually-hidden">
            {t('admin.invitationLink')}
          </label>
          <input
            id="invite-link"
            type="text"
            readOnly
            value={invited.link}
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard?.writeText(invited.link).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t('admin.copied') : t('admin.copy')}
          </button>
        </div>
        <p className="muted small">{t('admin.onlyOnce')}</p>
        <button type="button" className="button button-secondary" onClick={another}>
          {t('admin.inviteAnother')}
        </button>
      </div>
    );

  const err = (key: string) => form.errors.byField[key];
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={fieldId} title="admin.errorSummary" />
      <div className="form-grid">
        <Field id={fieldId('email')} label={t('admin.email')} error={err('email')}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field id={fieldId('displayName')} label={t('admin.displayName')} error={err('displayName')}>
          {(p) => (
            <input {...p} type="text" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          )}
        </Field>
        <Field id={fieldId('locale')} label={t('admin.locale')} error={err('locale')}>
          {(p) => (
            <select {...p} value={locale} onChange={(e) => setLocale(e.target.value as 'vi' | 'en')}>
              <option value="vi">{t('admin.localeVi')}</option>
              <option value="en">{t('admin.localeEn')}</option>
            </select>
          )}
        </Field>
      </div>
      <RoleTargetFields
        idPrefix="invite"
        value={target}
        onChange={setTarget}
        errors={{ role: err('role'), producerId: err('producerId'), unitId: err('unitId') }}
      />
      <div className="form-buttons">
        <SubmitButton
          busy={form.submitting}
          label={t('admin.inviteSubmit')}
          busyLabel={t('admin.inviting')}
        />
      </div>
    </form>
  );
}
