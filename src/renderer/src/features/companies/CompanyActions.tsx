import { useState } from 'react';
import type { CompanySummary } from '@shared/domain/company';
import { useApi } from '../../api/api-context';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useIpcAction } from '../../state/use-ipc-action';
import { ProviderActions } from './ProviderActions';

export interface CompanyActionsProps {
  company: CompanySummary;
  onRename(): void;
  /** Called after a successful removal, so the list can put focus somewhere sensible. */
  onRemoved?(): void;
}

/**
 * A row's action bar: provider-specific actions first (see ProviderActions), then the generic
 * Rename, Pause/Resume and Remove. Remove always asks first, in an accessible dialog. Each
 * button's accessible name includes the company ("Remove Acme Ltd"), so a list of identical
 * buttons still makes sense to a screen reader.
 */
export function CompanyActions({ company, onRename, onRemoved }: CompanyActionsProps) {
  const api = useApi();
  const announce = useAnnounce();
  const pause = useIpcAction();
  const remove = useIpcAction();
  const [confirming, setConfirming] = useState(false);
  const name = company.displayName;

  const togglePaused = async () => {
    const result = await pause.run(() => api.setCompanyPaused({ id: company.id, paused: !company.paused }));
    if (result.ok) announce(result.value.paused ? `Paused checks for “${name}”` : `Resumed checks for “${name}”`);
  };

  const confirmRemove = async () => {
    const result = await remove.run(() => api.removeCompany({ id: company.id }));
    if (!result.ok) return;
    announce(`Removed “${name}”`);
    setConfirming(false);
    onRemoved?.();
  };

  return (
    <div className="company-actions">
      <div className="company-actions__buttons">
        <ProviderActions company={company} />
        <button type="button" className="button button--small" data-action="rename" aria-label={`Rename ${name}`} onClick={onRename}>
          Rename
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`${company.paused ? 'Resume' : 'Pause'} ${name}`}
          onClick={() => void togglePaused()}
          disabled={pause.pending}
        >
          {company.paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={`Remove ${name}`}
          onClick={() => {
            remove.clearError();
            setConfirming(true);
          }}
        >
          Remove
        </button>
      </div>
      <ErrorMessage error={pause.error} />
      {confirming && (
        <ConfirmDialog
          title={`Remove “${name}”?`}
          description={
            <p>
              Ledgerlight will stop watching this company and forget its connection settings. Nothing in QuickBooks is changed or deleted.
              You can add it again later.
            </p>
          }
          confirmLabel="Remove company"
          cancelLabel="Keep it"
          danger
          busy={remove.pending}
          error={remove.error}
          onConfirm={() => void confirmRemove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
