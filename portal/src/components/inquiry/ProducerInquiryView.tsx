import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { InquiryOutcome } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { telHref } from '../producer/ContactCard';
import { Conversation, useFormatDateTime } from './Conversation';
import { InquirySummary } from './InquirySummary';
import { ReplyBox } from './ReplyBox';
import {
  useInquiryBlockSender,
  useInquiryMarkRead,
  useInquiryReply,
  useInquirySetOutcome,
} from './useInquiryActions';

export const ProducerInquiryView_inquiry = graphql(`
  fragment ProducerInquiryView_inquiry on Inquiry {
    id
    reference
    createdAt
    status
    outcome
    outcomeReason
    unread
    producer {
      id
      name
    }
    product {
      id
      name
    }
    listing {
      id
      unit
    }
    subject
    quantity
    unit
    deliveryProvince {
      id
      name
    }
    wantedBy
    buyerName
    organisation
    phone
    email
    preferredChannel
    firstAnsweredAt
    messages {
      id
      ...Conversation_message
    }
  }
`);

/** A Vietnamese phone number as Zalo's link takes it: digits only, in the national form 0… (+84 9… → 09…). */
export function zaloHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const national = phone.trim().startsWith('+84') ? `0${digits.slice(2)}` : digits;
  return `https://zalo.me/${national}`;
}

/**
 * One inquiry for an editor of its producer: who asks and how to reach them (tel:, Zalo,
 * mailto:), what they ask, the conversation and a reply, the outcome (won, lost with a reason,
 * reopen) and blocking the sender after a confirmation. Opening it marks it read.
 */
