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
