import { useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { dayInVietnam } from '../../app/day';
import { failureMessage } from '../form/failure';
import { splitUserErrors, type UserErrorLike } from '../form/userErrors';
import { EMPTY_TARGET, RoleTargetFields, targetInput, type RoleTarget } from './RoleTargetFields';
import { useRoleGrant } from './useRoleGrant';
import { useRoleRevoke } from './useRoleRevoke';
import { useUserDisable } from './useUserDisable';
import { useUserEnable } from './useUserEnable';

export const UserRow_user = graphql(`
  fragment UserRow_user on User {
    id
    email
    displayName
    status
    version
    lastLoginAt
    roles {
      id
      role
      producer {
        id
        name
      }
      unit {
        id
        fullName
      }
    }
  }
`);

type Notice = { kind: 'done' | 'error'; text: string } | null;

/**
 * One account as an administrator keeps it: its status with the button that disables or enables
 * it (at the version shown: if someone changed it meanwhile, the API answers CONFLICT and the
 * account as it is now, which the row then shows), its roles each with a confirmed revoke, and a
 * form to grant one more.
 */
export function UserRow(props: { user: FragmentType<typeof UserRow_user>; onReload: () => void }) {
  const { t, formatDate } = useI18n();
  const user = getFragmentData(UserRow_user, props.user);
  const [disable, disabling] = useUserDisable();
  const [enable, enabling] = useUserEnable();
  const [grant, granting] = useRoleGrant();
  const [revoke, revoking] = useRoleRevoke();
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [granted, setGranted] = useState<RoleTarget | null>(null);
  const [grantErrors, setGrantErrors] = useState<Record<string, string>>({});
  const busy = disabling.loading || enabling.loading || granting.loading || revoking.loading;

  const failed = (failure: unknown) =>
    setNotice({
      kind: 'error',
      text: t(failureMessage(failure, { forbidden: 'admin.forbidden', failed: 'admin.failed' })),
    });
  /** The user errors of an answer: a CONFLICT reloads the list; the others are shown. */
  const refused = (errors: readonly UserErrorLike[]): boolean => {
    if (errors.length === 0) return false;
    if (errors.some((e) => e.code === 'CONFLICT')) {
      setNotice({ kind: 'error', text: t('admin.conflict') });
      props.onReload();
    } else {
      setNotice({ kind: 'error', text: splitUserErrors(t, errors, () => null).general.join(' ') });
    }
    return true;
  };

  const toggle = async () => {
    setNotice(null);
    const input = { id: user.id, version: user.version };
    try {
      if (user.status === 'DISABLED') {
        const { data } = await enable({ variables: { input } });
        if (!data || refused(data.userEnable.userErrors)) return;
        setNotice({ kind: 'done', text: t('admin.enabled', { email: user.email }) });
      } else {
        const { data } = await disable({ variables: { input } });
        if (!data || refused(data.userDisable.userErrors)) return;
        setNotice({ kind: 'done', text: t('admin.disabled', { email: user.email }) });
      }
    } catch (failure) {
      failed(failure);
    }
  };

  const onRevoke = async (id: string) => {
    setNotice(null);
    try {
      const { data } = await revoke({ variables: { input: { id } } });
      if (data && !refused(data.roleRevoke.userErrors)) setConfirming(null);
    } catch (failure) {
      failed(failure);
    }
  };

  const onGrant = async (event: FormEvent) => {
    event.preventDefault();
    if (!granted || busy) return;
    setNotice(null);
    try {
      const { data } = await grant({ variables: { input: { userId: user.id, ...targetInput(granted) } } });
      const errors = data?.roleGrant.userErrors ?? [];
      if (errors.length > 0) {
        const split = splitUserErrors(t, errors, (path) =>
          ['role', 'producerId', 'unitId'].includes(path) ? path : null,
        );
        setGrantErrors(split.byField);
        if (split.general.length > 0) setNotice({ kind: 'error', text: split.general.join(' ') });
        return;
      }
      setGranted(null);
      setGrantErrors({});
    } catch (failure) {
      failed(failure);
    }
  };

  const rowId = `user-${user.id}`;
  return (
    <li className="card user-row" aria-labelledby={rowId}>
      <div className="user-head">
        <div className="user-who">
          <h2 id={rowId} className="user-email">
            {user.email}
          </h2>
          <p className="muted">
            {user.displayName} ·{' '}
            {user.lastLoginAt
              ? t('admin.lastLogin', { when: formatDate(dayInVietnam(user.lastLoginAt)) })
              : t('admin.neverLoggedIn')}
          </p>
        </div>
        <span
          className={`badge user-status user-status-${user.status.toLowerCase()}`}
          data-status={user.status}
        >
          {t(`admin.statusName.${user.status}`)}
        </span>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void toggle()}
        >
          {user.status === 'DISABLED' ? t('admin.enable') : t('admin.disable')}
        </button>
      </div>
      {user.roles.length === 0 ? (
        <p className="muted">{t('admin.noRoles')}</p>
      ) : (
        <ul className="user-roles">
          {user.roles.map((r) => {
            const role = t(`account.role.${r.role}`);
            return (
              <li key={r.id} className="user-role">
                <span>
                  <strong>{role}</strong>
                  {(r.producer || r.unit) && ` · ${r.producer?.name ?? r.unit?.fullName}`}
                </span>
                {confirming === r.id ? (
                  <span className="user-role-confirm" role="group" aria-label={t('admin.revokeConfirm')}>
                    {t('admin.revokeConfirm')}{' '}
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() => void onRevoke(r.id)}
                    >
                      {t('admin.revokeYes')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => setConfirming(null)}
                    >
                      {t('admin.revokeNo')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy}
                    aria-label={t('admin.revokeRole', { role })}
                    onClick={() => setConfirming(r.id)}
                  >
                    {t('admin.revoke')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {granted ? (
        <form className="form user-grant" onSubmit={(e) => void onGrant(e)} noValidate>
          <RoleTargetFields
            idPrefix={`grant-${user.id}`}
            value={granted}
            onChange={(next) => (setGranted(next), setGrantErrors({}))}
            errors={grantErrors}
          />
          <div className="form-buttons">
            <button type="submit" className="button" disabled={busy}>
              {t('admin.grantSubmit')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setGranted(null)}>
              {t('admin.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setGranted(EMPTY_TARGET)}>
          + {t('admin.grant')}
        </button>
      )}
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
