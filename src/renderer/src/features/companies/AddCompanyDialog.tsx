import type { CompanySummary } from '@shared/domain/company';
import { Dialog } from '../../components/Dialog';
import { AddCompanyForm } from './AddCompanyForm';

/** The add form in a modal dialog, opened from the header or the empty state. */
export function AddCompanyDialog({ onClose, onAdded }: { onClose(): void; onAdded(company: CompanySummary): void }) {
  return (
    <Dialog title="Add a company" description="Tell Ledgerlight which client to watch and how their QuickBooks is reached." onClose={onClose}>
      <AddCompanyForm onCancel={onClose} onAdded={onAdded} />
    </Dialog>
  );
}
