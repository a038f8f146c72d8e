import { useState } from 'react';
import { usePlatformToday } from '../../app/platformToday';
import type { ContactChannel } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import type { UserErrorLike } from '../form/userErrors';
import {
  EMPTY_INQUIRY,
  inquiryClientErrors,
  inquiryFieldId,
  inquiryFormKey,
  inquiryInput,
  type InquiryTarget,
  type InquiryValues,
} from './inquiryForm';
import { InquirySent } from './InquirySent';
import { useInquirySend } from './useInquirySend';

const CHANNELS: readonly ContactChannel[] = ['PHONE', 'ZALO', 'EMAIL'];

/** A fresh idempotency key: a random UUID (crypto.randomUUID is there on every page served over https or localhost). */
const newKey = () => crypto.randomUUID();

/**
 * The buyer's inquiry (a request for quotation) to a producer, without an account: what, how much,
 * where and by when, the message, and who asks, with their consent to share the contact.
 *
 * The idempotency key is made once for the form: a double click, or a retry after a lost answer
 * or a refusal, sends the same key, so the platform records one inquiry. Only when the API says
 * the key was already used for other content (an earlier try that did arrive, then edited) does
 * the form take a new key — the buyer is told, and sends again on purpose.
 *
 * `website` is a honeypot: a field off-screen, hidden from screen readers and out of the tab
 * order, that people never fill and form-filling robots do.
 */
