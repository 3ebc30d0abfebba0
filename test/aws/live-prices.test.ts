// The price and quota adapters against the loopback fake, speaking the real wire formats: Price
// List items as JSON strings paged with NextToken, EC2 query XML, Service Quotas JSON 1.1.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsClients } from '../../src/aws/clients.js';
import { PriceCache } from '../../src/aws/price-cache.js';
import { priceWants, pricingEndpointFor, readLivePrices } from '../../src/aws/pricing.js';
import { readQuotaFacts } from '../../src/aws/quotas.js';
import { startLivePrices } from '../../src/modes/plan-live.js';
import { specParameterValue, type LiveState } from '../../src/core/live.js';
import { buildPlan } from '../../src/core/plan.js';
import { quotaNeeds, quotaKey, quotaFor } from '../../src/core/quotas.js';
import { onDemandKey, spotKey, extraKey } from '../../src/core/price-book.js';
import type { DeploymentSpec } from '../../src/core/types.js';
import { FakeAws } from '../fakes/aws.js';
import { albProducts, ec2InstanceProduct, gp3Product, putProduct, sageMakerHostingProduct } from '../fakes/aws/pricing.js';
import { putInstance, putSpotPrice, putSubnet } from '../fakes/aws/ec2.js';
import { setQuota } from '../fakes/aws/servicequotas.js';
import { putEndpoint } from '../fakes/aws/sagemaker.js';

const base: DeploymentSpec = {
  name: 'chat',
  model: 'Qwen/Qwen2.5-7B-Instruct',
  revision: 'main',
  engine: 'vllm',
  engine_args: {},
  service: 'sagemaker',
  instance: 'g5.2xlarge',
  region: 'eu-west-1',
  scaling: { min: 1, max: 2 },
  spot: false,
  api_key: 'none',
  protect: false,
  tags: {}
};
const spec = (over: Partial<DeploymentSpec>): DeploymentSpec => ({ ...base, ...over });
const NOW = new Date('2026-12-01T12:00:00Z');

let aws: FakeAws;
const saved: Record<string, string | undefined> = {};
let dir: string;

beforeAll(async () => {
  aws = new FakeAws({ pageSizes: { 'pricing:GetProducts': 1, 'ec2:DescribeSpotPriceHistory': 2, 'servicequotas:ListAWSDefaultServiceQuotas': 2 } });
  await aws.start();
  for (const [k, v] of Object.entries(aws.env('eu-west-1'))) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  dir = mkdtempSync(join(tmpdir(), 'emd-prices-'));
  // The Price List answer for the SageMaker figure holds a training product too; filters drop it.
  putProduct(aws.store, sageMakerHostingProduct('eu-west-1', 'g5.2xlarge', 1.689));
  putProduct(aws.store, sageMakerHostingProduct('eu-west-1', 'g5.2xlarge', 1.9, 'Training'));
  putProduct(aws.store, ec2InstanceProduct('eu-west-1', 'g5.2xlarge', 1.353));
  // A reserved-capacity twin of the same type: the capacitystatus filter keeps it out.
  putProduct(aws.store, ec2InstanceProduct('eu-west-1', 'g5.2xlarge', 0.5, { capacitystatus: 'UnusedCapacityReservation' }));
  for (const p of albProducts('eu-west-1', 0.0252, 0.008)) putProduct(aws.store, p);
  putProduct(aws.store, gp3Product('eu-west-1', 0.088));
  putSpotPrice(aws.store, 'eu-west-1', { zone: 'eu-west-1a', type: 'g5.2xlarge', usd: 0.52, at: new Date('2026-12-01T10:00:00Z') });
  putSpotPrice(aws.store, 'eu-west-1', { zone: 'eu-west-1a', type: 'g5.2xlarge', usd: 0.9, at: new Date('2026-11-20T10:00:00Z') });
  putSpotPrice(aws.store, 'eu-west-1', { zone: 'eu-west-1b', type: 'g5.2xlarge', usd: 0.41, at: new Date('2026-12-01T09:00:00Z') });
  putSpotPrice(aws.store, 'eu-west-1', { zone: 'eu-west-1c', type: 'g5.2xlarge', usd: 0.47, at: new Date('2026-12-01T08:00:00Z') });
  putSubnet(aws.store, 'eu-west-1', { id: 'subnet-a', zone: 'eu-west-1a', vpcId: 'vpc-1' });
});

