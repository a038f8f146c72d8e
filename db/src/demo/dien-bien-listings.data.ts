import type { Availability, SalesChannelKind } from '../entities';

/**
 * What the producers offer (product_listing) and where they sell (sales_channel), as they
 * would keep it current themselves. Prices are retail prices in VND of the mid-2020s, per
 * `unit`, in the ranges seen for these specialities (rice 35–60 thousand/kg, Shan tuyết tea
 * 150–800 thousand/kg, smoked buffalo about 1 million/kg…). All invented.
 *
 * Sales channels carry a label and NO address: the demo producers do not exist, so any link to
 * a real shop or page would point at someone else. The label is what a buyer would search for.
 */

export interface ListingSeed {
  unit: string;
  priceVnd: number;
  packaging: string;
  description?: string;
  availability?: Availability;
  season?: string;
  minOrderQuantity?: number;
  channels: readonly SalesChannelKind[];
}

const ESHOP_POST: readonly SalesChannelKind[] = ['provincial_eshop', 'postmart', 'zalo'];
const ESHOP_VOSO: readonly SalesChannelKind[] = ['provincial_eshop', 'voso', 'facebook'];
const ONLINE: readonly SalesChannelKind[] = ['provincial_eshop', 'shopee', 'facebook', 'zalo'];
const LOCAL: readonly SalesChannelKind[] = ['store', 'zalo'];

