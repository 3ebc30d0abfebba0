import { describe, expect, it } from '@jest/globals';
import { checkBudget, estimateCost, formatDelta, formatUsd, summarizeCosts, type DeploymentCost } from '../../src/core/cost.js';
import type { DeploymentSpec } from '../../src/core/types.js';

const base: DeploymentSpec = {
  name: 'chat',
  model: 'Qwen/Qwen2.5-7B-Instruct',
  revision: 'main',
  engine: 'vllm',
  engine_args: {},
  service: 'sagemaker',
  instance: 'g5.2xlarge',
  region: 'us-east-1',
  scaling: { min: 1, max: 2 },
  spot: false,
  api_key: 'none',
  protect: false,
  tags: {}
};
const spec = (over: Partial<DeploymentSpec>): DeploymentSpec => ({ ...base, ...over });
const office = { up: '0 8 * * 1-5', down: '0 19 * * 1-5', timezone: 'Europe/Berlin' };

describe('estimateCost', () => {
  it('SageMaker g5.2xlarge × 1–2 in us-east-1', () => {
    const cost = estimateCost(base);
    expect(cost).toMatchObject({ hourlyMin: 1.515, hourlyMax: 3.03, monthlyMin: 1105.95, monthlyMax: 2211.9, hoursPerMonth: 730, unknown: [], priceDate: '2026-08', estimate: false });
    expect(cost.lines[0]).toMatchObject({ label: 'ml.g5.2xlarge × 1–2', period: 'hourly', usd: 1.515, quantity: { min: 1, max: 2 }, hours: 730 });
    expect(cost.lines[1]).toMatchObject({ label: 'Endpoint front end (serverless)', usd: null, excluded: true, note: 'usage-based, not included' });
  });

  it('adds a generated API key secret', () => {
    const cost = estimateCost(spec({ api_key: 'generate' }));
    expect([cost.monthlyMin, cost.monthlyMax]).toEqual([1106.35, 2212.3]);
    expect(cost.lines.map((l) => l.label)).toContain('Secrets Manager secret (generated API key)');
    expect(estimateCost(spec({ api_key: { secret: 'my-key' } })).monthlyMin).toBe(1105.95);
  });

  it('a schedule of 11 h × 5 days bills 239.0 instance hours', () => {
    const cost = estimateCost(spec({ scaling: { min: 1, max: 1 }, schedule: office }));
    expect(cost.hoursPerMonth.toFixed(1)).toBe('239.0');
    expect(cost.monthlyMin).toBe(Math.round(1.515 * ((55 * 730) / 168) * 100) / 100);
    expect(cost.monthlyMin).toBe(362.07);
    expect(cost.hourlyMin).toBe(1.515);
    expect(cost.lines[0].note).toBe('schedule: up 239 h of 730 h (Europe/Berlin)');
  });

  it('ECS adds an always-on ALB and assumed root volumes', () => {
    const cost = estimateCost(spec({ service: 'ecs' }));
    // 1.212 × 730 = 884.76 per instance; ALB 0.0225 × 730 = 16.425; 100 GiB × 0.08 = 8 per instance.
    expect(cost.hourlyMin).toBe(1.2345);
    expect(cost.hourlyMax).toBe(2.4465);
    expect(cost.monthlyMin).toBe(909.19); // 909.185
    expect(cost.monthlyMax).toBe(1801.95); // 1801.945
    const alb = cost.lines.find((l) => l.label === 'Application Load Balancer')!;
    expect(alb).toMatchObject({ usd: 0.0225, hours: 730 });
    expect(alb.note).toContain('always on, also while scaled to zero or scheduled down');
    expect(cost.lines.find((l) => l.label.startsWith('EBS'))).toMatchObject({ label: 'EBS gp3 root volume 100 GiB × 1–2', usd: 8, monthlyMin: 8, monthlyMax: 16 });
    expect(estimateCost(spec({ service: 'ecs' }), { rootVolumeGiB: 200 }).monthlyMin).toBe(917.19);
  });

  it('scaled to zero, only the ALB is billed', () => {
    const cost = estimateCost(spec({ service: 'ecs', scaling: { min: 0, max: 1 } }));
    expect(cost.hourlyMin).toBe(0.0225);
    expect(cost.monthlyMin).toBe(16.43);
  });

  it('a schedule cuts instance and volume hours but not the ALB', () => {
    const cost = estimateCost(spec({ service: 'ec2', scaling: { min: 1, max: 1 }, schedule: office }));
    const hours = (55 * 730) / 168;
    expect(cost.monthlyMin).toBeCloseTo(1.212 * hours + 0.0225 * 730 + (8 * hours) / 730, 2);
  });

  it('a ttl caps the month at the lifetime', () => {
    const cost = estimateCost(spec({ service: 'ecs', scaling: { min: 1, max: 1 }, ttl: '8h', api_key: 'generate' }));
    expect(cost.hoursPerMonth).toBe(8);
    expect(cost.monthlyMin).toBeCloseTo(1.212 * 8 + 0.0225 * 8 + (8 * 8) / 730 + (0.4 * 8) / 730, 2);
    expect(cost.lines[0].note).toBe('ttl 8h: torn down after 8 h, so the month shows its whole lifetime');
  });

  it('protect ignores schedule and ttl, as teardown does', () => {
    const cost = estimateCost(spec({ schedule: office, ttl: '8h', protect: true }));
    expect(cost.hoursPerMonth).toBe(730);
    expect(cost.monthlyMin).toBe(1105.95);
  });

  it('spot uses the indicative average', () => {
    const cost = estimateCost(spec({ service: 'ecs', spot: true, scaling: { min: 1, max: 1 } }));
    expect(cost.lines[0]).toMatchObject({ label: 'g5.2xlarge × 1 (spot)', usd: 0.43682, note: 'spot: indicative average, interruptions possible' });
    expect(cost.priceDate).toBe('2025-11-30');
  });

  it('no instance price: totals unknown, with the reason', () => {
    const cost = estimateCost(spec({ region: 'eu-west-1' }));
    expect(cost).toMatchObject({ hourlyMin: null, hourlyMax: null, monthlyMin: null, monthlyMax: null, priceDate: 'unknown' });
    expect(cost.unknown).toEqual([
      'no SageMaker price for ml.g5.2xlarge in eu-west-1 in the bundled data (often: not offered there; SageMaker prices cover us-east-1, us-west-2 (estimate))'
    ]);
  });

  it('an unpriced extra is left out of the totals and listed, never priced from us-east-1', () => {
    const cost = estimateCost(spec({ service: 'ecs', region: 'eu-west-1', scaling: { min: 1, max: 1 }, api_key: 'generate' }));
    expect(cost.monthlyMin).toBe(Math.round(1.35296 * 730 * 100) / 100);
    expect(cost.hourlyMin).toBe(1.353);
    expect(cost.unknown).toEqual([
      'no ALB price for eu-west-1 in the bundled data (known for ap-northeast-1, us-east-1, us-west-2); left out of the total',
      'no EBS gp3 price for eu-west-1 in the bundled data (known for us-east-1); left out of the total',
      'no Secrets Manager price for eu-west-1 in the bundled data (known for us-east-1); left out of the total'
    ]);
    expect(cost.lines.filter((l) => l.excluded).map((l) => l.usd)).toEqual([null, null, null]);
  });

  it('marks estimated prices', () => {
    const cost = estimateCost(spec({ region: 'us-west-2', scaling: { min: 1, max: 1 } }));
    expect(cost.estimate).toBe(true);
    expect(cost.lines[0].note).toBe('ESTIMATE');
    expect(cost.monthlyMin).toBe(1105.95);
  });
});

