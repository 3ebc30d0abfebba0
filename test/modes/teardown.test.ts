// mode: teardown against the loopback AWS fake (real SDK clients, real protocols) on a simulated
// clock. The apply path is injected: a stand-in that deletes and deploys stacks in the fake's store
// the way a finished pipeline run would, so these tests see exactly what teardown hands it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeAws, ManualClock } from '../fakes/aws.js';
import { installEcr, putImage, repository } from '../fakes/aws/ecr.js';
import { AwsClients } from '../../src/aws/clients.js';
import { runTeardown, type ExecutorOutcome, type TeardownExecutor, type TeardownRequest } from '../../src/modes/teardown.js';
import { runPlan } from '../../src/modes/plan.js';
import { listStacks } from '../../src/aws/stacks.js';
import { buildPlan, type Plan } from '../../src/core/plan.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { specParameterValue, TAG } from '../../src/core/live.js';
import { specHash } from '../../src/core/spec-hash.js';
import { MemoryLogger } from '../../src/runner/logger.js';
import type { DeploymentSpec } from '../../src/core/types.js';

const REGION = 'eu-central-1';
const BUCKET = `emd-artifacts-123456789012-${REGION}`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const REGISTRY = `123456789012.dkr.ecr.${REGION}.amazonaws.com`;
const OFFICE = 'schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }';

const clock = new ManualClock();
const aws = new FakeAws({ clock });
installEcr(aws);
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  await aws.start();
  for (const [k, v] of Object.entries(aws.env(REGION))) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await aws.close();
});

/** A fresh account for each test: bootstrap stack and bucket in the region, nothing else. */
beforeEach(() => {
  for (const name of aws.store.regionNames()) {
    const state = aws.store.region(name);
    state.stacks.length = 0;
    state.repositories.clear();
  }
  aws.store.buckets.clear();
  aws.clearFaults();
  aws.resetLog();
  clock.set(Date.parse('2026-10-22T00:07:00Z'));
  aws.putStack(REGION, { StackName: 'emd-bootstrap', Outputs: { ArtifactBucket: BUCKET } });
  aws.store.buckets.set(BUCKET, { name: BUCKET, region: REGION, createdAt: new Date(clock.now()), objects: new Map() });
});

function manifest(body: string): string {
  return `version: 1\ndefaults: { region: ${REGION}, service: sagemaker, instance: g5.2xlarge }\nmodels:\n${body}`;
}

function specsOf(text: string): DeploymentSpec[] {
  const m = loadManifest(text, { path: 'models.yaml', stackPrefix: 'emd' });
  expect(m.valid).toBe(true);
  return m.specs;
}

/** The stack a successful pipeline run leaves: tags, the spec parameter and the image it runs. */
function deploy(spec: DeploymentSpec, image = `${REGISTRY}/emd/vllm:0.6.3-abc`, extra: { status?: string; tags?: Record<string, string> } = {}): void {
  aws.putStack(spec.region, {
    StackName: `emd-${spec.name}`,
    StackStatus: extra.status ?? 'CREATE_COMPLETE',
    Tags: {
      [TAG.managed]: 'true',
      [TAG.deployment]: spec.name,
      [TAG.stackPrefix]: 'emd',
      [TAG.manifest]: 'models.yaml',
      [TAG.deployedAt]: new Date(clock.now()).toISOString(),
      ...extra.tags
    },
    Parameters: { DeploymentSpec: specParameterValue(spec), ImageUri: image }
  });
}

interface StandIn {
  execute: TeardownExecutor;
  plans: Plan[];
}

/** Stands in for runApply: deletes and creates finish at once in the fake's store. */
function standInApply(): StandIn {
  const plans: Plan[] = [];
  const execute: TeardownExecutor = async (plan) => {
    plans.push(plan);
    const deployments: ExecutorOutcome['deployments'] = [];
    for (const e of plan.entries) {
      if (e.action === 'delete') aws.store.deleteStack(e.region, e.stackName);
      else if (e.action === 'create') deploy(e.desired!);
      else throw new Error(`teardown handed the apply path a ${e.action}`);
      deployments.push({ name: e.name, action: e.action, result: 'succeeded' });
    }
    return { deployments, ok: true, cancelled: false };
  };
  return { execute, plans };
}

