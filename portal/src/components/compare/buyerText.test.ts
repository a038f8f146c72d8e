import { describe, expect, it } from 'vitest';
import { httpsUrl, inLocale, zaloHref } from './buyerText';

describe('buyer texts', () => {
  it('shows English on the English portal, else Vietnamese marked as such', () => {
    expect(inLocale('en', 'Gạo Séng Cù', 'Séng Cù rice')).toEqual({
      text: 'Séng Cù rice',
      lang: 'en',
      marked: false,
    });
    expect(inLocale('en', 'Gạo Séng Cù', null)).toEqual({ text: 'Gạo Séng Cù', lang: 'vi', marked: true });
    expect(inLocale('vi', 'Gạo Séng Cù', 'Séng Cù rice')).toEqual({
      text: 'Gạo Séng Cù',
      lang: 'vi',
      marked: false,
    });
  });

  it('makes a Zalo link from a phone number', () => {
    expect(zaloHref('0912 345 678')).toBe('https://zalo.me/0912345678');
    expect(zaloHref('+84 912.345.678')).toBe('https://zalo.me/0912345678');
    expect(zaloHref('(0215) 3825 123')).toBe('https://zalo.me/02153825123');
    expect(zaloHref('12')).toBeNull();
    expect(zaloHref(null)).toBeNull();
  });

  it('links only https addresses', () => {
    expect(httpsUrl('https://shop.vn/a')).toBe('https://shop.vn/a');
    expect(httpsUrl('http://shop.vn/a')).toBeNull();
    expect(httpsUrl('javascript:alert(1)')).toBeNull();
    expect(httpsUrl('not a url')).toBeNull();
  });
});
