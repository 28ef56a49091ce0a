/** The shapes the window uses next to colour, so state never depends on colour alone. */
export type IconName = 'check' | 'warning' | 'cross' | 'sync' | 'pause' | 'clock' | 'plug' | 'info' | 'dot';

const PATHS: Record<IconName, string> = {
  check: 'M3.5 8.5l3 3 6-7',
  warning: 'M8 2.5l6 11H2zM8 6.5v3.5M8 12v.01',
  cross: 'M4 4l8 8M12 4l-8 8',
  sync: 'M13 8a5 5 0 0 1-9 3M3 8a5 5 0 0 1 9-3M12 2v3h-3M4 14v-3h3',
  pause: 'M5.5 3.5v9M10.5 3.5v9',
  clock: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 5v3.2l2 1.3',
  plug: 'M6 2v3M10 2v3M4.5 5h7v2.5a3.5 3.5 0 0 1-7 0zM8 11v3',
  info: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 7.2v3.8M8 5v.01',
  dot: 'M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
};

/** A small inline SVG icon (no icon font, nothing remote); decorative, so hidden from screen readers. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={['icon', className].filter(Boolean).join(' ')} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
