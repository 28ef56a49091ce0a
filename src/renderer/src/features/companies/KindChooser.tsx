import { useId } from 'react';
import { COMPANY_KIND_LABELS, CompanyKindSchema, type CompanyKind } from '@shared/domain/company';
import { KIND_HELP } from './kind-help';

/** "How does this company connect?": a radio group, each choice with one line of help. */
export function KindChooser({ value, onChange }: { value: CompanyKind; onChange(kind: CompanyKind): void }) {
  const name = useId();
  return (
    <fieldset className="kind-chooser">
      <legend className="field__label">How does this company connect?</legend>
      {CompanyKindSchema.options.map((kind) => {
        const hintId = `${name}-${kind}-hint`;
        return (
          <label key={kind} className={`kind-option${kind === value ? ' kind-option--selected' : ''}`}>
            <input type="radio" name={name} value={kind} checked={kind === value} onChange={() => onChange(kind)} aria-describedby={hintId} />
            <span className="kind-option__text">
              <span className="kind-option__label">{COMPANY_KIND_LABELS[kind]}</span>
              <span className="kind-option__hint" id={hintId}>
                {KIND_HELP[kind]}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
