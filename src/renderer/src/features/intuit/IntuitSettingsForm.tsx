import { useEffect, useState, type FormEvent } from 'react';
import { IntuitSettingsInputSchema, type IntuitEnvironment, type IntuitSettingsView } from '@shared/domain/intuit-settings';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useIpcAction } from '../../state/use-ipc-action';

type Field = 'clientId' | 'clientSecret' | 'redirectUri';

/**
 * The Intuit app settings, entered once: Client ID and Secret from developer.intuit.com, the
 * environment, and the redirect address. The secret is never shown again: leaving it empty
 * keeps the stored one. Checked here with the same schema as the host.
 */
export function IntuitSettingsForm({ onSaved, onCancel }: { onSaved(view: IntuitSettingsView): void; onCancel(): void }) {
  const api = useApi();
  const load = useIpcAction();
  const save = useIpcAction();
  const [view, setView] = useState<IntuitSettingsView | null>(null);
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [environment, setEnvironment] = useState<IntuitEnvironment>('sandbox');
  const [redirectUri, setRedirectUri] = useState('http://localhost:8765/oauth/callback');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<IpcError | null>(null);

  useEffect(() => {
    void load.run(() => api.getIntuitSettings()).then((r) => {
      if (!r.ok) return;
      setView(r.value);
      if (r.value.clientId) setClientId(r.value.clientId);
      setEnvironment(r.value.environment);
      if (r.value.redirectUri) setRedirectUri(r.value.redirectUri);
    });
    // load once when the dialog opens
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const payload = { clientId, environment, redirectUri, scopes: ['com.intuit.quickbooks.accounting' as const], ...(clientSecret ? { clientSecret } : {}) };
    const checked = IntuitSettingsInputSchema.safeParse(payload);
    const found: Partial<Record<Field, string>> = {};
    if (!checked.success) for (const issue of checked.error.issues) found[issue.path[0] as Field] ??= issue.message;
    if (!clientSecret && !view?.hasClientSecret) found.clientSecret = 'Paste the Client Secret from the Keys & credentials page';
    setErrors(found);
    if (Object.keys(found).length) return;
    const result = await save.run(() => api.saveIntuitSettings(payload));
    if (result.ok) onSaved(result.value);
    else setFormError(result.error);
  };

  return (
    <form className="intuit-settings" noValidate onSubmit={(e) => void submit(e)}>
      <TextField label="Client ID" name="clientId" value={clientId} error={errors.clientId} onChange={setClientId} hint="developer.intuit.com → your app → Keys & credentials." />
      <TextField
        label="Client Secret"
        name="clientSecret"
        type="password"
        value={clientSecret}
        error={errors.clientSecret}
        onChange={setClientSecret}
        optional={view?.hasClientSecret}
        hint={view?.hasClientSecret ? 'Saved and encrypted. Leave empty to keep it.' : 'Stored encrypted by your computer; never shown again.'}
      />
      <fieldset className="intuit-settings__env">
        <legend>Keys</legend>
        {(['sandbox', 'production'] as const).map((env) => (
          <label key={env}>
            <input type="radio" name="environment" value={env} checked={environment === env} onChange={() => setEnvironment(env)} />{' '}
            {env === 'sandbox' ? 'Development (sandbox) keys' : 'Production keys'}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Redirect address"
        name="redirectUri"
        value={redirectUri}
        error={errors.redirectUri}
        onChange={setRedirectUri}
        hint="Must match a Redirect URI in your Intuit app. Sandbox keys may use http://localhost:PORT/…; production keys need your https relay page."
      />
      {view?.endpoints && (
        <p className="intuit-settings__endpoints">
          Signing in at <code>{new URL(view.endpoints.authorization).host}</code>
          {view.overridden.length > 0 ? ` (overridden: ${view.overridden.join(', ')} — not Intuit directly)` : ''}.
        </p>
      )}
      <ErrorMessage error={formError ?? load.error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={save.pending}>
          Save settings
        </button>
      </div>
    </form>
  );
}
