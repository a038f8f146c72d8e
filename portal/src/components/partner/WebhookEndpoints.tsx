import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { ErrorState, Loading } from '../PageState';
import { PartnerWebhooksQuery } from './partnerWebhooksQuery';
import { ShownOnce } from './ShownOnce';
import { WebhookEndpointForm } from './WebhookEndpointForm';
import { WebhookEndpointItem } from './WebhookEndpointItem';
import { useFocusAfterRender } from './useFocusAfterRender';

/**
 * A partner's webhook endpoints (loaded when opened: the API answers them one partner at a time),
 * each managed in its item, and the form to add one. The signing secret of an endpoint added, or
 * the new one of an endpoint re-keyed, is shown once here.
 */
export function WebhookEndpoints(props: { partnerId: string }) {
  const { t } = useI18n();
  const { partnerId } = props;
  const { data, error, refetch } = useQuery(PartnerWebhooksQuery, {
    variables: { partnerId },
    fetchPolicy: 'network-only',
  });
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string; rotatedId?: string } | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender();
  const idPrefix = `webhook-${partnerId}`;
  // Where the focus goes when the secret shown once is closed.
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <div className="partner-webhooks" ref={list}>
      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : data.webhookEndpoints.length === 0 ? (
        <p className="muted">{t('partners.noWebhooks')}</p>
      ) : (
        <ul className="webhook-list">
          {data.webhookEndpoints.map((endpoint) => (
            <WebhookEndpointItem
              key={endpoint.id}
              endpoint={endpoint}
              partnerId={partnerId}
              onSecret={({ id, url, secret: value }) => (
                setDeleted(null),
                setSecret({ url, secret: value, rotatedId: id })
              )}
              onDeleted={(url) => {
                setDeleted(url);
                focusLater(() => addButton.current);
              }}
              onGone={() => void refetch()}
            />
          ))}
        </ul>
      )}
      {secret && (
        <ShownOnce
          id={`${idPrefix}-secret`}
          title={t(secret.rotatedId ? 'partners.secretRotated' : 'partners.secretCreated', {
            url: secret.url,
          })}
          label={t('partners.theSecret')}
          value={secret.secret}
          use={t('partners.secretUse')}
          warning={t('partners.secretWarning')}
          onClose={() => {
            const rotatedId = secret.rotatedId;
            setSecret(null);
            // Back where it was asked for: the endpoint's "new secret" button, or "add" for a new one.
            setTimeout(() =>
              (
                (rotatedId &&
                  list.current?.querySelector<HTMLButtonElement>(
                    `[data-endpoint-id="${rotatedId}"] .webhook-rotate`,
                  )) ||
                addButton.current
              )?.focus(),
            );
          }}
        />
      )}
      {deleted && (
        <p className="form-success" role="status">
          {t('partners.deletedDone', { url: deleted })}
        </p>
      )}
      {adding ? (
        <section className="partner-subsection" aria-labelledby={`${idPrefix}-add`}>
          <h4 id={`${idPrefix}-add`}>{t('partners.webhookAdd')}</h4>
          <WebhookEndpointForm
            partnerId={partnerId}
            idPrefix={idPrefix}
            onCreated={(created) => (setSecret(created), setAdding(false))}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : (
        <button
          ref={addButton}
          type="button"
          className="button button-secondary"
          onClick={() => (setSecret(null), setDeleted(null), setAdding(true))}
        >
          + {t('partners.webhookAdd')}
        </button>
      )}
    </div>
  );
}
