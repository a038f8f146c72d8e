import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { Conversation, useFormatDateTime } from './Conversation';
import { InquirySummary } from './InquirySummary';
import { ReplyBox } from './ReplyBox';
import { useInquiryBuyerReply } from './useInquiryBuyerReply';

export const BuyerInquiryView_inquiry = graphql(`
  fragment BuyerInquiryView_inquiry on BuyerInquiry {
    reference
    createdAt
    status
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
    wantedBy
    messages {
      id
      ...Conversation_message
    }
  }
`);

/** The buyer's view of their inquiry through the private link: what was asked, the conversation, a reply. */
export function BuyerInquiryView(props: {
  token: string;
  inquiry: FragmentType<typeof BuyerInquiryView_inquiry>;
}) {
  const { t } = useI18n();
  const when = useFormatDateTime();
  const inquiry = getFragmentData(BuyerInquiryView_inquiry, props.inquiry);
  const [reply] = useInquiryBuyerReply();
  return (
    <article className="inquiry-page inquiry-buyer">
      <title>{`${t('inquiry.buyerTitle', { reference: inquiry.reference })} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('inquiry.buyerTitle', { reference: inquiry.reference })}</h1>
        <p className="inquiry-status-row">
          <span className={`badge inquiry-status inquiry-status-${inquiry.status.toLowerCase()}`}>
            {t(`inquiry.status.${inquiry.status}`)}
          </span>{' '}
          <span className="muted">{t('inquiry.sentOn', { date: when(inquiry.createdAt) })}</span>
        </p>
        <p className="page-lead">
          {t('inquiry.to')}:{' '}
          <Link to={`/producers/${encodeURIComponent(inquiry.producer.id)}`}>{inquiry.producer.name}</Link>
        </p>
      </header>
      <InquirySummary inquiry={inquiry} />
      <Conversation messages={inquiry.messages} viewer="BUYER" />
      <section aria-labelledby="reply-title" className="inquiry-reply">
        <h2 id="reply-title">{t('inquiry.reply')}</h2>
        <ReplyBox
          send={async (body, idempotencyKey) => {
            const { data } = await reply({
              variables: { input: { token: props.token, body, idempotencyKey } },
            });
            const payload = data?.inquiryBuyerReply;
            if (!payload) throw new Error('no payload');
            return payload.userErrors;
          }}
        />
      </section>
    </article>
  );
}