function request(content: string, execute: TeardownExecutor, over: Partial<TeardownRequest> = {}): TeardownRequest {
  return {
    manifestPath: 'models.yaml',
    content,
    stackPrefix: 'emd',
    clients: new AwsClients(),
    execute,
    dryRun: false,
    now: () => new Date(clock.now()),
    log: new MemoryLogger(),
    ...over
  };
}

const liveNames = () => aws.store.liveStacks(REGION).map((s) => s.StackName).sort();
const MUTATING = /^(cloudformation:(DeleteStack|CreateStack|UpdateStack)|s3:(PutObject|DeleteObject|DeleteObjects|CreateBucket)|ecr:BatchDeleteImage|codepipeline:StartPipelineExecution)$/;

describe('ttl', () => {
  const text = manifest('  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 8h\n  keep:\n    model: Qwen/Qwen2.5-7B-Instruct\n');

  it('tears down an expired deployment, records why, and the next plan does not re-create it', async () => {
    const [demo, keep] = specsOf(text);
    deploy(demo);
    deploy(keep);
    const apply = standInApply();

    clock.advance(8 * HOUR - 60_000);
    const early = await runTeardown(request(text, apply.execute));
    expect(early.items.find((i) => i.name === 'demo')?.verdict).toBe('keep');
    expect(apply.plans).toEqual([]);

    clock.advance(60_000);
    const due = await runTeardown(request(text, apply.execute));
    expect(due.ok).toBe(true);
    expect(apply.plans).toHaveLength(1);
    expect(apply.plans[0].entries.map((e) => [e.name, e.action, e.blocked])).toEqual([['demo', 'delete', undefined]]);
    expect(liveNames()).toEqual(['emd-bootstrap', 'emd-keep']);
    expect(due.items.find((i) => i.name === 'demo')?.outcome).toEqual({ result: 'succeeded' });

    const stored = aws.store.buckets.get(BUCKET)!.objects.get('state/tombstones/emd-demo.json');
    expect(stored).toBeDefined();
    const body = JSON.parse(stored!.body.toString('utf8'));
    expect(body).toMatchObject({ spec_hash: specHash(demo), reason: 'ttl', torn_down_at: '2026-10-22T08:07:00.000Z' });

    // The plan of the next merge, through the regular plan path and the same listing.
    const planned = await runPlan({ manifestPath: 'models.yaml', content: text, stackPrefix: 'emd', allowDestroy: false, clients: new AwsClients() });
    const entry = planned.plan!.entries.find((e) => e.name === 'demo')!;
    expect(entry.action).toBe('unchanged');
    expect(entry.lifecycle?.state).toBe('expired');
    expect(planned.plan!.hasChanges).toBe(false);

    // Changing the entry deploys it again.
    const changed = text.replace('ttl: 8h', 'ttl: 12h');
    const replanned = await runPlan({ manifestPath: 'models.yaml', content: changed, stackPrefix: 'emd', allowDestroy: false, clients: new AwsClients() });
    expect(replanned.plan!.entries.find((e) => e.name === 'demo')?.action).toBe('create');

    // And a later teardown keeps it down without touching anything.
    aws.resetLog();
    clock.advance(HOUR);
    const later = await runTeardown(request(text, apply.execute));
    expect(later.items.find((i) => i.name === 'demo')).toMatchObject({ verdict: 'keep', state: 'expired' });
    expect(aws.log.filter((c) => MUTATING.test(c.key))).toEqual([]);
  });

  it('reads records with one listing per region and a body only for stacks that are gone', async () => {
    const [demo, keep] = specsOf(text);
    deploy(demo);
    deploy(keep);
    const objects = aws.store.buckets.get(BUCKET)!.objects;
    for (let i = 0; i < 30; i++) {
      objects.set(`state/tombstones/emd-old${i}.json`, { body: Buffer.from('{}'), contentType: 'application/json', etag: '"x"', lastModified: new Date(), metadata: {} });
    }
    objects.set('state/tombstones/emd-keep.json', { body: Buffer.from('not json'), contentType: 'application/json', etag: '"y"', lastModified: new Date(), metadata: {} });
    aws.setPageSize('s3:ListObjectsV2', 1000);
    const state = await listStacks(new AwsClients(), [REGION], { stackPrefix: 'emd' });
    // 30 records of stacks that are gone are read; none is a valid record, each is skipped with a
    // warning (records stay known: one bad object must not turn off ttl handling); the live one is not read.
    expect(state.known && state.tombstones?.known).toBe(true);
    expect(state.known && state.tombstones?.known && state.tombstones.warnings).toHaveLength(30);
    expect(aws.calls('s3:ListObjectsV2')).toBe(1);
    expect(aws.callsTo('s3:GetObject').every((c) => !JSON.stringify(c.input).includes('emd-keep'))).toBe(true);
  });

  it('does not tear down when the record cannot be written, and fails the run saying why', async () => {
    const [demo] = specsOf(text);
    deploy(demo);
    clock.advance(9 * HOUR);
    aws.inject('s3:PutObject', { kind: 'error', code: 'AccessDenied', message: 'Access Denied', status: 403 });
    const apply = standInApply();
    const out = await runTeardown(request(text, apply.execute));
    expect(out.ok).toBe(false);
    expect(out.failures[0]).toMatch(/^demo: not torn down: s3:\/\/emd-artifacts-123456789012-eu-central-1\/state\/tombstones\/emd-demo\.json could not be written \(AccessDenied/);
    expect(apply.plans).toEqual([]);
    expect(liveNames()).toContain('emd-demo');
  });
});

describe('schedules on the hourly job', () => {
  it('brings a deployment up and down across a weekend and the end of summer time', async () => {
    const text = manifest(`  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    ${OFFICE}\n`);
    const [chat] = specsOf(text);
    const apply = standInApply();
    const events: string[] = [];
    clock.set(Date.parse('2026-10-23T12:07:00Z'));
    deploy(chat);
    // Friday noon UTC to Tuesday noon UTC, every hour at :07.
    for (let h = 0; h < 96; h++) {
      const out = await runTeardown(request(text, apply.execute));
      expect(out.ok).toBe(true);
      for (const i of out.items) if (i.outcome?.result === 'succeeded') events.push(`${new Date(clock.now()).toISOString().slice(0, 16)} ${i.verdict}`);
      clock.advance(HOUR);
    }
    expect(events).toEqual(['2026-10-23T17:07 tear-down', '2026-10-26T07:07 bring-up', '2026-10-26T18:07 tear-down', '2026-10-27T07:07 bring-up']);
    // Bring-ups go through the apply path as creates of the manifest's spec.
    const creates = apply.plans.flatMap((p) => p.entries).filter((e) => e.action === 'create');
    expect(creates.map((e) => e.desired)).toEqual([chat, chat]);
  }, 20_000);

  it('records what a dormant deployment ran, so the plan at night shows no cost change', async () => {
    const text = manifest(`  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    service: ec2\n    ${OFFICE}\n`);
    const [chat] = specsOf(text);
    clock.set(Date.parse('2026-10-23T17:07:00Z'));
    deploy(chat, `${REGISTRY}/emd/vllm:0.6.3-abc`);
    const out = await runTeardown(request(text, standInApply().execute));
    expect(out.items[0]).toMatchObject({ verdict: 'tear-down', because: 'schedule', outcome: { result: 'succeeded' } });
    const body = JSON.parse(aws.store.buckets.get(BUCKET)!.objects.get('state/tombstones/emd-chat.json')!.body.toString('utf8'));
    expect(body).toMatchObject({ reason: 'schedule', spec_hash: specHash(chat), image_uri: `${REGISTRY}/emd/vllm:0.6.3-abc` });

    clock.set(Date.parse('2026-10-24T12:00:00Z'));
    const live = await listStacks(new AwsClients(), [REGION], { stackPrefix: 'emd' });
    const plan = buildPlan([chat], live, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false, now: new Date(clock.now()) });
    expect(plan.entries[0]).toMatchObject({ action: 'unchanged', lifecycle: { state: 'dormant' } });
    expect(plan.totals.monthlyAfter).toBeGreaterThan(0);
    expect(plan.totals.monthlyDelta).toBe(0);
  });
});

