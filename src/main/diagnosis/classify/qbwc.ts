import type { QbwcObservation } from '@shared/diagnosis/observation';
import type { CatalogEntry } from '../catalog/types';
import { HRESULT_ROWS, HRESULT_UNKNOWN } from '../catalog/hresults';
import { QBWC_AUTH_BUSY, QBWC_AUTH_NVU, QBWC_AUTH_OK_CITATION } from '../catalog/qbwc-codes';
import { OK } from '../catalog/generic';
import { secondsToMs } from '../body/headers';
import { safeExcerpt } from '../body/redact';
import { normaliseHresult } from '../parsers/hresult';
import type { Candidate, Classification } from './candidate';
import { candidate } from './candidate';
import { qbxmlCandidates } from './qbxml';

/** The HRESULT row for a normalised HRESULT, or the general connection checklist. */
export function hresultEntry(hresult: string | undefined): CatalogEntry {
  return (hresult && HRESULT_ROWS.find((r) => r.hresults.includes(hresult))) || HRESULT_UNKNOWN;
}

/**
 * The Web Connector callbacks (qbd.md §1.2):
 * - `connectionError(hresult, message)`: QuickBooks could not be opened → HRESULT row;
 * - `receiveResponseXML`: an hresult means ProcessRequest threw → HRESULT row; otherwise every
 *   `…Rs` statusCode of the (possibly entity-escaped) qbXML;
 * - our own `authenticate` answer: `nvu` → the Web Connector password, `busy` → skipped run,
 *   `none` / "" / a path → a normal session.
 */
export function classifyQbwc(obs: QbwcObservation): Classification {
  let candidates: Candidate[];
  let retryAfterMs: number | null = null;
  let context: string;

  switch (obs.method) {
    case 'connectionError': {
      context = 'QBWC connectionError';
      candidates = [hresultCandidate(obs.hresult, obs.message)];
      break;
    }
    case 'receiveResponseXML': {
      context = 'QBWC receiveResponseXML';
      candidates = obs.hresult.trim() !== '' ? [hresultCandidate(obs.hresult, obs.message)] : qbxmlCandidates(obs.response);
      break;
    }
    case 'authenticate-result': {
      context = 'QBWC authenticate answer';
      const answer = (obs.result[1] ?? '').trim();
      const lower = answer.toLowerCase();
      const shown = `authenticate returned [${obs.result.map((v) => JSON.stringify(v === null ? null : safeExcerpt(v, 120))).join(', ')}]`;
      if (lower === 'nvu') {
        candidates = [candidate(QBWC_AUTH_NVU, 'nvu', shown)];
      } else if (lower === 'busy') {
        retryAfterMs = secondsToMs(obs.result[2]);
        candidates = [candidate(QBWC_AUTH_BUSY, 'busy', shown)];
      } else {
        const userFacingMessage =
          lower === 'none' ? 'The Web Connector checked in; there was nothing to sync.' : 'The Web Connector signed in to Ledgerlight normally.';
        candidates = [candidate({ ...OK, userFacingMessage, citation: QBWC_AUTH_OK_CITATION }, lower === 'none' ? 'none' : null, shown)];
      }
      break;
    }
  }

  return { source: 'qbwc', candidates, httpStatusCode: null, requestId: null, retryAfterMs, context };
}

function hresultCandidate(rawHresult: string, message: string): Candidate {
  const h = normaliseHresult(rawHresult);
  const code = h ?? (rawHresult.trim() || null);
  const detail = `HRESULT ${code ?? '(none)'}${message.trim() ? `: ${message.trim()}` : ''}`;
  return candidate(hresultEntry(h), code, safeExcerpt(detail, 900));
}
