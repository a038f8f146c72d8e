import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';

export const ContactCard_contact = graphql(`
  fragment ContactCard_contact on ProducerContact {
    representative
    phone
    email
    website
    address
  }
`);

/** A phone number as a `tel:` address: digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A website as a link address: "htx.vn" becomes "https://htx.vn"; anything but http(s) is refused. */
export function websiteHref(website: string): string | null {
  const candidate = /^[a-z][a-z\d+.-]*:/i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** How to reach a producer: call, write, visit the website, the address and whom to ask for. */
export function ContactCard(props: { contact: FragmentType<typeof ContactCard_contact>; name: string }) {
  const contact = getFragmentData(ContactCard_contact, props.contact);
  const { t } = useI18n();
  const website = contact.website ? websiteHref(contact.website) : null;
  const nothing = !contact.phone && !contact.email && !website && !contact.address && !contact.representative;
  return (
    <section className="card contact-card" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('producer.contact.title')}</h2>
      {nothing && <p className="muted">{t('producer.contact.none')}</p>}
      {(contact.phone || contact.email || website) && (
        <div className="contact-actions">
          {contact.phone && (
            <a
              className="button"
              href={telHref(contact.phone)}
              aria-label={t('producer.contact.callLabel', { name: props.name, phone: contact.phone })}
            >
              <span aria-hidden="true">☎</span> {contact.phone}
            </a>
          )}
          {contact.email && (
            <a className="button button-secondary" href={`mailto:${contact.email}`}>
              <span aria-hidden="true">✉</span> {contact.email}
            </a>
          )}
          {website && contact.website && (
            <a className="button button-secondary" href={website} target="_blank" rel="noopener noreferrer">
              <span aria-hidden="true">↗</span> {contact.website}
              <span className="sr-only"> ({t('producer.contact.newTab')})</span>
            </a>
          )}
        </div>
      )}
      <dl className="kv">
        {contact.representative && (
          <div>
            <dt>{t('producer.contact.representative')}</dt>
            <dd>{contact.representative}</dd>
          </div>
        )}
        {contact.address && (
          <div>
            <dt>{t('producer.contact.address')}</dt>
            <dd lang="vi">{contact.address}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