describe('what teardown never touches', () => {
  it('leaves protected, unmanaged, busy and other-manifest stacks alone', async () => {
    const text = manifest(
      '  prod:\n    model: Qwen/Qwen2.5-7B-Instruct\n    protect: true\n    ttl: 1h\n' +
        '  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 1h\n' +
        `  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    ${OFFICE}\n` +
        '  team:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 1h\n'
    );
    const [prod, demo, chat, team] = specsOf(text);
    clock.set(Date.parse('2026-10-24T12:07:00Z')); // Saturday: chat's window is closed
    deploy(prod);
    deploy(demo, undefined, { status: 'UPDATE_IN_PROGRESS' });
    deploy(team, undefined, { tags: { [TAG.manifest]: 'team-b/models.yaml' } });
    aws.putStack(REGION, { StackName: 'emd-chat', Parameters: { DeploymentSpec: specParameterValue(chat) } });
    aws.putStack(REGION, { StackName: 'other-stack', Tags: { [TAG.managed]: 'true', [TAG.deployment]: 'stack' } });
    const before = aws.store.liveStacks(REGION).map((s) => `${s.StackName}:${s.StackStatus}`);
    clock.advance(2 * HOUR);

    const apply = standInApply();
    const out = await runTeardown(request(text, apply.execute));
    expect(out.items.map((i) => [i.name, i.verdict, i.skip])).toEqual([
      ['chat', 'skip', 'unmanaged'],
      ['demo', 'skip', 'busy'],
      ['prod', 'skip', 'protected'],
      ['team', 'skip', 'other-manifest']
    ]);
    expect(apply.plans).toEqual([]);
    expect(aws.log.filter((c) => MUTATING.test(c.key))).toEqual([]);
    expect(aws.store.liveStacks(REGION).map((s) => `${s.StackName}:${s.StackStatus}`)).toEqual(before);
  });
});

