import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { DisplayNameSchema, type CompanySummary } from '@shared/domain/company';
import { useApi } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { useAnnounce } from '../../components/Announcer';
import { TextField } from '../../components/TextField';
import { useIpcAction } from '../../state/use-ipc-action';

/** Validates a new name with the host's own rule; returns a message or null. */
export function renameProblem(name: string): string | null {
  const parsed = DisplayNameSchema.safeParse(name);
  if (parsed.success) return null;
  return name.trim() === '' ? 'Please enter a name for this company.' : 'That name is too long — at most 120 characters.';
}

/**
 * Renames a company in place. Escape or Cancel leaves the name as it was; the host's refusal
 * (e.g. the company was removed meanwhile) is shown under the field in plain words.
 */
export function RenameForm({ company, onDone }: { company: CompanySummary; onDone(): void }) {
  const api = useApi();
  const announce = useAnnounce();
  const action = useIpcAction();
  const [name, setName] = useState(company.displayName);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.pending) return;
    const local = renameProblem(name);
    if (local) {
      setProblem(local);
      input.current?.focus();
      return;
    }
    if (name.trim() === company.displayName) return onDone();
    const result = await action.run(() => api.renameCompany({ id: company.id, displayName: name.trim() }));
    if (result.ok) {
      announce(`Renamed “${company.displayName}” to “${result.value.displayName}”`);
      onDone();
    } else {
      const plain = describeError(result.error);
      setProblem([plain.message, ...plain.details].join(' '));
      input.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDone();
    }
  };

  return (
    <form className="rename-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <TextField
        label={`New name for “${company.displayName}”`}
        value={name}
        error={problem ?? undefined}
        inputRef={input}
        onChange={(v) => {
          setName(v);
          setProblem(null);
        }}
      />
      <div className="rename-form__actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? 'Saving…' : 'Save name'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
