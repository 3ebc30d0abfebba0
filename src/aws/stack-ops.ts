// Stack operations apply needs besides the pipeline: read one stack, wait while another operation
// holds it, delete it and wait. Waiting is a poll that backs off while nothing changes and starts
// over when something does, on an injected clock and sleep: the SDK's waiters sleep in real time,
// which neither the tests' fake clock nor a cancelled run can interrupt.
import { DeleteStackCommand, DescribeStacksCommand, type StackEvent } from '@aws-sdk/client-cloudformation';
import type { AwsClients } from './clients.js';
import { toLiveStack } from './stacks.js';
import { StackEventTail, firstFailures, type FailureEvent } from './stack-events.js';
import { isBusy, type LiveStack } from '../core/live.js';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Resolves after `ms`, or at once when `signal` aborts (callers check the signal themselves). */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

export interface PollSettings {
  /** First wait, and the wait after anything changed. */
  initialMs: number;
  maxMs: number;
  factor: number;
}

export const DEFAULT_POLL: PollSettings = { initialMs: 5_000, maxMs: 30_000, factor: 1.5 };

export interface Clock {
  now: () => number;
  sleep: Sleep;
  /** Waiting ends here (epoch ms on `now`'s clock). */
  deadline: number;
  signal?: AbortSignal;
  poll: PollSettings;
}

export type WaitEnd = 'ok' | 'timeout' | 'aborted';

export class Backoff {
  private delay: number;

  constructor(private readonly clock: Clock) {
    this.delay = clock.poll.initialMs;
  }

  /** Something changed: look again soon. */
  reset(): void {
    this.delay = this.clock.poll.initialMs;
  }

  async wait(): Promise<WaitEnd> {
    const { now, sleep, deadline, signal, poll } = this.clock;
    if (signal?.aborted) return 'aborted';
    const left = deadline - now();
    if (left <= 0) return 'timeout';
    await sleep(Math.min(this.delay, left), signal);
    this.delay = Math.min(poll.maxMs, Math.max(1, Math.round(this.delay * poll.factor)));
    if (signal?.aborted) return 'aborted';
    return 'ok';
  }
}

function isMissing(error: unknown): boolean {
  return (error as Error)?.name === 'ValidationError' && /does not exist/.test((error as Error).message ?? '');
}

/** One stack by name or id; undefined when CloudFormation knows none (a name of a deleted stack). */
export async function describeStack(clients: AwsClients, region: string, nameOrId: string, abortSignal?: AbortSignal): Promise<LiveStack | undefined> {
  try {
    const out = await clients.cloudFormation(region).send(new DescribeStacksCommand({ StackName: nameOrId }), { abortSignal });
    const stack = out.Stacks?.[0];
    return stack ? toLiveStack(stack, region) : undefined;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

export interface StackWatch {
  clients: AwsClients;
  region: string;
  /** Prefer the stack id: it keeps naming the same stack after a delete, a name does not. */
  stack: string;
  clock: Clock;
  onStatus?: (status: string, reason?: string) => void;
  onEvent?: (event: StackEvent) => void;
}

export interface WaitResult {
  end: WaitEnd;
  stack?: LiveStack;
  /** Every event seen while waiting, oldest first. */
  events: StackEvent[];
}

/** Polls until `done(stack)` (undefined: the stack is gone) or the deadline or an abort. */
async function watchStack(w: StackWatch, done: (stack: LiveStack | undefined) => boolean, tail?: StackEventTail): Promise<WaitResult> {
  const backoff = new Backoff(w.clock);
  const events: StackEvent[] = [];
  let last: string | undefined;
  for (;;) {
    const stack = await describeStack(w.clients, w.region, w.stack, w.clock.signal);
    const status = stack?.status ?? 'DELETE_COMPLETE';
    if (tail && stack) {
      const fresh = await tail.poll().catch(() => []);
      for (const e of fresh) w.onEvent?.(e);
      events.push(...fresh);
      if (fresh.length) backoff.reset();
    }
    if (status !== last) {
      w.onStatus?.(status, stack?.statusReason);
      if (last !== undefined) backoff.reset();
      last = status;
    }
    if (done(stack)) return { end: 'ok', stack, events };
    const end = await backoff.wait();
    if (end !== 'ok') return { end, stack, events };
  }
}

/** Waits while another operation holds the stack (any *_IN_PROGRESS status). */
export async function waitWhileBusy(w: StackWatch): Promise<WaitResult> {
  const tail = new StackEventTail(w.clients.cloudFormation(w.region), w.stack, new Date(w.clock.now()));
  return watchStack(w, (s) => !s || !isBusy(s.status), tail);
}

export interface DeleteResult extends WaitResult {
  /** The events that explain a DELETE_FAILED, earliest first. */
  failures: FailureEvent[];
}

/**
 * DeleteStack, then wait for DELETE_COMPLETE or DELETE_FAILED. With `roleArn` (the bootstrap's
 * DeployRoleArn) CloudFormation deletes with the role that created the resources, so the caller
 * needs no permissions on them.
 */
export async function deleteStackAndWait(w: StackWatch & { roleArn?: string }): Promise<DeleteResult> {
  const tail = new StackEventTail(w.clients.cloudFormation(w.region), w.stack, new Date(w.clock.now()));
  await tail.prime();
  await w.clients.cloudFormation(w.region).send(new DeleteStackCommand({ StackName: w.stack, RoleARN: w.roleArn }), { abortSignal: w.clock.signal });
  const result = await watchStack(w, (s) => !s || s.status === 'DELETE_COMPLETE' || s.status === 'DELETE_FAILED', tail);
  return { ...result, failures: result.stack?.status === 'DELETE_FAILED' ? firstFailures(result.events) : [] };
}
