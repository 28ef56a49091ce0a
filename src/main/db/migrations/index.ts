import type { Migration } from '../migrate';
import { initialSchema } from './0001-initial';
import { tokensSchema } from './0002-tokens';
import { intuitApp } from './0003-intuit-app';

/** Every migration in order. Append new ones; never edit or reorder a released one. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, tokensSchema, intuitApp];
