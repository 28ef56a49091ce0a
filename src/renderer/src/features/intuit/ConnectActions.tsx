import { useState, type FormEvent } from 'react';
import type { CompanySummary } from '@shared/domain/company';
import { useApi } from '../../api/api-context';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useIpcAction } from '../../state/use-ipc-action';

/** A QBO company is connected once it has a realm and is not waiting for a reconnect. */
const isConnected = (c: CompanySummary) =>
  c.settings.kind === 'qbo' && !!c.settings.realmId && c.status !== 'not_connected' && c.status !== 'needs_reauth' && c.status !== 'not_checked';

/**
 * Connect / Reconnect / Disconnect for a QuickBooks Online company. Connect opens Intuit's
 * sign-in in the browser (a new tab in the headless host) and then waits; the answer normally
 * comes back by itself, and the paste box is the fallback that always works.
 */
export function ConnectActions({ company }: { company: CompanySummary }) {
  const api = useApi();
  const announce = useAnnounce();
  const connect = useIpcAction();
  const finish = useIpcAction();
  const disconnect = useIpcAction();
  const [waiting, setWaiting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [confirming, setConfirming] = useState(false);
  const name = company.displayName;
  const connected = isConnected(company);

  const start = async () => {
    const r = await connect.run(() => api.startConnect({ companyId: company.id }));
    if (!r.ok) return;
    if (!r.value.opened) window.open(r.value.authorizationUrl, '_blank', 'noopener,noreferrer');
    setWaiting(true);
    announce(`Waiting for you to approve access for “${name}” in your browser`);
  };

  const complete = async (event: FormEvent) => {
    event.preventDefault();
    const r = await finish.run(() => api.completeConnectFromUrl({ url: pasted }));
    if (!r.ok) return;
    setWaiting(false);
    setPasted('');
    announce(r.value.message);
  };

  const confirmDisconnect = async () => {
    const r = await disconnect.run(() => api.disconnectCompany({ id: company.id }));
    setConfirming(false);
    if (r.ok) announce(r.value.message);
  };

  if (waiting && connected) setWaiting(false);

  return (
    <>
      {connected ? (
        <button type="button" className="button button--small" aria-label={`Disconnect ${name} from QuickBooks`} disabled={disconnect.pending} onClick={() => setConfirming(true)}>
          Disconnect
        </button>
      ) : (
        <button type="button" className="button button--small button--primary" aria-label={`${company.status === 'needs_reauth' ? 'Reconnect' : 'Connect'} ${name} to QuickBooks`} disabled={connect.pending} onClick={() => void start()}>
          {company.status === 'needs_reauth' ? 'Reconnect' : 'Connect to QuickBooks'}
        </button>
      )}
      {waiting && !connected && (
        <form className="connect-wait" onSubmit={(e) => void complete(e)}>
          <p role="status">Waiting for you to approve access in your browser…</p>
          <label>
            If nothing happens after you click Connect in QuickBooks, paste the address of the page you landed on:
            <input type="text" name="callbackUrl" className="field__input" value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} spellCheck={false} />
          </label>
          <button type="submit" className="button button--small" disabled={!pasted.trim() || finish.pending}>
            Finish connecting
          </button>
          <ErrorMessage error={finish.error} />
        </form>
      )}
      <ErrorMessage error={connect.error} />
      {confirming && (
        <ConfirmDialog
          title={`Disconnect ${name}?`}
          description="Ledgerlight will remove its access at Intuit and delete its keys for this company. You can connect again later."
          confirmLabel="Disconnect"
          danger
          busy={disconnect.pending}
          error={disconnect.error}
          onConfirm={() => void confirmDisconnect()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
