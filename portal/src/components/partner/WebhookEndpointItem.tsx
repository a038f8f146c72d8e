import { useEffect, useRef, useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { WebhookEventType } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { failureMessage } from '../form/failure';
import { splitUserErrors, type UserErrorLike } from '../form/userErrors';
import { useFormatDateTime } from '../inquiry/Conversation';
import {
  useWebhookEndpointDelete,
  useWebhookEndpointRotateSecret,
  useWebhookEndpointUpdate,
} from './useWebhookEndpointActions';
import { EVENTS } from './WebhookEndpointForm';
import { useFocusAfterRender } from './useFocusAfterRender';

export const WebhookEndpointItem_endpoint = graphql(`
  fragment WebhookEndpointItem_endpoint on WebhookEndpoint {
    id
    url
    events
    consecutiveFailures
    disabledAt
    disabledReason
    deliveries {
      eventId
      eventType
      attempt
      attemptedAt
      statusCode
      durationMs
      error
    }
  }
`);

/** Deliveries shown per endpoint (the API keeps the last 20). */
const DELIVERIES_SHOWN = 5;

/** What the server writes as `disabledReason` when an endpoint was paused (not disabled by failures). */
const PAUSED = 'paused';

type Notice = { kind: 'done' | 'error'; text: string } | null;
type Mode = 'events' | 'rotate' | 'delete' | null;

/**
 * One webhook endpoint: where it delivers, what it receives, whether it is active, paused or was
 * disabled after failures (when, why), its failures in a row and its last deliveries with their
 * answers. It is paused or re-enabled with one button, its events changed in place, given a new
 * signing secret (after a confirmation; the secret goes to `onSecret`, shown once) or deleted
 * (after a confirmation; `onDeleted` then says so, the item leaving the list).
 */
export function WebhookEndpointItem(props: {
  endpoint: FragmentType<typeof WebhookEndpointItem_endpoint>;
  partnerId: string;
  onSecret: (rotated: { id: string; url: string; secret: string }) => void;
  onDeleted: (url: string) => void;
  /** Loads the list again (the endpoint was removed meanwhile). */
  onGone: () => void;
}) {
  const { t, tp } = useI18n();
  const formatDateTime = useFormatDateTime();
  const e = getFragmentData(WebhookEndpointItem_endpoint, props.endpoint);
  const [update, updating] = useWebhookEndpointUpdate();
  const [rotate, rotating] = useWebhookEndpointRotateSecret();
  const [remove, removing] = useWebhookEndpointDelete(props.partnerId);
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [events, setEvents] = useState<WebhookEventType[]>(e.events);
  const [eventsError, setEventsError] = useState<string | null>(null);
  const busy = updating.loading || rotating.loading || removing.loading;
  const disabled = !!e.disabledAt;
  const paused = disabled && e.disabledReason === PAUSED;
  const deliveries = e.deliveries.slice(0, DELIVERIES_SHOWN);
  const names = { url: e.url };
  const idPrefix = `endpoint-${e.id}`;
  const actions = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender();
  useEffect(() => {
    if (mode) panel.current?.focus();
  }, [mode]);
  /** Back to the buttons, the focus on the one named (they are in the page again at once). */
  const backTo = (selector: string, next: Notice = null) => {
    setMode(null);
    setNotice(next);
    focusLater(() => actions.current?.querySelector<HTMLButtonElement>(selector));
  };

  const refused = (errors: readonly UserErrorLike[]) =>
    setNotice({ kind: 'error', text: splitUserErrors(t, errors, () => null).general.join(' ') });
  const failed = (failure: unknown) => {
    const code = CombinedGraphQLErrors.is(failure) ? failure.errors[0]?.extensions?.['code'] : undefined;
    if (code === 'NOT_FOUND') {
      setNotice({ kind: 'error', text: t('partners.gone') });
      return props.onGone();
    }
    setNotice({
      kind: 'error',
      text: t(failureMessage(failure, { forbidden: 'partners.forbidden', failed: 'partners.failed' })),
    });
  };

  const setEnabled = async (enabled: boolean) => {
    setNotice(null);
    try {
      const { data } = await update({ variables: { input: { id: e.id, enabled } } });
      const payload = data?.webhookEndpointUpdate;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0) return refused(payload.userErrors);
      // The button changed (pause ↔ re-enable): the focus goes to the new one.
      backTo('.webhook-toggle', {
        kind: 'done',
        text: t(enabled ? 'partners.reenabledDone' : 'partners.pausedDone'),
      });
    } catch (failure) {
      failed(failure);
    }
  };

  const saveEvents = async () => {
    setEventsError(null);
    if (events.length === 0) return setEventsError(t('partners.eventsRequired'));
    setNotice(null);
    try {
      const { data } = await update({ variables: { input: { id: e.id, events } } });
      const payload = data?.webhookEndpointUpdate;
      if (!payload) throw new Error('no payload');
      const mine = payload.userErrors.filter((u) => u.field.at(-1) === 'events');
      if (mine.length > 0) return setEventsError(mine.map((u) => u.message).join(' '));
      if (payload.userErrors.length > 0) return refused(payload.userErrors);
      backTo('.webhook-events-button', { kind: 'done', text: t('partners.eventsSaved') });
    } catch (failure) {
      failed(failure);
    }
  };

  const rotateSecret = async () => {
    setNotice(null);
    try {
      const { data } = await rotate({ variables: { input: { id: e.id } } });
      const payload = data?.webhookEndpointRotateSecret;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0 || !payload.secret) return refused(payload.userErrors);
      setMode(null);
      props.onSecret({ id: e.id, url: e.url, secret: payload.secret });
    } catch (failure) {
      failed(failure);
    }
  };

  const deleteEndpoint = async () => {
    setNotice(null);
    try {
      const { data } = await remove({ variables: { input: { id: e.id } } });
      const payload = data?.webhookEndpointDelete;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0 || !payload.deletedId) return refused(payload.userErrors);
      props.onDeleted(e.url);
    } catch (failure) {
      failed(failure);
    }
  };

  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((now) => EVENTS.filter((x) => (x === event ? on : now.includes(x))));
  const confirmation = (text: string, yes: string, busyYes: string, danger: boolean, run: () => void) => (
    <div
      ref={panel}
      tabIndex={-1}
      className="key-confirm"
      role="group"
      aria-labelledby={`${idPrefix}-confirm`}
    >
      <p id={`${idPrefix}-confirm`}>{text}</p>
      <div className="form-buttons">
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button'}
          disabled={busy}
          onClick={run}
        >
          {busy && <span className="spinner spinner-small" aria-hidden="true" />}
          {busy ? busyYes : yes}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => backTo(mode === 'delete' ? '.webhook-delete' : '.webhook-rotate')}
        >
          {t('partners.no')}
        </button>
      </div>
    </div>
  );

  return (
    <li
      className={`webhook-item ${disabled ? 'webhook-item-disabled' : ''} ${paused ? 'webhook-item-paused' : ''}`}
      data-url={e.url}
      data-endpoint-id={e.id}
      data-state={paused ? 'paused' : disabled ? 'disabled' : 'active'}
    >
      <div className="key-head">
        <p className="webhook-url">
          <code>{e.url}</code>
        </p>
        <span
          className={`badge ${paused ? 'badge-expired' : disabled ? 'badge-revoked' : 'badge-valid'}`}
          data-state={paused ? 'paused' : disabled ? 'disabled' : 'active'}
        >
          {paused
            ? t('partners.webhookPaused')
            : disabled
              ? t('partners.webhookDisabled')
              : t('partners.webhookActive')}
        </span>
      </div>
      {paused ? (
        <p className="muted webhook-paused">
          {t('partners.webhookPausedOn', { when: formatDateTime(e.disabledAt as string) })}
        </p>
      ) : (
        disabled && (
          <p className="form-alert webhook-disabled">
            {t('partners.webhookDisabledOn', {
              when: formatDateTime(e.disabledAt as string),
              reason: e.disabledReason ?? '—',
            })}
          </p>
        )
      )}
      {mode === 'events' ? (
        <div ref={panel} tabIndex={-1} className="partner-subsection webhook-events-edit">
          <fieldset
            id={`${idPrefix}-events`}
            className={`choice-group ${eventsError ? 'field-invalid' : ''}`}
            aria-describedby={eventsError ? `${idPrefix}-events-error` : undefined}
          >
            <legend>{t('partners.events')}</legend>
            {EVENTS.map((event) => (
              <label key={event} className="checkbox-label">
                <input
                  type="checkbox"
                  name={`${idPrefix}-events`}
                  value={event}
                  checked={events.includes(event)}
                  onChange={(x) => toggle(event, x.target.checked)}
                />
                {t(`partners.eventName.${event}`)}
              </label>
            ))}
            {eventsError && (
              <p id={`${idPrefix}-events-error`} className="field-error" role="alert">
                {eventsError}
              </p>
            )}
          </fieldset>
          <div className="form-buttons">
            <button type="button" className="button" disabled={busy} onClick={() => void saveEvents()}>
              {busy && <span className="spinner spinner-small" aria-hidden="true" />}
              {busy ? t('partners.saving') : t('partners.eventsSubmit')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => (setEvents(e.events), setEventsError(null), backTo('.webhook-events-button'))}
            >
              {t('partners.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p className="webhook-events">
          <span className="visually-hidden">{t('partners.events')}: </span>
          {e.events.map((event) => (
            <span key={event} className="scope-chip">
              {t(`partners.eventName.${event}`)}
            </span>
          ))}
        </p>
      )}
      <p className={e.consecutiveFailures > 0 ? 'webhook-failing' : 'muted small'}>
        {e.consecutiveFailures > 0
          ? tp('partners.failures', e.consecutiveFailures)
          : t('partners.noFailures')}
      </p>
      {mode === 'rotate'
        ? confirmation(
            t('partners.rotateSecretConfirm'),
            t('partners.rotateSecretYes'),
            t('partners.rotating'),
            false,
            () => void rotateSecret(),
          )
        : mode === 'delete'
          ? confirmation(
              t('partners.deleteConfirm'),
              t('partners.deleteYes'),
              t('partners.deleting'),
              true,
              () => void deleteEndpoint(),
            )
          : mode === null && (
              <div ref={actions} className="form-buttons webhook-actions">
                <button
                  type="button"
                  className="button button-secondary webhook-toggle"
                  disabled={busy}
                  aria-label={t(disabled ? 'partners.reenableEndpoint' : 'partners.pauseEndpoint', names)}
                  onClick={() => void setEnabled(disabled)}
                >
                  {busy && <span className="spinner spinner-small" aria-hidden="true" />}
                  {disabled
                    ? t(busy ? 'partners.reenabling' : 'partners.reenable')
                    : t(busy ? 'partners.pausing' : 'partners.pause')}
                </button>
                <button
                  type="button"
                  className="button button-secondary webhook-events-button"
                  aria-label={t('partners.changeEventsFor', names)}
                  onClick={() => (setNotice(null), setEvents(e.events), setMode('events'))}
                >
                  {t('partners.changeEvents')}
                </button>
                <button
                  type="button"
                  className="button button-secondary webhook-rotate"
                  aria-label={t('partners.rotateSecretFor', names)}
                  onClick={() => (setNotice(null), setMode('rotate'))}
                >
                  {t('partners.rotateSecret')}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-danger-outline webhook-delete"
                  aria-label={t('partners.deleteEndpointFor', names)}
                  onClick={() => (setNotice(null), setMode('delete'))}
                >
                  {t('partners.deleteEndpoint')}
                </button>
              </div>
            )}
      {notice && (
        <p
          className={notice.kind === 'done' ? 'form-success' : 'form-alert'}
          role={notice.kind === 'done' ? 'status' : 'alert'}
        >
          {notice.text}
        </p>
      )}
      <h4 className="webhook-deliveries-title">{t('partners.deliveriesTitle')}</h4>
      {deliveries.length === 0 ? (
        <p className="muted small">{t('partners.noDeliveries')}</p>
      ) : (
        <ul className="delivery-list">
          {deliveries.map((d) => {
            const ok = d.statusCode !== null && d.statusCode !== undefined && d.statusCode < 300;
            return (
              <li key={`${d.eventId}-${d.attempt}`} className="delivery" data-status={d.statusCode ?? ''}>
                <span className={`delivery-status ${ok ? 'delivery-ok' : 'delivery-failed'}`}>
                  {ok
                    ? t('partners.deliveryOk', { status: d.statusCode as number })
                    : d.statusCode
                      ? t('partners.deliveryFailed', { status: d.statusCode })
                      : t('partners.deliveryNoAnswer')}
                </span>
                <span>
                  <code>{d.eventType}</code> · {t('partners.deliveryAttempt', { n: d.attempt })}
                </span>
                <span className="muted small">
                  {formatDateTime(d.attemptedAt)} · {t('partners.deliveryDuration', { ms: d.durationMs })}
                </span>
                {d.error && <span className="delivery-error">{d.error}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
