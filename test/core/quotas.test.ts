// Quota preflight in the pure core: which quota a deployment draws on, what a plan adds at maximum
// scale, and the verdict against quota facts (exceeds = error, > 80% = warning, unknown = warning).
import { describe, expect, it } from '@jest/globals';
import { buildPlan } from '../../src/core/plan.js';
import { specParameterValue, TAG, type LiveStack } from '../../src/core/live.js';
import { evaluateQuotas, quotaFor, quotaKey, quotaNeeds, type QuotaFact } from '../../src/core/quotas.js';
import type { DeploymentSpec } from '../../src/core/types.js';

const base: DeploymentSpec = {
  name: 'chat',
  model: 'Qwen/Qwen2.5-7B-Instruct',
  revision: 'main',
  engine: 'vllm',
  engine_args: {},
  service: 'ecs',
  instance: 'g5.2xlarge',
  region: 'eu-west-1',
  scaling: { min: 1, max: 3 },
  spot: false,
  api_key: 'none',
  protect: false,
  tags: {}
};
const spec = (over: Partial<DeploymentSpec>): DeploymentSpec => ({ ...base, ...over });
const options = { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false };

function stackFor(s: DeploymentSpec): LiveStack {
  return {
    stackName: `emd-${s.name}`,
    stackId: `arn:aws:cloudformation:${s.region}:123456789012:stack/emd-${s.name}/1`,
    region: s.region,
    status: 'CREATE_COMPLETE',
    tags: { [TAG.managed]: 'true', [TAG.deployment]: s.name, [TAG.stackPrefix]: 'emd', [TAG.manifest]: 'models.yaml' },
    parameters: { DeploymentSpec: specParameterValue(s) },
    outputs: {}
  };
}

describe('quotaFor', () => {
  it('maps families to the EC2 vCPU quotas, on-demand and spot', () => {
    expect(quotaFor('ecs', 'g5.2xlarge', false)).toMatchObject({ serviceCode: 'ec2', quotaCode: 'L-DB2E81BA', quotaName: 'Running On-Demand G and VT instances', unit: 'vCPU' });
    expect(quotaFor('ec2', 'g6e.xlarge', true)).toMatchObject({ quotaCode: 'L-3819A6DF', quotaName: 'All G and VT Spot Instance Requests' });
    expect(quotaFor('ec2', 'p4d.24xlarge', false)?.quotaCode).toBe('L-417A185B');
    expect(quotaFor('ec2', 'p5.48xlarge', false)?.quotaCode).toBe('L-417A185B');
    expect(quotaFor('ec2', 'p5.48xlarge', true)?.quotaCode).toBe('L-C4BD4855');
    expect(quotaFor('ec2', 'inf2.xlarge', false)?.quotaCode).toBe('L-1945791B');
    expect(quotaFor('ec2', 'trn1.32xlarge', false)?.quotaCode).toBe('L-2C3B7624');
    expect(quotaFor('ec2', 'c6i.large', false)?.quotaCode).toBe('L-1216C47A');
  });

  it('maps SageMaker types to "<instance> for endpoint usage", code where the table has one', () => {
    expect(quotaFor('sagemaker', 'g5.2xlarge', false)).toEqual({ serviceCode: 'sagemaker', quotaCode: 'L-9614C779', quotaName: 'ml.g5.2xlarge for endpoint usage', unit: 'instances' });
    expect(quotaFor('sagemaker', 'g6.xlarge', false)).toMatchObject({ quotaCode: undefined, quotaName: 'ml.g6.xlarge for endpoint usage' });
  });
});

describe('quotaNeeds', () => {
  it('adds vCPUs at maximum scale, summed per quota and region', () => {
    const plan = buildPlan([spec({}), spec({ name: 'code', instance: 'g5.xlarge', scaling: { min: 0, max: 2 } })], { known: true, stacks: [], regions: ['eu-west-1'] }, options);
    const needs = quotaNeeds(plan);
    expect(needs).toHaveLength(1);
    expect(needs[0]).toMatchObject({ region: 'eu-west-1', adds: 3 * 8 + 2 * 4, deployments: ['chat', 'code'], instanceTypes: ['g5.2xlarge', 'g5.xlarge'] });
  });

  it('an update adds only its growth; unchanged adds nothing', () => {
    const running = spec({ scaling: { min: 1, max: 2 } });
    const grown = buildPlan([spec({ scaling: { min: 1, max: 5 } })], { known: true, stacks: [stackFor(running)], regions: ['eu-west-1'] }, options);
    expect(grown.entries[0].action).toBe('update');
    expect(quotaNeeds(grown)[0].adds).toBe(3 * 8);
    const same = buildPlan([running], { known: true, stacks: [stackFor(running)], regions: ['eu-west-1'] }, options);
    expect(quotaNeeds(same)).toEqual([]);
  });

  it('SageMaker counts instances of the type', () => {
    const plan = buildPlan([spec({ service: 'sagemaker', scaling: { min: 1, max: 2 } })], { known: true, stacks: [], regions: ['eu-west-1'] }, options);
    expect(quotaNeeds(plan)).toMatchObject([{ adds: 2, ref: { quotaCode: 'L-9614C779', unit: 'instances' } }]);
  });
});