const fixed = (monthlyMin: number | null, monthlyMax = monthlyMin, unknown: string[] = []): DeploymentCost => ({
  hourlyMin: monthlyMin === null ? null : monthlyMin / 730,
  hourlyMax: monthlyMax === null ? null : monthlyMax / 730,
  monthlyMin,
  monthlyMax,
  hoursPerMonth: 730,
  lines: [],
  unknown,
  priceDate: '2026-01-21',
  estimate: false
});

describe('summarizeCosts', () => {
  it('totals both sides and the change', () => {
    const summary = summarizeCosts([fixed(1105.95, 2211.9), fixed(1000)], [fixed(1000)]);
    expect(summary.desired).toMatchObject({ monthlyMin: 2105.95, monthlyMax: 3211.9 });
    expect(summary.live.monthlyMin).toBe(1000);
    expect(summary.delta).toEqual({ monthlyMin: 1105.95, monthlyMax: 2211.9 });
    expect(summary.headline).toBe('Monthly estimate increases by $1,106 (+111%)');
  });

  it('one unknown makes the side unknown and keeps the reason', () => {
    const summary = summarizeCosts([fixed(null, null, ['no price for x'])], [fixed(10)]);
    expect(summary.desired.monthlyMin).toBeNull();
    expect(summary.delta.monthlyMin).toBeNull();
    expect(summary.unknown).toEqual(['no price for x']);
    expect(summary.headline).toBe('Monthly estimate change is unknown');
  });

  it('nothing live counts from $0', () => {
    expect(summarizeCosts([fixed(16.43)], []).headline).toBe('Monthly estimate increases by $16.43 (from $0)');
  });
});

