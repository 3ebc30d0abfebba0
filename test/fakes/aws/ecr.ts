// ECR over awsJson1_1: the three image operations teardown's pruning calls, with the semantics the
// service documents: BatchDeleteImage by digest removes the image and all its tags, by tag removes
// that tag and the image only with its last tag; unknown images come back in `failures`, not as an
// error. State lives on RegionState.repositories (the slot reserved for ECR), keyed by name.
//
// Register with `installEcr(fake)`; seed with `putImage(fake.store, region, repo, { … })`.
import { createHash } from 'node:crypto';
import { AwsServiceError, type ActionHandler, type AwsCall, type HandlerConfig } from './protocol.js';
import type { AwsStore } from './store.js';

export interface EcrImage {
  digest: string;
  tags: string[];
  pushedAt: Date;
  lastPulledAt?: Date;
  sizeBytes: number;
}

export interface EcrRepository {
  name: string;
  createdAt: Date;
  images: EcrImage[];
}

interface ImageId {
  imageDigest?: string;
  imageTag?: string;
}

export function repository(store: AwsStore, region: string, name: string, create = false): EcrRepository | undefined {
  const repos = store.region(region).repositories;
  let repo = repos.get(name) as EcrRepository | undefined;
  if (!repo && create) {
    repo = { name, createdAt: new Date(store.clock.now()), images: [] };
    repos.set(name, repo);
  }
  return repo;
}

/** Adds an image (creating the repository); the digest defaults to a hash of repository and tags. */
export function putImage(
  store: AwsStore,
  region: string,
  repositoryName: string,
  image: { tags?: string[]; digest?: string; pushedAt?: Date; lastPulledAt?: Date; sizeBytes?: number }
): EcrImage {
  const repo = repository(store, region, repositoryName, true)!;
  const tags = image.tags ?? [];
  const digest = image.digest ?? `sha256:${createHash('sha256').update(`${repositoryName}:${tags.join(',')}:${repo.images.length}`).digest('hex')}`;
  for (const other of repo.images) other.tags = other.tags.filter((t) => !tags.includes(t));
  const record: EcrImage = {
    digest,
    tags: [...tags],
    pushedAt: image.pushedAt ?? new Date(store.clock.now()),
    ...(image.lastPulledAt ? { lastPulledAt: image.lastPulledAt } : {}),
    sizeBytes: image.sizeBytes ?? 5_000_000_000
  };
  repo.images.push(record);
  return record;
}

export function createRepository(store: AwsStore, region: string, name: string): EcrRepository {
  return repository(store, region, name, true)!;
}

function requireRepo(store: AwsStore, call: AwsCall): EcrRepository {
  const name = call.input.repositoryName as string | undefined;
  if (!name) throw new AwsServiceError('InvalidParameterException', 'repositoryName is required');
  const repo = repository(store, call.region, name);
  if (!repo) {
    throw new AwsServiceError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${call.accountId}'`);
  }
  return repo;
}

function tagFilter(call: AwsCall): (i: EcrImage) => boolean {
  const status = (call.input.filter as { tagStatus?: string } | undefined)?.tagStatus ?? 'ANY';
  if (status === 'TAGGED') return (i) => i.tags.length > 0;
  if (status === 'UNTAGGED') return (i) => i.tags.length === 0;
  return () => true;
}

function page<T>(items: T[], call: AwsCall, config: HandlerConfig): { items: T[]; nextToken?: string } {
  const key = `ecr:${call.action}`;
  const requested = Number(call.input.maxResults ?? 0);
  const size = requested > 0 ? Math.min(requested, 1000) : config.pageSize(key);
  let offset = 0;
  const raw = call.input.nextToken as string | undefined;
  if (raw !== undefined) {
    const t = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as { op?: string; repo?: string; offset?: number };
    if (t.op !== call.action || t.repo !== call.input.repositoryName || !Number.isInteger(t.offset)) {
      throw new AwsServiceError('InvalidParameterException', 'Invalid parameter at \'nextToken\'');
    }
    offset = t.offset!;
  }
  const slice = items.slice(offset, offset + size);
  const next =
    offset + size < items.length
      ? Buffer.from(JSON.stringify({ op: call.action, repo: call.input.repositoryName, offset: offset + size })).toString('base64')
      : undefined;
  return { items: slice, ...(next ? { nextToken: next } : {}) };
}

