/** The Portal's pages, one route each, under the reader's language: `/it/services`, `/ar/communities/SN`. */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout.js';
import { HomePage } from './pages/home/HomePage.js';
import { isLanguage, LANGUAGES, type Language } from './i18n/index.js';
import { Loading } from './components/Answer.js';

// Each page but the home is its own chunk, loaded when first opened: the first page stays light.
const ServicesPage = lazy(() =>
  import('./pages/services/ServicesPage.js').then((m) => ({ default: m.ServicesPage })),
);
const ServicePage = lazy(() =>
  import('./pages/services/ServicePage.js').then((m) => ({ default: m.ServicePage })),
);
const CommunityPage = lazy(() =>
  import('./pages/community/CommunityPage.js').then((m) => ({ default: m.CommunityPage })),
);
const MapPage = lazy(() => import('./pages/map/MapPage.js').then((m) => ({ default: m.MapPage })));
const AssociationsPage = lazy(() =>
  import('./pages/associations/AssociationsPage.js').then((m) => ({ default: m.AssociationsPage })),
);
const AssociationPage = lazy(() =>
  import('./pages/associations/AssociationPage.js').then((m) => ({ default: m.AssociationPage })),
);
const DashboardPage = lazy(() =>
  import('./pages/dashboard/DashboardPage.js').then((m) => ({ default: m.DashboardPage })),
);
const PublicationsPage = lazy(() =>
  import('./pages/publications/PublicationsPage.js').then((m) => ({ default: m.PublicationsPage })),
);
const CulturePage = lazy(() =>
  import('./pages/culture/CulturePage.js').then((m) => ({ default: m.CulturePage })),
);
const ProtectionPage = lazy(() =>
  import('./pages/protection/ProtectionPage.js').then((m) => ({ default: m.ProtectionPage })),
);
const EventsPage = lazy(() =>
  import('./pages/events/EventsPage.js').then((m) => ({ default: m.EventsPage })),
);

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
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route index element={<HomePage />} />
                <Route path="services" element={<ServicesPage />} />
                <Route path="services/:id" element={<ServicePage />} />
                <Route path="communities/:code" element={<CommunityPage />} />
                <Route path="map" element={<MapPage />} />
                <Route path="associations" element={<AssociationsPage />} />
                <Route path="associations/:id" element={<AssociationPage />} />
                <Route path="dashboard" element={<DashboardPage />} />
                <Route path="publications" element={<PublicationsPage />} />
                <Route path="culture" element={<CulturePage />} />
                <Route path="protection" element={<ProtectionPage />} />
                <Route path="events" element={<EventsPage />} />
              </Routes>
            </Suspense>
          </Layout>
        }
      />
    </Routes>
  );
}
