import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS } from './demo-users.data';

/**
 * A few demo inquiries (requests for quotation) to the demo producer editor's producer, HTX Séng Cù,
 * so that its inbox, the trade figures and "usually answers within N days" have something to show.
 * Dated relative to the seeding instant (the platform's clock), so that they stay recent whenever
 * the demo is seeded. Their private links are not known to anyone (only hashes of random-looking
 * demo tokens are stored); contacts are invented (phone numbers of the 0900 000 00x series,
 * example.com addresses).
 */
interface DemoInquiry {
  key: string;
  daysAgo: number;
  buyerName: string;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  channel: 'phone' | 'email' | 'zalo';
  subject: string;
  quantity: number | null;
  unit: string | null;
  message: string;
  /** Hours to the producer's first reply; null: not answered. */
  answerHours: number | null;
  reply: string | null;
  outcome: 'open' | 'won' | 'lost';
  reason: string | null;
  unread: boolean;
}

export const DEMO_INQUIRIES: readonly DemoInquiry[] = [
  {
    key: 'sieu-thi-ha-noi',
    daysAgo: 2,
    buyerName: 'Nguyễn Thu Hà',
    organisation: 'Chuỗi cửa hàng Nông sản sạch Hà Nội',
    phone: '+84900000001',
    email: 'thuha@example.com',
    channel: 'email',
    subject: 'Gạo Séng Cù cho chuỗi cửa hàng',
    quantity: 2000,
    unit: 'kg',
    message:
      'Chúng tôi cần báo giá 2 tấn gạo Séng Cù mỗi tháng, giao Hà Nội. Xin gửi giá sỉ và quy cách đóng gói.',
    answerHours: null,
    reply: null,
    outcome: 'open',
    reason: null,
    unread: true,
  },
  {
    key: 'nha-hang-da-nang',
    daysAgo: 9,
    buyerName: 'Trần Minh Quân',
    organisation: 'Nhà hàng Quê Nhà',
    phone: '+84900000002',
    email: null,
    channel: 'zalo',
    subject: 'Gạo cho nhà hàng',
    quantity: 300,
    unit: 'kg',
    message: 'Nhà hàng cần 300 kg gạo mỗi tháng. Liên hệ Zalo giúp tôi.',
    answerHours: 20,
    reply: 'Chào anh Quân, HTX đã gửi báo giá qua Zalo. Giá sỉ từ 300 kg là 32.000 đ/kg.',
    outcome: 'won',
    reason: 'Ký hợp đồng 6 tháng',
    unread: false,
  },
  {
    key: 'cong-ty-xuat-khau',
    daysAgo: 30,
    buyerName: 'Lê Thị Mai',
    organisation: 'Công ty TNHH Xuất nhập khẩu Tây Bắc',
    phone: null,
    email: 'mai.le@example.com',
    channel: 'email',
    subject: 'Gạo đặc sản xuất khẩu',
    quantity: 20000,
    unit: 'kg',
    message: 'Công ty quan tâm gạo Séng Cù cho đơn hàng xuất khẩu 20 tấn. HTX có chứng nhận VietGAP không?',
    answerHours: 30,
    reply: 'Chào chị Mai, HTX có chứng nhận VietGAP; sản lượng hiện đáp ứng 10 tấn mỗi vụ.',
    outcome: 'lost',
    reason: 'Sản lượng chưa đủ 20 tấn',
    unread: false,
  },
  {
    key: 'cua-hang-dien-bien',
    daysAgo: 55,
    buyerName: 'Phạm Văn Long',
    organisation: null,
    phone: '+84900000004',
    email: null,
    channel: 'phone',
    subject: 'Gạo túi 5 kg',
    quantity: 100,
    unit: 'túi',
    message: 'Cửa hàng tôi ở TP Điện Biên Phủ cần 100 túi 5 kg.',
    answerHours: 4,
    reply: 'Chào anh Long, HTX giao được trong tuần; xin gọi lại số của HTX để chốt đơn.',
    outcome: 'won',
    reason: null,
    unread: false,
  },
  {
    key: 'bep-an-truong-hoc',
    daysAgo: 80,
    buyerName: 'Đỗ Thị Hằng',
    organisation: 'Bếp ăn Trường Tiểu học Thanh Xương',
    phone: '+84900000005',
    email: 'hang.do@example.com',
    channel: 'phone',
    subject: 'Gạo cho bếp ăn bán trú',
    quantity: 500,
    unit: 'kg',
    message: 'Trường cần 500 kg gạo mỗi tháng trong năm học.',
    answerHours: 48,
    reply: 'Chào chị Hằng, HTX gửi báo giá cho bếp ăn; giao hàng tận trường mỗi đầu tháng.',
    outcome: 'open',
    reason: null,
    unread: false,
  },
  {
    key: 'khach-le-ha-noi',
    daysAgo: 120,
    buyerName: 'Vũ Anh Tuấn',
    organisation: null,
    phone: null,
    email: 'tuan.vu@example.com',
    channel: 'email',
    subject: 'Mua lẻ gửi Hà Nội',
    quantity: 10,
    unit: 'kg',
    message: 'Tôi muốn mua 10 kg gửi ra Hà Nội, phí vận chuyển bao nhiêu?',
    answerHours: 10,
    reply: 'Chào anh Tuấn, phí gửi 10 kg ra Hà Nội khoảng 60.000 đ.',
    outcome: 'open',
    reason: null,
    unread: false,
  },
];

