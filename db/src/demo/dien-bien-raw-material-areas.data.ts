import type { AreaCertification } from '../entities';

/**
 * Raw-material areas behind some products ("once a product is certified, … expand its
 * raw-material area", source document). Areas in hectares, households taking part; all invented.
 * `commune` is a pre-2025 commune code.
 */

export interface RawMaterialAreaSeed {
  key: string;
  producer: string;
  product: string | null;
  commune: { code: string; name: string };
  crop: string;
  areaHa: string;
  certification: AreaCertification;
  households: number;
  description: string;
}

export const DEMO_RAW_MATERIAL_AREAS: readonly RawMaterialAreaSeed[] = [
  {
    key: 'seng-cu-thanh-xuong',
    producer: 'htx-seng-cu-muong-thanh',
    product: 'gao-seng-cu-dien-bien',
    commune: { code: '03334', name: 'Thanh Xương' },
    crop: 'Lúa Séng Cù',
    areaHa: '120.50',
    certification: 'vietgap',
    households: 186,
    description:
      'Cánh đồng lớn sản xuất lúa Séng Cù theo VietGAP, hai vụ một năm; HTX bao tiêu toàn bộ sản lượng.',
  },
  {
    key: 'seng-cu-huu-co-noong-luong',
    producer: 'htx-seng-cu-muong-thanh',
    product: 'gao-seng-cu-huu-co',
    commune: { code: '03349', name: 'Noong Luống' },
    crop: 'Lúa Séng Cù hữu cơ',
    areaHa: '25.00',
    certification: 'organic',
    households: 42,
    description: 'Vùng chuyển đổi sang canh tác hữu cơ từ năm 2022, được chứng nhận hữu cơ năm 2024.',
  },
  {
    key: 'lua-tam-thanh-an',
    producer: 'htx-dv-nong-nghiep-thanh-an',
    product: 'gao-tam-dien-bien',
    commune: { code: '03343', name: 'Thanh An' },
    crop: 'Lúa tám thơm',
    areaHa: '85.00',
    certification: 'none',
    households: 140,
    description: 'Liên kết sản xuất lúa tám thơm với xã viên; HTX cung ứng giống và thu mua thóc.',
  },
  {
    key: 'che-shan-tuyet-sinh-phinh',
    producer: 'htx-che-shan-tuyet-sinh-phinh',
    product: 'che-shan-tuyet-co-thu-tua-chua',
    commune: { code: '03241', name: 'Sính Phình' },
    crop: 'Chè Shan tuyết cổ thụ',
    areaHa: '62.30',
    certification: 'organic',
    households: 128,
    description: 'Khoảng 6.000 cây chè Shan tuyết cổ thụ được khoanh vùng, chăm sóc không dùng hóa chất.',
  },
  {
    key: 'ca-phe-ang-nua',
    producer: 'htx-ca-phe-ang-nua',
    product: 'ca-phe-arabica-muong-ang-rang-xay',
    commune: { code: '03307', name: 'Ẳng Nưa' },
    crop: 'Cà phê Arabica',
    areaHa: '150.00',
    certification: 'vietgap',
    households: 96,
    description: 'Vùng cà phê Arabica trên đồi Mường Ảng, thu hái quả chín theo hướng dẫn của HTX.',
  },
  {
    key: 'mac-khen-sa-long',
    producer: 'htx-sa-long',
    product: 'mac-khen-muong-cha',
    commune: { code: '03197', name: 'Sa Lông' },
    crop: 'Mắc khén',
    areaHa: '35.00',
    certification: 'none',
    households: 60,
    description: 'Cây mắc khén trồng xen trên nương và ven rừng.',
  },
  {
    key: 'toi-tia-quai-cang',
    producer: 'htx-quai-cang',
    product: 'toi-tia-tuan-giao',
    commune: { code: '03289', name: 'Quài Cang' },
    crop: 'Tỏi tía',
    areaHa: '12.50',
    certification: 'vietgap',
    households: 45,
    description: 'Tỏi tía trồng vụ đông trên ruộng một vụ lúa.',
  },
  {
    key: 'giao-co-lam-muong-nhe',
    producer: 'htx-duoc-lieu-muong-nhe',
    product: 'tra-giao-co-lam-muong-nhe',
    commune: { code: '03160', name: 'Mường Nhé' },
    crop: 'Giảo cổ lam',
    areaHa: '18.00',
    certification: 'none',
    households: 30,
    description: 'Giảo cổ lam trồng dưới tán rừng theo dự án phát triển dược liệu của huyện.',
  },
];
