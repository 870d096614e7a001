/** The page's language, from the first segment of its path (`/ar/servizi`), Italian otherwise. */
import { useParams } from 'react-router-dom';
import { isLanguage, type Language } from '../i18n/index.js';

export function useLanguage(): Language {
  const { lang } = useParams();
  return isLanguage(lang) ? lang : 'it';
}

/** The graph's `Locale` value of a language. */
export const localeOf = (language: Language) => language.toUpperCase() as Uppercase<Language>;
