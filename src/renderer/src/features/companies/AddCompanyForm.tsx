import { useRef, useState, type FormEvent } from 'react';
import type { CompanySummary } from '@shared/domain/company';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useIpcAction } from '../../state/use-ipc-action';
import { EMPTY_VALUES, FIELDS_BY_KIND, splitServerError, validateAddCompany, type AddCompanyField, type AddCompanyValues, type FieldErrors } from './add-company-values';
import { KindChooser } from './KindChooser';
import { ProviderFields } from './ProviderFields';

export interface AddCompanyFormProps {
  onAdded(company: CompanySummary): void;
  onCancel(): void;
}

/**
 * Name + connection route + that route's details. Checked in the window first (same shared
 * schema as the host), then by the host; either way problems appear next to the field they
 * concern, in plain words, and focus moves to the first one.
 */
export function AddCompanyForm({ onAdded, onCancel }: AddCompanyFormProps) {
  const api = useApi();
  const action = useIpcAction();
  const [values, setValues] = useState<AddCompanyValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<IpcError | null>(null);
  const inputs = useRef(new Map<AddCompanyField, HTMLInputElement>());
  const fieldRef = (field: AddCompanyField) => (el: HTMLInputElement | null) => {
    if (el) inputs.current.set(field, el);
    else inputs.current.delete(field);
  };

  const focusFirstError = (found: FieldErrors) => {
    const order: AddCompanyField[] = ['displayName', ...FIELDS_BY_KIND[values.kind]];
    const first = order.find((f) => found[f]);
    if (first) inputs.current.get(first)?.focus();
  };

  const change = (field: AddCompanyField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.pending) return;
    setFormError(null);
    const checked = validateAddCompany(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError(checked.errors);
      return;
    }
    setErrors({});
    const result = await action.run(() => api.addCompany(checked.payload));
    if (result.ok) return onAdded(result.value);
    const { fieldErrors, formError: rest } = splitServerError(result.error);
    setErrors(fieldErrors);
    setFormError(rest);
    focusFirstError(fieldErrors);
  };

  return (
    <form className="add-company" noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label="Company name"
        name="displayName"
        hint="The name you use for this client, e.g. “Acme Plumbing Ltd”."
        value={values.displayName}
        error={errors.displayName}
        inputRef={fieldRef('displayName')}
        onChange={(v) => change('displayName', v)}
      />
      <KindChooser value={values.kind} onChange={(kind) => setValues((v) => ({ ...v, kind }))} />
      <ProviderFields values={values} errors={errors} onChange={change} fieldRef={fieldRef} />
      <ErrorMessage error={formError} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={action.pending} aria-busy={action.pending || undefined}>
          {action.pending ? 'Adding…' : 'Add company'}
        </button>
      </div>
    </form>
  );
}
