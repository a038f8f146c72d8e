import type { ContactChannel, InquirySendInput } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/i18n';

/** What the inquiry is about: the page the buyer came from. */
export interface InquiryTarget {
  kind: 'product' | 'listing' | 'producer';
  id: string;
}

export interface InquiryValues {
  subject: string;
  quantity: string;
  unit: string;
  deliveryProvinceCode: string;
  wantedBy: string;
  message: string;
  buyerName: string;
  organisation: string;
  phone: string;
  email: string;
  preferredChannel: ContactChannel;
  consent: boolean;
  /** The honeypot: people never see it, so never fill it. */
  website: string;
}

export const EMPTY_INQUIRY: InquiryValues = {
  subject: '',
  quantity: '',
  unit: '',
  deliveryProvinceCode: '',
  wantedBy: '',
  message: '',
  buyerName: '',
  organisation: '',
  phone: '',
  email: '',
  preferredChannel: 'PHONE',
  consent: false,
  website: '',
};

/** The form's fields, in the order they are shown (the error summary follows it). */
export const INQUIRY_FIELDS = [
  'subject',
  'quantity',
  'unit',
  'deliveryProvinceCode',
  'wantedBy',
  'message',
  'buyerName',
  'organisation',
  'phone',
  'email',
  'preferredChannel',
  'consent',
] as const;
export type InquiryField = (typeof INQUIRY_FIELDS)[number];

export const inquiryFieldId = (key: string) => `inquiry-${key}`;

/**
 * A quantity as people type it: "50", "2,5" or "2.5" (either decimal mark, as phones offer
 * either), "1.000" or "1 000" (groups of three, as Vietnamese write thousands). Null when it reads
 * no number; undefined when empty.
 */
export function parseQuantity(typed: string): number | null | undefined {
  const text = typed.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return undefined;
  if (/^\d{1,3}([.,]\d{3}){2,}$/.test(text) || /^\d{1,3}\.\d{3}$/.test(text))
    return Number(text.replace(/[.,]/g, ''));
  if (/^\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** A rough check of an email, only to catch typos early: the API decides. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the form refuses before anything is sent, by field (message keys; the date needs `today`). */
export function inquiryClientErrors(
  values: InquiryValues,
  today: string | null,
): Partial<Record<InquiryField, MessageKey>> {
  const errors: Partial<Record<InquiryField, MessageKey>> = {};
  const quantity = parseQuantity(values.quantity);
  if (quantity === null || (quantity !== undefined && !(quantity > 0 && quantity <= 1e9)))
    errors.quantity = 'inquiry.quantityInvalid';
  if (values.wantedBy && today && values.wantedBy < today) errors.wantedBy = 'inquiry.wantedByPast';
  if (!values.message.trim()) errors.message = 'inquiry.required';
  if (!values.buyerName.trim()) errors.buyerName = 'inquiry.required';
  const phone = values.phone.trim();
  const email = values.email.trim();
  if (!phone && !email) errors.phone = 'inquiry.contactRequired';
  else if (values.preferredChannel !== 'EMAIL' && !phone) errors.phone = 'inquiry.phoneForZalo';
  else if (values.preferredChannel === 'EMAIL' && !email) errors.email = 'inquiry.emailForEmail';
  if (email && !EMAIL.test(email)) errors.email = 'inquiry.emailInvalid';
  if (!values.consent) errors.consent = 'inquiry.consentRequired';
  return errors;
}

/** The mutation's input without its idempotency key. */
export function inquiryInput(
  target: InquiryTarget,
  values: InquiryValues,
  locale: string,
): Omit<InquirySendInput, 'idempotencyKey'> {
  const text = (value: string) => value.trim() || null;
  return {
    productId: target.kind === 'product' ? target.id : null,
    listingId: target.kind === 'listing' ? target.id : null,
    producerId: target.kind === 'producer' ? target.id : null,
    subject: text(values.subject),
    quantity: parseQuantity(values.quantity) ?? null,
    unit: text(values.unit),
    deliveryProvinceCode: values.deliveryProvinceCode || null,
    wantedBy: values.wantedBy || null,
    message: values.message.trim(),
    buyerName: values.buyerName.trim(),
    organisation: text(values.organisation),
    phone: text(values.phone),
    email: text(values.email),
    preferredChannel: values.preferredChannel,
    consentToShare: values.consent,
    website: values.website || null,
    locale,
  };
}

/** The form field an API error path belongs to (null: the form as a whole). */
export function inquiryFormKey(path: string): InquiryField | null {
  if (path === 'consentToShare') return 'consent';
  return (INQUIRY_FIELDS as readonly string[]).includes(path) ? (path as InquiryField) : null;
}
