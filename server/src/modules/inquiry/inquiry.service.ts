import { randomBytes } from 'node:crypto';
import { now, today, vietnamDayOf } from '@ocop/db';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toPage,
  type Page,
  type PageArgs,
} from '../../common/connection';
import { encodeNodeId, uuidOf } from '../../common/node-id';
import { countingManager } from '../../common/sql-counter';
import { SqlParams } from '../../common/sql/params';
import { InputRejected, userError, UserErrorCode, type UserError } from '../../common/user-error';
import { languageOf, say } from '../../common/language';
import { Denied, LOG_IN_FIRST, write, type WriteResult } from '../../common/write';
import { toPayload } from '../../common/write-payload';
import { appendAudit, refusalSource } from '../audit/audit.service';
import { editableProducerIds, isAdministrator, type Viewer } from '../auth/viewer';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { PRODUCT_LISTING } from '../listing/product-listing.type';
import { PRODUCER } from '../producer/producer.type';
import {
  checkBody,
  checkKey,
  checkSend,
  contactKeys,
  INQUIRY_LIMITS,
  sha256,
  submitToken,
  TOKEN_FORMAT,
  type CheckedSend,
} from './inquiry-input';
import { mailBuyer, mailProducer, type MailInquiry } from './inquiry-mail';
import type {
  InquiryBlockSenderInput,
  InquiryBuyerReplyInput,
  InquiryFilter,
  InquiryMarkReadInput,
  InquiryReplyInput,
  InquirySendInput,
  InquirySetOutcomeInput,
} from './inquiry.inputs';
import {
  BuyerInquiry,
  ContactChannel,
  Inquiry,
  INQUIRY,
  INQUIRY_MESSAGE,
  InquiryAuthor,
  InquiryBuyerReplyPayload,
  InquiryMessage,
  InquiryOutcome,
  InquiryPayload,
  InquiryReplyPayload,
  InquirySendPayload,
  InquiryStatus,
  type InquiryRow,
} from './inquiry.type';

/**
 * Send limits, counted in PostgreSQL (inquiry_send_tally) per bucket and fixed window, so they
 * hold across instances. Per address: an office or a shop behind one NAT may send a few; per
 * contact: one person does not need more than a few a day, and a flood under one phone or e-mail
 * is someone else's contact being used.
 */
export const SEND_LIMITS = {
  address: { sends: 10, windowMs: 3_600_000 },
  contact: { sends: 5, windowMs: 86_400_000 },
  /** Buyer replies through links, per address: a conversation, not a flood. */
  replyAddress: { sends: 30, windowMs: 3_600_000 },
} as const;

/** The inquiry columns both views read, typed by the entity's columns (db/src/entities/inquiry.entity.ts). */
const COLUMNS = `i.id, i.number::text AS number, i.created_at, i.producer_id, i.product_id, i.listing_id,
  i.subject, i.quantity, i.unit, i.delivery_province_id, i.wanted_by::text AS wanted_by, i.buyer_name,
  i.organisation, i.phone, i.email, i.preferred_channel, i.locale, i.status, i.outcome, i.outcome_reason,
  i.unread, i.first_answered_at, i.created_at::text AS created_at_text`;

interface Row {
  id: string;
  number: string;
  created_at: Date;
  created_at_text: string;
  producer_id: string;
  product_id: string | null;
  listing_id: string | null;
  subject: string | null;
  quantity: number | null;
  unit: string | null;
  delivery_province_id: string | null;
  wanted_by: string | null;
  buyer_name: string;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  preferred_channel: ContactChannel;
  locale: string;
  status: InquiryStatus;
  outcome: InquiryOutcome;
  outcome_reason: string | null;
  unread: boolean;
  first_answered_at: Date | null;
}

/** "YC-2026-000123": the year in Vietnam of the submit, and the inquiry's number. */
export function referenceOf(number: string, createdAt: Date): string {
  return `YC-${vietnamDayOf(createdAt).slice(0, 4)}-${number.padStart(6, '0')}`;
}

function fillRow<T extends InquiryRow>(target: T, row: Row): T {
  target.uuid = row.id;
  target.producerUuid = row.producer_id;
  target.productUuid = row.product_id;
  target.listingUuid = row.listing_id;
  target.deliveryProvinceUuid = row.delivery_province_id;
  target.number = row.number;
  target.buyerNameValue = row.buyer_name;
  target.organisationValue = row.organisation;
  target.phoneValue = row.phone;
  target.emailValue = row.email;
  target.locale = row.locale;
  return target;
}

function toBuyerInquiry(row: Row): BuyerInquiry {
  const inquiry = fillRow(new BuyerInquiry(), row);
  return Object.assign(inquiry, {
    reference: referenceOf(row.number, row.created_at),
    createdAt: row.created_at,
    status: row.status,
    subject: row.subject,
    quantity: row.quantity,
    unit: row.unit,
    wantedBy: row.wanted_by,
  });
}

