import { useId } from 'react';
import type { Notice } from '@shared/domain/snapshot';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FixSteps } from '../../components/FixSteps';
import { Icon, type IconName } from '../../components/Icon';
import { useIpcAction } from '../../state/use-ipc-action';

const LOOK: Record<Notice['level'], { icon: IconName; word: string }> = {
  info: { icon: 'info', word: 'Note' },
  warning: { icon: 'warning', word: 'Warning' },
  error: { icon: 'cross', word: 'Problem' },
};

/**
 * One app-wide message (e.g. "database was recovered") with what to do about it, and a
 * Dismiss button once the person has read it (the host removes it from every window).
 */
export function NoticeBanner({ notice }: { notice: Notice }) {
  const look = LOOK[notice.level] ?? LOOK.info;
  const titleId = useId();
  const api = useApi();
  const dismiss = useIpcAction();
  return (
    <article className={`notice notice--${notice.level}`} aria-labelledby={titleId}>
      <h2 className="notice__title" id={titleId}>
        <Icon name={look.icon} />
        <span className="visually-hidden">{look.word}:</span> <span>{notice.title}</span>
      </h2>
      <p className="notice__message">{notice.message}</p>
      <FixSteps steps={notice.fixSteps ?? []} />
      <button
        type="button"
        className="button button--small notice__dismiss"
        aria-label={`Dismiss: ${notice.title}`}
        disabled={dismiss.pending}
        onClick={() => void dismiss.run(() => api.dismissNotice({ id: notice.id }))}
      >
        Dismiss
      </button>
      {dismiss.error && <ErrorMessage error={dismiss.error} />}
    </article>
  );
}
