import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { CommunePicker, type PickedUnit } from '../official/CommunePicker';

// A picker's own query: what it lists follows the role chosen and what is typed.
export const RoleTargetQuery = graphql(`
  query RoleTargetQuery($withProducers: Boolean!, $withProvinces: Boolean!, $search: String) {
    producers(first: 30, filter: { search: $search }) @include(if: $withProducers) {
      edges {
        node {
          id
          name
        }
      }
    }
    provinces @include(if: $withProvinces) {
      id
      code
      name
    }
  }
`);

export const ROLES: readonly Role[] = [
  'PRODUCER_EDITOR',
  'COMMUNE_OFFICIAL',
  'PROVINCE_OFFICIAL',
  'ADMINISTRATOR',
];

/** A role with what it is bound to: a producer for an editor, a unit of today for an official. */
export interface RoleTarget {
  role: Role;
  producerId: string | null;
  unit: PickedUnit | null;
}

export const EMPTY_TARGET: RoleTarget = { role: 'PRODUCER_EDITOR', producerId: null, unit: null };

/** The input fields of a role target, as `userInvite` and `roleGrant` take them. */
export function targetInput(target: RoleTarget): { role: Role; producerId?: string; unitId?: string } {
  if (target.role === 'PRODUCER_EDITOR')
    return { role: target.role, producerId: target.producerId ?? undefined };
  if (target.role === 'ADMINISTRATOR') return { role: target.role };
  return { role: target.role, unitId: target.unit?.id ?? undefined };
}

/**
 * Choosing a role and what it is bound to: a producer (searched by name) for a producer editor,
 * a province for a province official, a commune of today for a commune official, nothing for an
 * administrator. Errors (`role`, `producerId`, `unitId`) show under their fields.
 */
export function RoleTargetFields(props: {
  idPrefix: string;
  value: RoleTarget;
  onChange: (value: RoleTarget) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  const { idPrefix, value, onChange, errors } = props;
  const [search, setSearch] = useState('');
  const { data, previousData } = useQuery(RoleTargetQuery, {
    variables: {
      withProducers: value.role === 'PRODUCER_EDITOR',
      withProvinces: value.role === 'PROVINCE_OFFICIAL',
      search: search.trim() || undefined,
    },
    skip: value.role === 'ADMINISTRATOR' || value.role === 'COMMUNE_OFFICIAL',
  });
  const shown = data ?? previousData;
  const producers = shown?.producers?.edges.map((e) => e.node) ?? [];
  const id = (key: string) => `${idPrefix}-${key}`;

  return (
    <>
      <Field id={id('role')} label={t('admin.role')} error={errors.role}>
        {(p) => (
          <select
            {...p}
            value={value.role}
            onChange={(e) => onChange({ role: e.target.value as Role, producerId: null, unit: null })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`account.role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {value.role === 'PRODUCER_EDITOR' && (
        <div className="form-grid">
          <Field id={id('producerSearch')} label={t('admin.producerSearch')}>
            {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
          </Field>
          <Field id={id('producerId')} label={t('admin.producer')} error={errors.producerId}>
            {(p) => (
              <select
                {...p}
                value={value.producerId ?? ''}
                onChange={(e) => onChange({ ...value, producerId: e.target.value || null })}
              >
                <option value="">{t('admin.choose')}</option>
                {producers.map((producer) => (
                  <option key={producer.id} value={producer.id}>
                    {producer.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {value.role === 'PROVINCE_OFFICIAL' && (
        <Field id={id('unitId')} label={t('admin.province')} error={errors.unitId}>
          {(p) => (
            <select
              {...p}
              value={value.unit?.id ?? ''}
              onChange={(e) => {
                const province = shown?.provinces?.find((u) => u.id === e.target.value);
                onChange({
                  ...value,
                  unit: province
                    ? { id: province.id, code: province.code ?? null, name: province.name }
                    : null,
                });
              }}
            >
              <option value="">{t('admin.choose')}</option>
              {shown?.provinces?.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {value.role === 'COMMUNE_OFFICIAL' && (
        <CommunePicker
          id={id('unitId')}
          scope={{ kind: 'all' }}
          value={value.unit}
          onChange={(unit) => onChange({ ...value, unit })}
          error={errors.unitId}
        />
      )}
    </>
  );
}