function toInquiry(row: Row): Inquiry {
  const inquiry = fillRow(new Inquiry(), row);
  return Object.assign(inquiry, {
    id: encodeNodeId(INQUIRY, row.id),
    reference: referenceOf(row.number, row.created_at),
    createdAt: row.created_at,
    status: row.status,
    outcome: row.outcome,
    outcomeReason: row.outcome_reason,
    unread: row.unread,
    subject: row.subject,
    quantity: row.quantity,
    unit: row.unit,
    wantedBy: row.wanted_by,
    preferredChannel: row.preferred_channel,
    firstAnsweredAt: row.first_answered_at,
  });
}

/** Whether the viewer keeps this producer's inquiries (its editors, administrators). */
export function keepsProducer(viewer: Viewer | null, producerUuid: string): boolean {
  return isAdministrator(viewer) || editableProducerIds(viewer).includes(producerUuid);
}

/** What the audit keeps of an inquiry: never the buyer's contact (officials read their units' audit). */
function auditView(row: Partial<Row>): Record<string, unknown> {
  const { buyer_name: _n, organisation: _o, phone: _p, email: _e, created_at_text: _t, ...rest } = row;
  return rest;
}

/** What the audit of a refused submit keeps of its input: neither the contact nor the message. */
function refusedInputView(input: InquirySendInput): Record<string, unknown> {
  const { buyerName: _n, organisation: _o, phone: _p, email: _e, message, website, ...rest } = input;
  return { ...rest, messageLength: message?.length ?? 0, honeypot: Boolean(website) };
}

class Throttled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('throttled');
  }
}

interface Slot {
  bucket: string;
  windowStart: Date;
}

/**
 * Takes one send from a bucket's window, counting and deciding in one statement under the tally
 * row's lock: the row is created, or grown while under the limit; no row back means the window is
 * full. The statement runs on its own (autocommit), before the send's transaction, so the row is
 * locked for that one statement only: a burst on one address queues for microseconds, not for
 * whole transactions holding pooled connections (a first version locked it to the commit, and
 * 1,000 concurrent sends from 50 addresses exhausted the pool). Whatever the concurrency, at most
 * `limit` slots are taken per window; a send that then fails gives its slots back (`giveBack`),
 * so in a burst a refusal may be answered while a doomed send still holds a slot, never the
 * reverse.
 */
async function takeSlot(
  db: EntityManager,
  bucket: string,
  limit: { sends: number; windowMs: number },
): Promise<Slot> {
  const at = now().getTime();
  const windowStart = new Date(Math.floor(at / limit.windowMs) * limit.windowMs);
  const rows = (await db.query(
    `INSERT INTO inquiry_send_tally AS t (bucket, window_start, sends) VALUES ($1, $2::timestamptz, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET sends = t.sends + 1 WHERE t.sends < $3
     RETURNING sends`,
    [bucket, windowStart, limit.sends],
  )) as unknown[];
  if (rows.length === 0)
    throw new Throttled(Math.max(1, Math.ceil((windowStart.getTime() + limit.windowMs - at) / 1000)));
  return { bucket, windowStart };
}

/** Gives back slots of a send that did not happen (one statement). */
async function giveBack(db: EntityManager, slots: Slot[]): Promise<void> {
  if (slots.length === 0) return;
  await db.query(
    `UPDATE inquiry_send_tally t SET sends = t.sends - 1
     FROM unnest($1::text[], $2::timestamptz[]) AS s(bucket, window_start)
     WHERE t.bucket = s.bucket AND t.window_start = s.window_start AND t.sends > 0`,
    [slots.map((slot) => slot.bucket), slots.map((slot) => slot.windowStart)],
  );
}

/** Takes a slot of each bucket in order, all or none; THROTTLED as a user error. */
async function takeSlots(
  db: EntityManager,
  wanted: { bucket: string; limit: { sends: number; windowMs: number } }[],
): Promise<Slot[]> {
  const taken: Slot[] = [];
  try {
    for (const { bucket, limit } of wanted) taken.push(await takeSlot(db, bucket, limit));
    return taken;
  } catch (error) {
    await giveBack(db, taken);
    if (error instanceof Throttled) throw new InputRejected([throttledError(error.retryAfterSeconds)]);
    throw error;
  }
}

function throttledError(retryAfterSeconds: number): UserError {
  return userError(
    ['input'],
    UserErrorCode.THROTTLED,
    {
      vi: `Đã gửi quá nhiều yêu cầu; thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`,
      en: `Too many inquiries; try again in ${Math.ceil(retryAfterSeconds / 60)} min.`,
    },
    { retryAfterSeconds },
  );
}

const blockedError = (): UserError =>
  userError(['input'], UserErrorCode.SENDER_BLOCKED, {
    vi: 'Chủ thể này không nhận yêu cầu từ số điện thoại hoặc e-mail này.',
    en: 'This producer does not accept inquiries from this phone or e-mail.',
  });

interface Target {
  producer_id: string;
  producer_name: string;
  product_id: string | null;
  listing_id: string | null;
  commune_id: string | null;
}

