import { randomBytes } from 'node:crypto';
import type { CompanyId } from '@shared/domain/company';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `co_` + 16 random base-36 characters: unguessable, URL- and log-safe. */
export function newCompanyId(): CompanyId {
  const bytes = randomBytes(16);
  let id = 'co_';
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id as CompanyId;
}
