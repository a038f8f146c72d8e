import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { OfficialScope } from './scope';

// A picker's own query (see CommunePicker): it follows what is typed in its search box.
export const ProductPickerQuery = graphql(`
  query ProductPickerQuery($filter: OcopProductFilter!) {
    ocopProducts(first: 50, filter: $filter) {
      nodes {
        id
        name
        stars
        producer {
          id
          name
        }
      }
    }
  }
`);

export interface PickedProduct {
  id: string;
  name: string;
}

/** Choosing a product made inside the official's unit, whatever the state of its certificate. */
export function ProductPicker(props: {
  id: string;
  scope: OfficialScope;
  value: PickedProduct | null;
  onChange: (product: PickedProduct | null) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const ids = useId();
  const { scope, value, onChange, error } = props;
  const [search, setSearch] = useState('');
  const { data, previousData } = useQuery(ProductPickerQuery, {
    variables: {
      filter: {
        provinceCode: scope.kind === 'province' ? scope.code : undefined,
        communeCode: scope.kind === 'commune' ? (scope.code ?? undefined) : undefined,
        search: search.trim() || undefined,
        certificateStatus: ['VALID', 'EXPIRED', 'REVOKED', 'SUPERSEDED'],
      },
    },
  });
  const shown = data ?? previousData;
  const products = shown?.ocopProducts.nodes ?? [];
  return (
    <fieldset className="picker">
      <legend>{t('official.product')}</legend>
      <div className="field">
        <label htmlFor={`${ids}-search`}>{t('official.productSearch')}</label>
        <input
          id={`${ids}-search`}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={props.id} className="visually-hidden">
          {t('official.product')}
        </label>
        <select
          id={props.id}
          value={value?.id ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${props.id}-error` : undefined}
          onChange={(e) => {
            const product = products.find((p) => p.id === e.target.value);
            onChange(product ? { id: product.id, name: product.name } : null);
          }}
        >
          <option value="">
            {products.length === 0 && shown ? t('official.productNone') : t('official.choose')}
          </option>
          {value && !products.some((p) => p.id === value.id) && (
            <option value={value.id}>{value.name}</option>
          )}
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.producer.name}
            </option>
          ))}
        </select>
        {error && (
          <p id={`${props.id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
