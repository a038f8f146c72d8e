import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { communeHref } from './links';

export const SameCodeNotice_unit = graphql(`
  fragment SameCodeNotice_unit on AdministrativeUnit {
    id
    code
    validFrom
    validTo
    otherUnitsWithCode {
      id
      code
      fullName
      validFrom
      validTo
    }
  }
`);

/**
 * The other units that carried this unit's code, oldest first: "Mã 03334 trước ngày 01/07/2025 là
 * Xã Thanh Xương — xem đơn vị cũ" on today's Phường Mường Thanh, and the reverse on the old one.
 * A code alone opens the unit of today, so this is the way to the older ones.
 */
export function SameCodeNotice({ unit: ref }: { unit: FragmentType<typeof SameCodeNotice_unit> }) {
  const { t, formatDate } = useI18n();
  const unit = getFragmentData(SameCodeNotice_unit, ref);
  if (!unit.code || unit.otherUnitsWithCode.length === 0) return null;
  return (
    <ul className="notice same-code-notice" aria-label={t('commune.code', { code: unit.code })}>
      {unit.otherUnitsWithCode.map((other) => {
        const earlier =
          other.validTo !== null && other.validTo !== undefined && other.validTo <= (unit.validFrom ?? '');
        const href = communeHref(other);
        const text = earlier
          ? t('commune.sameCodeEarlier', {
              code: unit.code!,
              date: formatDate(other.validTo!),
              name: other.fullName,
            })
          : t('commune.sameCodeLater', {
              code: unit.code!,
              date: other.validFrom ? formatDate(other.validFrom) : '',
              name: other.fullName,
            });
        const more = earlier
          ? 'commune.seeOldUnit'
          : other.validTo
            ? 'commune.seeThatUnit'
            : 'commune.seeCurrentUnit';
        return (
          <li key={other.id}>
            {text}
            {href && (
              <>
                {' — '}
                <Link to={href}>{t(more)}</Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
