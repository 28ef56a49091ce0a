import { useApi } from '../../api/api-context';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useIpcAction } from '../../state/use-ipc-action';
import { checkAllWords } from './check-all-words';

/** "Check all now": asks every connected company to be checked and says how many started. */
export function CheckAllButton() {
  const api = useApi();
  const announce = useAnnounce();
  const action = useIpcAction();
  const onClick = async () => {
    const result = await action.run(() => api.checkAllNow());
    if (result.ok) announce(checkAllWords(result.value.started));
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void onClick()} disabled={action.pending} aria-busy={action.pending || undefined}>
        {action.pending ? 'Starting checks…' : 'Check all now'}
      </button>
      <ErrorMessage error={action.error} />
    </>
  );
}