/** Listings by product key (see dien-bien-products.data.ts), in display order. */
export const DEMO_LISTINGS: Readonly<Record<string, readonly ListingSeed[]>> = {
  'gao-seng-cu-dien-bien': [
    {
      unit: 'kg',
      priceVnd: 38_000,
      packaging: 'Túi hút chân không 2 kg, 5 kg',
      description: 'Gạo vụ mùa mới, xay xát trong tuần.',
      channels: ['provincial_eshop', 'postmart', 'voso', 'shopee', 'zalo'],
    },
    {
      unit: 'bao 25 kg',
      priceVnd: 875_000,
      packaging: 'Bao PP 25 kg',
      description: 'Giá sỉ cho nhà hàng, bếp ăn và đại lý.',
      minOrderQuantity: 10,
      channels: ['zalo', 'store'],
    },
  ],
  'gao-lut-seng-cu': [{ unit: 'kg', priceVnd: 45_000, packaging: 'Túi 1 kg, 2 kg', channels: ESHOP_POST }],
  'bun-kho-seng-cu': [
    { unit: 'gói 500 g', priceVnd: 35_000, packaging: 'Gói nilon in nhãn 500 g', channels: ESHOP_POST },
  ],
  'gao-tam-dien-bien': [
    {
      unit: 'kg',
      priceVnd: 36_000,
      packaging: 'Túi 5 kg, 10 kg',
      channels: ['provincial_eshop', 'postmart', 'voso'],
    },
  ],
  'gao-nep-cam-dien-bien': [
    { unit: 'kg', priceVnd: 45_000, packaging: 'Túi 1 kg, 2 kg', channels: ESHOP_POST },
  ],
  'che-shan-tuyet-co-thu-tua-chua': [
    { unit: 'kg', priceVnd: 650_000, packaging: 'Túi hút chân không 500 g trong hộp giấy', channels: ONLINE },
    {
      unit: 'hộp 200 g',
      priceVnd: 160_000,
      packaging: 'Hộp thiếc 200 g, làm quà biếu',
      channels: ['provincial_eshop', 'store'],
    },
  ],
  'tra-xanh-shan-tuyet-tua-chua': [
    {
      unit: 'kg',
      priceVnd: 350_000,
      packaging: 'Túi 200 g, 500 g',
      channels: ['provincial_eshop', 'postmart', 'facebook'],
    },
  ],
  'hong-tra-shan-tuyet-tua-chua': [
    { unit: 'hộp 100 g', priceVnd: 95_000, packaging: 'Hộp giấy 100 g', channels: ESHOP_VOSO },
  ],
  'ca-phe-arabica-muong-ang-rang-xay': [
    { unit: 'gói 500 g', priceVnd: 140_000, packaging: 'Túi van một chiều 250 g, 500 g', channels: ONLINE },
    {
      unit: 'kg',
      priceVnd: 260_000,
      packaging: 'Túi 1 kg cho quán cà phê',
      minOrderQuantity: 5,
      channels: ['zalo'],
    },
  ],
  'ca-phe-nhan-arabica-muong-ang': [
    {
      unit: 'kg',
      priceVnd: 115_000,
      packaging: 'Bao đay 60 kg',
      description: 'Cà phê nhân cho xưởng rang; giao theo lô.',
      availability: 'seasonal',
      season: 'Vụ thu hoạch tháng 10 – tháng 1',
      minOrderQuantity: 60,
      channels: ['zalo', 'store'],
    },
  ],
  'ca-phe-dac-san-arabica-muong-ang': [
    {
      unit: 'gói 250 g',
      priceVnd: 150_000,
      packaging: 'Túi van một chiều 250 g',
      channels: ['provincial_eshop', 'shopee', 'tiktok_shop'],
    },
  ],
  'ca-phe-hat-rang-bung-lao': [
    { unit: 'gói 500 g', priceVnd: 120_000, packaging: 'Túi van một chiều 500 g', channels: ESHOP_VOSO },
  ],
  'mac-khen-muong-cha': [
    { unit: 'hũ 100 g', priceVnd: 45_000, packaging: 'Hũ nhựa 100 g', channels: ESHOP_POST },
    { unit: 'kg', priceVnd: 320_000, packaging: 'Túi 1 kg', channels: ['zalo'] },
  ],
  'hat-doi-rung-muong-cha': [
    { unit: 'hũ 100 g', priceVnd: 130_000, packaging: 'Hũ thủy tinh 100 g', channels: ESHOP_POST },
    { unit: 'kg', priceVnd: 1_150_000, packaging: 'Túi 500 g, 1 kg', channels: ['zalo'] },
  ],
  'thit-trau-gac-bep': [
    { unit: 'gói 500 g', priceVnd: 480_000, packaging: 'Túi hút chân không 500 g', channels: ONLINE },
    { unit: 'kg', priceVnd: 950_000, packaging: 'Túi hút chân không 1 kg', channels: LOCAL },
  ],
  'thit-lon-gac-bep': [
    {
      unit: 'kg',
      priceVnd: 750_000,
      packaging: 'Túi hút chân không 500 g',
      availability: 'discontinued',
      description: 'Tạm dừng bán trong thời gian khắc phục sau kiểm tra an toàn thực phẩm.',
      channels: ['zalo'],
    },
  ],
  'mien-dong-tuan-giao': [
    { unit: 'kg', priceVnd: 90_000, packaging: 'Túi 500 g, 1 kg', channels: ESHOP_POST },
  ],
  'toi-tia-tuan-giao': [
    {
      unit: 'kg',
      priceVnd: 120_000,
      packaging: 'Túi lưới 500 g, 1 kg',
      availability: 'seasonal',
      season: 'Thu hoạch tháng 2 – tháng 4',
      channels: ESHOP_POST,
    },
  ],
  'ruou-men-la-muong-phang': [
    { unit: 'chai 500 ml', priceVnd: 60_000, packaging: 'Chai thủy tinh 500 ml', channels: LOCAL },
    { unit: 'can 2 lít', priceVnd: 200_000, packaging: 'Can nhựa thực phẩm 2 lít', channels: ['zalo'] },
  ],
  'mat-ong-rung-tua-chua': [
    {
      unit: 'chai 500 ml',
      priceVnd: 350_000,
      packaging: 'Chai thủy tinh 500 ml',
      availability: 'seasonal',
      season: 'Khai thác tháng 4 – tháng 6',
      channels: ESHOP_VOSO,
    },
  ],
  'mang-kho-na-tau': [{ unit: 'kg', priceVnd: 380_000, packaging: 'Túi 500 g, 1 kg', channels: ESHOP_POST }],
  'mang-chua-na-tau': [
    { unit: 'lọ 500 g', priceVnd: 45_000, packaging: 'Lọ thủy tinh 500 g', channels: LOCAL },
  ],
  'tra-giao-co-lam-muong-nhe': [
    { unit: 'hộp 200 g', priceVnd: 120_000, packaging: 'Hộp 40 túi lọc', channels: ESHOP_VOSO },
  ],
  'dang-sam-muong-nhe': [
    { unit: 'hộp 200 g', priceVnd: 150_000, packaging: 'Hộp giấy 200 g', channels: ESHOP_VOSO },
    { unit: 'kg', priceVnd: 600_000, packaging: 'Túi 1 kg', channels: ['zalo'] },
  ],
  'cao-giao-co-lam-muong-nhe': [
    { unit: 'hũ 100 g', priceVnd: 250_000, packaging: 'Hũ sứ 100 g', channels: ESHOP_VOSO },
  ],
  'lap-suon-muong-thanh': [
    {
      unit: 'kg',
      priceVnd: 320_000,
      packaging: 'Túi hút chân không 500 g',
      channels: ['provincial_eshop', 'shopee', 'store'],
    },
  ],
  'ruoc-thit-lon-ban': [
    {
      unit: 'hộp 200 g',
      priceVnd: 110_000,
      packaging: 'Hộp nhựa 200 g',
      channels: ['provincial_eshop', 'shopee', 'store'],
    },
  ],
  'banh-khau-xen-thanh-chan': [
    {
      unit: 'gói 500 g',
      priceVnd: 60_000,
      packaging: 'Túi 500 g bánh sống (rán trước khi ăn)',
      channels: ESHOP_POST,
    },
  ],
  'gao-nep-cai-hoa-vang-thanh-chan': [
    {
      unit: 'kg',
      priceVnd: 40_000,
      packaging: 'Túi 2 kg, 5 kg',
      availability: 'seasonal',
      season: 'Gạo mới từ tháng 10 đến Tết',
      channels: ESHOP_POST,
    },
  ],
  'cham-cheo-muong-ang': [
    {
      unit: 'hũ 100 g',
      priceVnd: 35_000,
      packaging: 'Hũ nhựa 100 g',
      channels: ['provincial_eshop', 'facebook', 'zalo'],
    },
  ],
  'tuong-ot-muong-dang': [
    { unit: 'chai 250 ml', priceVnd: 30_000, packaging: 'Chai thủy tinh 250 ml', channels: LOCAL },
  ],
  'tra-hoa-ban-dien-bien': [
    {
      unit: 'hộp 50 g',
      priceVnd: 85_000,
      packaging: 'Hộp giấy 50 g',
      channels: ['provincial_eshop', 'store'],
    },
  ],
  'thao-qua-say-kho-nam-po': [
    {
      unit: 'kg',
      priceVnd: 250_000,
      packaging: 'Túi 500 g, 1 kg',
      availability: 'seasonal',
      season: 'Thu hoạch tháng 10 – tháng 12',
      channels: ['zalo'],
    },
  ],
  'gao-nuong-nam-po': [
    {
      unit: 'kg',
      priceVnd: 35_000,
      packaging: 'Túi 5 kg',
      availability: 'seasonal',
      season: 'Vụ mùa tháng 9 – tháng 11',
      channels: ESHOP_POST,
    },
  ],
  'ca-kho-song-da-muong-lay': [
    {
      unit: 'kg',
      priceVnd: 400_000,
      packaging: 'Túi hút chân không 500 g',
      availability: 'out_of_stock',
      channels: ['zalo'],
    },
  ],
  'ruou-ngo-lay-nua': [
    { unit: 'chai 500 ml', priceVnd: 50_000, packaging: 'Chai thủy tinh 500 ml', channels: LOCAL },
  ],
  'chuoi-say-deo-dien-bien': [
    {
      unit: 'gói 250 g',
      priceVnd: 40_000,
      packaging: 'Túi zip 250 g',
      channels: ['provincial_eshop', 'shopee'],
    },
  ],
  'ca-phe-muong-phang': [
    { unit: 'gói 500 g', priceVnd: 130_000, packaging: 'Túi van một chiều 500 g', channels: ESHOP_VOSO },
  ],
  'khan-pieu-theu-tay': [
    {
      unit: 'chiếc',
      priceVnd: 450_000,
      packaging: 'Hộp giấy kèm thẻ giới thiệu hoa văn',
      availability: 'pre_order',
      description: 'Thêu theo đặt hàng, giao sau 2–3 tuần.',
      channels: ['facebook', 'zalo', 'store'],
    },
  ],
  'tra-shan-tuyet-tui-loc': [
    { unit: 'hộp 25 túi', priceVnd: 65_000, packaging: 'Hộp giấy 25 túi lọc × 2 g', channels: ONLINE },
  ],
  'gao-seng-cu-huu-co': [
    {
      unit: 'kg',
      priceVnd: 60_000,
      packaging: 'Túi hút chân không 2 kg',
      channels: ['provincial_eshop', 'postmart', 'shopee'],
    },
  ],
  'ruou-ngo-men-la-xa-dung': [
    { unit: 'chai 500 ml', priceVnd: 55_000, packaging: 'Chai thủy tinh 500 ml', channels: LOCAL },
  ],
  'thit-bo-kho-gac-bep': [
    { unit: 'túi 250 g', priceVnd: 220_000, packaging: 'Túi hút chân không 250 g', channels: ONLINE },
  ],
  'nam-huong-rung-tua-chua': [
    { unit: 'hộp 200 g', priceVnd: 180_000, packaging: 'Hộp giấy kraft 200 g', channels: ESHOP_POST },
  ],
  'ruou-ngo-lay-nua-ngam-tao-meo': [
    { unit: 'chai 500 ml', priceVnd: 150_000, packaging: 'Chai thủy tinh 500 ml', channels: LOCAL },
  ],
};
