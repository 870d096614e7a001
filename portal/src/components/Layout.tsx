/**
 * The frame of every page, from Bootstrap Italia through design-react-kit: the slim header with the
 * owner, the centre header with the Portal's name and the language menu, the navigation, the
 * footer. The language is the path's first segment; changing it keeps the rest of the path.
 */
import { useEffect, type ReactNode } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  Container,
  Header,
  HeaderBrand,
  HeaderContent,
  HeaderRightZone,
  Headers,
  Nav,
  NavItem,
} from 'design-react-kit';
import i18next from 'i18next';
import { applyLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/index.js';
import { useLanguage } from './language.js';

/** The sections of the navigation, each a page at `/<language>/<section>`. */
const SECTIONS = [
  'services',
  'map',
  'associations',
  'publications',
  'culture',
  'protection',
  'events',
  'dashboard',
] as const;

export function Layout({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    void i18next.changeLanguage(language);
    applyLanguage(language);
  }, [language]);

  const switchTo = (next: Language) => {
    const rest = location.pathname.split('/').slice(2).join('/');
    void navigate(`/${next}/${rest}${location.search}`);
  };

  return (
    <>
      <a className="visually-hidden-focusable" href="#content">
        {t('site.skip')}
      </a>
      <Headers>
        <Header type="slim">
          <HeaderContent>
            <HeaderBrand>{t('site.owner')}</HeaderBrand>
            <HeaderRightZone>
              <label className="text-white me-2 small" htmlFor="language">
                {t('nav.language')}
              </label>
              <select
                id="language"
                className="form-select form-select-sm w-auto"
                value={language}
                onChange={(event) => switchTo(event.target.value as Language)}
              >
                {LANGUAGES.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {LANGUAGE_NAMES[code]}
                  </option>
                ))}
              </select>
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <Header type="center">
          <HeaderContent>
            <HeaderBrand href={`/${language}`}>
              <div className="it-brand-text">
                <div className="it-brand-title">{t('site.title')}</div>
                <div className="it-brand-tagline d-none d-md-block">{t('site.tagline')}</div>
              </div>
            </HeaderBrand>
          </HeaderContent>
        </Header>
      </Headers>
      <nav aria-label={t('nav.main')} className="border-bottom">
        <Container>
          <Nav className="flex-wrap">
            <NavItem>
              <NavLink className="nav-link" to={`/${language}`} end>
                {t('nav.home')}
              </NavLink>
            </NavItem>
            {SECTIONS.map((section) => (
              <NavItem key={section}>
                <NavLink className="nav-link" to={`/${language}/${section}`}>
                  {t(`nav.${section}`)}
                </NavLink>
              </NavItem>
            ))}
          </Nav>
        </Container>
      </nav>
      <main id="content" className="py-4">
        <Container>{children}</Container>
      </main>
      <footer className="it-footer bg-dark text-white py-3 mt-4">
        <Container>
          <p className="small mb-0">{t('site.footer')}</p>
        </Container>
      </footer>
    </>
  );
}
