import type { Notice } from '@shared/domain/snapshot';
import { NoticeBanner } from './NoticeBanner';

/** App-wide notices, most serious first, above the company list. */
export function NoticeList({ notices }: { notices: readonly Notice[] }) {
  if (notices.length === 0) return null;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...notices].sort((a, b) => (rank[a.level] ?? 3) - (rank[b.level] ?? 3));
  return (
    <section className="notices" aria-label="Messages from Ledgerlight">
      {sorted.map((n) => (
        <NoticeBanner key={n.id} notice={n} />
      ))}
    </section>
  );
}
