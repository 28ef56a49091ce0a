import type { Ref } from 'react';
import { TextField } from '../../components/TextField';
import { FIELDS_BY_KIND, type AddCompanyField, type AddCompanyValues, type FieldErrors } from './add-company-values';
import { FIELD_TEXT } from './kind-help';

export interface ProviderFieldsProps {
  values: AddCompanyValues;
  errors: FieldErrors;
  onChange(field: AddCompanyField, value: string): void;
  /** Lets the form move focus to a field with an error. */
  fieldRef(field: AddCompanyField): Ref<HTMLInputElement>;
}

/** The extra fields the chosen connection route needs (none for QuickBooks Online). */
export function ProviderFields({ values, errors, onChange, fieldRef }: ProviderFieldsProps) {
  const fields = FIELDS_BY_KIND[values.kind];
  if (fields.length === 0) return null;
  return (
    <div className="provider-fields">
      {fields.map((field) => {
        if (field === 'displayName') return null;
        const text = FIELD_TEXT[field];
        return (
          <TextField
            key={field}
            name={field}
            label={text.label}
            hint={text.hint}
            placeholder={text.placeholder}
            optional={text.optional}
            value={values[field]}
            error={errors[field]}
            inputRef={fieldRef(field)}
            onChange={(v) => onChange(field, v)}
          />
        );
      })}
    </div>
  );
}
