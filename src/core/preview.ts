// Preview deployments of a pull request, decided without touching AWS or GitHub: which entries a
// command names, the spec a preview runs (the pull request's entry, pinned to one instance and a
// ttl), its stack name and its bound, what it costs before it starts, and which previews are due
// for removal (pull request closed, ttl out).
//
// A preview is a deployment named `pr<N>-<name>`, so its stack is `<prefix>-pr<N>-<name>` and every
// existing path (pipeline request, build, stack tags, delete checks) treats it like any deployment;
// the `emd:preview-pr` tag keeps it out of plans and the manifest teardown (core/live.ts isPreview).
import type { DeploymentSpec } from './types.js';
import { TAG, deployedSpec, isPreview, type LiveStack } from './live.js';
import { MAX_STACK_NAME_LENGTH } from './manifest/rules.js';
import { diffSpecs, ttlExpiry } from './plan.js';
import { estimateCost } from './cost.js';
import { parseDuration } from './duration.js';

export const DEFAULT_PREVIEW_TTL = '4h';

/** Tags of a preview besides emd:preview-pr: the entry it previews and the commit it came from. */
export const PREVIEW_TAGS = { pr: TAG.previewPr, of: 'emd:preview-of', headSha: 'emd:preview-sha' } as const;

export function previewDeploymentName(pr: number, name: string): string {
  return `pr${pr}-${name}`;
}

export function previewStackName(stackPrefix: string, pr: number, name: string): string {
  return `${stackPrefix}-${previewDeploymentName(pr, name)}`;
}

/**
 * The preview's stack name feeds the same derived resource names as any stack (SageMaker endpoint
 * and model names, target groups), so it keeps the manifest's bound: a name that fits as
 * `<prefix>-<name>` may not fit once `pr<N>-` is added. Undefined when it fits.
 */
export function previewNameProblem(stackPrefix: string, pr: number, name: string): string | undefined {
  const stack = previewStackName(stackPrefix, pr, name);
  if (stack.length <= MAX_STACK_NAME_LENGTH) return undefined;
  const room = MAX_STACK_NAME_LENGTH - stackPrefix.length - `-pr${pr}-`.length;
  return `the preview stack ${stack} would have ${stack.length} characters, over the ${MAX_STACK_NAME_LENGTH} that keep derived AWS resource names within their limits; previews of pull request #${pr} fit entry names of at most ${Math.max(room, 0)} characters`;
}

export interface PreviewOptions {
  pr: number;
  ttl: string;
  headSha: string;
}

/**
 * What a preview runs: the pull request's entry as validated, with one instance (min 1, max 1: a
 * benchmark of one replica, and a price that does not grow), the preview ttl instead of any ttl or
 * schedule of its own, never protected, and tagged as the preview of the pull request.
 */
export function previewSpec(spec: DeploymentSpec, o: PreviewOptions): DeploymentSpec {
  const { schedule: _schedule, ttl: _ttl, ...rest } = spec;
  return {
    ...rest,
    name: previewDeploymentName(o.pr, spec.name),
    scaling: { min: 1, max: 1 },
    ttl: o.ttl,
    protect: false,
    tags: { ...spec.tags, [PREVIEW_TAGS.pr]: String(o.pr), [PREVIEW_TAGS.of]: spec.name, [PREVIEW_TAGS.headSha]: o.headSha }
  };
}

export interface PreviewPrice {
  /** USD per hour while it runs; null when the instance price is unknown. */
  hourly: number | null;
  /** hourly × ttl: the most the preview costs if nobody stops it. */
  total: number | null;
  hours: number;
}

export function previewPrice(spec: DeploymentSpec): PreviewPrice {
  const seconds = spec.ttl ? parseDuration(spec.ttl) : undefined;
  const hours = seconds ? seconds / 3600 : 0;
  const hourly = estimateCost({ ...spec, scaling: { min: 1, max: 1 } }).hourlyMin;
  return { hourly, total: hourly === null ? null : round2(hourly * hours), hours };
}

/** The pull request a stack previews, when it is one of our previews. */
export function previewPrOf(stack: LiveStack, stackPrefix: string): number | undefined {
  if (!isPreview(stack) || stack.tags[TAG.managed] !== 'true') return undefined;
  const pr = Number(stack.tags[TAG.previewPr]);
  const deployment = stack.tags[TAG.deployment];
  if (!Number.isInteger(pr) || pr <= 0 || !deployment) return undefined;
  // Same identity checks as a managed stack: our prefix, and the name the tags say it has.
  if (stack.stackName !== `${stackPrefix}-${deployment}` || !deployment.startsWith(`pr${pr}-`)) return undefined;
  if (stack.tags[TAG.stackPrefix] !== undefined && stack.tags[TAG.stackPrefix] !== stackPrefix) return undefined;
  return pr;
}

/** Live previews (not deleted), of one pull request or of all. */
export function previewStacks(stacks: LiveStack[], stackPrefix: string, pr?: number): LiveStack[] {
  return stacks.filter((s) => {
    if (s.status === 'DELETE_COMPLETE') return false;
    const of = previewPrOf(s, stackPrefix);
    return of !== undefined && (pr === undefined || of === pr);
  });
}

/** Entries of the pull request's manifest that are new or differ from the base branch's. */
export function changedEntries(prSpecs: DeploymentSpec[], baseSpecs: DeploymentSpec[]): string[] {
  const base = new Map(baseSpecs.map((s) => [s.name, s]));
  return prSpecs.filter((s) => !base.has(s.name) || diffSpecs(base.get(s.name)!, s).length > 0).map((s) => s.name);
}

export interface PreviewRemoval {
  stack: LiveStack;
  pr: number;
  reason: string;
}

/**
 * Previews the scheduled teardown removes: those whose pull request is closed, and those past their
 * ttl. `prState` answers from GitHub; `unknown` (no token, API error) keeps the preview unless its
 * ttl is out, so a GitHub outage never removes a preview early.
 */
export function duePreviewRemovals(
  stacks: LiveStack[],
  o: { stackPrefix: string; now: Date; prState: (pr: number) => 'open' | 'closed' | 'unknown' }
): PreviewRemoval[] {
  const out: PreviewRemoval[] = [];
  for (const stack of previewStacks(stacks, o.stackPrefix)) {
    const pr = previewPrOf(stack, o.stackPrefix)!;
    if (o.prState(pr) === 'closed') {
      out.push({ stack, pr, reason: `pull request #${pr} is closed` });
      continue;
    }
    const spec = deployedSpec(stack);
    const expiry = spec.ok ? ttlExpiry(spec.spec, stack) : undefined;
    if (expiry && expiry.getTime() <= o.now.getTime()) {
      out.push({ stack, pr, reason: `its ttl ${spec.ok ? spec.spec.ttl : ''} ran out ${expiry.toISOString().replace(/\.\d{3}Z$/, 'Z')}` });
    }
  }
  return out;
}

/** When a preview's ttl runs out, for the report. */
export function previewExpiry(stack: LiveStack): Date | undefined {
  const spec = deployedSpec(stack);
  return spec.ok ? ttlExpiry(spec.spec, stack) : undefined;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
