import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { MailIcon, PhoneIcon } from '../icons';
import { httpsUrl, zaloHref } from '../compare/buyerText';
import { InquiryButton } from '../inquiry/InquiryButton';

export const ListingCard_listing = graphql(`
  fragment ListingCard_listing on ProductListing {
    id
    unit
    packaging
    priceVnd
    availability
    season
    minOrderQuantity
    description
    contact {
      name
      phone
      email
    }
    salesChannels {
      kind
      label
      url
    }
  }
`);

/** The channel's label without a leading repeat of its kind ("Shopee – gian hàng X" → "gian hàng X"). */
export function channelText(label: string | null | undefined, kindName: string): string | null {
  if (!label) return null;
  const lower = label.toLocaleLowerCase('vi');
  const kind = kindName.toLocaleLowerCase('vi');
  if (!lower.startsWith(kind)) return label;
  const rest = label.slice(kindName.length).replace(/^[\s:–—-]+/, '');
  return rest ? rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) : null;
}

/** A phone number as a tel: link target (digits and a leading +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** One way to buy a product: price per unit, packaging, availability, where to buy, whom to call. */
export function ListingCard({ listing: ref }: { listing: FragmentType<typeof ListingCard_listing> }) {
  const { t, formatVnd, formatNumber } = useI18n();
  const l = getFragmentData(ListingCard_listing, ref);
  const hasPrice = l.priceVnd !== null && l.priceVnd !== undefined;
  return (
    <article className="listing">
      <div className="listing-head">
        <p className="listing-price">
          {hasPrice ? (
            <>
              <strong>{formatVnd(l.priceVnd!)}</strong>
              <span className="listing-unit"> / {l.unit}</span>
            </>
          ) : (
            <>
              <strong>{t('product.priceOnRequest')}</strong>
              <span className="listing-unit"> · {l.unit}</span>
            </>
          )}
        </p>
        <span className={`availability availability-${l.availability.toLowerCase()}`}>
          {t(`product.availability.${l.availability}`)}
        </span>
      </div>
      <dl className="listing-facts">
        {l.packaging && (
          <div>
            <dt>{t('product.packaging')}</dt>
            <dd>{l.packaging}</dd>
          </div>
        )}
        {l.season && (
          <div>
            <dt>{t('product.season')}</dt>
            <dd>{l.season}</dd>
          </div>
        )}
        {l.minOrderQuantity !== null && l.minOrderQuantity !== undefined && (
          <div>
            <dt>{t('product.minOrder')}</dt>
            <dd>
              {formatNumber(l.minOrderQuantity)} × {l.unit}
            </dd>
          </div>
        )}
      </dl>
      {l.description && (
        <p className="listing-description" lang="vi">
          {l.description}
        </p>
      )}
      {l.salesChannels.length > 0 && (
        <div className="listing-channels">
          <p className="listing-label">{t('product.salesChannels')}</p>
          <ul className="channel-list">
            {l.salesChannels.map((channel, index) => {
              // A Zalo channel without an address is the listing's phone number on Zalo.
              const href =
                httpsUrl(channel.url) ?? (channel.kind === 'ZALO' ? zaloHref(l.contact?.phone) : null);
              const kind = t(`product.channel.${channel.kind}`);
              const text = channelText(channel.label, kind);
              return (
                <li key={`${channel.kind}-${index}`} className="channel">
                  <span className="channel-kind">{kind}</span>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {text ?? href}
                    </a>
                  ) : (
                    text && <span>{text}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <p className="listing-ask">
        <InquiryButton
          query={{ listing: l.id }}
          name={hasPrice ? `${formatVnd(l.priceVnd!)} / ${l.unit}` : l.unit}
          secondary
        />
      </p>
      {l.contact && (l.contact.phone || l.contact.email) && (
        <p className="listing-contact">
          {l.contact.name && <span>{l.contact.name}</span>}
          {l.contact.phone && (
            <a href={telHref(l.contact.phone)} className="contact-link">
              <PhoneIcon size={16} /> {l.contact.phone}
            </a>
          )}
          {zaloHref(l.contact.phone) && (
            <a
              href={zaloHref(l.contact.phone)!}
              className="contact-link"
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('buyer.zalo')}
            </a>
          )}
          {l.contact.email && (
            <a href={`mailto:${l.contact.email}`} className="contact-link">
              <MailIcon size={16} /> {l.contact.email}
            </a>
          )}
        </p>
      )}
    </article>
  );
}
