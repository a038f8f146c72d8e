import { useRef, useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { dayInVietnam } from '../../app/day';
import { ApiKeyIssueForm } from './ApiKeyIssueForm';
import { useFormatDateTime } from '../inquiry/Conversation';
import { ApiKeyRow } from './ApiKeyRow';
import { PartnerEditForm, type PartnerEditable } from './PartnerEditForm';
import { PartnerStatus } from './PartnerStatus';
import { useFocusAfterRender } from './useFocusAfterRender';
import { ShownOnce } from './ShownOnce';
import { WebhookEndpoints } from './WebhookEndpoints';

export const PartnerCard_partner = graphql(`
  fragment PartnerCard_partner on Partner {
    id
    name
    contactName
    contactEmail
    contactPhone
    createdAt
    disabledAt
    version
    apiKeys {
      id
      ...ApiKeyRow_apiKey
    }
  }
`);

/** A key the API just answered (issued or rotated), shown once until the administrator closes it. */
type Revealed = { kind: 'issued' | 'rotated'; name: string; key: string } | null;

/**
 * One partner organisation: who to contact (edited here), whether it is enabled (disabled and
 * enabled again here), its keys (each rotated or revoked in its row), the form to issue a key,
 * the key just issued or rotated shown once, and its webhook endpoints.
 */
export function PartnerCard(props: {
  partner: FragmentType<typeof PartnerCard_partner>;
  /** Loads the partners again from the API (after a CONFLICT), answering them. */
  reload: () => Promise<readonly (FragmentType<typeof PartnerCard_partner> & { id: string })[]>;
}) {
  const { t, formatDate } = useI18n();
  const formatDateTime = useFormatDateTime();
  const partner = getFragmentData(PartnerCard_partner, props.partner);
  const [editing, setEditing] = useState(false);
  // The version the edit form saved: "saved" is said until the partner changes again.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusAfterRender();
  const disabled = !!partner.disabledAt;
  const reloadThis = async (): Promise<PartnerEditable | null> => {
    const found = (await props.reload()).find((p) => p.id === partner.id);
    return found ? getFragmentData(PartnerCard_partner, found) : null;
  };
  const [issuing, setIssuing] = useState(false);
  const [revealed, setRevealed] = useState<Revealed>(null);
  const [webhooks, setWebhooks] = useState(false);
  // Where the focus goes when the key shown once is closed (the panel it was on leaves the page).
  const issueButton = useRef<HTMLButtonElement>(null);
  const id = `partner-${partner.id}`;
  const contacts = [partner.contactName, partner.contactEmail, partner.contactPhone].filter(
    (c): c is string => !!c,
  );

  return (
    <li
      className={`card partner-card ${disabled ? 'partner-card-disabled' : ''}`}
      aria-labelledby={id}
      data-partner={partner.name}
      data-state={disabled ? 'disabled' : 'enabled'}
    >
      <header className="partner-head">
        <div className="key-head">
          <h2 id={id} className="partner-name">
            {partner.name}
          </h2>
          <span
            className={`badge ${disabled ? 'badge-revoked' : 'badge-valid'}`}
            data-state={disabled ? 'disabled' : 'enabled'}
          >
            {disabled ? t('partners.disabledBadge') : t('partners.enabledBadge')}
          </span>
        </div>
        {disabled && (
          <p className="form-alert partner-disabled">
            {t('partners.disabledSince', { when: formatDateTime(partner.disabledAt as string) })}
          </p>
        )}
        <p className="muted small">
          {t('partners.registeredOn', { date: formatDate(dayInVietnam(partner.createdAt)) })}
        </p>
        {contacts.length === 0 ? (
          <p className="muted">{t('partners.noContact')}</p>
        ) : (
          <p className="partner-contacts">
            {partner.contactName && <span>{partner.contactName}</span>}
            {partner.contactEmail && <a href={`mailto:${partner.contactEmail}`}>{partner.contactEmail}</a>}
            {partner.contactPhone && <a href={`tel:${partner.contactPhone}`}>{partner.contactPhone}</a>}
          </p>
        )}
        {editing ? (
          <section className="partner-subsection" aria-labelledby={`${id}-edit`}>
            <h3 id={`${id}-edit`}>{t('partners.editTitle')}</h3>
            <PartnerEditForm
              partner={partner}
              idPrefix={`${id}-edit`}
              onReload={reloadThis}
              onSaved={(version) => {
                setEditing(false);
                setSavedVersion(version);
                focusLater(() => editButton.current);
              }}
              onCancel={() => {
                setEditing(false);
                focusLater(() => editButton.current);
              }}
            />
          </section>
        ) : (
          <div className="form-buttons partner-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-secondary"
              aria-label={t('partners.editPartner', { name: partner.name })}
              onClick={() => (setSavedVersion(null), setEditing(true))}
            >
              {t('partners.edit')}
            </button>
            <PartnerStatus
              partner={{ id: partner.id, name: partner.name, version: partner.version, disabled }}
              idPrefix={id}
              onReload={props.reload}
            />
          </div>
        )}
        {savedVersion === partner.version && !editing && (
          <p className="form-success" role="status">
            {t('partners.saved')}
          </p>
        )}
      </header>

      <section className="partner-section" aria-labelledby={`${id}-keys`}>
        <h3 id={`${id}-keys`}>{t('partners.keysTitle')}</h3>
        {revealed && (
          <ShownOnce
            id={`${id}-key`}
            title={t(revealed.kind === 'issued' ? 'partners.keyIssued' : 'partners.keyRotated', {
              name: revealed.name,
            })}
            label={t('partners.theKey')}
            value={revealed.key}
            use={t('partners.keyUse')}
            warning={t('partners.onceWarning')}
            onClose={() => {
              setRevealed(null);
              setTimeout(() => issueButton.current?.focus());
            }}
          />
        )}
        {partner.apiKeys.length === 0 ? (
          <p className="muted">{t('partners.noKeys')}</p>
        ) : (
          <ul className="key-list">
            {partner.apiKeys.map((k) => (
              <ApiKeyRow
                key={k.id}
                apiKey={k}
                partnerId={partner.id}
                partnerDisabled={disabled}
                onRotated={(rotated) => setRevealed({ kind: 'rotated', ...rotated })}
              />
            ))}
          </ul>
        )}
        {issuing ? (
          <section className="partner-subsection" aria-labelledby={`${id}-issue`}>
            <h4 id={`${id}-issue`}>{t('partners.issueTitle')}</h4>
            <ApiKeyIssueForm
              partnerId={partner.id}
              idPrefix={`${id}-issue`}
              onIssued={(issued) => (setRevealed({ kind: 'issued', ...issued }), setIssuing(false))}
              onCancel={() => setIssuing(false)}
            />
          </section>
        ) : (
          <button
            ref={issueButton}
            type="button"
            className="button"
            aria-label={t('partners.issueFor', { partner: partner.name })}
            onClick={() => (setRevealed(null), setIssuing(true))}
          >
            + {t('partners.issue')}
          </button>
        )}
      </section>

      <section className="partner-section" aria-labelledby={`${id}-webhooks`}>
        <h3 id={`${id}-webhooks`}>{t('partners.webhooksTitle')}</h3>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={webhooks}
          aria-controls={`${id}-webhooks-panel`}
          onClick={() => setWebhooks((open) => !open)}
        >
          {webhooks ? t('partners.webhooksHide') : t('partners.webhooksShow')}
        </button>
        <div id={`${id}-webhooks-panel`} hidden={!webhooks}>
          {webhooks && <WebhookEndpoints partnerId={partner.id} />}
        </div>
      </section>
    </li>
  );
}
