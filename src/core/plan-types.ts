// The plan's vocabulary: what each entry will do, why it may be held back, and the totals.
import type { DeploymentSpec, Diagnostic } from './types.js';
import type { FitResult } from './fit.js';
import type { DeploymentCost } from './cost.js';
import type { PriceBook } from './price-book.js';

export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'unchanged' | 'unknown';

/**
 * - `not-ours`: a stack with the deployment's name exists in its region but this manifest does not
 *   own it (untagged, another manifest's, another prefix's): apply refuses to deploy over it.
 */
export type BlockKind = 'busy' | 'failed' | 'destroy-not-allowed' | 'protected' | 'not-ours';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
  /** What the change does to a running endpoint. */
  impact?: string;
}

export interface PlanEntry {
  name: string;
  stackName: string;
  region: string;
  action: PlanAction;
  /** Set when apply will not (or cannot yet) carry out `action`. */
  blocked?: { kind: BlockKind; reason: string; fix?: string };
  desired?: DeploymentSpec;
  deployed?: DeploymentSpec;
  live?: { stackName: string; region: string; status: string; stackId: string };
  changes: FieldChange[];
  /** For replace: what users lose while it happens. */
  downtime?: string;
  notes: string[];
  fit?: FitResult;
  /** Cost once the plan is applied (undefined for a delete that goes through). */
  cost?: DeploymentCost;
  /** Cost of what runs now (undefined when nothing runs or live state is unknown). */
  liveCost?: DeploymentCost;
  /** Where a deployment with a `schedule` or `ttl` stands at the plan's `now`. */
  lifecycle?: EntryLifecycle;
}

/**
 * - `dormant`: no stack because the schedule says down; the hourly teardown brings it up when the
 *   window opens, and apply does not create it before then.
 * - `expired`: teardown removed it when its ttl ran out, and the entry has not changed since.
 * - `teardown-due`: a stack runs that the next hourly teardown removes (window closed, or ttl out).
 */
export interface EntryLifecycle {
  state: 'dormant' | 'expired' | 'teardown-due';
  because: 'schedule' | 'ttl';
  /** The next `up` firing (ISO-8601 UTC), for schedule states. */
  nextUp?: string;
  /** ttl states: when it was torn down (expired) or ran out (teardown-due). */
  at?: string;
}

export interface PlanTotals {
  /** USD per month at minimum scale after the plan; null when any part is unknown. */
  monthlyAfter: number | null;
  monthlyAfterMax: number | null;
  monthlyBefore: number | null;
  /** What runs now at maximum scale; with monthlyAfterMax it gives the increase at maximum scale. */
  monthlyBeforeMax: number | null;
  monthlyDelta: number | null;
  monthlyDeltaMax: number | null;
  hourlyAfter: number | null;
}

/**
 * What the entries were compared with when live stacks could not be read: the manifest of the
 * pull request's base branch. The plan then shows what the pull request changes, not what apply
 * will do against AWS (which may differ: a failed stack, a teardown, a hand-made change).
 */
export interface PlanBaseline {
  kind: 'base-branch';
  /** Where the base manifest came from, e.g. `main at 1a2b3c4d5e6f` or `--base old.yaml`. */
  source: string;
  /** Deployments in the base manifest, or 0 when it did not exist there (everything is new). */
  deployments: number;
}

export interface Plan {
  manifest: string;
  stackPrefix: string;
  live: { known: true; regions: string[] } | { known: false; reason: string; regions: string[] };
  /** Set when entries were diffed against the base branch's manifest instead of live stacks. */
  baseline?: PlanBaseline;
  /**
   * Regions read beyond those the manifest names: from the record of every region this prefix has
   * deployed to, so a deployment moved away, or removed, in another region is still seen.
   */
  recordedRegions?: string[];
  entries: PlanEntry[];
  totals: PlanTotals;
  diagnostics: Diagnostic[];
  counts: Record<PlanAction | 'blocked', number>;
  hasChanges: boolean;
}

export interface PlanOptions {
  manifestPath: string;
  stackPrefix: string;
  allowDestroy: boolean;
  /** The instant schedules and ttls are read at. Defaults to the current time. */
  now?: Date;
  /** Without live state: the base branch's specs, compared with instead (see PlanBaseline). */
  baseline?: { specs: DeploymentSpec[]; source: string };
  /** Live or cached prices (src/aws/pricing.ts); the bundled table fills whatever is missing. */
  prices?: PriceBook;
}

/** Every cost in a plan is priced from the same book. */
export type CostOf = (spec: DeploymentSpec) => DeploymentCost;