afterEach(() => {
  aws.clearFaults();
  aws.resetLog();
});

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(dir, { recursive: true, force: true });
  await aws.close();
});

describe('live prices', () => {
  const specs = [spec({}), spec({ name: 'tools', scaling: { min: 1, max: 1 } }), spec({ name: 'batch', service: 'ecs', spot: true, network: { vpc_id: 'vpc-1', subnet_ids: ['subnet-a'], public: false } })];

  it('asks once per distinct figure, at a Price List endpoint, and pages through NextToken', async () => {
    const read = await readLivePrices(new AwsClients(), priceWants(specs), { homeRegion: 'eu-west-1', now: () => NOW });
    expect(read.book.onDemand[onDemandKey('sagemaker', 'eu-west-1', 'g5.2xlarge')]).toEqual({ usd: 1.689, origin: 'live', date: '2026-12-01' });
    expect(read.book.onDemand[onDemandKey('ec2', 'eu-west-1', 'g5.2xlarge')]?.usd).toBe(1.353);
    expect(read.book.extras[extraKey('alb', 'eu-west-1')]?.usd).toBe(0.0252);
    expect(read.book.extras[extraKey('ebs-gp3', 'eu-west-1')]?.usd).toBe(0.088);
    // Two SageMaker deployments of one type: one figure, one question. Four figures in all.
    const gets = aws.callsTo('pricing:GetProducts');
    const figures = new Set(gets.map((c) => JSON.stringify((c.input as { Filters: unknown }).Filters)));
    expect(figures.size).toBe(4);
    // Page size 1: the ALB answer (two products) took a second page.
    expect(gets.length).toBe(5);
    expect(gets.filter((c) => c.input.NextToken).length).toBe(1);
    expect(new Set(gets.map((c) => c.region))).toEqual(new Set(['eu-central-1']));
    expect(read.warnings).toEqual([]);
  });

  it('spot: latest price per zone, cheapest first, and the subnet zones', async () => {
    const read = await readLivePrices(new AwsClients(), priceWants(specs), { homeRegion: 'eu-west-1', now: () => NOW });
    expect(read.book.spot[spotKey('eu-west-1', 'g5.2xlarge')]).toEqual({
      origin: 'live',
      date: '2026-12-01',
      zones: [
        { zone: 'eu-west-1b', usd: 0.41 },
        { zone: 'eu-west-1c', usd: 0.47 },
        { zone: 'eu-west-1a', usd: 0.52 }
      ]
    });
    expect(read.book.subnetZones).toEqual({ 'subnet-a': 'eu-west-1a' });
    expect(aws.callsTo('ec2:DescribeSpotPriceHistory').length).toBe(2);
    expect(aws.callsTo('ec2:DescribeSpotPriceHistory')[0].input).toMatchObject({ 'InstanceType.1': 'g5.2xlarge', 'ProductDescription.1': 'Linux/UNIX' });
  });

  it('a day-old cache answers the next run without a call, and says cache', async () => {
    const path = join(dir, 'cache.json');
    const first = new PriceCache(path, () => NOW);
    await first.load();
    await readLivePrices(new AwsClients(), priceWants(specs), { homeRegion: 'eu-west-1', cache: first, now: () => NOW });
    aws.resetLog();
    const later = new Date(NOW.getTime() + 6 * 3600_000);
    const second = new PriceCache(path, () => later);
    await second.load();
    const read = await readLivePrices(new AwsClients(), priceWants(specs), { homeRegion: 'eu-west-1', cache: second, now: () => later });
    expect(aws.calls('pricing')).toBe(0);
    expect(aws.calls('ec2:DescribeSpotPriceHistory')).toBe(0);
    expect(read.book.onDemand[onDemandKey('sagemaker', 'eu-west-1', 'g5.2xlarge')]).toEqual({ usd: 1.689, origin: 'cache', date: '2026-12-01' });
    expect(read.counts).toMatchObject({ live: 0, cache: 5 });
    // A day later the cache is stale and the figures are read again.
    aws.resetLog();
    const nextDay = new Date(NOW.getTime() + 25 * 3600_000);
    const third = new PriceCache(path, () => nextDay);
    await third.load();
    await readLivePrices(new AwsClients(), priceWants(specs), { homeRegion: 'eu-west-1', cache: third, now: () => nextDay });
    expect(aws.calls('pricing:GetProducts')).toBeGreaterThan(0);
  });

  it('asks the first figure alone, then the others together (a real Price List answer takes a few hundred ms)', async () => {
    aws.inject('pricing:GetProducts', { kind: 'delay', ms: 300 }, 10);
    const read = await readLivePrices(new AwsClients(), priceWants(specs), { homeRegion: 'eu-west-1', now: () => NOW });
    expect(read.counts.live).toBe(4 + 1);
    const at = aws.callsTo('pricing:GetProducts').map((c) => c.at);
    // The second question waits for the first answer (a refusal would have stopped there)...
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(290);
    // ...the remaining figures are asked at once, not one answer after another.
    expect(at[3] - at[1]).toBeLessThan(200);
  });

  it('a refusal stops the asking: one call, a warning, the bundled table for the rest', async () => {
    aws.inject('pricing:GetProducts', { kind: 'error', code: 'AccessDeniedException', message: 'User is not authorized to perform: pricing:GetProducts', status: 400 }, 10);
    const read = await readLivePrices(new AwsClients(), priceWants(specs), { homeRegion: 'eu-west-1', now: () => NOW });
    expect(aws.calls('pricing:GetProducts')).toBe(1);
    expect(read.book.onDemand).toEqual({});
    expect(read.warnings[0]).toMatch(/^live prices unavailable: pricing:GetProducts was refused \(AccessDeniedException/);
    expect(read.counts.fallback).toBe(4);
  });

  it('after a refusal, the figures only running stacks need are not asked for again', async () => {
    aws.inject('pricing:GetProducts', { kind: 'error', code: 'AccessDeniedException', message: 'User is not authorized to perform: pricing:GetProducts', status: 400 }, 10);
    const saved = process.env.EMD_PRICE_CACHE_FILE;
    process.env.EMD_PRICE_CACHE_FILE = join(dir, 'refusal-cache.json');
    try {
      // The manifest wants one figure; a running stack of another instance type wants one more.
      const running = spec({ name: 'old', instance: 'g5.12xlarge' });
      const live: LiveState = {
        known: true,
        regions: ['eu-west-1'],
        stacks: [{ stackName: 'emd-old', stackId: 'id-old', region: 'eu-west-1', status: 'CREATE_COMPLETE', tags: {}, parameters: { DeploymentSpec: specParameterValue(running) }, outputs: {} }]
      };
      const prices = startLivePrices(new AwsClients(), [spec({})], 'eu-west-1');
      const read = await prices.finish(live);
      expect(aws.calls('pricing:GetProducts')).toBe(1);
      expect(read.warnings.filter((w) => w.message.startsWith('live prices unavailable'))).toHaveLength(1);
      expect(read.note).toMatch(/2 from the bundled table/);
    } finally {
      if (saved === undefined) delete process.env.EMD_PRICE_CACHE_FILE;
      else process.env.EMD_PRICE_CACHE_FILE = saved;
    }
  });

  it('picks the nearest of the three Price List endpoints', () => {
    expect(pricingEndpointFor('eu-west-1')).toBe('eu-central-1');
    expect(pricingEndpointFor('ap-northeast-1')).toBe('ap-south-1');
    expect(pricingEndpointFor('us-west-2')).toBe('us-east-1');
    expect(pricingEndpointFor(undefined)).toBe('us-east-1');
  });
});

describe('quota facts', () => {
  const options = { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false };

  it('applied value, running vCPUs by class, and SageMaker endpoint instances', async () => {
    const region = 'us-west-2';
    setQuota(aws.store, region, { serviceCode: 'ec2', code: 'L-DB2E81BA', name: 'Running On-Demand G and VT instances', value: 64 });
    setQuota(aws.store, region, { serviceCode: 'sagemaker', code: 'L-9614C779', name: 'ml.g5.2xlarge for endpoint usage', defaultValue: 2 });
    putInstance(aws.store, region, { id: 'i-1', type: 'g5.2xlarge', state: 'running' });
    putInstance(aws.store, region, { id: 'i-2', type: 'g5.xlarge', state: 'running', lifecycle: 'spot' });
    putInstance(aws.store, region, { id: 'i-3', type: 'g5.4xlarge', state: 'stopped' });
    putInstance(aws.store, region, { id: 'i-4', type: 'm5.large', state: 'running' });
    putEndpoint(aws.store, region, { name: 'other-team', instanceType: 'ml.g5.2xlarge', count: 1 });
    putEndpoint(aws.store, region, { name: 'broken', instanceType: 'ml.g5.2xlarge', count: 1, status: 'Failed' });
    const plan = buildPlan(
      [spec({ region, service: 'ecs', scaling: { min: 1, max: 2 } }), spec({ name: 'sm', region, scaling: { min: 1, max: 1 } })],
      { known: true, stacks: [], regions: [region] },
      options
    );
    const needs = quotaNeeds(plan);
    const facts = await readQuotaFacts(new AwsClients(), needs);
    const byKey = Object.fromEntries(facts.map((f) => [f.key, f]));
    expect(byKey[quotaKey(region, quotaFor('ecs', 'g5.2xlarge', false)!)]).toEqual({
      key: quotaKey(region, quotaFor('ecs', 'g5.2xlarge', false)!),
      known: true,
      value: 64,
      quotaCode: 'L-DB2E81BA',
      source: 'applied',
      usage: 8 // the running on-demand g5.2xlarge; the spot one counts on the spot quota
    });
    // No applied value: GetServiceQuota says NoSuchResourceException, the default listing answers.
    expect(byKey[quotaKey(region, quotaFor('sagemaker', 'g5.2xlarge', false)!)]).toMatchObject({ known: true, value: 2, source: 'default', usage: 1 });
    expect(aws.calls('ec2:DescribeInstances')).toBe(1);
    expect(aws.callsTo('ec2:DescribeInstances')[0].input).toMatchObject({ 'Filter.1.Name': 'instance-state-name', 'Filter.2.Name': 'instance-type', 'Filter.2.Value.1': 'g*' });
  });

  it('a code the bundled table lacks is found by name in the defaults', async () => {
    const region = 'ap-northeast-1';
    for (let i = 0; i < 5; i++) setQuota(aws.store, region, { serviceCode: 'sagemaker', code: `L-0000000${i}`, name: `ml.x${i}.large for endpoint usage`, defaultValue: 1 });
    setQuota(aws.store, region, { serviceCode: 'sagemaker', code: 'L-FAKE0G6X', name: 'ml.g6.xlarge for endpoint usage', value: 4, defaultValue: 0 });
    const plan = buildPlan([spec({ region, instance: 'g6.xlarge', scaling: { min: 1, max: 1 } })], { known: true, stacks: [], regions: [region] }, options);
    const [fact] = await readQuotaFacts(new AwsClients(), quotaNeeds(plan));
    expect(fact).toMatchObject({ known: true, quotaCode: 'L-FAKE0G6X', value: 4, source: 'applied', usage: 0 });
    // Page size 2 over six quotas: three pages of the listing.
    expect(aws.calls('servicequotas:ListAWSDefaultServiceQuotas')).toBe(3);
  });

  it('refused: unknown with the reason, never a number', async () => {
    const region = 'us-east-1';
    aws.inject('servicequotas:GetServiceQuota', { kind: 'error', code: 'AccessDeniedException', message: 'not authorized', status: 400 }, 5);
    const plan = buildPlan([spec({ region, service: 'ecs' })], { known: true, stacks: [], regions: [region] }, options);
    const [fact] = await readQuotaFacts(new AwsClients(), quotaNeeds(plan));
    expect(fact.known).toBe(false);
    expect(fact.known === false && fact.reason).toMatch(/^AccessDeniedException: not authorized reading ec2 quota L-DB2E81BA/);
  });
});
