import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApolloClient } from '@apollo/client';
import { createApolloClient } from './app/apollo.js';
import { App } from './app/App.js';
import { parseRoute } from './app/router.js';
import { preloadView } from './app/views.js';
import { Session } from './auth/session.js';
import { ViewerProvider } from './auth/viewer.js';
import './styles.css';

// The view's chunk loads beside the viewer's query (the landing waits for that answer before it shows a view).
preloadView(parseRoute(window.location.pathname, window.location.search).view);

const session = new Session();
const client = createApolloClient(session);

/** Signing in or out changes what the server shows: drop the cache and refetch what is on screen. */
function ResetOnSessionChange({ client, session }: { client: ApolloClient; session: Session }) {
  useEffect(
    () =>
      session.subscribe(() => {
        client.resetStore().catch(() => undefined);
      }),
    [client, session],
  );
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <ResetOnSessionChange client={client} session={session} />
      <ViewerProvider session={session}>
        <App />
      </ViewerProvider>
    </ApolloProvider>
  </StrictMode>,
);
