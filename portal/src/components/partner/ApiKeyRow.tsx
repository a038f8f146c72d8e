import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { dayInVietnam } from '../../app/day';
import { failureMessage } from '../form/failure';
import { splitUserErrors, type UserErrorLike } from '../form/userErrors';
import { useFormatDateTime } from '../inquiry/Conversation';
import { useApiKeyRevoke } from './useApiKeyRevoke';
import { useApiKeyRotate } from './useApiKeyRotate';

export const ApiKeyRow_apiKey = graphql(`
  fragment ApiKeyRow_apiKey on ApiKey {
    id
    name
    prefix
    scopes
    pointsPerHour
    pointsThisHour
    pointsLastHour
    createdAt
    lastUsedAt
    revokedAt
  }
`);

type Notice = { kind: 'done' | 'error'; text: string } | null;

/**
 * One key of a partner as lists show it (never the key itself): its name, its visible prefix,
 * scopes and budget, the points spent with it this hour (against that budget, or the platform's
 * default when it has none of its own) and the hour before, when it was issued and last used, and whether it is still valid. A valid key
 * can be rotated (a new key answered once, the old one revoked) or revoked, each after a
 * confirmation; a revoked key is marked so, in words and in its look.
 */
export function ApiKeyRow(props: {
  apiKey: FragmentType<typeof ApiKeyRow_apiKey>;
  partnerId: string;
  /** Its partner is disabled: a valid key is refused by the API all the same, and says so. */
  partnerDisabled?: boolean;
  onRotated: (rotated: { name: string; key: string }) => void;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const formatDateTime = useFormatDateTime();
  const apiKey = getFragmentData(ApiKeyRow_apiKey, props.apiKey);
  const [rotate, rotating] = useApiKeyRotate(props.partnerId);
  const [revoke, revoking] = useApiKeyRevoke();
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const busy = rotating.loading || revoking.loading;
  const revoked = apiKey.revokedAt !== null && apiKey.revokedAt !== undefined;
  const shown = `ocop_${apiKey.prefix}_…`;
  const names = { name: apiKey.name, prefix: apiKey.prefix };

  const refused = (errors: readonly UserErrorLike[]): boolean => {
    if (errors.length === 0) return false;
    setNotice({
      kind: 'error',
      text: errors.some((e) => e.code === 'CONFLICT')
        ? t('partners.alreadyRevoked')
        : splitUserErrors(t, errors, () => null).general.join(' '),
    });
    setConfirming(null);
    return true;
  };
  const failed = (failure: unknown) =>
    setNotice({
      kind: 'error',
      text: t(failureMessage(failure, { forbidden: 'partners.forbidden', failed: 'partners.failed' })),
    });

  const onConfirm = async () => {
    setNotice(null);
    const input = { id: apiKey.id };
    try {
      if (confirming === 'rotate') {
        const { data } = await rotate({ variables: { input } });
        if (!data || refused(data.apiKeyRotate.userErrors)) return;
        if (!data.apiKeyRotate.key) throw new Error('no key');
        setConfirming(null);
        props.onRotated({ name: apiKey.name, key: data.apiKeyRotate.key });
      } else {
        const { data } = await revoke({ variables: { input } });
        if (!data || refused(data.apiKeyRevoke.userErrors)) return;
        setConfirming(null);
        setNotice({ kind: 'done', text: t('partners.revokedDone', names) });
      }
    } catch (failure) {
      failed(failure);
    }
  };

  const rowId = `key-${apiKey.id}`;
  return (
    <li
      className={`key-row ${revoked ? 'key-row-revoked' : ''}`}
      aria-labelledby={rowId}
      data-prefix={apiKey.prefix}
    >
      <div className="key-head">
        <p className="key-who">
          <strong id={rowId} className="key-name">
            {apiKey.name}
          </strong>{' '}
          <code className="key-prefix" title={t('partners.prefix')}>
            {shown}
          </code>
        </p>
        <span
          className={`badge ${revoked ? 'badge-revoked' : props.partnerDisabled ? 'badge-expired' : 'badge-valid'}`}
          data-state={revoked ? 'revoked' : props.partnerDisabled ? 'refused' : 'active'}
        >
          {revoked
            ? t('partners.revoked')
            : props.partnerDisabled
              ? t('partners.refusedWhileDisabled')
              : t('partners.active')}
        </span>
      </div>
      <ul className="key-facts">
        <li>
          {apiKey.scopes.map((s) => (
            <span key={s} className="scope-chip">
              {t(`partners.scopeShort.${s}`)}
            </span>
          ))}
        </li>
        <li>
          {apiKey.pointsPerHour === null || apiKey.pointsPerHour === undefined
            ? t('partners.budgetDefault')
            : t('partners.budget', { points: formatNumber(apiKey.pointsPerHour) })}
        </li>
        <li className="key-usage" data-this-hour={apiKey.pointsThisHour}>
          {apiKey.pointsPerHour === null || apiKey.pointsPerHour === undefined
            ? t('partners.usageThisHourDefault', { used: formatNumber(apiKey.pointsThisHour) })
            : t('partners.usageThisHour', {
                used: formatNumber(apiKey.pointsThisHour),
                budget: formatNumber(apiKey.pointsPerHour),
              })}
          <span className="muted small key-usage-last" data-last-hour={apiKey.pointsLastHour}>
            {' · '}
            {t('partners.usageLastHour', { used: formatNumber(apiKey.pointsLastHour) })}
          </span>
        </li>
        <li>{t('partners.createdOn', { date: formatDate(dayInVietnam(apiKey.createdAt)) })}</li>
        <li className="key-last-used">
          {apiKey.lastUsedAt
            ? t('partners.lastUsed', { when: formatDateTime(apiKey.lastUsedAt) })
            : t('partners.neverUsed')}
        </li>
        {revoked && (
          <li className="key-revoked-at">
            {t('partners.revokedOn', { when: formatDateTime(apiKey.revokedAt as string) })}
          </li>
        )}
      </ul>
      {!revoked &&
        (confirming ? (
          <div className="key-confirm" role="group" aria-labelledby={`${rowId}-confirm`}>
            <p id={`${rowId}-confirm`}>
              {confirming === 'rotate' ? t('partners.rotateConfirm') : t('partners.revokeConfirm')}
            </p>
            <div className="form-buttons">
              <button
                type="button"
                className={confirming === 'revoke' ? 'button button-danger' : 'button'}
                disabled={busy}
                onClick={() => void onConfirm()}
              >
                {busy && <span className="spinner spinner-small" aria-hidden="true" />}
                {confirming === 'rotate'
                  ? busy
                    ? t('partners.rotating')
                    : t('partners.rotateYes')
                  : busy
                    ? t('partners.revoking')
                    : t('partners.revokeYes')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => setConfirming(null)}
              >
                {t('partners.no')}
              </button>
            </div>
          </div>
        ) : (
          <div className="form-buttons">
            <button
              type="button"
              className="button button-secondary"
              aria-label={t('partners.rotateKey', names)}
              onClick={() => (setNotice(null), setConfirming('rotate'))}
            >
              {t('partners.rotate')}
            </button>
            <button
              type="button"
              className="button button-secondary button-danger-outline"
              aria-label={t('partners.revokeKey', names)}
              onClick={() => (setNotice(null), setConfirming('revoke'))}
            >
              {t('partners.revoke')}
            </button>
          </div>
        ))}
      {notice && (
        <p
          className={notice.kind === 'done' ? 'form-success' : 'form-alert'}
          role={notice.kind === 'done' ? 'status' : 'alert'}
        >
          {notice.text}
        </p>
      )}
    </li>
  );
}
