import { describe, expect, it } from '@jest/globals';
import { PRICE_TABLE, lookupPrice } from '../../src/core/catalog/price-data.js';
import { albHourlyPrice, ebsGp3MonthlyPricePerGB, instanceHourlyPrice, priceDataSummary, priceSources, secretMonthlyPrice } from '../../src/core/pricing.js';

describe('bundled price table', () => {
  it('holds the known us-east-1 prices', () => {
    expect(lookupPrice('us-east-1', 'ec2', 'g5.2xlarge')?.usd).toBe(1.212);
    expect(lookupPrice('us-east-1', 'sagemaker', 'ml.g5.2xlarge')?.usd).toBe(1.515);
    expect(lookupPrice('us-east-1', 'ec2', 'p5.48xlarge')?.usd).toBe(55.04);
    expect(lookupPrice('eu-central-1', 'ec2', 'g6e.xlarge')?.usd).toBe(2.327);
  });

  it('has only positive prices, each traced to a dated source', () => {
    let count = 0;
    for (const [region, tables] of Object.entries(PRICE_TABLE.regions)) {
      for (const group of [...tables.ec2, ...tables.sagemaker]) {
        expect(group.sources.length).toBeGreaterThan(0);
        for (const id of group.sources) expect(PRICE_TABLE.sources[id]?.date).toEqual(expect.any(String));
        for (const [type, usd] of Object.entries(group.prices)) {
          expect([region, type, usd > 0]).toEqual([region, type, true]);
          count++;
        }
      }
    }
    expect(Object.keys(PRICE_TABLE.regions)).toHaveLength(30);
    expect(count).toBe(959); // every price of the source prices.json, none dropped
  });

  it('lists a type once per region and table', () => {
    for (const tables of Object.values(PRICE_TABLE.regions)) {
      for (const groups of [tables.ec2, tables.sagemaker]) {
        const keys = groups.flatMap((g) => Object.keys(g.prices));
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('marks the us-west-2 SageMaker table as an estimate and nothing in us-east-1', () => {
    expect(PRICE_TABLE.regions['us-west-2'].sagemaker.every((g) => g.estimate === true)).toBe(true);
    expect(PRICE_TABLE.regions['us-east-1'].sagemaker.some((g) => g.estimate)).toBe(false);
  });

  it('never has a price for p5e (capacity blocks only)', () => {
    for (const region of Object.keys(PRICE_TABLE.regions)) expect(lookupPrice(region, 'ec2', 'p5e.48xlarge')).toBeUndefined();
  });
});

describe('instanceHourlyPrice', () => {
  it('uses EC2 prices for ecs and ec2, dated and confirmed', () => {
    const price = instanceHourlyPrice('ecs', 'g5.2xlarge', 'us-east-1');
    expect(price).toMatchObject({ usd: 1.212, estimate: false, date: '2026-01-21 (confirmed 2026-07-20)' });
    expect(price.source).toMatch(/^EC2 on-demand g5\.2xlarge in us-east-1: .*2026-01-21; confirmed by .*2026-07-20$/);
    expect(instanceHourlyPrice('ec2', 'g5.2xlarge', 'eu-west-1').usd).toBe(1.35296);
  });

  it('uses ml. prices for SageMaker, with or without the prefix', () => {
    expect(instanceHourlyPrice('sagemaker', 'g5.2xlarge', 'us-east-1')).toMatchObject({ usd: 1.515, estimate: false, date: '2026-08' });
    expect(instanceHourlyPrice('sagemaker', 'ML.G5.2XLARGE', 'us-east-1').usd).toBe(1.515);
  });

  it('flags estimates and stale values', () => {
    expect(instanceHourlyPrice('sagemaker', 'g6e.48xlarge', 'us-west-2')).toMatchObject({ usd: 37.66, estimate: true });
    expect(instanceHourlyPrice('sagemaker', 'p5.48xlarge', 'us-east-1').source).toContain('predates the June-2025 AWS P4/P5 price reductions');
  });

  it('is null with a reason where the data has no price', () => {
    expect(instanceHourlyPrice('sagemaker', 'g5.2xlarge', 'eu-west-1')).toEqual({
      usd: null,
      source: 'no SageMaker price for ml.g5.2xlarge in eu-west-1 in the bundled data (often: not offered there; SageMaker prices cover us-east-1, us-west-2 (estimate))',
      estimate: false
    });
    expect(instanceHourlyPrice('ecs', 'g6.xlarge', 'eu-west-1').usd).toBeNull();
    expect(instanceHourlyPrice('ecs', 'g5.2xlarge', 'xx-nowhere-1').usd).toBeNull();
  });

  it('spot uses the indicative average and says so', () => {
    const spot = instanceHourlyPrice('ecs', 'g5.2xlarge', 'us-east-1', { spot: true });
    expect(spot).toMatchObject({ usd: 0.43682, spotIndicative: true, date: '2025-11-30' });
    expect(spot.source).toContain('interruptions 15-20%');
    expect(instanceHourlyPrice('ec2', 'c6i.large', 'us-east-1', { spot: true })).toMatchObject({ usd: null, spotIndicative: true });
  });

  it('SageMaker has no spot: the on-demand price, explained', () => {
    const price = instanceHourlyPrice('sagemaker', 'g5.2xlarge', 'us-east-1', { spot: true });
    expect(price.usd).toBe(1.515);
    expect(price.source).toMatch(/^SageMaker real-time hosting has no spot capacity; on-demand price\./);
  });
});

describe('extras', () => {
  it('exist only where the data has them', () => {
    expect(albHourlyPrice('us-east-1')?.usd).toBe(0.0225);
    expect(albHourlyPrice('ap-northeast-1')?.usd).toBe(0.0243);
    expect(albHourlyPrice('eu-west-1')).toBeUndefined();
    expect(secretMonthlyPrice('us-east-1')?.usd).toBe(0.4);
    expect(secretMonthlyPrice('us-west-2')).toBeUndefined();
    expect(ebsGp3MonthlyPricePerGB('us-east-1')).toMatchObject({ usd: 0.08, date: '2024-07-01' });
  });
});

describe('sources', () => {
  it('lists every source with its date and flags', () => {
    const sources = priceSources();
    expect(sources.find((s) => s.id === 'ec2-gpu@2026-01-21')).toMatchObject({ date: '2026-01-21', estimate: false });
    expect(sources.find((s) => s.id === 'sagemaker-us-west-2-estimate')).toMatchObject({ estimate: true });
    expect(sources.find((s) => s.id === 'ec2-spot@2025-11-30')).toMatchObject({ indicative: true });
    expect(sources.map((s) => s.id)).toEqual([...sources.map((s) => s.id)].sort());
  });

  it('summarises dates in one line', () => {
    expect(priceDataSummary()).toBe(
      'EC2 on-demand prices of 2026-01-21 (us-east-1 confirmed 2026-07-20); CPU types undated, late 2025 or later; ' +
        'SageMaker us-east-1 of 2025-01-26…2026-09-20; us-west-2 SageMaker ESTIMATE (training rates); spot indicative of 2025-11-30. ' +
        'SageMaker prices exist only for us-east-1, us-west-2 (estimate).'
    );
  });
});