export function ProducerInquiryView(props: { inquiry: FragmentType<typeof ProducerInquiryView_inquiry> }) {
  const { t } = useI18n();
  const when = useFormatDateTime();
  const i = getFragmentData(ProducerInquiryView_inquiry, props.inquiry);
  const [reply] = useInquiryReply();
  const [markRead] = useInquiryMarkRead();
  // Once per inquiry opened: the answer turns `unread` off in the cache and the badge is asked again.
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!i.unread || marked.current === i.id) return;
    marked.current = i.id;
    void markRead({ variables: { input: { inquiryId: i.id } } }).catch(() => {
      marked.current = null;
    });
  }, [i.id, i.unread, markRead]);

  return (
    <article className="inquiry-page inquiry-producer">
      <title>{`${t('inquiry.detailTitle', { reference: i.reference })} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/my/inquiries">{t('inquiry.inboxTitle')}</Link>
          </li>
          <li aria-current="page">{i.reference}</li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>{t('inquiry.detailTitle', { reference: i.reference })}</h1>
        <p className="inquiry-status-row">
          <span className={`badge inquiry-status inquiry-status-${i.status.toLowerCase()}`}>
            {t(`inquiry.status.${i.status}`)}
          </span>{' '}
          {i.status === 'CLOSED' && <span className="badge">{t(`inquiry.outcome.${i.outcome}`)}</span>}{' '}
          <span className="muted">{t('inquiry.sentOn', { date: when(i.createdAt) })}</span>
        </p>
        <p className="page-lead">{i.producer.name}</p>
      </header>
      {/* On a phone the buyer's contact comes first (calling is what an editor does first); on a wide
          screen it heads the side column. */}
      <div className="inquiry-layout">
        <div className="inquiry-contact-area">
          <BuyerContact inquiry={i} />
        </div>
        <div className="inquiry-main">
          <InquirySummary inquiry={i} />
          <Conversation messages={i.messages} viewer="PRODUCER" />
          <section aria-labelledby="reply-title" className="inquiry-reply">
            <h2 id="reply-title">{t('inquiry.reply')}</h2>
            <ReplyBox
              send={async (body, idempotencyKey) => {
                const { data } = await reply({
                  variables: { input: { inquiryId: i.id, body, idempotencyKey } },
                });
                const payload = data?.inquiryReply;
                if (!payload) throw new Error('no payload');
                return payload.userErrors;
              }}
            />
          </section>
        </div>
        <div className="inquiry-side">
          <OutcomePanel inquiryId={i.id} outcome={i.outcome} reason={i.outcomeReason ?? null} />
          <BlockPanel inquiryId={i.id} />
        </div>
      </div>
    </article>
  );
}

function BuyerContact(props: {
  inquiry: {
    buyerName: string;
    organisation?: string | null;
    phone?: string | null;
    email?: string | null;
    preferredChannel: 'PHONE' | 'EMAIL' | 'ZALO';
  };
}) {
  const { t } = useI18n();
  const i = props.inquiry;
  return (
    <section className="card inquiry-contact" aria-labelledby="buyer-contact-title">
      <h2 id="buyer-contact-title">{t('inquiry.contactTitle')}</h2>
      <p className="inquiry-buyer-name">
        <strong>{i.buyerName}</strong>
        {i.organisation && <span className="muted"> · {i.organisation}</span>}
      </p>
      <p className="muted small">
        {t('inquiry.prefers', { channel: t(`inquiry.channelName.${i.preferredChannel}`) })}
      </p>
      <div className="contact-actions">
        {i.phone && (
          <a className="button" href={telHref(i.phone)} aria-label={t('inquiry.call', { phone: i.phone })}>
            <span aria-hidden="true">☎</span> {i.phone}
          </a>
        )}
        {i.phone && (
          <a
            className="button button-secondary"
            href={zaloHref(i.phone)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('inquiry.zalo')}
          </a>
        )}
        {i.email && (
          <a className="button button-secondary" href={`mailto:${i.email}`}>
            <span aria-hidden="true">✉</span> {i.email}
          </a>
        )}
      </div>
    </section>
  );
}

function OutcomePanel(props: { inquiryId: string; outcome: InquiryOutcome; reason: string | null }) {
  const { t } = useI18n();
  const [setOutcome, { loading }] = useInquirySetOutcome();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (outcome: InquiryOutcome, why?: string) => {
    setMessage(null);
    if (outcome === 'LOST' && !why?.trim()) {
      setMessage({ ok: false, text: t('inquiry.required') });
      return;
    }
    try {
      const { data } = await setOutcome({
        variables: { input: { inquiryId: props.inquiryId, outcome, reason: why?.trim() || null } },
      });
      const errors = data?.inquirySetOutcome.userErrors ?? [];
      if (!data || errors.length > 0) {
        setMessage({ ok: false, text: errors[0]?.message ?? t('inquiry.actionFailed') });
        return;
      }
      setAsking(false);
      setReason('');
      setMessage({ ok: true, text: t('inquiry.outcomeSaved') });
    } catch {
      setMessage({ ok: false, text: t('inquiry.actionFailed') });
    }
  };

  return (
    <section className="card inquiry-outcome" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('inquiry.outcomeTitle')}</h2>
      <p>
        <strong>{t(`inquiry.outcome.${props.outcome}`)}</strong>
        {props.reason && (
          <span className="muted"> · {t('inquiry.reasonShown', { reason: props.reason })}</span>
        )}
      </p>
      {props.outcome === 'OPEN' ? (
        !asking ? (
          <div className="form-buttons">
            <button type="button" className="button" disabled={loading} onClick={() => void save('WON')}>
              {t('inquiry.markWon')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
              {t('inquiry.markLost')}
            </button>
          </div>
        ) : (
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              void save('LOST', reason);
            }}
          >
            <div className="field">
              <label htmlFor="outcome-reason">{t('inquiry.lostReason')}</label>
              <textarea
                id="outcome-reason"
                rows={3}
                maxLength={500}
                value={reason}
                aria-describedby="outcome-reason-hint"
                onChange={(e) => setReason(e.target.value)}
              />
              <p id="outcome-reason-hint" className="field-hint">
                {t('inquiry.lostReasonHint')}
              </p>
            </div>
            <div className="form-buttons">
              <button type="submit" className="button" disabled={loading}>
                {t('inquiry.lostConfirm')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
                {t('inquiry.blockNo')}
              </button>
            </div>
          </form>
        )
      ) : (
        <button
          type="button"
          className="button button-secondary"
          disabled={loading}
          onClick={() => void save('OPEN')}
        >
          {t('inquiry.reopen')}
        </button>
      )}
      <p className={message?.ok === false ? 'field-error' : 'muted small'} role="status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

function BlockPanel(props: { inquiryId: string }) {
  const { t } = useI18n();
  const [block, { loading }] = useInquiryBlockSender();
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<'idle' | 'blocked' | 'failed'>('idle');
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  const onBlock = async () => {
    try {
      const { data } = await block({ variables: { input: { inquiryId: props.inquiryId } } });
      const ok = !!data && data.inquiryBlockSender.userErrors.length === 0;
      setState(ok ? 'blocked' : 'failed');
    } catch {
      setState('failed');
    }
    setConfirming(false);
  };

  return (
    <section className="card inquiry-block" aria-labelledby="block-title">
      <h2 id="block-title" className="sr-only">
        {t('inquiry.block')}
      </h2>
      {state === 'blocked' ? (
        <p className="form-success" role="status">
          {t('inquiry.blocked')}
        </p>
      ) : confirming ? (
        <div role="alertdialog" aria-labelledby="block-confirm-text" className="inquiry-confirm">
          <p id="block-confirm-text">{t('inquiry.blockConfirm')}</p>
          <div className="form-buttons">
            <button
              ref={yes}
              type="button"
              className="button button-danger"
              disabled={loading}
              onClick={() => void onBlock()}
            >
              {t('inquiry.blockYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('inquiry.blockNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          {t('inquiry.block')}
        </button>
      )}
      {state === 'failed' && (
        <p className="field-error" role="alert">
          {t('inquiry.actionFailed')}
        </p>
      )}
    </section>
  );
}
