// State behind the AWS fake: per account region, as the real services keep it. Stacks carry a
// queue of future statuses that is applied lazily against the store's clock, so a test (or a
// later pipeline fake) can say "this stack becomes UPDATE_COMPLETE 2 s from now" and every reader
// sees the status the clock implies, with events recorded as real CloudFormation would.
import { randomUUID } from 'node:crypto';

export interface Clock {
  now(): number;
}

/** Real time, for end-to-end runs of the built action. */
export const realClock: Clock = { now: () => Date.now() };

/** Time that moves only when the test says so. */
export class ManualClock implements Clock {
  constructor(private t = Date.parse('2026-01-01T00:00:00Z')) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(at: number | Date): void {
    this.t = typeof at === 'number' ? at : at.getTime();
  }
}

export interface StackParameter {
  ParameterKey: string;
  ParameterValue: string;
}
export interface StackOutput {
  OutputKey: string;
  OutputValue: string;
  Description?: string;
  ExportName?: string;
}
export interface StackTag {
  Key: string;
  Value: string;
}

export interface StackEvent {
  EventId: string;
  StackId: string;
  StackName: string;
  LogicalResourceId: string;
  PhysicalResourceId: string;
  ResourceType: string;
  Timestamp: Date;
  ResourceStatus: string;
  ResourceStatusReason?: string;
}

export interface StackTransition {
  /** Absolute time (store clock) at which the status takes effect. */
  at: number;
  status: string;
  reason?: string;
  /** Other fields that change with this status, e.g. new Outputs on UPDATE_COMPLETE. */
  patch?: Partial<Pick<StackRecord, 'Parameters' | 'Outputs' | 'Tags' | 'Description' | 'TemplateBody' | 'Capabilities'>>;
  /** Resource events recorded just before the status, e.g. the CREATE_FAILED that caused a rollback. */
  events?: ResourceEventSeed[];
}

export interface ResourceEventSeed {
  LogicalResourceId: string;
  ResourceType: string;
  ResourceStatus: string;
  ResourceStatusReason?: string;
  PhysicalResourceId?: string;
}

export interface StackRecord {
  StackId: string;
  StackName: string;
  Description?: string;
  StackStatus: string;
  StackStatusReason?: string;
  CreationTime: Date;
  LastUpdatedTime?: Date;
  DeletionTime?: Date;
  Parameters: StackParameter[];
  Outputs: StackOutput[];
  Tags: StackTag[];
  Capabilities: string[];
  EnableTerminationProtection: boolean;
  TemplateBody?: string;
  events: StackEvent[];
  pending: StackTransition[];
}

type KeyValues<T> = T[] | Record<string, string>;

export interface StackSeed {
  StackName: string;
  StackStatus?: string;
  StackStatusReason?: string;
  Description?: string;
  CreationTime?: Date;
  LastUpdatedTime?: Date;
  Parameters?: KeyValues<StackParameter>;
  Outputs?: KeyValues<StackOutput>;
  Tags?: KeyValues<StackTag>;
  Capabilities?: string[];
  EnableTerminationProtection?: boolean;
  TemplateBody?: string;
  /** Statuses to move through later, relative to now (store clock). */
  transitions?: { afterMs: number; status: string; reason?: string; patch?: StackTransition['patch']; events?: ResourceEventSeed[] }[];
}

function params(v: KeyValues<StackParameter> | undefined): StackParameter[] {
  if (!v) return [];
  return Array.isArray(v) ? v.map((p) => ({ ...p })) : Object.entries(v).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
}
function outputs(v: KeyValues<StackOutput> | undefined): StackOutput[] {
  if (!v) return [];
  return Array.isArray(v) ? v.map((o) => ({ ...o })) : Object.entries(v).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue }));
}
function tags(v: KeyValues<StackTag> | undefined): StackTag[] {
  if (!v) return [];
  return Array.isArray(v) ? v.map((t) => ({ ...t })) : Object.entries(v).map(([Key, Value]) => ({ Key, Value }));
}

export interface S3Object {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
  metadata: Record<string, string>;
}

export interface S3Bucket {
  name: string;
  region: string;
  createdAt: Date;
  objects: Map<string, S3Object>;
}

/** Everything one account keeps in one region. Later services add their maps here. */
export class RegionState {
  /** Every stack ever created, live and deleted, in creation order. */
  readonly stacks: StackRecord[] = [];
  /** Extension point for the CodePipeline fake: pipeline name → whatever it needs to keep. */
  readonly pipelines = new Map<string, unknown>();
  /** Extension point for the Secrets Manager fake: secret name → record. */
  readonly secrets = new Map<string, unknown>();
  /** Extension point for the ECR fake: repository name → record. */
  readonly repositories = new Map<string, unknown>();

  constructor(
    readonly region: string,
    readonly accountId: string
  ) {}
}

