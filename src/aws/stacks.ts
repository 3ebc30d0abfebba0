// Live state for the plan: one paginated DescribeStacks per region (all stacks, tags, parameters
// and outputs in each page), never a call per deployment, so reads grow with pages, not entries.
import { paginateDescribeStacks, type Stack } from '@aws-sdk/client-cloudformation';
import type { LiveStack, LiveState } from '../core/live.js';
import type { AwsClients } from './clients.js';
import { artifactBuckets, readTombstones } from './tombstones.js';
import { readRegionRecord, REGION_RECORD_KEY } from './region-record.js';

export interface ListStacksOptions {
  /** Finds the bootstrap stack (`<prefix>-bootstrap`) whose bucket holds teardown records. */
  stackPrefix?: string;
  /** Teardown records are read unless this is false. */
  tombstones?: boolean;
  /**
   * The region whose bootstrap bucket holds the record of regions deployed to (the action's
   * aws-region); the regions recorded there are listed too. No record is read without it.
   */
  homeRegion?: string;
  /** Read the records of these stack names only (the plan's manifest); all records when absent. */
  recordsFor?: ReadonlySet<string>;
}

export async function listStacks(clients: AwsClients, regions: string[], options: ListStacksOptions = {}): Promise<LiveState> {
  let sorted = [...new Set(regions)].sort();
  let stacks: LiveStack[];
  let recordedRegions: string[] = [];
  const warnings: string[] = [];
  try {
    const perRegion = await Promise.all(sorted.map((region) => listRegion(clients, region)));
    stacks = perRegion.flat();
    // Regions deployed to before and no longer named: one read of the record, then their listings.
    const home = options.homeRegion && sorted.includes(options.homeRegion) ? options.homeRegion : undefined;
    const bucket = home && options.stackPrefix ? artifactBuckets(stacks, options.stackPrefix).get(home)?.[0] : undefined;
    if (home && bucket) {
      const record = await readRegionRecord(clients, home, bucket).catch((error: unknown) => ({
        regions: [] as string[],
        problem: `the record of regions deployed to (s3://${bucket}/${REGION_RECORD_KEY}) could not be read: ${(error as Error).message}; stacks in regions the manifest no longer names are not shown`
      }));
      if (record.problem) warnings.push(record.problem);
      recordedRegions = record.regions.filter((r) => !sorted.includes(r)).sort();
      if (recordedRegions.length) {
        stacks.push(...(await Promise.all(recordedRegions.map((region) => listRegion(clients, region)))).flat());
        sorted = [...sorted, ...recordedRegions].sort();
      }
    }
  } catch (error) {
    return { known: false, reason: explain(error), regions: sorted, ...(isCredentialError(error) ? { noCredentials: true } : {}) };
  }
  const extra = { ...(recordedRegions.length ? { recordedRegions } : {}), ...(warnings.length ? { warnings } : {}) };
  if (options.tombstones === false) return { known: true, stacks, regions: sorted, ...extra };
  // The bootstrap stack is in the listing already, so finding the bucket costs no call.
  const tombstones = await readTombstones(clients, stacks, sorted, options.stackPrefix, options.recordsFor);
  return { known: true, stacks, regions: sorted, tombstones, ...extra };
}

async function listRegion(clients: AwsClients, region: string): Promise<LiveStack[]> {
  const stacks: LiveStack[] = [];
  try {
    for await (const page of paginateDescribeStacks({ client: clients.cloudFormation(region) }, {})) {
      for (const s of page.Stacks ?? []) stacks.push(toLiveStack(s, region));
    }
  } catch (error) {
    throw new RegionError(region, error);
  }
  return stacks;
}

export function toLiveStack(s: Stack, region: string): LiveStack {
  const pairs = <T>(items: T[] | undefined, key: (t: T) => string | undefined, value: (t: T) => string | undefined) =>
    Object.fromEntries((items ?? []).map((i) => [key(i) ?? '', value(i) ?? '']).filter(([k]) => k !== ''));
  return {
    stackName: s.StackName ?? '',
    stackId: s.StackId ?? '',
    region,
    status: s.StackStatus ?? 'UNKNOWN',
    statusReason: s.StackStatusReason,
    tags: pairs(s.Tags, (t) => t.Key, (t) => t.Value),
    parameters: pairs(s.Parameters, (p) => p.ParameterKey, (p) => p.ResolvedValue ?? p.ParameterValue),
    outputs: pairs(s.Outputs, (o) => o.OutputKey, (o) => o.OutputValue),
    createdAt: s.CreationTime,
    updatedAt: s.LastUpdatedTime
  };
}

class RegionError extends Error {
  constructor(
    readonly region: string,
    override readonly cause: unknown
  ) {
    super(`${region}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

function isCredentialError(error: unknown): boolean {
  const cause = error instanceof RegionError ? error.cause : error;
  return (cause as { name?: string })?.name === 'CredentialsProviderError' || /credential/i.test((cause as Error)?.message ?? String(cause));
}

/** Plain words for why live state could not be read; the plan shows this instead of guessing. */
function explain(error: unknown): string {
  const region = error instanceof RegionError ? error.region : undefined;
  const cause = error instanceof RegionError ? error.cause : error;
  const name = (cause as { name?: string })?.name ?? '';
  const message = (cause as Error)?.message ?? String(cause);
  if (isCredentialError(error)) {
    return 'no AWS credentials in this run (a pull request from a fork, or no role configured), so deployed stacks could not be read';
  }
  if (name === 'AccessDenied' || name === 'AccessDeniedException' || /not authorized/i.test(message)) {
    return `the AWS role may not call cloudformation:DescribeStacks${region ? ` in ${region}` : ''} (${message})`;
  }
  return `listing stacks${region ? ` in ${region}` : ''} failed: ${message}`;
}
