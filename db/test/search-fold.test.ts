import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { migratedDatabase } from './support';

describe('ocop_fold: the accent-insensitive search key', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await migratedDatabase('search_fold_test'));
  });
  afterAll(() => close());

  const fold = async (text: string): Promise<string> => {
    const [row] = await dataSource.query(`SELECT ocop_fold($1) AS folded`, [text]);
    return row.folded;
  };

  it.each([
    ['GẠO SÉNG CÙ', 'gao seng cu'],
    ['Gạo Séng Cù', 'gao seng cu'],
    ['Điện Biên Đông', 'dien bien dong'],
    ['Hòa Bình', 'hoa binh'],
    ['Hoà Bình', 'hoa binh'],
    ['Thủy', 'thuy'],
    ['Thuỷ', 'thuy'],
    ['Mường Ảng', 'muong ang'],
    ['Chè Shan tuyết Tủa Chùa', 'che shan tuyet tua chua'],
  ])('folds %s to %s', async (input, expected) => {
    expect(await fold(input)).toBe(expected);
  });

  it('folds decomposed (NFD) input like composed input', async () => {
    expect(await fold('Gạo Séng Cù'.normalize('NFD'))).toBe('gao seng cu');
  });

  it('is what the generated search columns hold, and the trigram index finds substrings', async () => {
    const [province] = await dataSource.query(
      `INSERT INTO admin_unit (code, level, unit_type, name, full_name) VALUES ('11', 'province', 'Tỉnh', 'Điện Biên', 'Tỉnh Điện Biên') RETURNING search_text`,
    );
    expect(province.search_text).toBe('dien bien');
    const found = await dataSource.query(
      `SELECT name FROM admin_unit WHERE search_text LIKE '%' || ocop_fold($1) || '%'`,
      ['ĐIEN BIÊN'],
    );
    expect(found).toEqual([{ name: 'Điện Biên' }]);
  });
});

describe('ocop_certificate_status', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await migratedDatabase('certificate_status_test'));
  });
  afterAll(() => close());

  const status = async (...dates: (string | null)[]): Promise<string | null> => {
    const [row] = await dataSource.query(
      `SELECT ocop_certificate_status($1::date, $2::date, $3::date, $4::date, $5::date) AS status`,
      dates,
    );
    return row.status;
  };

  it('follows the 36-month rule and revocation', async () => {
    expect(await status('2021-03-15', '2024-03-15', null, null, '2024-03-14')).toBe('valid');
    expect(await status('2021-03-15', '2024-03-15', null, null, '2024-03-15')).toBe('expired');
    expect(await status('2021-03-15', '2024-03-15', '2022-01-10', null, '2022-01-10')).toBe('revoked');
    expect(await status('2021-03-15', '2024-03-15', null, '2023-09-01', '2023-09-01')).toBe('superseded');
    expect(await status('2021-03-15', '2024-03-15', null, null, '2021-03-14')).toBeNull();
  });

  it('is null, never valid, without a certificate (all dates null, as from a LEFT JOIN)', async () => {
    expect(await status(null, null, null, null, '2021-06-30')).toBeNull();
  });
});
