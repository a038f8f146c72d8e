import { useState } from 'react';
import type { WebhookEventType } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { useWebhookEndpointCreate } from './useWebhookEndpointCreate';

export const EVENTS: readonly WebhookEventType[] = [
  'CERTIFICATE_REVOKED',
  'CERTIFICATE_EXPIRED',
  'PRODUCT_LISTED',
  'PRODUCT_WITHDRAWN',
  'LISTING_CHANGED',
];
const FIELDS = ['url', 'events'] as const;

/**
 * Registering a webhook endpoint: its https URL and the events it wants (checkboxes). The API
 * checks that the host resolves to public addresses only; its refusal is shown under the URL,
 * which keeps what was typed. On success the signing secret goes to `onCreated`, shown once.
 */
export function WebhookEndpointForm(props: {
  partnerId: string;
  idPrefix: string;
  onCreated: (created: { url: string; secret: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { partnerId, idPrefix } = props;
  const fieldId = (key: string) => `${idPrefix}-${key}`;
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const [create] = useWebhookEndpointCreate(partnerId);
  const form = useFormSubmit({ forbidden: 'partners.forbidden', failed: 'partners.failed' });

  const onSubmit = form.handleSubmit(async () => {
    const byField: Record<string, string> = {};
    if (!url.trim()) byField.url = t('form.required');
    if (events.length === 0) byField.events = t('partners.eventsRequired');
    if (Object.keys(byField).length > 0) return form.showErrors({ byField, general: [] });

    const { data } = await create({ variables: { input: { partnerId, url: url.trim(), events } } });
    const payload = data?.webhookEndpointCreate;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.secret) {
      form.showUserErrors(payload.userErrors, (path) =>
        (FIELDS as readonly string[]).includes(path) ? path : null,
      );
      return;
    }
    form.clearErrors();
    props.onCreated({ url: url.trim(), secret: payload.secret });
  });

  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((now) => EVENTS.filter((e) => (e === event ? on : now.includes(e))));
  const err = (key: string) => form.errors.byField[key];
  const eventsError = err('events');
  return (
    <form className="form partner-subform" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={fieldId} title="partners.errorSummary" />
      <Field id={fieldId('url')} label={t('partners.url')} hint={t('partners.urlHint')} error={err('url')}>
        {(p) => (
          <input
            {...p}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        )}
      </Field>
      <fieldset
        id={fieldId('events')}
        className={`choice-group ${eventsError ? 'field-invalid' : ''}`}
        aria-describedby={eventsError ? `${fieldId('events')}-error` : undefined}
        tabIndex={-1}
      >
        <legend>{t('partners.events')}</legend>
        {EVENTS.map((event) => (
          <label key={event} className="checkbox-label">
            <input
              type="checkbox"
              name="events"
              value={event}
              checked={events.includes(event)}
              onChange={(e) => toggle(event, e.target.checked)}
            />
            {t(`partners.eventName.${event}`)}
          </label>
        ))}
        {eventsError && (
          <p id={`${fieldId('events')}-error`} className="field-error">
            {eventsError}
          </p>
        )}
      </fieldset>
      <div className="form-buttons">
        <SubmitButton
          busy={form.submitting}
          label={t('partners.webhookSubmit')}
          busyLabel={t('partners.webhookAdding')}
        />
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          {t('partners.cancel')}
        </button>
      </div>
    </form>
  );
}
