import { useEffect, useId, useRef, useState } from 'react';
import { COMPANY_KIND_LABELS, type CompanySummary } from '@shared/domain/company';
import { StatusBadge } from '../../components/StatusBadge';
import { CompanyActions } from './CompanyActions';
import { CompanyProblem } from './CompanyProblem';
import { lastCheckedWords } from './last-checked';
import { RenameForm } from './RenameForm';

/** One company: name, route, status in words, when it was last checked, the problem and its fix. */
export function CompanyRow({ company, onRemoved }: { company: CompanySummary; onRemoved?(): void }) {
  const [renaming, setRenaming] = useState(false);
  const nameId = useId();
  const row = useRef<HTMLLIElement>(null);
  const refocusRename = useRef(false);
  const endRename = () => {
    refocusRename.current = true;
    setRenaming(false);
  };
  useEffect(() => {
    // After the rename form closes, put focus back on this row's Rename button.
    if (renaming || !refocusRename.current) return;
    refocusRename.current = false;
    row.current?.querySelector<HTMLButtonElement>('[data-action="rename"]')?.focus();
  }, [renaming]);
  return (
    <li ref={row} className={`company company--${company.status}`} aria-labelledby={nameId} data-company-id={company.id}>
      <div className="company__head">
        <div className="company__identity">
          <h3 className="company__name" id={nameId}>
            {company.displayName}
          </h3>
          <p className="company__kind">
            {COMPANY_KIND_LABELS[company.kind] ?? company.kind}
            {company.settings.kind === 'qbo' && company.settings.qboCompanyName && <> · in QuickBooks: “{company.settings.qboCompanyName}”</>}
          </p>
        </div>
        <div className="company__status">
          <StatusBadge status={company.status} text={company.statusText} />
          <p className="company__checked">
            Last checked:{' '}
            {company.lastCheckedAt ? <time dateTime={company.lastCheckedAt}>{lastCheckedWords(company.lastCheckedAt)}</time> : 'never'}
          </p>
        </div>
      </div>
      {company.problem && <CompanyProblem problem={company.problem} />}
      {renaming ? <RenameForm company={company} onDone={endRename} /> : <CompanyActions company={company} onRename={() => setRenaming(true)} onRemoved={onRemoved} />}
    </li>
  );
}
