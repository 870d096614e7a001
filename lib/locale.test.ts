import { describe, expect, it } from 'vitest';
import { localize, negotiateLocale, parseTexts } from './locale.js';

describe('negotiateLocale', () => {
  it('picks the best supported language by quality, then order', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,en;q=0.8,fr;q=0.7')).toBe('en');
    expect(negotiateLocale('fr;q=0.5, ar')).toBe('ar');
    expect(negotiateLocale('zh-CN')).toBe('zh');
  });
  it('falls back to Italian for missing, unsupported or malformed headers', () => {
    expect(negotiateLocale(undefined)).toBe('it');
    expect(negotiateLocale('de, ja;q=0.9')).toBe('it');
    expect(negotiateLocale('en;q=0')).toBe('it');
    expect(negotiateLocale(';;;,q=x')).toBe('it');
  });
});

describe('localize', () => {
  const texts = parseTexts('{"it":"Corso di italiano","en":"Italian course"}');
  it('returns the requested language and says so', () => {
    expect(localize(texts, 'EN', 'it')).toEqual({ text: 'Italian course', locale: 'EN' });
    expect(localize(texts, null, 'en')).toEqual({ text: 'Italian course', locale: 'EN' });
  });
  it('prefers the field argument over the request language', () => {
    expect(localize(texts, 'IT', 'en')).toEqual({ text: 'Corso di italiano', locale: 'IT' });
  });
  it('falls back to Italian when the language is missing', () => {
    expect(localize(texts, 'AR', 'en')).toEqual({ text: 'Corso di italiano', locale: 'IT' });
  });
  it('refuses stored texts without Italian', () => {
    expect(() => parseTexts('{"en":"only English"}')).toThrow(/Italian/);
  });
});
