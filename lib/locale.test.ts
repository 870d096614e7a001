import { describe, expect, it } from 'vitest';
import { DIRECTIONS, LOCALES, localize, negotiateLocale, parseTexts } from './locale.js';

describe('negotiateLocale', () => {
  it('picks the best supported language by quality, then order', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,en;q=0.8,fr;q=0.7')).toBe('en');
    expect(negotiateLocale('fr;q=0.5, ar')).toBe('ar');
    expect(negotiateLocale('zh-CN')).toBe('zh');
    expect(negotiateLocale('de, pa-IN;q=0.8, en;q=0.5')).toBe('pa');
    expect(negotiateLocale('uk-UA,ru;q=0.9')).toBe('uk');
    expect(negotiateLocale('sq')).toBe('sq');
  });
  it('knows Filipino (fil) as Tagalog', () => {
    expect(negotiateLocale('fil-PH,en;q=0.5')).toBe('tl');
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
    const english = { text: 'Italian course', locale: 'EN', fallback: false, direction: 'LTR' };
    expect(localize(texts, 'EN', 'it')).toEqual(english);
    expect(localize(texts, null, 'en')).toEqual(english);
  });
  it('prefers the field argument over the request language', () => {
    expect(localize(texts, 'IT', 'en')).toEqual({
      text: 'Corso di italiano',
      locale: 'IT',
      fallback: false,
      direction: 'LTR',
    });
  });
  it('falls back to Italian when the language is missing, and marks the fallback', () => {
    expect(localize(texts, 'AR', 'en')).toEqual({
      text: 'Corso di italiano',
      locale: 'IT',
      fallback: true,
      direction: 'LTR',
    });
    expect(localize(texts, null, 'pa')).toMatchObject({ locale: 'IT', fallback: true });
  });
  it('marks Arabic right-to-left, and only Arabic among the Portal languages', () => {
    const arabic = parseTexts('{"it":"Corso di italiano","ar":"دورة اللغة الإيطالية"}');
    expect(localize(arabic, 'AR', 'it')).toEqual({
      text: 'دورة اللغة الإيطالية',
      locale: 'AR',
      fallback: false,
      direction: 'RTL',
    });
    expect(LOCALES.filter((code) => DIRECTIONS[code] === 'RTL')).toEqual(['ar']);
  });
  it('refuses stored texts without Italian', () => {
    expect(() => parseTexts('{"en":"only English"}')).toThrow(/Italian/);
  });
});