export function InquiryForm(props: {
  target: InquiryTarget;
  producerName: string;
  /** Shown above the fields: the product or listing asked about (none for a producer). */
  regarding: string | null;
  provinces: ReadonlyArray<{ code: string; name: string }>;
}) {
  const { target, producerName, regarding, provinces } = props;
  const { t, locale, formatDate } = useI18n();
  const today = usePlatformToday();
  const [values, setValues] = useState<InquiryValues>(EMPTY_INQUIRY);
  const [key, setKey] = useState(newKey);
  const [sent, setSent] = useState<{ token: string | null; reference: string | null } | null>(null);
  const [send] = useInquirySend();
  const form = useFormSubmit({ forbidden: 'inquiry.notAllowed', failed: 'inquiry.failed' });
  const errors = form.errors.byField;

  const set = <K extends keyof InquiryValues>(field: K, value: InquiryValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));

  /** The API's errors in the form's words where its own are generic or for programs. */
  const reword = (error: UserErrorLike & { retryAfterSeconds?: number | null }): UserErrorLike => {
    const path = error.field.slice(error.field[0] === 'input' ? 1 : 0).join('.');
    if (error.code === 'SENDER_BLOCKED') return { ...error, field: [], message: t('inquiry.senderBlocked') };
    if (error.code === 'THROTTLED') {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
      return { ...error, field: [], message: t('inquiry.throttled', { minutes }) };
    }
    if (error.code === 'IDEMPOTENCY_KEY_REUSED')
      return { ...error, field: [], message: t('inquiry.keyReused') };
    if (error.code === 'REQUIRED' && path === 'consentToShare')
      return { ...error, code: 'INVALID', message: t('inquiry.consentRequired') };
    if (error.code === 'REQUIRED' && (path === 'phone' || path === 'email'))
      return { ...error, code: 'INVALID', message: t('inquiry.contactRequired') };
    return error;
  };

  const onSubmit = form.handleSubmit(async () => {
    const local = inquiryClientErrors(values, today);
    if (Object.keys(local).length > 0) {
      form.showErrors({
        byField: Object.fromEntries(
          Object.entries(local).map(([field, message]) => [
            field,
            t(message, { today: today ? formatDate(today) : '' }),
          ]),
        ),
        general: [],
      });
      return;
    }
    const { data } = await send({
      variables: { input: { ...inquiryInput(target, values, locale), idempotencyKey: key } },
    });
    const payload = data?.inquirySend;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0) {
      if (payload.userErrors.some((e) => e.code === 'IDEMPOTENCY_KEY_REUSED')) setKey(newKey());
      form.showUserErrors(payload.userErrors.map(reword), inquiryFormKey, (field) => {
        const value = values[field as keyof InquiryValues];
        return typeof value === 'string' && value.trim() === '';
      });
      return;
    }
    form.clearErrors();
    setSent({ token: payload.buyerToken ?? null, reference: payload.inquiry?.reference ?? null });
  });

  if (sent) return <InquirySent token={sent.token} reference={sent.reference} producerName={producerName} />;

  const todayText = today ? formatDate(today) : '';
  return (
    <form className="form inquiry-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={inquiryFieldId} title="inquiry.errorSummary" />
      <fieldset className="form-section">
        <legend>{t('inquiry.whatTitle')}</legend>
        {regarding && (
          <p className="inquiry-regarding">
            {t('inquiry.regarding')}: <strong lang="vi">{regarding}</strong>
          </p>
        )}
        <Field
          id={inquiryFieldId('subject')}
          label={t('inquiry.subject')}
          hint={t('inquiry.subjectHint')}
          error={errors['subject']}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={200}
              value={values.subject}
              onChange={(e) => set('subject', e.target.value)}
            />
          )}
        </Field>
        <div className="form-grid">
          <Field id={inquiryFieldId('quantity')} label={t('inquiry.quantity')} error={errors['quantity']}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={values.quantity}
                onChange={(e) => set('quantity', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={inquiryFieldId('unit')}
            label={t('inquiry.unit')}
            hint={t('inquiry.unitHint')}
            error={errors['unit']}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={40}
                value={values.unit}
                onChange={(e) => set('unit', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={inquiryFieldId('deliveryProvinceCode')}
            label={t('inquiry.province')}
            error={errors['deliveryProvinceCode']}
          >
            {(control) => (
              <select
                {...control}
                value={values.deliveryProvinceCode}
                onChange={(e) => set('deliveryProvinceCode', e.target.value)}
              >
                <option value="">{t('inquiry.provinceNone')}</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={inquiryFieldId('wantedBy')}
            label={t('inquiry.wantedBy')}
            hint={today ? t('inquiry.wantedByHint', { today: todayText }) : undefined}
            error={errors['wantedBy']}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                min={today ?? undefined}
                value={values.wantedBy}
                onChange={(e) => set('wantedBy', e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field
          id={inquiryFieldId('message')}
          label={`${t('inquiry.message')} *`}
          hint={t('inquiry.messageHint')}
          error={errors['message']}
        >
          {(control) => (
            <textarea
              {...control}
              rows={5}
              maxLength={4000}
              required
              value={values.message}
              onChange={(e) => set('message', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('inquiry.whoTitle')}</legend>
        <div className="form-grid">
          <Field
            id={inquiryFieldId('buyerName')}
            label={`${t('inquiry.buyerName')} *`}
            error={errors['buyerName']}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="name"
                maxLength={120}
                required
                value={values.buyerName}
                onChange={(e) => set('buyerName', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={inquiryFieldId('organisation')}
            label={t('inquiry.organisation')}
            hint={t('inquiry.organisationHint')}
            error={errors['organisation']}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="organization"
                maxLength={200}
                value={values.organisation}
                onChange={(e) => set('organisation', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={inquiryFieldId('phone')}
            label={t('inquiry.phone')}
            hint={t('inquiry.contactHint')}
            error={errors['phone']}
          >
            {(control) => (
              <input
                {...control}
                type="tel"
                autoComplete="tel"
                maxLength={20}
                value={values.phone}
                onChange={(e) => set('phone', e.target.value)}
              />
            )}
          </Field>
          <Field id={inquiryFieldId('email')} label={t('inquiry.email')} error={errors['email']}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="email"
                maxLength={254}
                value={values.email}
                onChange={(e) => set('email', e.target.value)}
              />
            )}
          </Field>
        </div>
        <fieldset
          className={`inquiry-channels ${errors['preferredChannel'] ? 'field-invalid' : ''}`.trim()}
          id={inquiryFieldId('preferredChannel')}
          tabIndex={-1}
          aria-describedby={errors['preferredChannel'] ? inquiryFieldId('preferredChannel-error') : undefined}
        >
          <legend>{t('inquiry.channel')}</legend>
          <div className="inquiry-channel-options">
            {CHANNELS.map((channel) => (
              <label key={channel} className="checkbox-label">
                <input
                  type="radio"
                  name="preferredChannel"
                  value={channel}
                  checked={values.preferredChannel === channel}
                  onChange={() => set('preferredChannel', channel)}
                />
                {t(`inquiry.channelName.${channel}`)}
              </label>
            ))}
          </div>
          {errors['preferredChannel'] && (
            <p id={inquiryFieldId('preferredChannel-error')} className="field-error">
              {errors['preferredChannel']}
            </p>
          )}
        </fieldset>
        <div className={`field ${errors['consent'] ? 'field-invalid' : ''}`.trim()}>
          <label className="checkbox-label inquiry-consent">
            <input
              id={inquiryFieldId('consent')}
              type="checkbox"
              checked={values.consent}
              aria-invalid={errors['consent'] ? true : undefined}
              aria-describedby={errors['consent'] ? inquiryFieldId('consent-error') : undefined}
              onChange={(e) => set('consent', e.target.checked)}
            />
            <span>{t('inquiry.consent', { producer: producerName })}</span>
          </label>
          {errors['consent'] && (
            <p id={inquiryFieldId('consent-error')} className="field-error">
              {errors['consent']}
            </p>
          )}
        </div>
      </fieldset>

      {/* The honeypot: off-screen, hidden from screen readers, out of the tab order, never autofilled. */}
      <div className="inquiry-hp" aria-hidden="true" data-testid="inquiry-honeypot">
        <label htmlFor={inquiryFieldId('website')}>{t('inquiry.website')}</label>
        <input
          id={inquiryFieldId('website')}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.website}
          onChange={(e) => set('website', e.target.value)}
        />
      </div>

      <div className="form-actions">
        <div className="form-buttons">
          <SubmitButton
            busy={form.submitting}
            label={t('inquiry.send')}
            busyLabel={t('inquiry.sending')}
            className="button inquiry-send"
          />
        </div>
      </div>
    </form>
  );
}
