import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOf, languageOfHeader, say } from '../src/common/language';

describe('languageOfHeader', () => {
  it('takes the preferred one of vi and en, by weight, then order', () => {
    expect(languageOfHeader('vi-VN')).toBe('vi');
    expect(languageOfHeader('en-GB,en;q=0.9,vi;q=0.8')).toBe('en');
    expect(languageOfHeader('fr-FR,fr;q=0.9,vi;q=0.5,en;q=0.8')).toBe('en');
    expect(languageOfHeader('vi;q=0.5, EN-us;q=0.7')).toBe('en');
    expect(languageOfHeader('en, vi')).toBe('en');
    expect(languageOfHeader(['vi', 'en;q=0.1'])).toBe('vi');
  });

  it('is null for neither, nothing, q=0 or nonsense weights', () => {
    expect(languageOfHeader(undefined)).toBeNull();
    expect(languageOfHeader('')).toBeNull();
    expect(languageOfHeader('fr, de;q=0.5, *')).toBeNull();
    expect(languageOfHeader('en;q=0, vi;q=abc')).toBeNull();
    expect(languageOfHeader('vietnamese')).toBeNull();
  });

  it('reads a bounded part of a huge header', () => {
    expect(languageOfHeader(`${'fr,'.repeat(100_000)}en`)).toBeNull();
    expect(languageOfHeader(`en,${'x'.repeat(100_000)}`)).toBe('en');
  });
});

describe('chooseLanguage / languageOf / say', () => {
  it('the request’s language wins, then the viewer’s locale, then Vietnamese', () => {
    expect(chooseLanguage('vi', 'en')).toBe('vi');
    expect(chooseLanguage(null, 'en')).toBe('en');
    expect(chooseLanguage(null, 'fr')).toBe('vi');
    expect(chooseLanguage(null, null)).toBe('vi');
    expect(languageOf({ http: { language: null }, viewer: { locale: 'en' } })).toBe('en');
    expect(languageOf({ http: { language: 'en' }, viewer: null })).toBe('en');
    expect(say('en', { vi: 'Xin chào.', en: 'Hello.' })).toBe('Hello.');
    expect(say('en', 'Chỉ tiếng Việt.')).toBe('Chỉ tiếng Việt.');
  });
});
