import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { AppSnapshot } from '@shared/domain/snapshot';
import { ApiProvider } from '../../../src/renderer/src/api/api-context';
import type { ConnectionSource } from '../../../src/renderer/src/api/connection';
import { AnnouncerProvider, LiveStatus } from '../../../src/renderer/src/components/Announcer';
import { App } from '../../../src/renderer/src/App';
import { makeSnapshot } from './builders';
import { createFakeApi, type FakeApi } from './fake-api';

/** Renders the whole window over a fake API; returns the fake and a user-event instance. */
export function renderApp(snapshot: AppSnapshot = makeSnapshot(), connection?: ConnectionSource) {
  const fake = createFakeApi(snapshot);
  const user = userEvent.setup();
  const utils = render(
    <ApiProvider api={fake.api} connection={connection}>
      <App />
    </ApiProvider>,
  );
  return { ...utils, fake, user };
}

/** Renders one component with the API and announcer around it (plus the live region). */
export function renderWithApi(ui: ReactElement, fake: FakeApi = createFakeApi()) {
  const user = userEvent.setup();
  const utils = render(
    <ApiProvider api={fake.api}>
      <AnnouncerProvider>
        <LiveStatus />
        {ui}
      </AnnouncerProvider>
    </ApiProvider>,
  );
  return { ...utils, fake, user };
}
