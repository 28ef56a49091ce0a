import type Database from 'better-sqlite3';
import type { Logger } from '../logging/logger';

/** Stops a timer or subscription. */
export type Disposable = () => void;

/** Wall-clock time in epoch milliseconds; injected so tests can jump, rewind and sleep. */
export interface Clock {
  now(): number;
}

/** Timers behind a port so simulated days run in milliseconds under test. */
export interface Timers {
  setInterval(fn: () => void, ms: number): Disposable;
  setTimeout(fn: () => void, ms: number): Disposable;
}

export type CipherAvailability =
  | { available: true; backend: string }
  | { available: false; backend: string; reason: string; fixSteps: string[] };

/**
 * Encrypts secrets before they touch disk. Electron: safeStorage (OS keychain / DPAPI /
 * libsecret). Headless: AES-256-GCM with an owner-only key. Implementations must refuse
 * (never fall back to plaintext) when they cannot protect the data.
 */
export interface SecretCipher {
  /** Checked before every write; the reason and steps are shown to the person. */
  availability(): Promise<CipherAvailability>;
  encrypt(plaintext: string): Promise<Buffer>;
  decrypt(ciphertext: Buffer): Promise<string>;
  /** Stored next to each ciphertext so keys can be rotated later. */
  readonly keyVersion: number;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
}

/** Every outbound HTTP call goes through this port (the request engine wraps it later). */
export interface HttpTransport {
  send(request: HttpRequest): Promise<HttpResponse>;
}

export interface DesktopNotification {
  title: string;
  body: string;
  companyId?: string;
}

/** Desktop notifications in Electron; an in-window banner plus a log line headless. */
export interface Notifier {
  notify(notification: DesktopNotification): void;
}

export type PowerEvent = 'resume' | 'unlock' | 'suspend' | 'clock-jump';

/** OS power/lock events (Electron powerMonitor) or a wall-clock gap detector (headless). */
export interface PowerEvents {
  on(event: PowerEvent, listener: () => void): Disposable;
}

/** Non-secret preferences: electron-store in Electron, a JSON file headless. */
export interface PreferencesData {
  notificationsPaused: boolean;
}

export interface Preferences {
  get<K extends keyof PreferencesData>(key: K): PreferencesData[K];
  set<K extends keyof PreferencesData>(key: K, value: PreferencesData[K]): void;
}

/** Everything with a side effect the core needs, injected by a host. */
export interface CorePorts {
  host: 'electron' | 'headless';
  clock: Clock;
  timers: Timers;
  cipher: SecretCipher;
  db: Database.Database;
  http: HttpTransport;
  notifier: Notifier;
  power: PowerEvents;
  logger: Logger;
  preferences: Preferences;
  /** Where the host keeps its data (database, logs, key file). */
  dataDir: string;
}
