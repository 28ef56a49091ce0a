import type { Notifier } from '../../core/ports';
import type { Logger } from '../../logging/logger';

/**
 * Headless "desktop notifications": there is no desktop, so each one is logged (an operator's
 * log shipper can alert on it) and handed to the window as a notice by the caller's sink.
 */
export function createHeadlessNotifier(logger: Logger, sink: (title: string, body: string, companyId?: string) => void): Notifier {
  return {
    notify({ title, body, companyId }) {
      logger.warn('notification', { title, body, companyId });
      sink(title, body, companyId);
    },
  };
}
