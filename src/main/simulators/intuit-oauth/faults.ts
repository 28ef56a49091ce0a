/** The simulator's endpoints a fault can target. */
export type SimEndpoint = 'token' | 'revoke' | 'authorize' | 'discovery';

/**
 * What can go wrong at Intuit, one request at a time:
 * - `status`: a 5xx (or any status) with Intuit's JSON error or the HTML 503 of a load balancer;
 * - `reset`: the connection is destroyed before the request is processed (nothing issued);
 * - `lost_after_issue`: the request IS processed (a rotated refresh token issued, the old one
 *   dead) and then the connection is destroyed: the "lost rotated token" case of qbo.md §6;
 * - `omit_refresh_token`: a success response without `refresh_token`;
 * - `bom`: a success response prefixed with a UTF-8 BOM, as Intuit has sent (sample #14).
 */
export type SimFault =
  | { kind: 'status'; status: number; body?: 'json' | 'html' }
  | { kind: 'reset' }
  | { kind: 'lost_after_issue' }
  | { kind: 'omit_refresh_token' }
  | { kind: 'bom' };

export type DelaySource = number | (() => number);

/** Queued one-shot (or n-shot) faults per endpoint, plus standing latencies. */
export class FaultPlan {
  private readonly queues = new Map<SimEndpoint, Array<{ fault: SimFault; remaining: number }>>();
  private readonly latency = new Map<SimEndpoint, DelaySource>();
  private afterIssue: DelaySource = 0;
  injected = 0;

  /** Applies `fault` to the next `times` requests of `endpoint` (Infinity for "until cleared"). */
  add(endpoint: SimEndpoint, fault: SimFault, times = 1): void {
    const queue = this.queues.get(endpoint) ?? [];
    queue.push({ fault, remaining: times });
    this.queues.set(endpoint, queue);
  }

  /** The fault for this request, if any (consumes one use). */
  take(endpoint: SimEndpoint): SimFault | null {
    const queue = this.queues.get(endpoint);
    const head = queue?.[0];
    if (!queue || !head) return null;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    this.injected++;
    return head.fault;
  }

  /** Latency before every request of an endpoint is processed (a function gives jitter). */
  setLatency(endpoint: SimEndpoint, delay: DelaySource): void {
    this.latency.set(endpoint, delay);
  }

  latencyFor(endpoint: SimEndpoint): number {
    return resolveDelay(this.latency.get(endpoint) ?? 0);
  }

  /** Delay between issuing tokens and sending the response: the window a crash can lose them in. */
  setAfterIssueDelay(delay: DelaySource): void {
    this.afterIssue = delay;
  }

  afterIssueDelay(): number {
    return resolveDelay(this.afterIssue);
  }

  clear(): void {
    this.queues.clear();
    this.latency.clear();
    this.afterIssue = 0;
  }
}

function resolveDelay(d: DelaySource): number {
  const ms = typeof d === 'function' ? d() : d;
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
