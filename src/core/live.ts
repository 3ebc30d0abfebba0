// What is deployed, as the plan sees it. The AWS adapter fills this from one paginated
// DescribeStacks per region; everything the diff needs is recorded on the stack itself (tags and
// the DeploymentSpec parameter), so there is no other state store to drift.
import type { DeploymentSpec } from './types.js';
import { canonicalJson } from './spec-hash.js';

export const TAG = {
  managed: 'emd:managed',
  deployment: 'emd:deployment',
  stackPrefix: 'emd:stack-prefix',
  manifest: 'emd:manifest',
  commit: 'emd:commit',
  deployedAt: 'emd:deployed-at',
  specHash: 'emd:spec-hash',
  /** On a preview stack (`<prefix>-pr<N>-<name>`): the pull request it previews. See core/preview.ts. */
  previewPr: 'emd:preview-pr'
} as const;

export const SPEC_PARAMETER = 'DeploymentSpec';

export interface LiveStack {
  stackName: string;
  stackId: string;
  region: string;
  status: string;
  statusReason?: string;
  tags: Record<string, string>;
  parameters: Record<string, string>;
  outputs: Record<string, string>;
  createdAt?: Date;
  updatedAt?: Date;
}

export type LiveState =
  | {
      known: true;
      stacks: LiveStack[];
      regions: string[];
      tombstones?: TombstoneState;
      /** Listed because the record of regions deployed to names them, not the manifest. */
      recordedRegions?: string[];
      warnings?: string[];
    }
  | {
      known: false;
      reason: string;
      regions: string[];
      /** The run has no AWS credentials at all: nothing else in AWS can be read either. */
      noCredentials?: boolean;
    };

/**
 * What teardown records in the bootstrap bucket when it removes a deployment, so that the plan can
 * tell "torn down on purpose" from "never deployed": `ttl` tombstones keep an expired deployment
 * from being re-created by the next unrelated apply; `schedule` records remember what a dormant
 * deployment ran (and which image it needs again) while its window is closed.
 */
export interface Tombstone {
  stackName: string;
  region: string;
  specHash: string;
  reason: 'ttl' | 'schedule';
  tornDownAt: Date;
  /** The deployed spec at teardown, when the record carries it. */
  spec?: DeploymentSpec;
  /** ImageUri of the removed stack, so image pruning keeps what a bring-up will run again. */
  imageUri?: string;
}

/**
 * Absent on a hand-made LiveState: read as "none recorded". The AWS adapter always sets it, and
 * says `known: false` when the records could not be read even though the stacks could.
 */
export type TombstoneState = { known: true; items: Tombstone[]; warnings?: string[] } | { known: false; reason: string };

/** Key of a deployment's record in the bootstrap bucket (`ArtifactBucket`). */
export const TOMBSTONE_PREFIX = 'state/tombstones/';
export function tombstoneKey(stackName: string): string {
  return `${TOMBSTONE_PREFIX}${stackName}.json`;
}

/** The JSON body of a record, as written and read: snake_case like the other bucket contracts. */
export interface TombstoneBody {
  spec_hash: string;
  reason: 'ttl' | 'schedule';
  /** ISO-8601 UTC. */
  torn_down_at: string;
  spec?: DeploymentSpec;
  image_uri?: string;
}

export function tombstoneBody(t: Tombstone): TombstoneBody {
  return {
    spec_hash: t.specHash,
    reason: t.reason,
    torn_down_at: t.tornDownAt.toISOString(),
    ...(t.spec ? { spec: t.spec } : {}),
    ...(t.imageUri ? { image_uri: t.imageUri } : {})
  };
}

/** Undefined for a body that is not a record (the caller says which key it came from). */
export function parseTombstone(stackName: string, region: string, raw: string): Tombstone | undefined {
  let body: Partial<TombstoneBody>;
  try {
    body = JSON.parse(raw) as Partial<TombstoneBody>;
  } catch {
    return undefined;
  }
  if (!body || typeof body !== 'object' || typeof body.spec_hash !== 'string' || (body.reason !== 'ttl' && body.reason !== 'schedule')) return undefined;
  const at = new Date(String(body.torn_down_at));
  if (Number.isNaN(at.getTime())) return undefined;
  return {
    stackName,
    region,
    specHash: body.spec_hash,
    reason: body.reason,
    tornDownAt: at,
    ...(body.spec && typeof body.spec === 'object' && typeof body.spec.model === 'string' ? { spec: body.spec } : {}),
    ...(typeof body.image_uri === 'string' && body.image_uri ? { imageUri: body.image_uri } : {})
  };
}

/**
 * A pull request's preview: managed like any deployment, but no manifest on any branch lists it, so
 * plans and teardown's manifest sweep must not see it (it would be an orphan to delete). Previews are
 * removed by their own paths (stop, close, ttl: modes/preview.ts).
 */
