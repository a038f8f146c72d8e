import { home } from './vi/home';
import { catalogue } from './vi/catalogue';
import { product } from './vi/product';
import { verify } from './vi/verify';
import { producer } from './vi/producer';
import { commune } from './vi/commune';
import { statistics } from './vi/statistics';
import { account } from './vi/account';
import { listing } from './vi/listing';
import { form } from './vi/form';
import { official } from './vi/official';
import { admin } from './vi/admin';
import { partners } from './vi/partners';
import { routeError } from './vi/routeError';
import { edges } from './vi/edges';
import { buyer } from './vi/buyer';
import { inquiry } from './vi/inquiry';
import { developers } from './vi/developers';
import { openData } from './vi/openData';
import { labels } from './vi/labels';
import { monitoring } from './vi/monitoring';

/**
 * Vietnamese, the portal's first language. Every string a user reads comes from here (or from
 * messages.en.ts, which must have the same keys: TypeScript checks it). `{name}` marks a
 * parameter.
 */
export const vi = {
  app: {
    name: 'OCOP · Nông thôn mới',
    tagline: 'Sản phẩm OCOP và tiến độ xây dựng nông thôn mới',
    skipToContent: 'Bỏ qua đến nội dung chính',
    language: 'Ngôn ngữ',
    switchTo: 'English',
    footer:
      'Dữ liệu mở về Chương trình OCOP và Nông thôn mới. Dữ liệu minh hoạ được đánh dấu là dữ liệu mẫu.',
    api: 'API GraphQL cho đối tác',
    explorer: 'Trình khám phá API',
    openData: 'Dữ liệu mở',
    demo: 'Dữ liệu mẫu',
    demoTitle: 'Dữ liệu minh hoạ, không phải bản ghi thật của chương trình',
  },
  nav: {
    home: 'Trang chủ',
    products: 'Sản phẩm',
    verify: 'Kiểm tra chứng nhận',
    statistics: 'Thống kê',
    menu: 'Điều hướng chính',
  },
  state: {
    loading: 'Đang tải…',
    error: 'Không tải được dữ liệu. Vui lòng thử lại.',
    retry: 'Thử lại',
    notFound: 'Không tìm thấy trang này.',
    backHome: 'Về trang chủ',
  },
  stars: {
    label: '{count} sao',
    none: 'Chưa xếp hạng',
  },
  // One section a page, each in a file of its own.
  home,
  catalogue,
  product,
  verify,
  producer,
  commune,
  statistics,
  account,
  listing,
  form,
  official,
  admin,
  // Partners and their API keys, for administrators (issue 14).
  partners,
  // Navigation's rough edges (issue 13): the route error, plurals.
  routeError,
  edges,
  buyer,
  // Trade (issue 13): inquiries, the inbox, the figures.
  inquiry,
  developers,
  openData,
  // Labels that cannot be copied (issue 15).
  labels,
  monitoring,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill. */
export type Messages = Widen<typeof vi>;
