import { createHash, createHmac } from 'node:crypto';
import type { Localized } from '../../common/language';
import { userError, UserErrorCode, type UserError } from '../../common/user-error';
import { ContactChannel } from './inquiry.type';

/** Bounds of what a buyer can send (the columns' checks say the same). */
export const INQUIRY_LIMITS = {
  subject: 200,
  unit: 40,
  message: 4_000,
  buyerName: 120,
  organisation: 200,
  email: 254,
  outcomeReason: 500,
  quantityMax: 1e9,
  /** The honeypot is only looked at, never stored; a longer one is still a bot. */
  website: 1_000,
  /** Messages of one conversation, the first included: bounds every list of messages. */
  messagesPerInquiry: 200,
} as const;

const KEY = /^[A-Za-z0-9._:-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The buyer's private-link token of a submit: HMAC-SHA256 keyed by the client's idempotency key
 * over the content's hash. Deterministic, so that a retried submit (same key, same content) answers
 * the same link although only the token's SHA-256 is stored; unguessable without the key, which
 * only the client has (the database keeps the key's SHA-256, never the key).
 */
export function submitToken(idempotencyKey: string, requestHash: string): string {
  return createHmac('sha256', idempotencyKey)
    .update(`ocop-inquiry-buyer-token:${requestHash}`)
    .digest('base64url');
}

/** A token as the link carries it: base64url, 43 characters for 32 bytes. */
export const TOKEN_FORMAT = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * A Vietnamese phone number normalised to "+84" and 9 or 10 digits (mobiles 9, landlines 10), from
 * what people type: "0912 345 678", "(+84) 912.345.678", "84-912-345-678". Null when it is not one.
 */
export function normalisePhone(text: string): string | null {
  const compact = text.replace(/[\s.\-()]/g, '');
  const match = /^(?:\+?84|0)([1-9][0-9]{8,9})$/.exec(compact);
  return match ? `+84${match[1]}` : null;
}

/** The contacts a block or a per-contact limit is about: "phone:+84…", "email:<lower case>". */
export function contactKeys(phone: string | null, email: string | null): string[] {
  const keys: string[] = [];
  if (email) keys.push(`email:${email.toLowerCase()}`);
  if (phone) keys.push(`phone:${phone}`);
  return keys.sort();
}

/** Messages used by several fields, in each language (the answer picks the request's). */
const M = {
  required: { vi: 'Cần điền mục này.', en: 'This field is required.' },
  tooLong: (n: number): Localized => ({
    vi: `Tối đa ${n.toLocaleString('vi-VN')} ký tự.`,
    en: `At most ${n.toLocaleString('en-GB')} characters.`,
  }),
  key: {
    vi: 'Khóa chống lặp phải có 8–100 ký tự chữ, số hoặc . _ : -.',
    en: 'The idempotency key must have 8–100 letters, digits or . _ : -.',
  },
} satisfies Record<string, Localized | ((n: number) => Localized)>;

export interface CheckedSend {
  idempotencyKey: string;
  target: { kind: 'product' | 'listing' | 'producer'; id: string; field: string };
  subject: string | null;
  quantity: number | null;
  unit: string | null;
  deliveryProvinceCode: string | null;
  wantedBy: string | null;
  message: string;
  buyerName: string;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  preferredChannel: ContactChannel;
  locale: 'vi' | 'en';
  honeypot: boolean;
}

/** Trimmed text; empty counts as absent. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
}

export function checkKey(errors: UserError[], key: string, field: string[]): void {
  if (key.length < 8) errors.push(userError(field, UserErrorCode.TOO_SHORT, M.key));
  else if (key.length > 100) errors.push(userError(field, UserErrorCode.TOO_LONG, M.key));
  else if (!KEY.test(key)) errors.push(userError(field, UserErrorCode.INVALID, M.key));
}

export function checkBody(errors: UserError[], body: string, field: string[]): string {
  const value = text(body) ?? '';
  if (!value) errors.push(userError(field, UserErrorCode.REQUIRED, M.required));
  else if (value.length > INQUIRY_LIMITS.message)
    errors.push(userError(field, UserErrorCode.TOO_LONG, M.tooLong(INQUIRY_LIMITS.message)));
  return value;
}

export interface SendFields {
  idempotencyKey: string;
  productId?: string | null;
  listingId?: string | null;
  producerId?: string | null;
  subject?: string | null;
  quantity?: number | null;
  unit?: string | null;
  deliveryProvinceCode?: string | null;
  wantedBy?: string | null;
  message: string;
  buyerName: string;
  organisation?: string | null;
  phone?: string | null;
  email?: string | null;
  preferredChannel: ContactChannel;
  consentToShare: boolean;
  website?: string | null;
  locale?: string | null;
}

/**
 * Checks a submit against every rule that needs no database (the target, the province and the
 * blocks are checked by the service): the user errors, or the normalised input.
 */
export function checkSend(
  input: SendFields,
  today: string,
): { errors: UserError[]; value: CheckedSend | null } {
  const errors: UserError[] = [];
  const f = (name: string) => ['input', name];
  checkKey(errors, input.idempotencyKey, f('idempotencyKey'));

  const targets = (['productId', 'listingId', 'producerId'] as const).filter((name) => text(input[name]));
  if (targets.length === 0) {
    errors.push(
      userError(f('productId'), UserErrorCode.REQUIRED, {
        vi: 'Chọn một sản phẩm, một gói hàng hoặc một chủ thể.',
        en: 'Choose a product, a listing or a producer.',
      }),
    );
  } else if (targets.length > 1) {
    errors.push(
      userError(f(targets[1]!), UserErrorCode.INVALID, {
        vi: 'Chỉ chọn một trong sản phẩm, gói hàng, chủ thể.',
        en: 'Choose only one of a product, a listing, a producer.',
      }),
    );
  }

  const bounded = (name: 'subject' | 'unit' | 'organisation', max: number) => {
    const value = text(input[name]);
    if (value && value.length > max) errors.push(userError(f(name), UserErrorCode.TOO_LONG, M.tooLong(max)));
    return value;
  };
  const subject = bounded('subject', INQUIRY_LIMITS.subject);
  const unit = bounded('unit', INQUIRY_LIMITS.unit);
  const organisation = bounded('organisation', INQUIRY_LIMITS.organisation);

  const quantity = input.quantity ?? null;
  if (
    quantity !== null &&
    !(Number.isFinite(quantity) && quantity > 0 && quantity <= INQUIRY_LIMITS.quantityMax)
  ) {
    errors.push(
      userError(f('quantity'), UserErrorCode.OUT_OF_RANGE, {
        vi: 'Số lượng phải lớn hơn 0 và tối đa 1 tỷ.',
        en: 'The quantity must be more than 0 and at most 1 billion.',
      }),
    );
  }

  const province = text(input.deliveryProvinceCode);
  if (province && !/^[0-9]{2}$/.test(province)) {
    errors.push(
      userError(f('deliveryProvinceCode'), UserErrorCode.INVALID, {
        vi: 'Mã tỉnh gồm 2 chữ số.',
        en: 'A province code has 2 digits.',
      }),
    );
  }

  const wantedBy = input.wantedBy ?? null;
  if (wantedBy !== null && wantedBy < today) {
    errors.push(
      userError(f('wantedBy'), UserErrorCode.OUT_OF_RANGE, {
        vi: `Ngày cần hàng không được trước hôm nay, ${today}.`,
        en: `The date wanted cannot be before today, ${today}.`,
      }),
    );
  }

  const message = checkBody(errors, input.message, f('message'));

  const buyerName = text(input.buyerName) ?? '';
  if (!buyerName) errors.push(userError(f('buyerName'), UserErrorCode.REQUIRED, M.required));
  else if (buyerName.length > INQUIRY_LIMITS.buyerName)
    errors.push(userError(f('buyerName'), UserErrorCode.TOO_LONG, M.tooLong(INQUIRY_LIMITS.buyerName)));

  const phoneText = text(input.phone);
  const phone = phoneText ? normalisePhone(phoneText) : null;
  if (phoneText && !phone) {
    errors.push(
      userError(f('phone'), UserErrorCode.INVALID, {
        vi: 'Số điện thoại Việt Nam không hợp lệ, ví dụ 0912 345 678.',
        en: 'Not a Vietnamese phone number; for example 0912 345 678.',
      }),
    );
  }
  const emailText = text(input.email);
  if (emailText && emailText.length > INQUIRY_LIMITS.email) {
    errors.push(userError(f('email'), UserErrorCode.TOO_LONG, M.tooLong(INQUIRY_LIMITS.email)));
  } else if (emailText && !EMAIL.test(emailText)) {
    errors.push(
      userError(f('email'), UserErrorCode.INVALID, {
        vi: 'Địa chỉ e-mail không hợp lệ.',
        en: 'Not an e-mail address.',
      }),
    );
  }
  const email =
    emailText && EMAIL.test(emailText) && emailText.length <= INQUIRY_LIMITS.email ? emailText : null;
  if (!phoneText && !emailText) {
    errors.push(
      userError(f('phone'), UserErrorCode.REQUIRED, {
        vi: 'Cần số điện thoại hoặc e-mail.',
        en: 'A phone number or an e-mail is needed.',
      }),
    );
  } else if (
    (input.preferredChannel === ContactChannel.PHONE || input.preferredChannel === ContactChannel.ZALO) &&
    !phoneText
  ) {
    errors.push(
      userError(f('phone'), UserErrorCode.REQUIRED, {
        vi: 'Liên hệ qua điện thoại hoặc Zalo cần số điện thoại.',
        en: 'Contact by phone or Zalo needs a phone number.',
      }),
    );
  } else if (input.preferredChannel === ContactChannel.EMAIL && !emailText) {
    errors.push(
      userError(f('email'), UserErrorCode.REQUIRED, {
        vi: 'Liên hệ qua e-mail cần địa chỉ e-mail.',
        en: 'Contact by e-mail needs an e-mail address.',
      }),
    );
  }

  if (input.consentToShare !== true) {
    errors.push(
      userError(f('consentToShare'), UserErrorCode.REQUIRED, {
        vi: 'Cần đồng ý chia sẻ liên hệ với chủ thể.',
        en: 'Consent to share the contact with the producer is required.',
      }),
    );
  }

  const locale = text(input.locale) ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') {
    errors.push(
      userError(f('locale'), UserErrorCode.INVALID, {
        vi: 'Ngôn ngữ là "vi" hoặc "en".',
        en: 'The language is "vi" or "en".',
      }),
    );
  }
  const website = input.website ?? '';
  if (website.length > INQUIRY_LIMITS.website) {
    errors.push(userError(f('website'), UserErrorCode.TOO_LONG, M.tooLong(INQUIRY_LIMITS.website)));
  }

  if (errors.length > 0) return { errors, value: null };
  const targetName = targets[0]!;
  return {
    errors,
    value: {
      idempotencyKey: input.idempotencyKey,
      target: {
        kind: targetName === 'productId' ? 'product' : targetName === 'listingId' ? 'listing' : 'producer',
        id: text(input[targetName])!,
        field: targetName,
      },
      subject,
      quantity,
      unit,
      deliveryProvinceCode: province,
      wantedBy,
      message,
      buyerName,
      organisation,
      phone,
      email,
      preferredChannel: input.preferredChannel,
      locale: locale as 'vi' | 'en',
      honeypot: website.trim() !== '',
    },
  };
}
