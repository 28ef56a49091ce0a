import { COMPANY_KIND_LABELS, CompanyKindSchema } from '@shared/domain/company';

/** First run: what Ledgerlight does, what it works with, and one obvious next step. */
export function EmptyState({ onAddCompany }: { onAddCompany(): void }) {
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">Watch your clients’ QuickBooks connections</h2>
      <p>
        Ledgerlight checks each client’s QuickBooks connection in the background. When one stops working, it tells you in plain words
        what is wrong and exactly how to fix it — before the books fall behind.
      </p>
      <p>It works with:</p>
      <ul className="empty-state__kinds">
        {CompanyKindSchema.options.map((k) => (
          <li key={k}>{COMPANY_KIND_LABELS[k]}</li>
        ))}
      </ul>
      <button type="button" className="button button--primary button--large" onClick={onAddCompany}>
        Add company
      </button>
      <p className="empty-state__note">Start with one client — you can add the rest at any time.</p>
    </section>
  );
}
