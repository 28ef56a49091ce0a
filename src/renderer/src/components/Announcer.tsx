import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface AnnouncerValue {
  message: string;
  announce(message: string): void;
}

const AnnouncerContext = createContext<AnnouncerValue>({ message: '', announce: () => {} });

/** How long a confirmation ("Renamed …") stays on screen. */
const SHOW_MS = 10_000;

/**
 * Transient confirmations ("Started 3 checks", "Paused Acme Ltd") shared by the whole window,
 * shown in one polite live region so screen readers hear them without losing their place.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    setMessage(text);
    timer.current = setTimeout(() => setMessage(''), SHOW_MS);
  }, []);
  const value = useMemo(() => ({ message, announce }), [message, announce]);
  return <AnnouncerContext.Provider value={value}>{children}</AnnouncerContext.Provider>;
}

/** Returns `announce(text)` for confirmations after an action succeeds. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnouncerContext).announce;
}

/** The live region itself; always mounted so the first message is announced too. */
export function LiveStatus() {
  const { message } = useContext(AnnouncerContext);
  return (
    <p className={message ? 'live-status live-status--visible' : 'live-status'} role="status" aria-live="polite">
      {message}
    </p>
  );
}