export const TERMINAL_STATUSES = new Set([
  'CREATE_COMPLETE',
  'CREATE_FAILED',
  'ROLLBACK_COMPLETE',
  'ROLLBACK_FAILED',
  'DELETE_COMPLETE',
  'DELETE_FAILED',
  'UPDATE_COMPLETE',
  'UPDATE_FAILED',
  'UPDATE_ROLLBACK_COMPLETE',
  'UPDATE_ROLLBACK_FAILED',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE',
  'IMPORT_ROLLBACK_FAILED'
]);

export class AwsStore {
  private readonly regions = new Map<string, RegionState>();
  /** S3 bucket names are global; each bucket remembers its region. */
  readonly buckets = new Map<string, S3Bucket>();

  /** How long CreateStack and UpdateStack take on the store's clock (the pipeline's deploys have their own). */
  stackOperationMs = 0;

  constructor(
    public clock: Clock = realClock,
    readonly accountId = '123456789012'
  ) {}

  region(name: string): RegionState {
    let state = this.regions.get(name);
    if (!state) {
      state = new RegionState(name, this.accountId);
      this.regions.set(name, state);
    }
    return state;
  }

  regionNames(): string[] {
    return [...this.regions.keys()];
  }

  // ---- CloudFormation ------------------------------------------------------------------------

  /** Applies every transition whose time has come, recording an event for each. */
  private settle(stack: StackRecord): StackRecord {
    const now = this.clock.now();
    while (stack.pending.length && stack.pending[0].at <= now) {
      const t = stack.pending.shift()!;
      for (const e of t.events ?? []) {
        stack.events.push({ EventId: randomUUID(), StackId: stack.StackId, StackName: stack.StackName, PhysicalResourceId: '', ...e, Timestamp: new Date(t.at) });
      }
      this.setStatus(stack, t.status, new Date(t.at), t.reason);
      if (t.patch) Object.assign(stack, structuredClone(t.patch));
    }
    return stack;
  }

  private setStatus(stack: StackRecord, status: string, at: Date, reason?: string): void {
    stack.StackStatus = status;
    stack.StackStatusReason = reason;
    if (status.startsWith('UPDATE_') || status.startsWith('IMPORT_')) stack.LastUpdatedTime = at;
    if (status === 'DELETE_COMPLETE') stack.DeletionTime = at;
    stack.events.push({
      EventId: randomUUID(),
      StackId: stack.StackId,
      StackName: stack.StackName,
      LogicalResourceId: stack.StackName,
      PhysicalResourceId: stack.StackId,
      ResourceType: 'AWS::CloudFormation::Stack',
      Timestamp: at,
      ResourceStatus: status,
      ResourceStatusReason: reason
    });
  }

  /**
   * Called before stacks are read, so that simulations driving stacks (the pipeline fake) catch up
   * with the clock first and every reader sees the same moment.
   */
  readonly beforeRead: ((region: string) => void)[] = [];

  /** All stacks of a region, deleted ones included, as of the store's clock. */
  allStacks(region: string): StackRecord[] {
    for (const hook of this.beforeRead) hook(region);
    return this.region(region).stacks.map((s) => this.settle(s));
  }

  /** Stacks DescribeStacks lists without a name: everything not DELETE_COMPLETE. */
  liveStacks(region: string): StackRecord[] {
    return this.allStacks(region).filter((s) => s.StackStatus !== 'DELETE_COMPLETE');
  }

  /** By name: the live stack; by stack id: also a deleted one, as CloudFormation does. */
  findStack(region: string, nameOrId: string): StackRecord | undefined {
    const all = this.allStacks(region);
    if (nameOrId.startsWith('arn:')) return all.find((s) => s.StackId === nameOrId);
    return all.find((s) => s.StackName === nameOrId && s.StackStatus !== 'DELETE_COMPLETE');
  }

  /** Seeds a stack as if it existed already (replacing a live one of the same name). */
  putStack(region: string, seed: StackSeed): StackRecord {
    const state = this.region(region);
    const existing = this.findStack(region, seed.StackName);
    if (existing) state.stacks.splice(state.stacks.indexOf(existing), 1);
    const now = this.clock.now();
    const created = seed.CreationTime ?? new Date(now);
    const stack: StackRecord = {
      StackId: `arn:aws:cloudformation:${region}:${this.accountId}:stack/${seed.StackName}/${randomUUID()}`,
      StackName: seed.StackName,
      Description: seed.Description,
      StackStatus: seed.StackStatus ?? 'CREATE_COMPLETE',
      StackStatusReason: seed.StackStatusReason,
      CreationTime: created,
      LastUpdatedTime: seed.LastUpdatedTime,
      Parameters: params(seed.Parameters),
      Outputs: outputs(seed.Outputs),
      Tags: tags(seed.Tags),
      Capabilities: seed.Capabilities ?? [],
      EnableTerminationProtection: seed.EnableTerminationProtection ?? false,
      TemplateBody: seed.TemplateBody,
      events: [],
      pending: []
    };
    this.setStatus(stack, stack.StackStatus, created, seed.StackStatusReason);
    if (seed.LastUpdatedTime) stack.LastUpdatedTime = seed.LastUpdatedTime;
    for (const t of seed.transitions ?? []) {
      stack.pending.push({ at: now + t.afterMs, status: t.status, reason: t.reason, patch: t.patch, events: t.events });
    }
    stack.pending.sort((a, b) => a.at - b.at);
    state.stacks.push(stack);
    return stack;
  }