describe('dry-run', () => {
  it('reports what it would do and changes nothing', async () => {
    const text = manifest(`  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 1h\n  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    ${OFFICE}\n  up:\n    model: Qwen/Qwen2.5-7B-Instruct\n    schedule: { up: "0 * * * *", down: "30 23 31 12 *", timezone: UTC }\n`);
    const [demo, chat] = specsOf(text);
    clock.set(Date.parse('2026-10-24T12:07:00Z'));
    deploy(demo);
    deploy(chat);
    const old = putImage(aws.store, REGION, 'emd/tgi', { tags: ['old'], pushedAt: new Date(clock.now() - 90 * DAY) });
    clock.advance(2 * HOUR);
    aws.resetLog();

    let called = false;
    const out = await runTeardown(
      request(text, async () => {
        called = true;
        throw new Error('a dry run must not reach the apply path');
      }, { dryRun: true, pruneImagesDays: 30 })
    );
    expect(out.ok).toBe(true);
    expect(called).toBe(false);
    expect(out.items.map((i) => [i.name, i.verdict, i.outcome?.result])).toEqual([
      ['chat', 'tear-down', 'dry-run'],
      ['demo', 'tear-down', 'dry-run'],
      ['up', 'bring-up', 'dry-run']
    ]);
    expect(out.plan?.entries.map((e) => [e.name, e.action])).toEqual([
      ['chat', 'delete'],
      ['demo', 'delete'],
      ['up', 'create']
    ]);
    expect(out.prune?.deleted.map((i) => i.digest)).toEqual([old.digest]);
    // Nothing but reads reached the fake.
    expect(aws.log.length).toBeGreaterThan(0);
    expect(aws.log.filter((c) => MUTATING.test(c.key))).toEqual([]);
    expect(aws.log.every((c) => /^(cloudformation:DescribeStacks|s3:(ListObjectsV2|GetObject)|ecr:DescribeImages)$/.test(c.key))).toBe(true);
    expect(liveNames()).toEqual(['emd-bootstrap', 'emd-chat', 'emd-demo']);
    expect(aws.store.buckets.get(BUCKET)!.objects.size).toBe(0);
    expect(repository(aws.store, REGION, 'emd/tgi')!.images).toHaveLength(1);
  });
});

