import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  /** Short text under the title, read out when the dialog opens. */
  description?: ReactNode;
  onClose(): void;
  /** What gets focus first (defaults to the first focusable element). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** `alertdialog` for confirmations that interrupt the person. */
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
}

/**
 * A modal dialog that keyboard and screen-reader users can work: labelled by its title, focus
 * moves in on open, Tab stays inside, Escape closes, and focus returns to whatever opened it.
 * (Not `window.confirm`: that blocks the page, cannot be styled or explained, and is unavailable
 * in some embeddings.)
 */
export function Dialog({ title, description, onClose, initialFocus, role = 'dialog', children }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = ref.current;
    const first = initialFocus?.current ?? node?.querySelector<HTMLElement>(FOCUSABLE) ?? node;
    first?.focus();
    // The page behind a modal must not scroll under it.
    document.body.classList.add('has-modal');
    return () => {
      document.body.classList.remove('has-modal');
      // Give focus back to the opener, unless the app has already moved it somewhere on purpose.
      const active = document.activeElement;
      const focusWasInDialog = !active || active === document.body || !!node?.contains(active);
      if (focusWasInDialog && opener?.isConnected) opener.focus();
    };
    // Focus moves once, when the dialog opens (initialFocus is read on purpose only then).
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {description && (
          <div id={descId} className="dialog__description">
            {description}
          </div>
        )}
        {children}
      </div>
    </div>
  );
}
