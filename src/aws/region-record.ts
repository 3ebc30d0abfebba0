// The record of every region a stack prefix has deployed to, kept in the bootstrap bucket
// (s3://<ArtifactBucket>/state/regions.json) beside the teardown records. A deployment moved to
// another region, or a manifest that stopped naming a region, leaves stacks there; the plan lists
// those regions too, so the old stack is seen (a move is one change, a leftover is an orphan to
// delete) instead of running unseen. Apply adds a region before it deploys there.
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from './clients.js';

export const REGION_RECORD_KEY = 'state/regions.json';

interface RegionRecordBody {
  regions: string[];
  /** ISO-8601 UTC of the last write. */
  updated_at: string;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/** The recorded regions; empty when nothing was recorded yet. Throws on access errors. */
export async function readRegionRecord(clients: AwsClients, region: string, bucket: string): Promise<{ regions: string[]; problem?: string }> {
  let text: string;
  try {
    const got = await clients.s3(region).send(new GetObjectCommand({ Bucket: bucket, Key: REGION_RECORD_KEY }));
    text = (await got.Body?.transformToString('utf-8')) ?? '';
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'NoSuchKey' || name === 'NoSuchBucket' || name === 'NotFound') return { regions: [] };
    throw error;
  }
  try {
    const body = JSON.parse(text) as Partial<RegionRecordBody>;
    if (!Array.isArray(body.regions)) throw new Error('no regions list');
    return { regions: body.regions.filter((r): r is string => typeof r === 'string' && REGION.test(r)) };
  } catch (error) {
    return { regions: [], problem: `s3://${bucket}/${REGION_RECORD_KEY} (${region}) is not a readable region record (${(error as Error).message}); only the manifest's regions were read` };
  }
}

export async function writeRegionRecord(clients: AwsClients, region: string, bucket: string, regions: string[], now: Date): Promise<void> {
  const body: RegionRecordBody = { regions: [...new Set(regions)].sort(), updated_at: now.toISOString() };
  await clients.s3(region).send(
    new PutObjectCommand({ Bucket: bucket, Key: REGION_RECORD_KEY, Body: JSON.stringify(body, null, 2), ContentType: 'application/json' })
  );
}
