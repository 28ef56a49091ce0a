import { Tray } from '../../fakes/electron-double';
import { createTrayController } from '../../../src/main/platform/tray-controller';
import { trayIconPath } from '../../../src/main/platform/tray-icons';
import type { AppSnapshot } from '../../../src/shared/domain/snapshot';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

vi.mock('electron', () => import('../../fakes/electron-double'));

const snap = (overall: AppSnapshot['overall'], notificationsPaused = false): AppSnapshot => ({
  hostInstanceId: 'h', version: 1, host: 'electron', overall, companies: [], notices: [], preferences: { notificationsPaused },
});

describe('tray', () => {
  it('ships an icon for every state on every OS', () => {
    for (const state of ['ok', 'attention', 'error', 'syncing'] as const) {
      for (const platform of ['win32', 'darwin', 'linux'] as const) {
        expect(existsSync(trayIconPath(join(process.cwd(), 'resources'), state, platform))).toBe(true);
      }
      expect(existsSync(join(process.cwd(), 'resources', 'tray', `${state}Template@2x.png`))).toBe(true);
    }
  });

  it('follows the overall state with icon and tooltip, and offers the four menu actions', () => {
    let push: (s: AppSnapshot) => void = () => {};
    const actions = { open: vi.fn(), checkAllNow: vi.fn(), setNotificationsPaused: vi.fn(), quit: vi.fn() };
    const { dispose } = createTrayController({
      resourcesDir: '/res', platform: 'linux', actions, initial: snap('ok'),
      subscribe: (l) => { push = l; return () => {}; },
    });
    const tray = Tray.instances.at(-1)!;
    expect(tray.image.path).toBe('/res/tray/ok.png');
    push(snap('error'));
    expect(tray.image.path).toBe('/res/tray/error.png');
    expect(tray.tooltip).toMatch(/needs you/);
    const template = (tray.menu as { template: Array<{ label?: string; click?: (i: { checked: boolean }) => void; checked?: boolean }> }).template;
    expect(template.filter((i) => i.label).map((i) => i.label)).toEqual(['Open Ledgerlight', 'Check all now', 'Pause notifications', 'Quit Ledgerlight']);
    template[1]!.click!({ checked: false });
    template[2]!.click!({ checked: true });
    expect(actions.checkAllNow).toHaveBeenCalled();
    expect(actions.setNotificationsPaused).toHaveBeenCalledWith(true);
    push(snap('error', true));
    expect((tray.menu as { template: Array<{ checked?: boolean }> }).template[2]!.checked).toBe(true);
    tray.emit('click');
    expect(actions.open).toHaveBeenCalled();
    dispose();
    expect(tray.destroyed).toBe(true);
  });

  it('uses monochrome template images on macOS', () => {
    createTrayController({ resourcesDir: '/res', platform: 'darwin', actions: { open() {}, checkAllNow() {}, setNotificationsPaused() {}, quit() {} }, initial: snap('attention'), subscribe: () => () => {} });
    const tray = Tray.instances.at(-1)!;
    expect(tray.image.path).toBe('/res/tray/attentionTemplate.png');
    expect(tray.image.template).toBe(true);
  });
});