export class InquiryService {
  // ---------------------------------------------------------------- reads

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(Row | null)[]> {
    const rows = (await db.query(`SELECT ${COLUMNS} FROM inquiry i WHERE i.id = ANY($1::uuid[])`, [
      [...ids],
    ])) as Row[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Messages of many inquiries, oldest first, with the author's name (one statement). */
  async findMessages(db: EntityManager, inquiryIds: readonly string[]): Promise<InquiryMessage[][]> {
    const rows = (await db.query(
      `SELECT m.id, m.inquiry_id, m.author, m.body, m.created_at,
              CASE WHEN m.author = 'buyer' THEN i.buyer_name ELSE p.name END AS author_name
       FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id JOIN producer p ON p.id = i.producer_id
       WHERE m.inquiry_id = ANY($1::uuid[])
       ORDER BY m.inquiry_id, m.created_at, m.id`,
      [[...inquiryIds]],
    )) as {
      id: string;
      inquiry_id: string;
      author: InquiryAuthor;
      body: string;
      created_at: Date;
      author_name: string;
    }[];
    const byInquiry = new Map<string, InquiryMessage[]>();
    for (const row of rows) {
      const list = byInquiry.get(row.inquiry_id) ?? [];
      list.push(
        Object.assign(new InquiryMessage(), {
          id: encodeNodeId(INQUIRY_MESSAGE, row.id),
          author: row.author,
          authorName: row.author_name,
          body: row.body,
          createdAt: row.created_at,
        }),
      );
      byInquiry.set(row.inquiry_id, list);
    }
    return inquiryIds.map((id) => byInquiry.get(id) ?? []);
  }

  /** An inquiry for `node(id:)`: null unless the viewer keeps its producer (nothing tells it exists). */
  async byIdForViewer(ctx: Context, uuid: string): Promise<Inquiry | null> {
    const [row] = await this.findByIds(ctx.db, [uuid]);
    return row && keepsProducer(ctx.viewer, row.producer_id) ? toInquiry(row) : null;
  }

  async byToken(ctx: Context, token: string): Promise<BuyerInquiry | null> {
    if (!TOKEN_FORMAT.test(token)) return null;
    const [row] = (await ctx.db.query(
      `SELECT ${COLUMNS} FROM inquiry_buyer_token t JOIN inquiry i ON i.id = t.inquiry_id WHERE t.token_hash = $1`,
      [sha256(token)],
    )) as Row[];
    return row ? toBuyerInquiry(row) : null;
  }

  /** The producers whose inquiries the viewer lists; null for all (administrators). */
  private listedProducers(viewer: Viewer | null): string[] | null {
    return isAdministrator(viewer) ? null : editableProducerIds(viewer);
  }

  /** The inbox, newest first, keyset-paged on (created_at, id). */
  async page(ctx: Context, page: PageArgs, filter: InquiryFilter | null | undefined): Promise<Page<Inquiry>> {
    const first = checkPageSize(page.first);
    const ORDER = 'inquiry-newest';
    const cursor = page.after ? decodeCursor(page.after, ORDER, 2) : null;
    const producers = this.listedProducers(ctx.viewer);
    const wanted = filter?.producerId ? uuidOf(filter.producerId, PRODUCER) : null;
    const empty = (): Page<Inquiry> =>
      toPage(
        [],
        first,
        Boolean(cursor),
        toInquiry,
        () => '',
        async () => 0,
      );
    if (filter?.producerId && !wanted) return empty();
    const scope = wanted ? (producers === null || producers.includes(wanted) ? [wanted] : []) : producers;
    if (scope !== null && scope.length === 0) return empty();

    const params = new SqlParams();
    const where: string[] = [];
    if (scope !== null) where.push(`i.producer_id = ANY(${params.add(scope, '::uuid[]')})`);
    if (filter?.status) where.push(`i.status = ${params.add(filter.status)}`);
    if (filter?.outcome) where.push(`i.outcome = ${params.add(filter.outcome)}`);
    const countWhere = [...where];
    const countParams = [...params.values];
    if (cursor) {
      where.push(
        `(i.created_at, i.id) < (${params.add(cursor[0], '::timestamptz')}, ${params.add(cursor[1], '::uuid')})`,
      );
    }
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const rows = (await ctx.db.query(
      `SELECT ${COLUMNS} FROM inquiry i ${whereSql} ORDER BY i.created_at DESC, i.id DESC LIMIT ${params.add(first + 1, '::int')}`,
      params.values,
    )) as Row[];
    return toPage(
      rows,
      first,
      Boolean(cursor),
      toInquiry,
      (row) => encodeCursor(ORDER, [row.created_at_text, row.id]),
      async () => {
        const [counted] = (await ctx.db.query(
          `SELECT count(*)::int AS n FROM inquiry i ${countWhere.length ? `WHERE ${countWhere.join(' AND ')}` : ''}`,
          countParams,
        )) as { n: number }[];
        return counted!.n;
      },
    );
  }

  async unreadCount(ctx: Context): Promise<number> {
    const producers = editableProducerIds(ctx.viewer);
    if (producers.length === 0) return 0;
    const [row] = (await ctx.db.query(
      `SELECT count(*)::int AS n FROM inquiry WHERE unread AND producer_id = ANY($1::uuid[])`,
      [producers],
    )) as { n: number }[];
    return row!.n;
  }

  // ---------------------------------------------------------------- the buyer's writes (no login)

  /** The producer (and product, listing) a submit is about, or a user error. */
  private async target(db: EntityManager, value: CheckedSend): Promise<Target> {
    const { kind, id, field } = value.target;
    const typeName = kind === 'product' ? OCOP_PRODUCT : kind === 'listing' ? PRODUCT_LISTING : PRODUCER;
    const uuid = uuidOf(id, typeName);
    const notFound = () =>
      new InputRejected([
        userError(['input', field], UserErrorCode.NOT_FOUND, {
          vi: 'Không tìm thấy nơi gửi yêu cầu này.',
          en: 'There is no such product, listing or producer.',
        }),
      ]);
    if (!uuid) throw notFound();
    const sql =
      kind === 'product'
        ? `SELECT p.id AS producer_id, p.name AS producer_name, o.id AS product_id, NULL::uuid AS listing_id, p.commune_id
           FROM ocop_product o JOIN producer p ON p.id = o.producer_id
           WHERE o.id = $1 AND o.deleted_at IS NULL AND p.deleted_at IS NULL`
        : kind === 'listing'
          ? `SELECT p.id AS producer_id, p.name AS producer_name, o.id AS product_id, l.id AS listing_id, p.commune_id
             FROM product_listing l JOIN ocop_product o ON o.id = l.product_id JOIN producer p ON p.id = o.producer_id
             WHERE l.id = $1 AND o.deleted_at IS NULL AND p.deleted_at IS NULL`
          : `SELECT p.id AS producer_id, p.name AS producer_name, NULL::uuid AS product_id, NULL::uuid AS listing_id, p.commune_id
             FROM producer p WHERE p.id = $1 AND p.deleted_at IS NULL`;
    const [row] = (await db.query(sql, [uuid])) as Target[];
    if (!row) throw notFound();
    return row;
  }

  /**
   * An anonymous write in one transaction, audited as the others are (common/write.ts): applied
   * entries by the work, a refusal (InputRejected) after the rollback in a transaction of its own.
   */
  private async anonymousWrite<T>(
    ctx: Context,
    spec: {
      action: string;
      input: unknown;
      /** Runs first, outside the transaction (reads, limits); its InputRejected is a refusal too. */
      before?: () => Promise<void>;
      /** Runs when anything after `before` failed (gives back what it took). */
      undo?: () => Promise<void>;
    },
    work: (
      tx: EntityManager,
      audit: (entry: { entityId: string; after: unknown; unitId: string | null }) => Promise<void>,
    ) => Promise<T>,
  ): Promise<WriteResult<T>> {
    const base = {
      actorUserId: ctx.viewer?.userId ?? null,
      action: spec.action,
      entityType: INQUIRY,
      requestId: ctx.requestId,
      ipAddress: ctx.http.ip,
    };
    try {
      await spec.before?.();
      const value = await ctx.db.transaction(async (rawTx) => {
        const tx = countingManager(rawTx, ctx.sql);
        return work(tx, (entry) => appendAudit(tx, { ...base, ...entry, outcome: 'applied' }));
      });
      return { ok: true, value, userErrors: [] };
    } catch (error) {
      await spec.undo?.();
      if (!(error instanceof InputRejected)) throw error;
      if (error.userErrors.some((e) => e.code === UserErrorCode.THROTTLED)) ctx.http.refused();
      await ctx.db.transaction((tx) =>
        appendAudit(countingManager(tx, ctx.sql), {
          ...base,
          entityId: null,
          outcome: 'rejected',
          after: { reason: error.userErrors[0]?.code, userErrors: error.userErrors, input: spec.input },
        }),
      );
      return { ok: false, userErrors: error.userErrors };
    }
  }

  async send(ctx: Context, input: InquirySendInput): Promise<InquirySendPayload> {
    const payload = new InquirySendPayload();
    payload.buyerToken = null;
    payload.inquiry = null;
    const { errors, value } = checkSend(input, today());
    // Worked out before the transaction (plain reads and the limits' own statements), used in it.
    let prepared: {
      value: CheckedSend;
      target: Target;
      provinceId: string | null;
      requestHash: string;
      idempotencyHash: string;
      token: string;
    } | null = null;
    let slots: Slot[] = [];
    let fake: BuyerInquiry | null = null;
    const before = async (): Promise<void> => {
      if (!value) throw new InputRejected(errors);
      const target = await this.target(ctx.db, value);
      let provinceId: string | null = null;
      if (value.deliveryProvinceCode) {
        const [province] = (await ctx.db.query(
          `SELECT id FROM admin_unit WHERE level = 'province' AND code = $1
             AND (valid_from IS NULL OR valid_from <= $2::date) AND (valid_to IS NULL OR valid_to > $2::date)`,
          [value.deliveryProvinceCode, today()],
        )) as { id: string }[];
        if (!province) {
          throw new InputRejected([
            userError(['input', 'deliveryProvinceCode'], UserErrorCode.NOT_FOUND, {
              vi: 'Hôm nay không có tỉnh nào mang mã này.',
              en: 'No province has this code today.',
            }),
          ]);
        }
        provinceId = province.id;
      }
      const { idempotencyKey, honeypot, target: _t, ...content } = value;
      // The content as checked (normalised), with what it is about: the same submit hashes the same.
      const requestHash = sha256(
        JSON.stringify({ ...content, target: value.target.id, kind: value.target.kind }),
      );
      const idempotencyHash = sha256(`inquiry:${idempotencyKey}`);
      prepared = {
        value,
        target,
        provinceId,
        requestHash,
        idempotencyHash,
        token: submitToken(idempotencyKey, requestHash),
      };
      // A bot: answered like a person, with a token that opens nothing; nothing stored, sent or counted.
      if (honeypot) {
        fake = this.fakeInquiry(target, value);
        return;
      }
      // A retry of a stored submit takes no slot (checked again under the key's lock below).
      const [earlier] = (await ctx.db.query(`SELECT 1 FROM inquiry WHERE idempotency_hash = $1`, [
        idempotencyHash,
      ])) as unknown[];
      if (earlier) return;
      const contacts = contactKeys(value.phone, value.email);
      const blocked = (await ctx.db.query(
        `SELECT 1 FROM inquiry_sender_block WHERE producer_id = $1 AND contact = ANY($2::text[]) LIMIT 1`,
        [target.producer_id, contacts],
      )) as unknown[];
      if (blocked.length > 0) throw new InputRejected([blockedError()]);
      // The address first, then the contacts in order: the same order for every send.
      slots = await takeSlots(ctx.db, [
        { bucket: `send:${refusalSource(null, ctx.http.ip)}`, limit: SEND_LIMITS.address },
        ...contacts.map((contact) => ({ bucket: `send:${contact}`, limit: SEND_LIMITS.contact })),
      ]);
    };
    const result = await this.anonymousWrite(
      ctx,
      { action: 'inquirySend', input: refusedInputView(input), before, undo: () => giveBack(ctx.db, slots) },
      async (tx, audit): Promise<{ row: Row | null; replayed: boolean }> => {
        const { value, target, provinceId, requestHash, idempotencyHash } = prepared!;
        if (fake) return { row: null, replayed: false };
        // Two submits with one key queue here; the second then finds the first's row.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 13))`, [idempotencyHash]);
        const [earlier] = (await tx.query(
          `SELECT ${COLUMNS}, i.request_hash FROM inquiry i WHERE i.idempotency_hash = $1`,
          [idempotencyHash],
        )) as (Row & { request_hash: string })[];
        if (earlier) {
          if (earlier.request_hash !== requestHash) {
            throw new InputRejected([
              userError(['input', 'idempotencyKey'], UserErrorCode.IDEMPOTENCY_KEY_REUSED, {
                vi: 'Khóa chống lặp này đã được dùng cho một yêu cầu khác.',
                en: 'This idempotency key was already used with another inquiry.',
              }),
            ]);
          }
          return { row: earlier, replayed: true };
        }
        if (slots.length === 0) {
          // Found stored before, gone now: cannot happen (inquiries are not deleted); refuse rather than skip the limits.
          throw new Error('inquirySend: no send slots for a new inquiry');
        }
        const at = now();
        const [row] = (await tx.query(
          `INSERT INTO inquiry (producer_id, product_id, listing_id, subject, quantity, unit, delivery_province_id,
             wanted_by, buyer_name, organisation, phone, email, preferred_channel, locale, idempotency_hash,
             request_hash, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9, $10, $11, $12, $13, $14, $15, $16, $17::timestamptz, $17::timestamptz)
           RETURNING ${COLUMNS.replace(/\bi\./g, '')}`,
          [
            target.producer_id,
            target.product_id,
            target.listing_id,
            value.subject,
            value.quantity,
            value.unit,
            provinceId,
            value.wantedBy,
            value.buyerName,
            value.organisation,
            value.phone,
            value.email,
            value.preferredChannel,
            value.locale,
            idempotencyHash,
            requestHash,
            at,
          ],
        )) as Row[];
        await tx.query(
          `WITH token AS (INSERT INTO inquiry_buyer_token (token_hash, inquiry_id, created_at) VALUES ($1, $2, $4::timestamptz))
           INSERT INTO inquiry_message (inquiry_id, author, body, created_at) VALUES ($2, 'buyer', $3, $4::timestamptz)`,
          [sha256(prepared!.token), row!.id, value.message, at],
        );
        await audit({ entityId: row!.id, after: auditView(row!), unitId: target.commune_id });
        await mailProducer(tx, this.mailView(row!, target.producer_name), 'inquiry-new', value.message);
        return { row: row!, replayed: false };
      },
    );
    payload.userErrors = result.userErrors;
    if (!result.ok) return payload;
    // A retry that raced its first submit took slots it does not need.
    if (result.value.replayed) await giveBack(ctx.db, slots);
    if (fake) {
      payload.buyerToken = randomBytes(32).toString('base64url');
      payload.inquiry = fake;
      return payload;
    }
    payload.buyerToken = prepared!.token;
    payload.inquiry = toBuyerInquiry(result.value.row!);
    return payload;
  }

  /** What a honeypot submit is answered with: shaped like the real answer, stored nowhere. */
  private fakeInquiry(target: Target, value: CheckedSend): BuyerInquiry {
    const at = now();
    const row: Row = {
      id: '00000000-0000-0000-0000-000000000000',
      number: String(randomBytes(2).readUInt16BE() + 1),
      created_at: at,
      created_at_text: at.toISOString(),
      producer_id: target.producer_id,
      product_id: target.product_id,
      listing_id: target.listing_id,
      subject: value.subject,
      quantity: value.quantity,
      unit: value.unit,
      delivery_province_id: null,
      wanted_by: value.wantedBy,
      buyer_name: value.buyerName,
      organisation: null,
      phone: null,
      email: null,
      preferred_channel: value.preferredChannel,
      locale: value.locale,
      status: InquiryStatus.NEW,
      outcome: InquiryOutcome.OPEN,
      outcome_reason: null,
      unread: true,
      first_answered_at: null,
    };
    const inquiry = toBuyerInquiry(row);
    inquiry.fakeMessages = [
      Object.assign(new InquiryMessage(), {
        id: encodeNodeId(INQUIRY_MESSAGE, row.id),
        author: InquiryAuthor.BUYER,
        authorName: value.buyerName,
        body: value.message,
        createdAt: at,
      }),
    ];
    return inquiry;
  }

  private mailView(row: Row, producerName: string): MailInquiry {
    return {
      id: row.id,
      reference: referenceOf(row.number, row.created_at),
      producerId: row.producer_id,
      producerName,
      buyerName: row.buyer_name,
      subject: row.subject,
      locale: row.locale,
      email: row.email,
    };
  }

  /**
   * Adds a message under the inquiry's row lock (taken by the caller): a retry with the same key
   * finds the first one; the same key with another body is refused. Returns whether it was added.
   */
  private async addMessage(
    tx: EntityManager,
    inquiryId: string,
    author: InquiryAuthor,
    authorUserId: string | null,
    body: string,
    key: string,
  ): Promise<{ added: boolean; at: Date }> {
    const idempotencyHash = sha256(`message:${key}`);
    const requestHash = sha256(`${author}:${authorUserId ?? ''}:${body}`);
    const at = now();
    const [state] = (await tx.query(
      `SELECT (SELECT request_hash FROM inquiry_message WHERE inquiry_id = $1 AND idempotency_hash = $2) AS earlier,
              (SELECT count(*)::int FROM inquiry_message WHERE inquiry_id = $1) AS messages`,
      [inquiryId, idempotencyHash],
    )) as { earlier: string | null; messages: number }[];
    if (state!.earlier !== null) {
      if (state!.earlier !== requestHash) {
        throw new InputRejected([
          userError(['input', 'idempotencyKey'], UserErrorCode.IDEMPOTENCY_KEY_REUSED, {
            vi: 'Khóa chống lặp này đã được dùng cho một tin khác.',
            en: 'This idempotency key was already used with another message.',
          }),
        ]);
      }
      return { added: false, at };
    }
    if (state!.messages >= INQUIRY_LIMITS.messagesPerInquiry) {
      throw new InputRejected([
        userError(['input', 'body'], UserErrorCode.OUT_OF_RANGE, {
          vi: `Cuộc trao đổi đã đủ ${INQUIRY_LIMITS.messagesPerInquiry} tin, mức tối đa.`,
          en: `The conversation is full: ${INQUIRY_LIMITS.messagesPerInquiry} messages at most.`,
        }),
      ]);
    }
    await tx.query(
      `INSERT INTO inquiry_message (inquiry_id, author, author_user_id, body, created_at, idempotency_hash, request_hash)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $6, $7)`,
      [inquiryId, author, authorUserId, body, at, idempotencyHash, requestHash],
    );
    return { added: true, at };
  }

  async buyerReply(ctx: Context, input: InquiryBuyerReplyInput): Promise<InquiryBuyerReplyPayload> {
    const errors: UserError[] = [];
    checkKey(errors, input.idempotencyKey, ['input', 'idempotencyKey']);
    const body = checkBody(errors, input.body, ['input', 'body']);
    let slots: Slot[] = [];
    let replayed = false;
    const result = await this.anonymousWrite(
      ctx,
      {
        action: 'inquiryBuyerReply',
        input: { bodyLength: input.body.length },
        // Replies through links, per address (its own statement, as for sends).
        before: async () => {
          if (errors.length > 0 || !TOKEN_FORMAT.test(input.token)) return;
          // A retry of a stored reply takes no slot.
          const [earlier] = (await ctx.db.query(
            `SELECT 1 FROM inquiry_buyer_token t JOIN inquiry_message m ON m.inquiry_id = t.inquiry_id
             WHERE t.token_hash = $1 AND m.idempotency_hash = $2`,
            [sha256(input.token), sha256(`message:${input.idempotencyKey}`)],
          )) as unknown[];
          if (earlier) return;
          slots = await takeSlots(ctx.db, [
            { bucket: `reply:${refusalSource(null, ctx.http.ip)}`, limit: SEND_LIMITS.replyAddress },
          ]);
        },
        undo: () => giveBack(ctx.db, slots),
      },
      async (tx, audit) => {
        const notFound = () =>
          new InputRejected([
            userError(['input', 'token'], UserErrorCode.NOT_FOUND, {
              vi: 'Đường dẫn không đúng hoặc đã hết hiệu lực.',
              en: 'This link is wrong or no longer valid.',
            }),
          ]);
        if (!TOKEN_FORMAT.test(input.token)) throw notFound();
        const [row] = (await tx.query(
          `SELECT ${COLUMNS}, p.name AS producer_name, p.commune_id,
             EXISTS (SELECT 1 FROM inquiry_sender_block b WHERE b.producer_id = i.producer_id
                     AND b.contact = ANY(ARRAY[CASE WHEN i.email IS NOT NULL THEN 'email:' || lower(i.email) END,
                                               CASE WHEN i.phone IS NOT NULL THEN 'phone:' || i.phone END])) AS blocked
           FROM inquiry_buyer_token t JOIN inquiry i ON i.id = t.inquiry_id JOIN producer p ON p.id = i.producer_id
           WHERE t.token_hash = $1 FOR UPDATE OF i`,
          [sha256(input.token)],
        )) as (Row & { producer_name: string; commune_id: string | null; blocked: boolean })[];
        if (!row) throw notFound();
        if (errors.length > 0) throw new InputRejected(errors);
        if (row.blocked) throw new InputRejected([blockedError()]);
        const added = await this.addMessage(
          tx,
          row.id,
          InquiryAuthor.BUYER,
          null,
          body,
          input.idempotencyKey,
        );
        if (!added.added) replayed = true;
        if (added.added) {
          await tx.query(`UPDATE inquiry SET unread = true, updated_at = $2::timestamptz WHERE id = $1`, [
            row.id,
            added.at,
          ]);
          await audit({
            entityId: row.id,
            after: { author: 'buyer', bodyLength: body.length },
            unitId: row.commune_id,
          });
          await mailProducer(tx, this.mailView(row, row.producer_name), 'inquiry-buyer-reply', body);
        }
        return row.id;
      },
    );
    if (result.ok && replayed) await giveBack(ctx.db, slots);
    return toPayload(InquiryBuyerReplyPayload, result, async (id) => {
      const [row] = await this.findByIds(ctx.db, [id]);
      return row ? toBuyerInquiry(row) : null;
    });
  }

  // ---------------------------------------------------------------- the producer's writes

  /** The inquiry locked for a write by one who keeps its producer; NOT_FOUND / FORBIDDEN otherwise. */
  private async lockKept(
    scope: { tx: EntityManager; viewer: Viewer; unit(id: string | null): void },
    uuid: string | null,
  ): Promise<Row & { producer_name: string; commune_id: string | null }> {
    const message = { vi: 'Không có yêu cầu báo giá này.', en: 'There is no such inquiry.' };
    if (!uuid) throw new Denied('NOT_FOUND', message);
    const [row] = (await scope.tx.query(
      `SELECT ${COLUMNS}, p.name AS producer_name, p.commune_id
       FROM inquiry i JOIN producer p ON p.id = i.producer_id WHERE i.id = $1 FOR UPDATE OF i`,
      [uuid],
    )) as (Row & { producer_name: string; commune_id: string | null })[];
    if (!row) throw new Denied('NOT_FOUND', message, uuid);
    scope.unit(row.commune_id);
    if (!keepsProducer(scope.viewer, row.producer_id)) {
      throw new Denied(
        'FORBIDDEN',
        { vi: 'Yêu cầu này gửi cho chủ thể khác.', en: 'This inquiry is for another producer.' },
        uuid,
      );
    }
    return row;
  }

  private readInquiry = (ctx: Context) => async (id: string) => {
    const [row] = await this.findByIds(ctx.db, [id]);
    return row ? toInquiry(row) : null;
  };

  async reply(ctx: Context, input: InquiryReplyInput): Promise<InquiryReplyPayload> {
    const uuid = uuidOf(input.inquiryId, INQUIRY);
    const result = await write(
      ctx,
      { action: 'inquiryReply', entityType: INQUIRY, entityId: uuid, input: { inquiryId: input.inquiryId } },
      async (scope) => {
        const row = await this.lockKept(scope, uuid);
        const errors: UserError[] = [];
        checkKey(errors, input.idempotencyKey, ['input', 'idempotencyKey']);
        const body = checkBody(errors, input.body, ['input', 'body']);
        if (errors.length > 0) throw new InputRejected(errors);
        const added = await this.addMessage(
          scope.tx,
          row.id,
          InquiryAuthor.PRODUCER,
          scope.viewer.userId,
          body,
          input.idempotencyKey,
        );
        if (added.added) {
          await scope.tx.query(
            `UPDATE inquiry SET status = CASE WHEN status = 'new' THEN 'answered' ELSE status END,
               first_answered_at = COALESCE(first_answered_at, $2::timestamptz), unread = false, updated_at = $2::timestamptz
             WHERE id = $1`,
            [row.id, added.at],
          );
          await scope.audit({
            entityId: row.id,
            before: { status: row.status },
            after: { author: 'producer', body, status: row.status === 'new' ? 'answered' : row.status },
          });
          if (row.email) {
            // A fresh link for this mail: the buyer's first one is not known here (only its hash is kept).
            const token = randomBytes(32).toString('base64url');
            await scope.tx.query(
              `INSERT INTO inquiry_buyer_token (token_hash, inquiry_id, created_at) VALUES ($1, $2, $3::timestamptz)`,
              [sha256(token), row.id, added.at],
            );
            await mailBuyer(scope.tx, this.mailView(row, row.producer_name), body, token);
          }
        }
        return row.id;
      },
    );
    return toPayload(InquiryReplyPayload, result, this.readInquiry(ctx));
  }

  async markRead(ctx: Context, input: InquiryMarkReadInput): Promise<InquiryPayload> {
    const uuid = uuidOf(input.inquiryId, INQUIRY);
    const result = await write(
      ctx,
      { action: 'inquiryMarkRead', entityType: INQUIRY, entityId: uuid },
      async (scope) => {
        const row = await this.lockKept(scope, uuid);
        // Opening is not a change of the record: not audited (the audit would grow with every look).
        if (row.unread) await scope.tx.query(`UPDATE inquiry SET unread = false WHERE id = $1`, [row.id]);
        return row.id;
      },
    );
    return toPayload(InquiryPayload, result, this.readInquiry(ctx));
  }

  async setOutcome(ctx: Context, input: InquirySetOutcomeInput): Promise<InquiryPayload> {
    const uuid = uuidOf(input.inquiryId, INQUIRY);
    const result = await write(
      ctx,
      { action: 'inquirySetOutcome', entityType: INQUIRY, entityId: uuid, input },
      async (scope) => {
        const row = await this.lockKept(scope, uuid);
        const reason = input.reason?.normalize('NFC').trim() || null;
        if (input.outcome === InquiryOutcome.LOST && !reason) {
          throw new InputRejected([
            userError(['input', 'reason'], UserErrorCode.REQUIRED, {
              vi: 'Cần ghi lý do không thành.',
              en: 'Say why the inquiry was lost.',
            }),
          ]);
        }
        if (reason && reason.length > INQUIRY_LIMITS.outcomeReason) {
          throw new InputRejected([
            userError(['input', 'reason'], UserErrorCode.TOO_LONG, {
              vi: `Tối đa ${INQUIRY_LIMITS.outcomeReason} ký tự.`,
              en: `At most ${INQUIRY_LIMITS.outcomeReason} characters.`,
            }),
          ]);
        }
        const open = input.outcome === InquiryOutcome.OPEN;
        const status = open
          ? row.first_answered_at
            ? InquiryStatus.ANSWERED
            : InquiryStatus.NEW
          : InquiryStatus.CLOSED;
        const outcomeReason = open ? null : reason;
        await scope.tx.query(
          `UPDATE inquiry SET outcome = $2, outcome_reason = $3, status = $4, updated_at = $5::timestamptz WHERE id = $1`,
          [row.id, input.outcome, outcomeReason, status, now()],
        );
        await scope.audit({
          entityId: row.id,
          before: { outcome: row.outcome, outcomeReason: row.outcome_reason, status: row.status },
          after: { outcome: input.outcome, outcomeReason, status },
        });
        return row.id;
      },
    );
    return toPayload(InquiryPayload, result, this.readInquiry(ctx));
  }

  async blockSender(ctx: Context, input: InquiryBlockSenderInput): Promise<InquiryPayload> {
    const uuid = uuidOf(input.inquiryId, INQUIRY);
    const result = await write(
      ctx,
      { action: 'inquiryBlockSender', entityType: INQUIRY, entityId: uuid },
      async (scope) => {
        const row = await this.lockKept(scope, uuid);
        const contacts = contactKeys(row.phone, row.email);
        await scope.tx.query(
          `INSERT INTO inquiry_sender_block (producer_id, contact, created_at, created_by_id, inquiry_id)
           SELECT $1, contact, $3::timestamptz, $4, $5 FROM unnest($2::text[]) AS contact
           ON CONFLICT (producer_id, contact) DO NOTHING`,
          [row.producer_id, contacts, now(), scope.viewer.userId, row.id],
        );
        // Which kinds of contact, never the contact itself: officials read their units' audit.
        await scope.audit({
          entityId: row.id,
          after: { producerId: row.producer_id, blocked: contacts.map((c) => c.split(':')[0]) },
        });
        return row.id;
      },
    );
    return toPayload(InquiryPayload, result, this.readInquiry(ctx));
  }

  /** The contact of an inquiry, for those who keep its producer only; null for anyone else. */
  contact(
    ctx: Context,
    inquiry: InquiryRow,
  ): { organisation: string | null; phone: string | null; email: string | null } | null {
    if (!keepsProducer(ctx.viewer, inquiry.producerUuid)) return null;
    return { organisation: inquiry.organisationValue, phone: inquiry.phoneValue, email: inquiry.emailValue };
  }

  /** Refuses anonymous callers of the inbox queries with the usual top-level error. */
  requireViewer(ctx: Context): Viewer {
    if (!ctx.viewer) {
      throw new GraphQLError(say(languageOf(ctx), LOG_IN_FIRST), {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    return ctx.viewer;
  }
}

export const inquiryService = new InquiryService();
