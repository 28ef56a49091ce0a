import { powerMonitor } from 'electron';
import type { Disposable, PowerEvent, PowerEvents } from '../core/ports';

/**
 * OS power events from Electron's powerMonitor, merged with the wall-clock gap detector (the
 * OS does not report a clock set back or forward).
 */
export function createElectronPowerEvents(gapDetector: PowerEvents): PowerEvents {
  const map: Partial<Record<PowerEvent, 'resume' | 'unlock-screen' | 'suspend'>> = {
    resume: 'resume',
    unlock: 'unlock-screen',
    suspend: 'suspend',
  };
  return {
    on(event, listener): Disposable {
      const osEvent = map[event];
      const offGap = gapDetector.on(event, listener);
      if (!osEvent) return offGap;
      powerMonitor.on(osEvent as 'resume', listener);
      return () => {
        offGap();
        powerMonitor.removeListener(osEvent as 'resume', listener);
      };
    },
  };
}
