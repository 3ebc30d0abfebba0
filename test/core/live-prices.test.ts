// The pure core priced from a PriceBook (what the AWS adapters fill): live and cached quotes win
// over the bundled table, every figure names its source, and anything missing falls back.
import { describe, expect, it } from '@jest/globals';
import { estimateCost } from '../../src/core/cost.js';
import { buildPlan } from '../../src/core/plan.js';
import { instanceHourlyPrice } from '../../src/core/pricing.js';
import { emptyPriceBook, extraKey, onDemandKey, spotKey, type PriceBook } from '../../src/core/price-book.js';
import type { DeploymentSpec } from '../../src/core/types.js';

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

function book(fill: (b: PriceBook) => void): PriceBook {
  const b = emptyPriceBook();
  fill(b);
  return b;
}

describe('a live SageMaker price outside us-east-1', () => {
  const prices = book((b) => {
    b.onDemand[onDemandKey('sagemaker', 'eu-west-1', 'g5.2xlarge')] = { usd: 1.689, origin: 'live', date: '2026-12-01' };
  });

  it('prices eu-west-1, which the bundled table cannot', () => {
    expect(estimateCost(base).monthlyMin).toBeNull();
    const cost = estimateCost(base, { prices });
    expect(cost.monthlyMin).toBe(Math.round(1.689 * 730 * 100) / 100);
    expect(cost.priceSource).toBe('live of 2026-12-01');
    expect(cost.lines[0]).toMatchObject({ usd: 1.689, source: 'live of 2026-12-01' });
    expect(cost.unknown).toEqual([]);
  });

  it('says cache when the quote came from an earlier run', () => {
    const cached = book((b) => {
      b.onDemand[onDemandKey('sagemaker', 'eu-west-1', 'g5.2xlarge')] = { usd: 1.689, origin: 'cache', date: '2026-11-30' };
    });
    expect(instanceHourlyPrice('sagemaker', 'g5.2xlarge', 'eu-west-1', { prices: cached })).toMatchObject({ usd: 1.689, label: 'cache of 2026-11-30', origin: 'cache' });
  });

  it('falls back to the bundled table, dated, for anything the book lacks', () => {
    const price = instanceHourlyPrice('sagemaker', 'g5.2xlarge', 'us-east-1', { prices });
    expect(price).toMatchObject({ usd: 1.515, origin: 'bundled', label: 'bundled table of 2026-08' });
  });

  it('a whole plan is priced from the book', () => {
    const plan = buildPlan([base], { known: true, stacks: [], regions: ['eu-west-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false, prices });
    expect(plan.totals.monthlyAfter).toBe(Math.round(1.689 * 730 * 100) / 100);
    expect(buildPlan([base], { known: true, stacks: [], regions: ['eu-west-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false }).totals.monthlyAfter).toBeNull();
  });
});

describe('EC2 extras and spot', () => {
  const ecs = spec({ service: 'ecs', region: 'eu-west-1', scaling: { min: 1, max: 1 } });

  it('ALB and gp3 from the book, each line naming its source', () => {
    const prices = book((b) => {
      b.onDemand[onDemandKey('ec2', 'eu-west-1', 'g5.2xlarge')] = { usd: 1.353, origin: 'live', date: '2026-12-01' };
      b.extras[extraKey('alb', 'eu-west-1')] = { usd: 0.0252, origin: 'live', date: '2026-12-01' };
      b.extras[extraKey('ebs-gp3', 'eu-west-1')] = { usd: 0.088, origin: 'live', date: '2026-12-01' };
    });
    const cost = estimateCost(ecs, { prices });
    const byLabel = Object.fromEntries(cost.lines.map((l) => [l.label.split(' ')[0], l]));
    expect(byLabel.Application).toMatchObject({ usd: 0.0252, source: 'live of 2026-12-01' });
    expect(byLabel.EBS).toMatchObject({ source: 'live of 2026-12-01' });
    expect(byLabel.EBS.usd).toBeCloseTo(8.8, 6);
    expect(cost.unknown).toEqual([]);
    expect(cost.monthlyMin).toBe(Math.round((1.353 * 730 + 0.0252 * 730 + 8.8) * 100) / 100);
    // Without the book eu-west-1 has no ALB or gp3 price in the bundled table.
    expect(estimateCost(ecs).unknown.length).toBe(2);
  });

  it('spot: the cheapest zone now, and whether the subnets reach it', () => {
    const prices = book((b) => {
      b.spot[spotKey('eu-west-1', 'g5.2xlarge')] = {
        origin: 'live',
        date: '2026-12-01',
        zones: [
          { zone: 'eu-west-1b', usd: 0.41 },
          { zone: 'eu-west-1a', usd: 0.52 }
        ]
      };
      b.subnetZones['subnet-a'] = 'eu-west-1a';
      b.subnetZones['subnet-b'] = 'eu-west-1b';
    });
    const network = (ids: string[]) => ({ vpc_id: 'vpc-1', subnet_ids: ids, public: false });
    const inZone = instanceHourlyPrice('ecs', 'g5.2xlarge', 'eu-west-1', { spot: true, prices, subnetIds: network(['subnet-a', 'subnet-b']).subnet_ids });
    expect(inZone).toMatchObject({ usd: 0.41, label: 'live of 2026-12-01', spotZone: { zone: 'eu-west-1b', inSubnets: true } });
    expect(inZone.spotIndicative).toBeUndefined();
    const outside = estimateCost(spec({ service: 'ec2', spot: true, scaling: { min: 1, max: 1 }, network: network(['subnet-a']) }), { prices });
    expect(outside.lines[0].note).toContain('cheapest zone eu-west-1b, not one of its subnets’ zones');
    const unknownSubnet = instanceHourlyPrice('ecs', 'g5.2xlarge', 'eu-west-1', { spot: true, prices, subnetIds: ['subnet-zzz'] });
    expect(unknownSubnet.spotZone?.inSubnets).toBe('unknown');
  });
});
