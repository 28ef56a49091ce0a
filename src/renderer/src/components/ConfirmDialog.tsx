import { useRef, type ReactNode } from 'react';
import type { IpcError } from '@shared/ipc/result';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

export interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  busy?: boolean;
  error?: IpcError | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * "Are you sure?" for destructive actions. Focus starts on the safe choice, so pressing Enter
 * by reflex never deletes anything.
 */
export function ConfirmDialog({ title, description, confirmLabel, cancelLabel = 'Cancel', danger, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={title} description={description} onClose={onCancel} initialFocus={cancelRef} role="alertdialog">
      <ErrorMessage error={error ?? null} />
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className={`button ${danger ? 'button--danger' : 'button--primary'}`} onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
