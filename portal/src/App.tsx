/** The Portal's pages, one route each, under the reader's language: `/it/services`, `/ar/communities/SN`. */
import { Navigate, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout.js';
import { HomePage } from './pages/home/HomePage.js';
import { ServicesPage } from './pages/services/ServicesPage.js';
import { ServicePage } from './pages/services/ServicePage.js';
import { CommunityPage } from './pages/community/CommunityPage.js';
import { isLanguage, LANGUAGES, type Language } from './i18n/index.js';

/** The reader's first language the Portal speaks, from the browser's, Italian otherwise. */
function preferredLanguage(): Language {
  const wanted = navigator.languages.map((tag) => tag.toLowerCase().split('-')[0]);
  return wanted.map((code) => (code === 'fil' ? 'tl' : code)).find(isLanguage) ?? LANGUAGES[0];
}

export function App() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to={`/${preferredLanguage()}`} replace />} />
      <Route
        path="/:lang/*"
        element={
          <Layout>
            <Routes>
              <Route index element={<HomePage />} />
              <Route path="services" element={<ServicesPage />} />
              <Route path="services/:id" element={<ServicePage />} />
              <Route path="communities/:code" element={<CommunityPage />} />
            </Routes>
          </Layout>
        }
      />
    </Routes>
  );
}
