import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';

export const LinkageList_linkage = graphql(`
  fragment LinkageList_linkage on Linkage {
    kind
    partnerName
    partnerType
    startedOn
    endedOn
    description
    contractReference
    producer {
      id
      name
    }
    partnerProducer {
      id
      name
    }
    product {
      id
      name
    }
    supportingUnit {
      id
      fullName
    }
  }
`);

/**
 * The production and sales linkages of a producer (supply, offtake, processing, distribution): with
 * whom, about which product, since when, supported by which district or commune. A producer can be
 * the partner of another producer's linkage: then that producer is the other party.
 */
export function LinkageList(props: {
  linkages: ReadonlyArray<FragmentType<typeof LinkageList_linkage>>;
  producerId: string;
}) {
  const linkages = getFragmentData(LinkageList_linkage, props.linkages);
  const { t, formatDate } = useI18n();
  if (linkages.length === 0) return <p className="muted">{t('producer.linkages.none')}</p>;
  return (
    <ul className="linkage-list">
      {linkages.map((linkage, index) => {
        const asPartner = linkage.producer.id !== props.producerId;
        const other = asPartner
          ? { id: linkage.producer.id, name: linkage.producer.name }
          : linkage.partnerProducer
            ? { id: linkage.partnerProducer.id, name: linkage.partnerProducer.name }
            : { id: null, name: linkage.partnerName };
        const ongoing = !linkage.endedOn;
        return (
          <li key={`${linkage.producer.id}-${linkage.startedOn}-${index}`} className="card linkage">
            <p className="linkage-head">
              <span className="tag">{t(`producer.linkages.kind.${linkage.kind}`)}</span>
              <span className={ongoing ? 'tag tag-ongoing' : 'tag'}>
                {ongoing
                  ? t('producer.linkages.since', { date: formatDate(linkage.startedOn) })
                  : t('producer.linkages.between', {
                      from: formatDate(linkage.startedOn),
                      to: formatDate(linkage.endedOn!),
                    })}
              </span>
            </p>
            <p className="linkage-partner">
              {asPartner ? t('producer.linkages.partnerOf') : t('producer.linkages.partner')}{' '}
              {other.id ? (
                <Link to={`/producers/${encodeURIComponent(other.id)}`}>{other.name}</Link>
              ) : (
                <strong>{other.name}</strong>
              )}
              {!asPartner && (
                <span className="muted"> · {t(`producer.partnerType.${linkage.partnerType}`)}</span>
              )}
            </p>
            {linkage.description && <p lang="vi">{linkage.description}</p>}
            <dl className="kv kv-inline small">
              {linkage.product && (
                <div>
                  <dt>{t('producer.linkages.product')}</dt>
                  <dd>
                    <Link to={`/products/${encodeURIComponent(linkage.product.id)}`}>
                      {linkage.product.name}
                    </Link>
                  </dd>
                </div>
              )}
              {linkage.contractReference && (
                <div>
                  <dt>{t('producer.linkages.contract')}</dt>
                  <dd>{linkage.contractReference}</dd>
                </div>
              )}
              {linkage.supportingUnit && (
                <div>
                  <dt>{t('producer.linkages.supportedBy')}</dt>
                  <dd>{linkage.supportingUnit.fullName}</dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
