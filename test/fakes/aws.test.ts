// Drives the AWS fake with the real SDK v3 clients, reached only through the SDK's own
// AWS_ENDPOINT_URL_<SERVICE> variables, to prove the fake speaks what the installed clients send.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStacksCommand,
  ListStacksCommand,
  paginateDescribeStacks,
  type Stack
} from '@aws-sdk/client-cloudformation';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, CreateBucketCommand } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ListPipelinesCommand, CodePipelineClient } from '@aws-sdk/client-codepipeline';
import { Readable } from 'node:stream';
import { FakeAws, ManualClock } from './aws.js';
import { decodeAwsChunked } from './aws/s3.js';

const REGION = 'eu-west-1';
const clock = new ManualClock(Date.parse('2026-05-01T12:00:00Z'));
const fake = new FakeAws({ clock, pageSizes: { 'cloudformation:DescribeStacks': 2, 'cloudformation:ListStacks': 2 } });
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  await fake.start();
  for (const [k, v] of Object.entries(fake.env())) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await fake.close();
});
afterEach(() => {
  fake.clearFaults();
  fake.resetLog();
  for (const r of fake.store.regionNames()) fake.store.region(r).stacks.length = 0;
});

// No `endpoint` here: the variables alone must route the client to the fake.
const cfn = (region = REGION, maxAttempts = 3) => new CloudFormationClient({ region, maxAttempts });

function seedStacks(count: number, region = REGION): void {
  for (let i = 1; i <= count; i++) {
    fake.putStack(region, {
      StackName: `emd-model-${i}`,
      Description: `model ${i}`,
      CreationTime: new Date(Date.UTC(2026, 0, i)),
      LastUpdatedTime: i % 2 ? new Date(Date.UTC(2026, 1, i)) : undefined,
      Tags: { 'emd:managed': 'true', 'emd:deployment': `model-${i}` },
      Parameters: { DeploymentSpec: JSON.stringify({ name: `model-${i}`, scaling: { min: 0, max: 1 } }) },
      Outputs: [{ OutputKey: 'BaseUrl', OutputValue: `https://model-${i}.example.test/v1`, Description: 'OpenAI-compatible base URL' }]
    });
  }
}

