import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { hasRole, PRODUCER_ROLES, useViewer } from '../../app/viewer';

export const InquiryUnreadCountQuery = graphql(`
  query InquiryUnreadCountQuery {
    inquiryUnreadCount
  }
`);

/** How often the header asks again for the unread count, while a page stays open. */
const POLL_MS = 120_000;

/**
 * The header's link to the inquiry inbox for producer editors (and administrators, who see every
 * inbox), with the number of unread inquiries as a badge (said in words to screen readers; the
 * API counts 0 for an administrator who edits no producer). Nothing for anybody else.
 */
export function UnreadBadge() {
  const { viewer } = useViewer();
  if (!hasRole(viewer, PRODUCER_ROLES)) return null;
  return <Badge />;
}

function Badge() {
  const { t, tp, formatNumber } = useI18n();
  const { data } = useQuery(InquiryUnreadCountQuery, { pollInterval: POLL_MS });
  const count = data?.inquiryUnreadCount ?? 0;
  return (
    <NavLink
      to="/my/inquiries"
      className="inquiry-badge-link"
      aria-label={count > 0 ? `${t('inquiry.nav')}: ${tp('inquiry.badge', count)}` : t('inquiry.nav')}
    >
      <span aria-hidden="true" className="inquiry-badge-icon">
        ✉
      </span>
      <span className="inquiry-badge-text" aria-hidden="true">
        {t('inquiry.nav')}
      </span>
      {count > 0 && (
        <span className="inquiry-badge-count" aria-hidden="true" data-testid="inquiry-unread-count">
          {formatNumber(count)}
        </span>
      )}
    </NavLink>
  );
}
