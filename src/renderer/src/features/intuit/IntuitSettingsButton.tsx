import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useAnnounce } from '../../components/Announcer';
import { IntuitSettingsForm } from './IntuitSettingsForm';

/** Header button opening the Intuit app settings (needed once, before connecting QuickBooks Online). */
export function IntuitSettingsButton() {
  const [open, setOpen] = useState(false);
  const announce = useAnnounce();
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Intuit app settings
      </button>
      {open && (
        <Dialog title="Intuit app settings" description="Needed once, to connect QuickBooks Online companies." onClose={() => setOpen(false)}>
          <IntuitSettingsForm
            onCancel={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              announce('Intuit app settings saved');
            }}
          />
        </Dialog>
      )}
    </>
  );
}