export function isPreview(stack: LiveStack): boolean {
  return stack.tags[TAG.previewPr] !== undefined;
}

/** A stack this action created: tagged as managed, under our prefix, not the bootstrap stack, not a preview. */
export function isManaged(stack: LiveStack, stackPrefix: string): boolean {
  return (
    stack.tags[TAG.managed] === 'true' &&
    !isPreview(stack) &&
    stack.stackName !== `${stackPrefix}-bootstrap` &&
    stack.stackName.startsWith(`${stackPrefix}-`) &&
    (stack.tags[TAG.stackPrefix] === undefined || stack.tags[TAG.stackPrefix] === stackPrefix) &&
    typeof stack.tags[TAG.deployment] === 'string' &&
    stack.stackName === `${stackPrefix}-${stack.tags[TAG.deployment]}`
  );
}

/** Stacks of another manifest in the same repository share the prefix; they are not ours to touch. */
export function belongsToManifest(stack: LiveStack, manifestPath: string): boolean {
  const recorded = stack.tags[TAG.manifest];
  return recorded === undefined || canonicalManifestPath(recorded) === canonicalManifestPath(manifestPath);
}

/**
 * One spelling of a repository-relative manifest path: forward slashes, no `./`, no empty or `.`
 * segments. Stacks record it (emd:manifest) and the sticky comment's marker carries it, so
 * `./models.yaml`, `models.yaml` and `a//b/../models.yaml` must all be the same manifest. Callers
 * turn an absolute path into a repository-relative one first (see cli.ts).
 */
export function canonicalManifestPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

export type DeployedSpec = { ok: true; spec: DeploymentSpec } | { ok: false; reason: string };

export function deployedSpec(stack: LiveStack): DeployedSpec {
  const raw = stack.parameters[SPEC_PARAMETER];
  if (raw === undefined) return { ok: false, reason: `the stack has no ${SPEC_PARAMETER} parameter` };
  try {
    const spec = JSON.parse(raw) as DeploymentSpec;
    if (!spec || typeof spec !== 'object' || typeof spec.model !== 'string') throw new Error('not a deployment spec');
    return { ok: true, spec };
  } catch (e) {
    return { ok: false, reason: `the ${SPEC_PARAMETER} parameter is not readable (${(e as Error).message})` };
  }
}

/** The value the build writes into the stack's DeploymentSpec parameter. */
export function specParameterValue(spec: DeploymentSpec): string {
  return canonicalJson(spec);
}

export function deployedAt(stack: LiveStack): Date | undefined {
  const tagged = stack.tags[TAG.deployedAt];
  const parsed = tagged ? new Date(tagged) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
  return stack.updatedAt ?? stack.createdAt;
}

const BUSY = /_IN_PROGRESS$/;
/**
 * CreateChangeSet on a new stack name leaves the stack in REVIEW_IN_PROGRESS until someone
 * executes the change set: nothing runs and nothing is about to finish, so it is not busy. It holds
 * no resources; DeleteStack removes it (AWS CloudFormation User Guide, "Stack status codes").
 */
export const NEVER_EXECUTED = 'REVIEW_IN_PROGRESS';
const NEEDS_HUMAN = new Set(['UPDATE_ROLLBACK_FAILED', 'DELETE_FAILED', 'ROLLBACK_FAILED', 'CREATE_FAILED', 'IMPORT_ROLLBACK_FAILED']);

/** A stack that exists but holds no resources: a failed create rolled back, or a change set never run. */
export function holdsNothing(status: string): boolean {
  return status === 'ROLLBACK_COMPLETE' || status === NEVER_EXECUTED;
}

export function isBusy(status: string): boolean {
  return BUSY.test(status) && status !== NEVER_EXECUTED;
}

export function needsHuman(status: string): boolean {
  return NEEDS_HUMAN.has(status);
}

/** The exact way out of each state that automation must not try to fix by itself. */
export function fixFor(stack: LiveStack): string | undefined {
  const ref = `--stack-name ${stack.stackName} --region ${stack.region}`;
  switch (stack.status) {
    case 'UPDATE_ROLLBACK_FAILED':
      return `aws cloudformation continue-update-rollback ${ref} (add --resources-to-skip <LogicalId> for resources that cannot roll back), then re-run`;
    case 'DELETE_FAILED':
      return `find the resource named in the stack events that could not be deleted, remove or retain it, then aws cloudformation delete-stack ${ref} (use --retain-resources <LogicalId> to keep it)`;
    case 'ROLLBACK_FAILED':
    case 'CREATE_FAILED':
      return `aws cloudformation delete-stack ${ref}, then re-run the apply`;
    case 'ROLLBACK_COMPLETE':
      return 'apply deletes the stack left by the failed create and creates it again';
    case NEVER_EXECUTED:
      return `apply deletes the empty stack and creates it; or remove it yourself: aws cloudformation delete-stack ${ref}`;
    default:
      return undefined;
  }
}
