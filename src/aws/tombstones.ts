// Teardown records in the bootstrap bucket (s3://<ArtifactBucket>/state/tombstones/<stack>.json).
// The listing is one paginated ListObjectsV2 per region; a body is fetched only for a record whose
// stack is gone, because a live stack always wins over its record and so its body cannot matter.
// Those are the deployments teardown removed and nothing re-created: a number that grows with what
// is down, never with the manifest.
import { GetObjectCommand, PutObjectCommand, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { parseTombstone, TOMBSTONE_PREFIX, tombstoneBody, tombstoneKey, type LiveStack, type Tombstone, type TombstoneState } from '../core/live.js';
import { names } from './pipeline-contract.js';
import type { AwsClients } from './clients.js';

const BODY_READS_IN_PARALLEL = 8;

/**
 * The artifact bucket of each region, from bootstrap stacks in a listing the caller already has.
 * Without a prefix every `*-bootstrap` stack with an ArtifactBucket output counts: record keys
 * carry the full stack name, so records of another prefix never match a deployment of this one.
 */
export function artifactBuckets(stacks: LiveStack[], stackPrefix?: string): Map<string, string[]> {
  const byRegion = new Map<string, string[]>();
  for (const s of stacks) {
    const isBootstrap = stackPrefix ? s.stackName === names.bootstrapStack(stackPrefix) : s.stackName.endsWith('-bootstrap');
    const bucket = s.outputs.ArtifactBucket;
    if (!isBootstrap || !bucket) continue;
    byRegion.set(s.region, [...new Set([...(byRegion.get(s.region) ?? []), bucket])]);
  }
  return byRegion;
}

/**
 * `only`: the stack names whose records matter (the plan passes its manifest's), so the bodies
 * read are bounded by the manifest, never by the history of everything ever torn down.
 */
export async function readTombstones(clients: AwsClients, stacks: LiveStack[], regions: string[], stackPrefix?: string, only?: ReadonlySet<string>): Promise<TombstoneState> {
  const buckets = artifactBuckets(stacks, stackPrefix);
  const live = new Set(stacks.map((s) => `${s.region}\u0000${s.stackName}`));
  const warnings: string[] = [];
  try {
    const perRegion = await Promise.all(
      regions.flatMap((region) =>
        (buckets.get(region) ?? []).map((bucket) =>
          readBucket(clients, region, bucket, (name) => !live.has(`${region}\u0000${name}`) && (!only || only.has(name)), warnings)
        )
      )
    );
    return { known: true, items: perRegion.flat(), ...(warnings.length ? { warnings: warnings.sort() } : {}) };
  } catch (error) {
    return { known: false, reason: explain(error) };
  }
}

async function readBucket(clients: AwsClients, region: string, bucket: string, wanted: (stackName: string) => boolean, warnings: string[]): Promise<Tombstone[]> {
  const s3 = clients.s3(region);
  const keys: { key: string; stackName: string }[] = [];
  try {
    for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket, Prefix: TOMBSTONE_PREFIX })) {
      for (const o of page.Contents ?? []) {
        const key = o.Key ?? '';
        const stackName = key.slice(TOMBSTONE_PREFIX.length).replace(/\.json$/, '');
        if (!key.endsWith('.json') || stackName.includes('/') || !stackName) continue;
        if (wanted(stackName)) keys.push({ key, stackName });
      }
    }
  } catch (error) {
    // A bucket deleted behind the bootstrap stack's back holds no records.
    if ((error as { name?: string }).name === 'NoSuchBucket') return [];
    throw new BucketError(region, bucket, 'list', error);
  }

  const out: Tombstone[] = [];
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const { key, stackName } = keys[next++];
      let text: string;
      try {
        const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        text = (await got.Body?.transformToString('utf-8')) ?? '';
      } catch (error) {
        // Deleted between the listing and the read: nothing recorded any more.
        if ((error as { name?: string }).name === 'NoSuchKey') continue;
        throw new BucketError(region, bucket, 'read', error);
      }
      const parsed = parseTombstone(stackName, region, text);
      // One bad record must not turn off ttl and schedule handling for the whole fleet: that
      // deployment is planned as if nothing were recorded, and the warning says which file to fix.
      if (!parsed) warnings.push(`s3://${bucket}/${key} (${region}) is not a readable teardown record and was skipped: ${stackName} is planned as if nothing were recorded; fix or delete that object`);
      else out.push(parsed);
    }
  };
  await Promise.all(Array.from({ length: Math.min(BODY_READS_IN_PARALLEL, keys.length) }, worker));
  return out.sort((a, b) => a.stackName.localeCompare(b.stackName));
}

export async function writeTombstone(clients: AwsClients, bucket: string, tombstone: Tombstone): Promise<void> {
  await clients.s3(tombstone.region).send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: tombstoneKey(tombstone.stackName),
      Body: JSON.stringify(tombstoneBody(tombstone), null, 2),
      ContentType: 'application/json'
    })
  );
}

class BucketError extends Error {
  constructor(
    readonly region: string,
    readonly bucket: string,
    readonly op: 'list' | 'read',
    override readonly cause: unknown
  ) {
    super(`${region}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/** Plain words, naming the permission the role lacks where that is the cause. */
export function explain(error: unknown): string {
  const where = error instanceof BucketError ? ` in ${error.region} (s3://${error.bucket}/${TOMBSTONE_PREFIX})` : '';
  const cause = error instanceof BucketError ? error.cause : error;
  const name = (cause as { name?: string })?.name ?? '';
  const message = (cause as Error)?.message ?? String(cause);
  if (name === 'AccessDenied' || name === 'Forbidden' || (cause as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 403) {
    const action = error instanceof BucketError && error.op === 'read' ? 's3:GetObject' : 's3:ListBucket';
    return `teardown records could not be read${where}: the AWS role may not call ${action} there (${message || name})`;
  }
  return `teardown records could not be read${where}: ${message || name}`;
}
