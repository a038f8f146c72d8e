import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { NtmStatusBadge } from './NtmStatusBadge';

export const VillageList_village = graphql(`
  fragment VillageList_village on AdministrativeUnit {
    id
    name
    fullName
    statusOnDay: ntmStatus(asOf: $asOf)
    parent {
      id
      code
      fullName
    }
  }
`);

/**
 * The villages (thôn, bản) of a commune with their NTM status on the chosen day, and how many are at
 * standard. A commune formed in the 2025 reform lists the villages of the communes it was formed
 * from, grouped by them.
 */
export function VillageList(props: {
  villages: ReadonlyArray<FragmentType<typeof VillageList_village>>;
  communeId: string;
}) {
  const villages = getFragmentData(VillageList_village, props.villages);
  const { t, tp, formatNumber } = useI18n();
  if (villages.length === 0) return <p className="muted">{t('commune.villages.none')}</p>;
  const atStandard = villages.filter((v) => v.statusOnDay !== 'NONE').length;

  // Grouped by their own commune when it is not this one (villages keep their pre-2025 commune).
  const groups = new Map<string, { title: string | null; items: Array<(typeof villages)[number]> }>();
  for (const village of villages) {
    const own = !village.parent || village.parent.id === props.communeId;
    const key = own ? '' : village.parent!.id;
    const group = groups.get(key) ?? { title: own ? null : village.parent!.fullName, items: [] };
    group.items.push(village);
    groups.set(key, group);
  }

  return (
    <div>
      <p className="village-summary">
        {tp('commune.villages.summary', villages.length, { met: formatNumber(atStandard) })}
      </p>
      {[...groups.values()].map((group) => (
        <div key={group.title ?? 'own'}>
          {group.title && (
            <p className="village-group">{t('commune.villages.formerCommune', { name: group.title })}</p>
          )}
          <ul className="village-list">
            {group.items.map((village) => (
              <li key={village.id}>
                <span>{village.fullName}</span>
                <NtmStatusBadge status={village.statusOnDay} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