  /** Queues statuses for a live stack, relative to now. */
  scheduleTransitions(region: string, nameOrId: string, transitions: NonNullable<StackSeed['transitions']>): StackRecord {
    const stack = this.findStack(region, nameOrId);
    if (!stack) throw new Error(`fake aws: no stack ${nameOrId} in ${region}`);
    const now = this.clock.now();
    for (const t of transitions) stack.pending.push({ at: now + t.afterMs, status: t.status, reason: t.reason, patch: t.patch, events: t.events });
    stack.pending.sort((a, b) => a.at - b.at);
    return stack;
  }

  /**
   * What a CloudFormation deploy does to the store, for the pipeline fake to call: creates the
   * stack (CREATE_IN_PROGRESS → CREATE_COMPLETE) or updates it (UPDATE_IN_PROGRESS →
   * UPDATE_COMPLETE), taking `durationMs`; `fail` ends in the matching rollback status instead,
   * after a `*_FAILED` event of `failedResource` when one is named.
   */
  deployStack(
    region: string,
    seed: Omit<StackSeed, 'StackStatus' | 'transitions'>,
    options: { durationMs?: number; fail?: string; failedResource?: { LogicalResourceId: string; ResourceType: string; reason: string } } = {}
  ): StackRecord {
    const duration = options.durationMs ?? 0;
    const failedEvents = (status: string): ResourceEventSeed[] | undefined =>
      options.failedResource
        ? [{ LogicalResourceId: options.failedResource.LogicalResourceId, ResourceType: options.failedResource.ResourceType, ResourceStatus: status, ResourceStatusReason: options.failedResource.reason }]
        : undefined;
    const existing = this.findStack(region, seed.StackName);
    const patch = {
      ...(seed.Parameters ? { Parameters: params(seed.Parameters) } : {}),
      ...(seed.Outputs ? { Outputs: outputs(seed.Outputs) } : {}),
      ...(seed.Tags ? { Tags: tags(seed.Tags) } : {}),
      ...(seed.Description !== undefined ? { Description: seed.Description } : {})
    };
    if (!existing) {
      const stack = this.putStack(region, { ...seed, Outputs: [], StackStatus: 'CREATE_IN_PROGRESS' });
      const end = options.fail
        ? [
            { afterMs: duration, status: 'ROLLBACK_IN_PROGRESS', reason: options.fail, events: failedEvents('CREATE_FAILED') },
            { afterMs: duration, status: 'ROLLBACK_COMPLETE' }
          ]
        : [{ afterMs: duration, status: 'CREATE_COMPLETE', patch }];
      return this.scheduleTransitions(region, stack.StackId, end);
    }
    if (!TERMINAL_STATUSES.has(existing.StackStatus) || existing.pending.length) {
      throw new Error(`fake aws: stack ${seed.StackName} is in ${existing.StackStatus} state and can not be updated`);
    }
    this.setStatus(existing, 'UPDATE_IN_PROGRESS', new Date(this.clock.now()));
    const end = options.fail
      ? [
          { afterMs: duration, status: 'UPDATE_ROLLBACK_IN_PROGRESS', reason: options.fail, events: failedEvents('UPDATE_FAILED') },
          { afterMs: duration, status: 'UPDATE_ROLLBACK_COMPLETE' }
        ]
      : [{ afterMs: duration, status: 'UPDATE_COMPLETE', patch }];
    return this.scheduleTransitions(region, existing.StackId, end);
  }

  /** Replaces some tags of a live stack, e.g. an older `emd:deployed-at` so that a ttl has run out. */
  tagStack(region: string, nameOrId: string, changes: Record<string, string>): StackRecord {
    const stack = this.findStack(region, nameOrId);
    if (!stack) throw new Error(`fake aws: no stack ${nameOrId} in ${region}`);
    const rest = stack.Tags.filter((t) => !(t.Key in changes));
    stack.Tags = [...rest, ...Object.entries(changes).map(([Key, Value]) => ({ Key, Value }))];
    return stack;
  }

  /** DELETE_IN_PROGRESS now, DELETE_COMPLETE after `durationMs`. */
  deleteStack(region: string, nameOrId: string, options: { durationMs?: number } = {}): StackRecord | undefined {
    const stack = this.findStack(region, nameOrId);
    if (!stack) return undefined;
    this.setStatus(stack, 'DELETE_IN_PROGRESS', new Date(this.clock.now()));
    stack.pending = [];
    return this.scheduleTransitions(region, stack.StackId, [{ afterMs: options.durationMs ?? 0, status: 'DELETE_COMPLETE' }]);
  }
}
