import { useEffect, useRef, useState } from 'react';
import { AnnouncerProvider, LiveStatus, useAnnounce } from './components/Announcer';
import { ConnectionBanner } from './components/ConnectionBanner';
import { LoadFailed } from './components/LoadFailed';
import { AddCompanyDialog } from './features/companies/AddCompanyDialog';
import { CompanyList } from './features/companies/CompanyList';
import { EmptyState } from './features/companies/EmptyState';
import { AppHeader } from './features/header/AppHeader';
import { NoticeList } from './features/notices/NoticeList';
import { useConnection } from './state/use-connection';
import { useSnapshot } from './state/use-snapshot';

/** The whole window. Must be rendered inside <ApiProvider>. */
export function App() {
  return (
    <AnnouncerProvider>
      <Window />
    </AnnouncerProvider>
  );
}

function Window() {
  const { snapshot, loadError, reload } = useSnapshot();
  const connection = useConnection();
  const announce = useAnnounce();
  const [adding, setAdding] = useState(false);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const focusListWhenShown = useRef(false);
  const companies = snapshot?.companies ?? [];

  useEffect(() => {
    // After an add, focus the list heading as soon as the list (with the new company) is shown.
    if (focusListWhenShown.current && listHeading.current) {
      focusListWhenShown.current = false;
      listHeading.current.focus();
    }
  });

  const openAdd = () => setAdding(true);
  return (
    <div className="app">
      <AppHeader snapshot={snapshot} />
      <ConnectionBanner status={connection} />
      <LiveStatus />
      <main className="app-main">
        {snapshot ? (
          <>
            <NoticeList notices={snapshot.notices} />
            {companies.length === 0 ? <EmptyState onAddCompany={openAdd} /> : <CompanyList companies={companies} onAddCompany={openAdd} headingRef={listHeading} />}
          </>
        ) : loadError ? (
          <LoadFailed error={loadError} onRetry={reload} />
        ) : (
          <p className="loading">Loading your companies…</p>
        )}
      </main>
      {adding && (
        <AddCompanyDialog
          onClose={() => setAdding(false)}
          onAdded={(company) => {
            setAdding(false);
            focusListWhenShown.current = true;
            announce(`Added “${company.displayName}”`);
          }}
        />
      )}
    </div>
  );
}
