import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { selectClient } from './api/select-api';
import { App } from './App';
import './styles.css';

/** Entry point: pick the bridge for this host (Electron preload or headless WebSocket) and render. */
const client = selectClient(window, WebSocket);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={client.api} connection={client.connection}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
}