describe('formatDelta', () => {
  it.each([
    [2200, 3434, 'Monthly estimate increases by $1,234 (+56%)'],
    [3434, 2200, 'Monthly estimate decreases by $1,234 (-36%)'],
    [100, 100.001, 'Monthly estimate does not change'],
    [1000, 1000.4, 'Monthly estimate increases by $0.40 (+<1%)'],
    [0, 500, 'Monthly estimate increases by $500 (from $0)'],
    [500, 0, 'Monthly estimate decreases by $500 (-100%)'],
    [null, 5, 'Monthly estimate change is unknown']
  ])('%p → %p', (before, after, text) => {
    expect(formatDelta(before, after)).toBe(text);
  });
});

describe('formatUsd', () => {
  it.each([
    [1105.95, undefined, '$1,105.95'],
    [2211.9, undefined, '$2,211.90'],
    [1234567.891, undefined, '$1,234,567.89'],
    [0, undefined, '$0.00'],
    [1.515, 3, '$1.515'],
    [3.03, 3, '$3.03'],
    [0.0225, 4, '$0.0225'],
    [1.2345, 3, '$1.235'],
    [1234.4, 0, '$1,234'],
    [-12.5, undefined, '-$12.50'],
    [-0.001, undefined, '$0.00'],
    [null, undefined, 'unknown']
  ])('%p (%p digits) → %s', (n, digits, text) => {
    expect(formatUsd(n, digits)).toBe(text);
  });
});

describe('checkBudget', () => {
  it('passes within budget and at the limit', () => {
    expect(checkBudget({ monthlyTotal: 1000, monthlyDelta: 500, maxMonthlyIncrease: 500, maxMonthlyTotal: 1000 })).toEqual([]);
    expect(checkBudget({ monthlyTotal: null, monthlyDelta: null })).toEqual([]);
  });

  it('names each budget that is exceeded', () => {
    expect(checkBudget({ monthlyTotal: 3434, monthlyDelta: 1234, maxMonthlyIncrease: 500, maxMonthlyTotal: 3000 })).toEqual([
      'Monthly estimate increase $1,234.00 at minimum scale exceeds max-monthly-increase $500.00',
      'Monthly estimate $3,434.00 at minimum scale exceeds max-monthly-total $3,000.00'
    ]);
  });

  it('checks the budgets at maximum scale too, and says which basis failed', () => {
    expect(checkBudget({ monthlyTotal: 800, monthlyDelta: 0, monthlyTotalMax: 16_000, monthlyDeltaMax: 15_200, maxMonthlyIncrease: 500, maxMonthlyTotal: 20_000 })).toEqual([
      'Monthly estimate increase $15,200.00 at maximum scale (every deployment at scaling.max) exceeds max-monthly-increase $500.00; at minimum scale it is $0.00'
    ]);
    expect(checkBudget({ monthlyTotal: 800, monthlyDelta: 0, monthlyTotalMax: 900, monthlyDeltaMax: 100, maxMonthlyIncrease: 500, maxMonthlyTotal: 1000 })).toEqual([]);
  });

  it('an unknown estimate fails a budget it cannot check', () => {
    expect(checkBudget({ monthlyTotal: null, monthlyDelta: null, maxMonthlyTotal: 1000, unknown: ['no SageMaker price for ml.g5.2xlarge in eu-west-1'] })).toEqual([
      'cannot check max-monthly-total: the estimate is unknown for no SageMaker price for ml.g5.2xlarge in eu-west-1'
    ]);
    expect(checkBudget({ monthlyTotal: 10, monthlyDelta: null, maxMonthlyIncrease: 5 })).toEqual(['cannot check max-monthly-increase: the estimate is unknown']);
  });
});
