import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { RequireRole } from '../../components/account/RequireRole';
import { PartnerCard } from '../../components/partner/PartnerCard';
import { PartnerCreateForm } from '../../components/partner/PartnerCreateForm';
import { EmptyState, ErrorState, Loading } from '../../components/PageState';

export const PartnersRouteQuery = graphql(`
  query PartnersRouteQuery {
    partners {
      id
      ...PartnerCard_partner
    }
  }
`);

const ADMINISTRATOR: readonly Role[] = ['ADMINISTRATOR'];

/**
 * The administrators' partners page (issue 14): the partner organisations with their contacts
 * and API keys, the form to register one, and for each partner its keys (issued, rotated and
 * revoked here, a new key shown once) and webhook endpoints.
 */
export default function PartnersRoute() {
  return <RequireRole roles={ADMINISTRATOR}>{() => <Partners />}</RequireRole>;
}

function Partners() {
  const { t, tp } = useI18n();
  // Always from the network: keys are issued and revoked by other administrators too, and a
  // key's "last used" moves with the partner's requests.
  const { data, error, refetch } = useQuery(PartnersRouteQuery, { fetchPolicy: 'network-only' });
  const [registering, setRegistering] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);
  const partners = data?.partners;
  const reload = async () => (await refetch()).data?.partners ?? [];

  return (
    <div className="official-page partners-page">
      <title>{`${t('partners.title')} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('partners.title')}</h1>
        <p className="page-lead">{t('partners.lead')}</p>
        {!registering && (
          <button
            type="button"
            className="button"
            onClick={() => (setRegistered(null), setRegistering(true))}
          >
            + {t('partners.register')}
          </button>
        )}
      </header>
      {registering && (
        <section className="card invite-card" aria-labelledby="partner-new-title">
          <h2 id="partner-new-title">{t('partners.registerTitle')}</h2>
          <p className="muted">{t('partners.registerLead')}</p>
          <PartnerCreateForm
            onCreated={(name) => {
              setRegistered(name);
              setRegistering(false);
              void refetch();
            }}
            onCancel={() => setRegistering(false)}
          />
        </section>
      )}
      {registered && (
        <p className="form-success partners-registered" role="status">
          {t('partners.registered', { name: registered })}
        </p>
      )}

      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !partners ? (
        <Loading />
      ) : partners.length === 0 ? (
        <EmptyState title={t('partners.empty')} />
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {tp('partners.count', partners.length)}
          </p>
          <ul className="partner-list">
            {partners.map((partner) => (
              <PartnerCard key={partner.id} partner={partner} reload={reload} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
