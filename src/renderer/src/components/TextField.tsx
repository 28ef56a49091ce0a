import { useId, type ReactNode, type Ref } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Short helper text under the label (what to type, where to find it). */
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  placeholder?: string;
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
  /** `password` for secrets: never shown on screen. */
  type?: 'text' | 'password';
}

/**
 * A labelled text input whose hint and error are tied to it with aria-describedby, and which
 * is marked invalid while it has an error, so screen readers read the problem with the field.
 */
export function TextField({ label, value, onChange, hint, error, optional, placeholder, autoComplete = 'off', inputRef, name, type = 'text' }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional && <span className="field__optional"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={inputRef}
        name={name}
        type={type}
        className="field__input"
        value={value}
        placeholder={placeholder}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
