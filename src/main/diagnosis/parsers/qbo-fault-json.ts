import { asList, field, isObject, str, strField } from '../body/json';
import type { QboFaultError, QboFaultExtraction } from './qbo-fault';
import { NO_FAULT } from './qbo-fault';

/**
 * QBO faults in JSON (qbo.md §1.2, §1.3, §1.5):
 * - `{"Fault":{"Error":[{Message, Detail, code, element}], "type"}, "time"}`; `code` may be a
 *   number; `Error` may be a single object; `"Fault": null` happens (DotNET-SDK#66);
 * - the lower-case gateway variant `{"fault":{"error":[{message, detail, code, element}]}}`;
 * - batches `{"BatchItemResponse":[{"Fault":…, "bId"}, {"Invoice":…, "bId"}]}` with HTTP 200;
 * - the Ecosystem gateway object `{"code":"AuthenticationFailed","type":"INPUT","detail":…}`.
 */
export function extractQboFaultsFromJson(json: unknown): QboFaultExtraction {
  if (!isObject(json)) return NO_FAULT;
  const errors: QboFaultError[] = [];
  let sawFault = false;

  const fault = field(json, 'Fault');
  if (fault !== undefined) {
    sawFault = true;
    errors.push(...faultErrors(fault, undefined));
  }

  const batch = asList(field(json, 'BatchItemResponse'));
  for (const item of batch) {
    const itemFault = field(item, 'Fault');
    if (itemFault === undefined || itemFault === null) continue;
    sawFault = true;
    errors.push(...faultErrors(itemFault, strField(item, 'bId')));
  }

  if (!sawFault) {
    const eco = ecosystemError(json);
    if (eco) errors.push(eco);
  }

  const requestId = strField(json, 'requestId');
  return requestId ? { errors, sawFault, batchItems: batch.length, requestId } : { errors, sawFault, batchItems: batch.length };
}

function faultErrors(fault: unknown, batchId: string | undefined): QboFaultError[] {
  if (!isObject(fault)) return [];
  const faultType = strField(fault, 'type');
  const out: QboFaultError[] = [];
  for (const e of asList(field(fault, 'Error')).slice(0, 100)) {
    if (!isObject(e)) continue;
    out.push(compact({
      code: strField(e, 'code'),
      message: strField(e, 'Message'),
      detail: strField(e, 'Detail'),
      element: strField(e, 'element'),
      batchId,
      faultType,
    }));
  }
  // A Fault with a type but no readable Error still says something (e.g. AuthenticationFault).
  if (out.length === 0 && faultType) out.push(compact({ faultType, batchId }));
  return out;
}

/** `{"code":"AuthenticationFailed","type":"INPUT","message":null,"detail":…,"moreInfo":null}` (qbo.md §1.3, sample #43). */
function ecosystemError(json: Record<string, unknown>): QboFaultError | undefined {
  const code = strField(json, 'code');
  if (!code || !/^[A-Za-z][A-Za-z_]+$/.test(code)) return undefined;
  if (!('detail' in json) && !('moreInfo' in json)) return undefined;
  return compact({ code, message: strField(json, 'message'), detail: strField(json, 'detail'), faultType: strField(json, 'type') });
}

function compact(e: { [K in keyof QboFaultError]: QboFaultError[K] | undefined }): QboFaultError {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(e)) {
    const s = str(v);
    if (s !== undefined) out[k] = s;
  }
  return out as QboFaultError;
}