describe('evaluateQuotas', () => {
  const plan = buildPlan([spec({})], { known: true, stacks: [], regions: ['eu-west-1'] }, options);
  const needs = quotaNeeds(plan);
  const key = quotaKey('eu-west-1', needs[0].ref);
  const fact = (over: Partial<Extract<QuotaFact, { known: true }>>): QuotaFact => ({ key, known: true, value: 64, quotaCode: 'L-DB2E81BA', source: 'applied', usage: 0, ...over });

  it('over the quota: an error naming the quota, its code, the numbers and where to ask for more', () => {
    const { diagnostics, checks } = evaluateQuotas(needs, [fact({ value: 16, usage: 4 })]);
    expect(checks[0].status).toBe('exceeds');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', deployment: 'chat' });
    expect(diagnostics[0].message).toBe(
      'chat: exceeds quota "Running On-Demand G and VT instances" (L-DB2E81BA) in eu-west-1: 4 vCPUs in use + 24 added at maximum scale = 28 of 16; ' +
        'request an increase: https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-DB2E81BA'
    );
  });

  it('above 80% is a warning, below is fine', () => {
    expect(evaluateQuotas(needs, [fact({ value: 32, usage: 4 })]).diagnostics[0]).toMatchObject({ severity: 'warning' });
    expect(evaluateQuotas(needs, [fact({ value: 32, usage: 4 })]).checks[0].status).toBe('near');
    const fine = evaluateQuotas(needs, [fact({ value: 64, usage: 4 })]);
    expect(fine.checks[0].status).toBe('ok');
    expect(fine.diagnostics).toEqual([]);
  });

  it('unknown is never fine: a warning with the reason', () => {
    const { diagnostics, checks } = evaluateQuotas(needs, [{ key, known: false, reason: 'AccessDeniedException on servicequotas:GetServiceQuota' }]);
    expect(checks[0].status).toBe('unknown');
    expect(diagnostics[0].severity).toBe('warning');
    expect(diagnostics[0].message).toContain('is unknown (AccessDeniedException on servicequotas:GetServiceQuota)');
    expect(evaluateQuotas(needs, []).checks[0].status).toBe('unknown');
  });

  it('a fleet sharing one quota is named by its first five deployments and a count', () => {
    const fleet = buildPlan(
      Array.from({ length: 12 }, (_, i) => spec({ name: `m${i}` })),
      { known: true, stacks: [], regions: ['eu-west-1'] },
      options
    );
    const [d] = evaluateQuotas(quotaNeeds(fleet), []).diagnostics;
    expect(d.message).toMatch(/^m\d+, m\d+, m\d+, m\d+, m\d+ and 7 more deployments: quota "Running On-Demand G and VT instances"/);
    expect(d.deployment).toBeUndefined();
  });

  it('unknown current use: still an error when the plan alone exceeds it, otherwise a warning', () => {
    expect(evaluateQuotas(needs, [fact({ value: 0, usage: undefined, usageUnknown: 'ec2:DescribeInstances denied' })]).diagnostics[0].severity).toBe('error');
    const d = evaluateQuotas(needs, [fact({ value: 64, usage: undefined, usageUnknown: 'ec2:DescribeInstances denied' })]).diagnostics[0];
    expect(d.severity).toBe('warning');
    expect(d.message).toContain('current use is unknown (ec2:DescribeInstances denied)');
  });
});

describe('live state unknown', () => {
  it('counts entries as new but only warns when that goes over: they may already run', () => {
    const plan = buildPlan([spec({})], { known: false, reason: 'DescribeStacks denied', regions: ['eu-west-1'] }, options);
    const needs = quotaNeeds(plan);
    expect(needs[0]).toMatchObject({ adds: 24, uncertain: true });
    const { diagnostics } = evaluateQuotas(needs, [{ key: needs[0].key, known: true, value: 16, quotaCode: 'L-DB2E81BA', source: 'applied', usage: 8 }]);
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(diagnostics[0].message).toContain('may exceed quota "Running On-Demand G and VT instances" (L-DB2E81BA)');
  });
});
