import { useRef, type RefObject } from 'react';
import type { CompanySummary } from '@shared/domain/company';
import { CompanyRow } from './CompanyRow';

export interface CompanyListProps {
  companies: readonly CompanySummary[];
  onAddCompany(): void;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

/**
 * The companies Ledgerlight watches, in the host's order, with "Add company" beside the
 * heading. The heading takes focus after an add or a removal, so keyboard users are never left
 * on a button that has just disappeared.
 */
export function CompanyList({ companies, onAddCompany, headingRef }: CompanyListProps) {
  const ownHeading = useRef<HTMLHeadingElement>(null);
  const heading = headingRef ?? ownHeading;
  const focusHeading = () => heading.current?.focus();
  return (
    <section className="companies" aria-labelledby="companies-heading">
      <div className="companies__bar">
        <h2 id="companies-heading" className="companies__heading" ref={heading} tabIndex={-1}>
          Companies <span className="companies__count">({companies.length})</span>
        </h2>
        <button type="button" className="button button--primary" onClick={onAddCompany}>
          Add company
        </button>
      </div>
      <ul className="companies__list">
        {companies.map((c) => (
          <CompanyRow key={c.id} company={c} onRemoved={focusHeading} />
        ))}
      </ul>
    </section>
  );
}