const HOUR_MS = 3_600_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Writes the demo inquiries (in the seed's transaction); returns how many. */
export async function seedDemoInquiries(tx: EntityManager, seededAt: Date): Promise<number> {
  const [target] = (await tx.query(
    `SELECT r.producer_id, u.id AS editor_id,
            (SELECT o.id FROM ocop_product o WHERE o.producer_id = r.producer_id AND o.deleted_at IS NULL
             ORDER BY o.name, o.id LIMIT 1) AS product_id
     FROM app_user u JOIN role_assignment r ON r.user_id = u.id AND r.role = 'producer_editor'
     WHERE u.email_normalized = $1 LIMIT 1`,
    [DEMO_ACCOUNTS.producerEditor.toLowerCase()],
  )) as { producer_id: string; editor_id: string; product_id: string | null }[];
  if (!target) return 0;
  for (const demo of DEMO_INQUIRIES) {
    const createdAt = new Date(seededAt.getTime() - demo.daysAgo * 24 * HOUR_MS);
    const answeredAt =
      demo.answerHours === null ? null : new Date(createdAt.getTime() + demo.answerHours * HOUR_MS);
    const status = demo.outcome !== 'open' ? 'closed' : answeredAt ? 'answered' : 'new';
    const [row] = (await tx.query(
      `INSERT INTO inquiry (producer_id, product_id, subject, quantity, unit, buyer_name, organisation, phone, email,
         preferred_channel, status, outcome, outcome_reason, unread, first_answered_at, idempotency_hash, request_hash,
         created_at, updated_at, demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, true)
       RETURNING id`,
      [
        target.producer_id,
        target.product_id,
        demo.subject,
        demo.quantity,
        demo.unit,
        demo.buyerName,
        demo.organisation,
        demo.phone,
        demo.email,
        demo.channel,
        status,
        demo.outcome,
        demo.reason,
        demo.unread,
        answeredAt,
        sha256(`demo-inquiry:${demo.key}`),
        sha256(`demo-inquiry-content:${demo.key}`),
        createdAt,
      ],
    )) as { id: string }[];
    await tx.query(
      `INSERT INTO inquiry_buyer_token (token_hash, inquiry_id, created_at) VALUES ($1, $2, $3)`,
      [sha256(`demo-inquiry-token:${demo.key}`), row!.id, createdAt],
    );
    await tx.query(
      `INSERT INTO inquiry_message (inquiry_id, author, body, created_at) VALUES ($1, 'buyer', $2, $3)`,
      [row!.id, demo.message, createdAt],
    );
    if (answeredAt && demo.reply) {
      await tx.query(
        `INSERT INTO inquiry_message (inquiry_id, author, author_user_id, body, created_at) VALUES ($1, 'producer', $2, $3, $4)`,
        [row!.id, target.editor_id, demo.reply, answeredAt],
      );
    }
  }
  return DEMO_INQUIRIES.length;
}