describe('prune-images', () => {
  it('deletes old images nothing uses, by digest, and never one in use', async () => {
    const text = manifest('  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n  b:\n    model: Qwen/Qwen2.5-7B-Instruct\n    region: us-east-1\n');
    const [a, b] = specsOf(text);
    const now = clock.now();
    const old = new Date(now - 100 * DAY);
    const byTag = putImage(aws.store, REGION, 'emd/vllm', { tags: ['0.6.3-intag', 'latest-build'], pushedAt: old });
    const byDigest = putImage(aws.store, REGION, 'emd/vllm', { tags: ['0.6.2-x'], pushedAt: old });
    const crossRegion = putImage(aws.store, REGION, 'emd/tgi', { tags: ['2.4.0-b'], pushedAt: old });
    const dormant = putImage(aws.store, REGION, 'emd/llama-cpp', { tags: ['b4000-d'], pushedAt: old });
    const unusedOld = putImage(aws.store, REGION, 'emd/vllm', { tags: ['0.5.0-old'], pushedAt: old });
    const untaggedOld = putImage(aws.store, REGION, 'emd/vllm', { pushedAt: old });
    const unusedRecent = putImage(aws.store, REGION, 'emd/tgi', { tags: ['2.5.0-new'], pushedAt: new Date(now - 5 * DAY) });
    const pulledLately = putImage(aws.store, REGION, 'emd/tgi', { tags: ['2.3.0-p'], pushedAt: old, lastPulledAt: new Date(now - 2 * DAY) });
    deploy(a, `${REGISTRY}/emd/vllm:0.6.3-intag`);
    // Another region's stack naming this region's registry, by digest.
    deploy(b, `${REGISTRY}/emd/vllm@${byDigest.digest}`);
    aws.putStack('us-east-1', { StackName: 'emd-bootstrap', Outputs: {} });
    aws.putStack('us-east-1', { StackName: 'someone-else', Parameters: { ImageUri: `${REGISTRY}/emd/tgi:2.4.0-b` } });
    aws.store.buckets.get(BUCKET)!.objects.set('state/tombstones/emd-gone.json', {
      body: Buffer.from(JSON.stringify({ spec_hash: 'x', reason: 'schedule', torn_down_at: new Date(now).toISOString(), image_uri: `${REGISTRY}/emd/llama-cpp:b4000-d` })),
      contentType: 'application/json',
      etag: '"z"',
      lastModified: new Date(now),
      metadata: {}
    });

    const out = await runTeardown(request(text, standInApply().execute, { pruneImagesDays: 30 }));
    expect(out.ok).toBe(true);
    expect(out.prune?.problems).toEqual([]);
    expect(out.prune?.deleted.map((i) => i.digest).sort()).toEqual([unusedOld.digest, untaggedOld.digest].sort());
    expect(out.prune).toMatchObject({ keptInUse: 4, keptRecent: 2 });
    const deletes = aws.callsTo('ecr:BatchDeleteImage').flatMap((c) => c.input.imageIds as { imageDigest?: string; imageTag?: string }[]);
    expect(deletes.every((id) => id.imageDigest && !id.imageTag)).toBe(true);
    const remaining = ['emd/vllm', 'emd/tgi', 'emd/llama-cpp'].flatMap((r) => repository(aws.store, REGION, r)!.images.map((i) => i.digest));
    for (const kept of [byTag, byDigest, crossRegion, dormant, unusedRecent, pulledLately]) expect(remaining).toContain(kept.digest);
    expect(remaining).toHaveLength(6);
  });

  it('skips pruning when the teardown records cannot be read, since dormant images are then unknown', async () => {
    const text = manifest('  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n');
    putImage(aws.store, REGION, 'emd/vllm', { tags: ['old'], pushedAt: new Date(clock.now() - 100 * DAY) });
    aws.inject('s3:ListObjectsV2', { kind: 'error', code: 'AccessDenied', message: 'Access Denied', status: 403 });
    const out = await runTeardown(request(text, standInApply().execute, { pruneImagesDays: 30 }));
    expect(out.prune).toBeUndefined();
    expect(out.warnings.join('\n')).toMatch(/s3:ListBucket[\s\S]*prune-images skipped/);
    expect(aws.calls('ecr:BatchDeleteImage')).toBe(0);
  });
});
