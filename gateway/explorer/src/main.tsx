/**
 * The gateway's explorer: GraphiQL over `/graphql`, opened on the example operations (or, with
 * trusted documents, the registered ones), with the header editor for a bearer token and the
 * documentation explorer. Bundled by `npm run build:explorer`; everything it loads is the gateway's.
 */
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { buildClientSchema } from 'graphql';
import 'graphiql/style.css';
import './explorer.css';
import type { ExplorerSettings } from './settings.js';

function Notices({ trustedDocuments }: { readonly trustedDocuments: boolean }) {
  return (
    <div className="integra-notices">
      {trustedDocuments && (
        <p className="integra-notice integra-trusted" role="status">
          Trusted documents: this gateway runs only the registered operations. The tabs hold them; an edited
          or new operation is refused (OPERATION_NOT_TRUSTED).
        </p>
      )}
      <p className="integra-notice">
        To call as a user, open <strong>Headers</strong> below the query and write{' '}
        <code>{'{"authorization": "Bearer <token>"}'}</code> (a development token: <code>npm run token</code>
        ).
      </p>
    </div>
  );
}

function Explorer({ settings }: { readonly settings: ExplorerSettings }) {
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: settings.endpoint }), [settings.endpoint]);
  // A built schema, not the introspection result: given the result, GraphiQL would still introspect,
  // which trusted documents refuse. `null` (introspection off) means no schema, and no introspection.
  const schema = useMemo(
    () => (settings.schema ? buildClientSchema(settings.schema) : null),
    [settings.schema],
  );
  return (
    <div className="integra-explorer">
      <Notices trustedDocuments={settings.trustedDocuments} />
      <div className="integra-graphiql">
        <GraphiQL
          fetcher={fetcher}
          schema={schema}
          defaultTabs={settings.tabs.map((tab) => ({ query: tab.query }))}
          isHeadersEditorEnabled
          defaultEditorToolsVisibility="headers"
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}

const response = await fetch('/explorer/settings.json');
const root = document.getElementById('root');
if (!root) throw new Error('The explorer page has no #root element');
if (!response.ok) {
  root.textContent = `The explorer's settings could not be read (HTTP ${response.status}).`;
} else {
  const settings = (await response.json()) as ExplorerSettings;
  createRoot(root).render(
    <StrictMode>
      <Explorer settings={settings} />
    </StrictMode>,
  );
}