describe('CloudFormation (awsQuery) through the real CloudFormationClient', () => {
  it('pages DescribeStacks across 3 pages with exactly 3 calls and full stack shapes', async () => {
    seedStacks(5);
    fake.putStack(REGION, { StackName: 'gone', StackStatus: 'DELETE_COMPLETE' });
    const stacks: Stack[] = [];
    for await (const page of paginateDescribeStacks({ client: cfn() }, {})) stacks.push(...(page.Stacks ?? []));

    expect(fake.calls('cloudformation:DescribeStacks')).toBe(3);
    const tokens = fake.callsTo('cloudformation:DescribeStacks').map((c) => c.input.NextToken);
    expect(tokens[0]).toBeUndefined();
    expect(new Set(tokens).size).toBe(3);
    expect(stacks.map((s) => s.StackName)).toEqual(['emd-model-1', 'emd-model-2', 'emd-model-3', 'emd-model-4', 'emd-model-5']);

    const first = stacks[0];
    expect(first.StackId).toMatch(/^arn:aws:cloudformation:eu-west-1:123456789012:stack\/emd-model-1\//);
    expect(first.StackStatus).toBe('CREATE_COMPLETE');
    expect(first.CreationTime).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(first.LastUpdatedTime).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(stacks[1].LastUpdatedTime).toBeUndefined();
    expect(first.Tags).toEqual([
      { Key: 'emd:managed', Value: 'true' },
      { Key: 'emd:deployment', Value: 'model-1' }
    ]);
    expect(JSON.parse(first.Parameters?.[0].ParameterValue ?? '')).toEqual({ name: 'model-1', scaling: { min: 0, max: 1 } });
    expect(first.Outputs).toEqual([{ OutputKey: 'BaseUrl', OutputValue: 'https://model-1.example.test/v1', Description: 'OpenAI-compatible base URL' }]);
  });

  it('keeps regions apart by the credential scope', async () => {
    seedStacks(1, 'us-east-1');
    const inEu = await cfn().send(new DescribeStacksCommand({}));
    const inUs = await cfn('us-east-1').send(new DescribeStacksCommand({}));
    expect(inEu.Stacks).toEqual([]);
    expect(inUs.Stacks?.map((s) => s.StackName)).toEqual(['emd-model-1']);
    expect(fake.callsTo('cloudformation:DescribeStacks').map((c) => c.region)).toEqual([REGION, 'us-east-1']);
  });

  it('answers a missing stack with the ValidationError the SDK names', async () => {
    const error = await cfn()
      .send(new DescribeStacksCommand({ StackName: 'emd-nope' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudFormationServiceException);
    expect(error).toMatchObject({ name: 'ValidationError', message: 'Stack with id emd-nope does not exist', $metadata: { httpStatusCode: 400 } });
    expect(fake.calls('cloudformation:DescribeStacks')).toBe(1);
  });

  it('describes one stack by name, and a deleted one only by id', async () => {
    seedStacks(2);
    const one = await cfn().send(new DescribeStacksCommand({ StackName: 'emd-model-2' }));
    expect(one.Stacks?.map((s) => s.StackName)).toEqual(['emd-model-2']);
    const id = one.Stacks?.[0].StackId ?? '';
    fake.store.deleteStack(REGION, 'emd-model-2');
    await expect(cfn().send(new DescribeStacksCommand({ StackName: 'emd-model-2' }))).rejects.toMatchObject({ name: 'ValidationError' });
    const byId = await cfn().send(new DescribeStacksCommand({ StackName: id }));
    expect(byId.Stacks?.[0].StackStatus).toBe('DELETE_COMPLETE');
  });

  it('pages ListStacks including deleted stacks, and honours the status filter', async () => {
    seedStacks(3);
    fake.putStack(REGION, { StackName: 'old', StackStatus: 'DELETE_COMPLETE' });
    const first = await cfn().send(new ListStacksCommand({}));
    expect(first.StackSummaries).toHaveLength(2);
    expect(first.NextToken).toBeDefined();
    const second = await cfn().send(new ListStacksCommand({ NextToken: first.NextToken }));
    expect(second.StackSummaries?.map((s) => s.StackName)).toEqual(['emd-model-3', 'old']);
    expect(second.NextToken).toBeUndefined();

    const live = await cfn().send(new ListStacksCommand({ StackStatusFilter: ['CREATE_COMPLETE'] }));
    expect(live.StackSummaries?.map((s) => s.StackName)).toEqual(['emd-model-1', 'emd-model-2']);
    expect(fake.callsTo('cloudformation:ListStacks')[2].input['StackStatusFilter.member.1']).toBe('CREATE_COMPLETE');
  });

  it('rejects a NextToken that the fake did not hand out', async () => {
    await expect(cfn().send(new DescribeStacksCommand({ NextToken: 'bogus' }))).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('moves a stack through statuses as the clock advances', async () => {
    seedStacks(1);
    fake.store.deployStack(REGION, { StackName: 'emd-model-1', Outputs: { BaseUrl: 'https://new.example.test/v1' } }, { durationMs: 60_000 });
    const during = await cfn().send(new DescribeStacksCommand({ StackName: 'emd-model-1' }));
    expect(during.Stacks?.[0].StackStatus).toBe('UPDATE_IN_PROGRESS');
    clock.advance(61_000);
    const after = await cfn().send(new DescribeStacksCommand({ StackName: 'emd-model-1' }));
    expect(after.Stacks?.[0]).toMatchObject({ StackStatus: 'UPDATE_COMPLETE', Outputs: [{ OutputKey: 'BaseUrl', OutputValue: 'https://new.example.test/v1' }] });
    expect(after.Stacks?.[0].LastUpdatedTime?.getTime()).toBe(clock.now() - 1_000);
  });

  // The SDK's retry backoff sleeps in real time (throttling base 500 ms, full jitter): keep bursts small.
  it('rides out a short throttling burst through the SDK retries', async () => {
    seedStacks(1);
    fake.inject('cloudformation:DescribeStacks', { kind: 'throttle' }, 2);
    const out = await cfn(REGION, 4).send(new DescribeStacksCommand({}));
    expect(out.Stacks).toHaveLength(1);
    expect(out.$metadata.attempts).toBe(3);
    expect(fake.callsTo('cloudformation:DescribeStacks').map((c) => c.status)).toEqual([400, 400, 200]);
  });

  it('surfaces throttling as the service error once retries are spent', async () => {
    fake.inject('cloudformation:*', { kind: 'throttle' }, 2);
    await expect(cfn(REGION, 2).send(new DescribeStacksCommand({}))).rejects.toMatchObject({ name: 'Throttling', message: 'Rate exceeded' });
    expect(fake.calls('cloudformation:DescribeStacks')).toBe(2);
  });

  it('rides out a 500 and a connection reset', async () => {
    fake.inject('cloudformation:DescribeStacks', { kind: 'server-error' }, 1);
    fake.inject('cloudformation:DescribeStacks', { kind: 'reset' }, 1);
    const out = await cfn(REGION, 3).send(new DescribeStacksCommand({}));
    expect(out.$metadata.attempts).toBe(3);
    expect(fake.callsTo('cloudformation:DescribeStacks').map((c) => c.fault)).toEqual(['server-error', 'reset', undefined]);
  });

  it('answers slowly when told to', async () => {
    fake.inject('cloudformation:DescribeStacks', { kind: 'delay', ms: 300 });
    const started = Date.now();
    await cfn().send(new DescribeStacksCommand({}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('STS (awsQuery) and S3 (REST-XML)', () => {
  it('tells the caller identity', async () => {
    const id = await new STSClient({ region: REGION }).send(new GetCallerIdentityCommand({}));
    expect(id).toMatchObject({ Account: '123456789012', Arn: expect.stringContaining('AKIDFAKE') });
    expect(fake.calls('sts:GetCallerIdentity')).toBe(1);
  });

  it('puts, heads and gets objects path-style, and 404s a missing key with the SDK error names', async () => {
    const s3 = new S3Client({ region: REGION });
    await s3.send(new CreateBucketCommand({ Bucket: 'emd-artifacts', CreateBucketConfiguration: { LocationConstraint: REGION } }));
    await s3.send(new PutObjectCommand({ Bucket: 'emd-artifacts', Key: 'plans/pr 7.json', Body: '{"a":1}', ContentType: 'application/json', Metadata: { sha: 'abc' } }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'emd-artifacts', Key: 'plans/pr 7.json' }));
    expect(head).toMatchObject({ ContentLength: 7, ContentType: 'application/json', Metadata: { sha: 'abc' } });
    const got = await s3.send(new GetObjectCommand({ Bucket: 'emd-artifacts', Key: 'plans/pr 7.json' }));
    expect(await got.Body?.transformToString()).toBe('{"a":1}');
    expect(fake.store.buckets.get('emd-artifacts')?.objects.has('plans/pr 7.json')).toBe(true);

    await expect(s3.send(new GetObjectCommand({ Bucket: 'emd-artifacts', Key: 'nope' }))).rejects.toMatchObject({ name: 'NoSuchKey' });
    await expect(s3.send(new HeadObjectCommand({ Bucket: 'emd-artifacts', Key: 'nope' }))).rejects.toMatchObject({ name: 'NotFound' });
    await expect(s3.send(new GetObjectCommand({ Bucket: 'no-bucket', Key: 'k' }))).rejects.toMatchObject({ name: 'NoSuchBucket' });
    expect(fake.log.map((c) => c.key)).toEqual([
      's3:CreateBucket',
      's3:PutObject',
      's3:HeadObject',
      's3:GetObject',
      's3:GetObject',
      's3:HeadObject',
      's3:GetObject'
    ]);
  });
});

describe('S3 streaming uploads', () => {
  it('decodes aws-chunked bodies with trailers', () => {
    const raw = Buffer.from('6\r\nhello \r\n5\r\nworld\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n');
    expect(decodeAwsChunked(raw).toString()).toBe('hello world');
  });

  it('stores a streamed body as sent', async () => {
    const s3 = new S3Client({ region: REGION });
    await s3.send(new CreateBucketCommand({ Bucket: 'emd-stream' }));
    await s3.send(new PutObjectCommand({ Bucket: 'emd-stream', Key: 'k', Body: Readable.from([Buffer.from('hello '), Buffer.from('world')]), ContentLength: 11 }));
    expect(fake.store.buckets.get('emd-stream')?.objects.get('k')?.body.toString()).toBe('hello world');
  });
});

describe('JSON services not yet implemented', () => {
  it('routes CodePipeline by X-Amz-Target and says the operation is not implemented', async () => {
    await expect(new CodePipelineClient({ region: REGION, maxAttempts: 1 }).send(new ListPipelinesCommand({}))).rejects.toMatchObject({
      name: 'UnknownOperationException'
    });
    expect(fake.calls('codepipeline:ListPipelines')).toBe(1);
  });

  it('can be extended with a handler', async () => {
    fake.handle('codepipeline', 'ListPipelines', (call) => ({ pipelines: [{ name: `p-${call.region}`, created: new Date('2026-01-01T00:00:00Z') }] }));
    const out = await new CodePipelineClient({ region: REGION }).send(new ListPipelinesCommand({}));
    expect(out.pipelines).toEqual([{ name: 'p-eu-west-1', created: new Date('2026-01-01T00:00:00Z') }]);
  });
});
