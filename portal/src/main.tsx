/** Starts the Portal: its configuration, the interface strings, the data cache and the router. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles/fonts.css';
import { loadConfig } from './data/client.js';
import { applyLanguage, isLanguage, startI18n } from './i18n/index.js';
import { App } from './App.js';

const first = window.location.pathname.split('/')[1];
const language = isLanguage(first) ? first : 'it';
await Promise.all([loadConfig(), startI18n(language)]);
applyLanguage(language);

// Answers are kept in memory for the session only: nothing is written to the browser's storage.
const queries = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
