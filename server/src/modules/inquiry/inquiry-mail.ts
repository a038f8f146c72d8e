import type { EntityManager } from 'typeorm';
import { enqueueMail, mailEnabled, portalLink } from '../../common/mail';
import { producerRecipients } from '../producer/producer-recipients';

/**
 * The inquiry e-mails, written into the outbox (common/mail.ts) in the transaction of the change
 * they announce. Producers get Vietnamese with English below; buyers get the language they chose.
 * A producer's mail never carries the buyer's contact beyond what its inbox shows them anyway: the
 * name and the message; the contact is read in the inbox, behind the login.
 */

export interface MailInquiry {
  id: string;
  reference: string;
  producerId: string;
  producerName: string;
  buyerName: string;
  subject: string | null;
  locale: string;
  email: string | null;
}

const excerpt = (body: string): string => (body.length > 1_000 ? `${body.slice(0, 1_000)}…` : body);

/** A new inquiry, or a buyer's reply, to the producer. */
export async function mailProducer(
  tx: EntityManager,
  inquiry: MailInquiry,
  kind: 'inquiry-new' | 'inquiry-buyer-reply',
  body: string,
): Promise<void> {
  if (!mailEnabled()) return;
  const isNew = kind === 'inquiry-new';
  const what = inquiry.subject ? `: ${inquiry.subject}` : '';
  const subject = isNew
    ? `Yêu cầu báo giá mới ${inquiry.reference}${what} (new inquiry)`
    : `${inquiry.buyerName} đã trả lời ${inquiry.reference} (the buyer replied)`;
  const text = [
    isNew
      ? `${inquiry.producerName} nhận được một yêu cầu báo giá từ ${inquiry.buyerName}.`
      : `${inquiry.buyerName} đã trả lời yêu cầu ${inquiry.reference}.`,
    '',
    excerpt(body),
    '',
    `Xem và trả lời trong hộp thư: ${portalLink('/my/inquiries')}`,
    '',
    isNew
      ? `${inquiry.producerName} received an inquiry from ${inquiry.buyerName}. Read and answer it in the inbox (link above).`
      : `${inquiry.buyerName} replied to ${inquiry.reference}. Read it in the inbox (link above).`,
  ].join('\n');
  await enqueueMail(
    tx,
    { kind, inquiryId: inquiry.id, subject, body: text },
    await producerRecipients(tx, inquiry.producerId),
  );
}

/** A producer's reply, to the buyer, with a private link (a fresh token: only its hash is kept). */
export async function mailBuyer(
  tx: EntityManager,
  inquiry: MailInquiry,
  body: string,
  token: string,
): Promise<void> {
  if (!mailEnabled() || !inquiry.email) return;
  const link = portalLink(`/inquiry/${token}`);
  const en = inquiry.locale === 'en';
  const subject = en
    ? `${inquiry.producerName} replied to your inquiry ${inquiry.reference}`
    : `${inquiry.producerName} đã trả lời yêu cầu ${inquiry.reference} của bạn`;
  const text = (
    en
      ? [
          `${inquiry.producerName} replied:`,
          '',
          excerpt(body),
          '',
          `Read the conversation and answer: ${link}`,
          '',
          'Keep this link private: it opens your inquiry without an account.',
        ]
      : [
          `${inquiry.producerName} đã trả lời:`,
          '',
          excerpt(body),
          '',
          `Xem cuộc trao đổi và trả lời: ${link}`,
          '',
          'Giữ riêng đường dẫn này: nó mở yêu cầu của bạn mà không cần tài khoản.',
        ]
  ).join('\n');
  await enqueueMail(tx, { kind: 'inquiry-reply', inquiryId: inquiry.id, subject, body: text }, [
    inquiry.email,
  ]);
}
