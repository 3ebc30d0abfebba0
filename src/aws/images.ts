// `prune-images: <days>`: delete serving images that nothing uses any more. An image is in use when
// a stack's ImageUri names it (by digest, or by a tag it carries) in any region the manifest uses,
// or when a dormant deployment's teardown record does (its bring-up runs that image again). Only
// images older than the limit go: pushed before it and, where ECR recorded one, not pulled since.
// Deletes are by digest, which removes the image with all its tags; a tag delete would only untag.
import { BatchDeleteImageCommand, paginateDescribeImages, type ImageDetail } from '@aws-sdk/client-ecr';
import { ENGINE_REPOSITORIES, names } from './pipeline-contract.js';
import type { AwsClients } from './clients.js';

const DAY_MS = 86_400_000;
/** BatchDeleteImage takes at most 100 image ids. */
const DELETE_BATCH = 100;

export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
}

/** `123.dkr.ecr.us-east-1.amazonaws.com/emd/vllm:0.6.3-ab12`, `…/emd/vllm@sha256:…`, or both. */
export function parseImageUri(uri: string): ImageRef | undefined {
  const slash = uri.indexOf('/');
  if (slash < 0) return undefined;
  let rest = uri.slice(slash + 1);
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (!rest) return undefined;
  return { repository: rest, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export interface RepoImage {
  region: string;
  repository: string;
  digest: string;
  tags: string[];
  pushedAt?: Date;
  lastPulledAt?: Date;
  sizeBytes?: number;
}

export type ImageVerdict = { prune: true } | { prune: false; why: 'in-use' | 'recent' | 'no-date'; detail: string };

/**
 * Pure selection. References are matched on repository plus digest or tag regardless of the
 * registry host: a reference to another region's registry then keeps an image it cannot mean,
 * which costs storage, never a running deployment.
 */
export function judgeImage(image: RepoImage, inUse: { ref: ImageRef; by: string }[], cutoff: Date): ImageVerdict {
  const user = inUse.find(
    ({ ref }) => ref.repository === image.repository && ((ref.digest !== undefined && ref.digest === image.digest) || (ref.tag !== undefined && image.tags.includes(ref.tag)))
  );
  if (user) return { prune: false, why: 'in-use', detail: user.by };
  if (!image.pushedAt) return { prune: false, why: 'no-date', detail: 'ECR reported no push time' };
  const last = Math.max(image.pushedAt.getTime(), image.lastPulledAt?.getTime() ?? 0);
  if (last > cutoff.getTime()) {
    const pulled = image.lastPulledAt && image.lastPulledAt.getTime() > image.pushedAt.getTime();
    return { prune: false, why: 'recent', detail: `${pulled ? 'pulled' : 'pushed'} ${new Date(last).toISOString().slice(0, 10)}` };
  }
  return { prune: true };
}

export interface PruneRequest {
  clients: AwsClients;
  regions: string[];
  stackPrefix: string;
  olderThanDays: number;
  now: Date;
  /** Image URIs in use, each with who uses it (a stack name, or a dormant deployment). */
  inUse: { uri: string; by: string }[];
  dryRun: boolean;
}

export interface PruneReport {
  olderThanDays: number;
  dryRun: boolean;
  /** Deleted (or, in a dry run, to be deleted). */
  deleted: RepoImage[];
  keptInUse: number;
  keptRecent: number;
  /** Per repository or image, in words; pruning problems never fail the run. */
  problems: string[];
}

export async function pruneImages(req: PruneRequest): Promise<PruneReport> {
  const report: PruneReport = { olderThanDays: req.olderThanDays, dryRun: req.dryRun, deleted: [], keptInUse: 0, keptRecent: 0, problems: [] };
  const cutoff = new Date(req.now.getTime() - req.olderThanDays * DAY_MS);
  const refs = req.inUse.flatMap(({ uri, by }) => {
    const ref = parseImageUri(uri);
    return ref ? [{ ref, by }] : [];
  });
  const repos = Object.keys(ENGINE_REPOSITORIES).map((engine) => names.ecrRepository(req.stackPrefix, engine as keyof typeof ENGINE_REPOSITORIES));

  for (const region of [...new Set(req.regions)].sort()) {
    const ecr = await req.clients.ecr(region);
    for (const repository of repos) {
      let images: RepoImage[];
      try {
        images = await listImages(req.clients, region, repository);
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'RepositoryNotFoundException') continue;
        report.problems.push(`${region} ${repository}: images could not be listed (${name ?? ''}: ${(error as Error).message})`);
        continue;
      }
      const doomed: RepoImage[] = [];
      for (const image of images) {
        const verdict = judgeImage(image, refs, cutoff);
        if (verdict.prune) doomed.push(image);
        else if (verdict.why === 'in-use') report.keptInUse++;
        else report.keptRecent++;
      }
      if (req.dryRun) {
        report.deleted.push(...doomed);
        continue;
      }
      for (let i = 0; i < doomed.length; i += DELETE_BATCH) {
        const batch = doomed.slice(i, i + DELETE_BATCH);
        try {
          const out = await ecr.send(new BatchDeleteImageCommand({ repositoryName: repository, imageIds: batch.map((b) => ({ imageDigest: b.digest })) }));
          const failed = new Map((out.failures ?? []).map((f) => [f.imageId?.imageDigest ?? '', f]));
          for (const image of batch) {
            const f = failed.get(image.digest);
            if (!f) report.deleted.push(image);
            // Gone already is what we wanted.
            else if (f.failureCode !== 'ImageNotFound') report.problems.push(`${region} ${repository}@${image.digest}: ${f.failureCode} (${f.failureReason ?? ''})`);
          }
        } catch (error) {
          report.problems.push(`${region} ${repository}: BatchDeleteImage failed (${(error as { name?: string }).name ?? ''}: ${(error as Error).message})`);
        }
      }
    }
  }
  return report;
}

async function listImages(clients: AwsClients, region: string, repository: string): Promise<RepoImage[]> {
  const out: RepoImage[] = [];
  for await (const page of paginateDescribeImages({ client: await clients.ecr(region) }, { repositoryName: repository })) {
    for (const d of page.imageDetails ?? []) {
      const image = toRepoImage(region, repository, d);
      if (image) out.push(image);
    }
  }
  return out;
}

function toRepoImage(region: string, repository: string, d: ImageDetail): RepoImage | undefined {
  if (!d.imageDigest) return undefined;
  return {
    region,
    repository,
    digest: d.imageDigest,
    tags: d.imageTags ?? [],
    ...(d.imagePushedAt ? { pushedAt: d.imagePushedAt } : {}),
    ...(d.lastRecordedPullTime ? { lastPulledAt: d.lastRecordedPullTime } : {}),
    ...(d.imageSizeInBytes !== undefined ? { sizeBytes: d.imageSizeInBytes } : {})
  };
}
