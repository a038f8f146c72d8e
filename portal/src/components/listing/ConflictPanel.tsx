import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import {
  LISTING_FIELDS,
  sameField,
  valuesOf,
  type ListingData,
  type ListingField,
  type ListingValues,
} from './listingForm';

const LABELS: Record<ListingField, Parameters<ReturnType<typeof useI18n>['t']>[0]> = {
  priceVnd: 'listing.price',
  unit: 'listing.unit',
  packaging: 'listing.packaging',
  availability: 'listing.availability',
  season: 'listing.season',
  minOrderQuantity: 'listing.minOrder',
  description: 'listing.description',
  contactName: 'listing.contactName',
  contactPhone: 'listing.contactPhone',
  contactEmail: 'listing.contactEmail',
  salesChannels: 'listing.channelsTitle',
};

/**
 * "Someone else changed this listing since you opened it": load their version (dropping one's
 * own changes), or compare field by field — their value now next to one's own — and keep one's
 * own changes on top of their version.
 */
export function ConflictPanel(props: {
  opened: ListingValues;
  mine: ListingValues;
  theirs: ListingData | null;
  busy: boolean;
  onReload: (theirs: ListingData) => void;
  onKeepMine: (theirs: ListingData) => void;
}) {
  const { t, formatVnd } = useI18n();
  const [comparing, setComparing] = useState(false);
  const { opened, mine, theirs } = props;

  if (!theirs) {
    return (
      <div className="conflict" role="alert">
        <p className="conflict-title">{t('listing.conflictTitle')}</p>
        <p>{t('listing.conflictGone')}</p>
      </div>
    );
  }
  const now = valuesOf(theirs);
  // The fields "keep mine" would write: the ones I changed, where the new version differs from
  // mine. What they changed and I did not stays as they left it.
  const rows = LISTING_FIELDS.filter((f) => !sameField(opened, mine, f) && !sameField(now, mine, f));

  const show = (values: ListingValues, field: ListingField): string => {
    const v = values[field];
    if (field === 'priceVnd') return v === null ? t('listing.onRequest') : formatVnd(v as number);
    if (field === 'availability') return t(`product.availability.${values.availability}`);
    if (field === 'salesChannels')
      return (
        values.salesChannels
          .map((c) =>
            [t(`product.channel.${c.kind}`), c.label.trim(), c.url.trim()].filter(Boolean).join(' · '),
          )
          .join('\n') || t('listing.empty')
      );
    return String(v).trim() || t('listing.empty');
  };

  return (
    <div className="conflict" role="alert">
      <p className="conflict-title">{t('listing.conflictTitle')}</p>
      <p>{t('listing.conflictText')}</p>
      <div className="form-buttons">
        <button type="button" className="button" onClick={() => props.onReload(theirs)} disabled={props.busy}>
          {t('listing.conflictReload')}
        </button>
        {!comparing && (
          <button type="button" className="button button-secondary" onClick={() => setComparing(true)}>
            {t('listing.conflictCompare')}
          </button>
        )}
      </div>
      {comparing && (
        <div className="conflict-compare">
          <div className="table-scroll">
            <table className="data-table compare-table">
              <thead>
                <tr>
                  <th scope="col">{t('listing.compareField')}</th>
                  <th scope="col">{t('listing.compareTheirs')}</th>
                  <th scope="col">{t('listing.compareMine')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((field) => (
                  <tr key={field}>
                    <th scope="row">{t(LABELS[field])}</th>
                    <td className="compare-theirs">{show(now, field)}</td>
                    <td className="compare-mine">{show(mine, field)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">{t('listing.compareNote')}</p>
          <button
            type="button"
            className="button"
            onClick={() => props.onKeepMine(theirs)}
            disabled={props.busy}
          >
            {t('listing.keepMine')}
          </button>
        </div>
      )}
    </div>
  );
}
