import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { ArrowRightIcon, GlobeIcon, MailIcon, PhoneIcon, PinIcon, UserIcon } from '../icons';
import { telHref } from './ListingCard';
import { zaloHref } from '../compare/buyerText';

export const ProducerCard_producer = graphql(`
  fragment ProducerCard_producer on Producer {
    id
    name
    type
    establishedYear
    contact {
      address
      email
      phone
      representative
      website
    }
  }
`);

function websiteHref(website: string): string | null {
  try {
    const url = new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Who makes the product and how to reach them (tap to call or write), with a link to their page. */
export function ProducerCard({ producer: ref }: { producer: FragmentType<typeof ProducerCard_producer> }) {
  const { t } = useI18n();
  const p = getFragmentData(ProducerCard_producer, ref);
  const website = p.contact.website ? websiteHref(p.contact.website) : null;
  return (
    <section className="card side-card" aria-labelledby="producer-title">
      <p className="side-card-eyebrow" id="producer-title">
        {t('product.producerTitle')}
      </p>
      <h3 className="side-card-name" lang="vi">
        <Link to={`/producers/${encodeURIComponent(p.id)}`}>{p.name}</Link>
      </h3>
      <p className="muted">
        {t(`product.producerType.${p.type}`)}
        {p.establishedYear ? ` · ${t('product.established', { year: p.establishedYear })}` : ''}
      </p>
      <ul className="contact-list">
        {p.contact.representative && (
          <li>
            <UserIcon size={18} />
            <span>
              <span className="visually-hidden">{t('product.representative')}: </span>
              {p.contact.representative}
            </span>
          </li>
        )}
        {p.contact.phone && (
          <li>
            <PhoneIcon size={18} />
            <a href={telHref(p.contact.phone)}>
              <span className="visually-hidden">{t('product.call')} </span>
              {p.contact.phone}
            </a>
          </li>
        )}
        {zaloHref(p.contact.phone) && (
          <li>
            <PhoneIcon size={18} />
            <a href={zaloHref(p.contact.phone)!} target="_blank" rel="noopener noreferrer">
              {t('buyer.zalo')}
            </a>
          </li>
        )}
        {p.contact.email && (
          <li>
            <MailIcon size={18} />
            <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a>
          </li>
        )}
        {website && (
          <li>
            <GlobeIcon size={18} />
            <a href={website} target="_blank" rel="noopener noreferrer">
              {p.contact.website}
            </a>
          </li>
        )}
        {p.contact.address && (
          <li>
            <PinIcon size={18} />
            <span>{p.contact.address}</span>
          </li>
        )}
      </ul>
      <Link to={`/producers/${encodeURIComponent(p.id)}`} className="side-card-more">
        {t('product.producerMore')} <ArrowRightIcon size={16} />
      </Link>
    </section>
  );
}