function find(repo: EcrRepository, id: ImageId): EcrImage | undefined {
  return repo.images.find((i) => (id.imageDigest ? i.digest === id.imageDigest : false) || (!id.imageDigest && id.imageTag ? i.tags.includes(id.imageTag) : false));
}

export function ecrHandlers(config: HandlerConfig): Record<string, ActionHandler> {
  return {
    DescribeImages: (call, store) => {
      const repo = requireRepo(store, call);
      const ids = call.input.imageIds as ImageId[] | undefined;
      const detail = (i: EcrImage) => ({
        registryId: call.accountId,
        repositoryName: repo.name,
        imageDigest: i.digest,
        ...(i.tags.length ? { imageTags: i.tags } : {}),
        imageSizeInBytes: i.sizeBytes,
        imagePushedAt: i.pushedAt,
        imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        ...(i.lastPulledAt ? { lastRecordedPullTime: i.lastPulledAt } : {})
      });
      if (ids?.length) {
        const found = ids.map((id) => find(repo, id));
        const missing = ids.find((_, n) => !found[n]);
        if (missing) {
          throw new AwsServiceError('ImageNotFoundException', `The image with imageId {imageDigest:'${missing.imageDigest ?? 'null'}', imageTag:'${missing.imageTag ?? 'null'}'} does not exist within the repository with name '${repo.name}'`);
        }
        return { imageDetails: found.map((i) => detail(i!)) };
      }
      const { items, nextToken } = page(repo.images.filter(tagFilter(call)), call, config);
      return { imageDetails: items.map(detail), nextToken };
    },

    ListImages: (call, store) => {
      const repo = requireRepo(store, call);
      const ids = repo.images.filter(tagFilter(call)).flatMap((i) => (i.tags.length ? i.tags.map((t) => ({ imageDigest: i.digest, imageTag: t })) : [{ imageDigest: i.digest }]));
      const { items, nextToken } = page(ids, call, config);
      return { imageIds: items, nextToken };
    },

    BatchDeleteImage: (call, store) => {
      const repo = requireRepo(store, call);
      const ids = (call.input.imageIds as ImageId[] | undefined) ?? [];
      if (ids.length < 1 || ids.length > 100) {
        throw new AwsServiceError('InvalidParameterException', `Invalid parameter at 'imageIds' failed to satisfy constraint: 'Member must have length between 1 and 100'`);
      }
      const deleted: ImageId[] = [];
      const failures: { imageId: ImageId; failureCode: string; failureReason: string }[] = [];
      for (const id of ids) {
        if (!id.imageDigest && !id.imageTag) {
          failures.push({ imageId: id, failureCode: 'MissingDigestAndTag', failureReason: 'Missing image digest and tag' });
          continue;
        }
        const image = find(repo, id);
        if (!image) {
          failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' });
          continue;
        }
        if (id.imageDigest && id.imageTag && !image.tags.includes(id.imageTag)) {
          failures.push({ imageId: id, failureCode: 'ImageTagDoesNotMatchDigest', failureReason: 'Invalid image tag for the image digest' });
          continue;
        }
        if (id.imageDigest) {
          repo.images = repo.images.filter((i) => i !== image);
          if (image.tags.length) for (const t of image.tags) deleted.push({ imageDigest: image.digest, imageTag: t });
          else deleted.push({ imageDigest: image.digest });
        } else {
          image.tags = image.tags.filter((t) => t !== id.imageTag);
          deleted.push({ imageDigest: image.digest, imageTag: id.imageTag });
          if (image.tags.length === 0) repo.images = repo.images.filter((i) => i !== image);
        }
      }
      return { imageIds: deleted, failures };
    }
  };
}

/** Registers the ECR operations on a FakeAws through its public `handle` extension point. */
export function installEcr(fake: { handle(service: string, action: string, handler: ActionHandler): void }, config: HandlerConfig = { pageSize: () => 100 }): void {
  for (const [action, fn] of Object.entries(ecrHandlers(config))) fake.handle('ecr', action, fn);
}
