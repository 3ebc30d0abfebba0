// How the model templates keep an endpoint serving: the EC2 group is created and replaced only once
// its engines answer, spot capacity drains and rebalances, long streams survive a deregistration, and a
// SageMaker update keeps an autoscaled variant's size. Property names and shapes are checked against the
// CloudFormation resource specification by templates.test.ts and cfn-lint; this file holds the values.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadTemplate } from './cfn-lint.js';

const ROOT = process.cwd();
const load = (service: 'sagemaker' | 'ecs' | 'ec2') => loadTemplate(path.join(ROOT, `cloudformation/models/${service}.yaml`)) as any;

describe('EC2: created and replaced only once the engine answers (issue 9, defect 7)', () => {
  const t = load('ec2');
  const asg = t.Resources.AutoScalingGroup;
  const userData: string = t.Resources.LaunchTemplate.Properties.LaunchTemplateData.UserData['Fn::Base64']['Fn::Sub'][0];

  it('waits for one success signal per instance of the minimum before the create completes', () => {
    expect(asg.CreationPolicy.ResourceSignal).toEqual({ Count: { Ref: 'MinCapacity' }, Timeout: expect.stringMatching(/^PT\d+M$/) });
    // Longer than the boot script's own wait for /health (360 × 10 s), plus the weights and the image.
    expect(Number(/^PT(\d+)M$/.exec(asg.CreationPolicy.ResourceSignal.Timeout)![1])).toBeGreaterThan(60);
    expect(asg.CreationPolicy.AutoScalingCreationPolicy.MinSuccessfulInstancesPercent).toBe(100);
  });

  it('the boot script signals the resource that carries the policy', () => {
    const signalled = /--logical-resource-id (\w+)/.exec(userData)![1];
    expect(t.Resources[signalled].CreationPolicy).toBeDefined();
    expect(userData).toContain('--status "$1"');
  });

  it('replaces the group beside the old one instead of rolling down to zero instances', () => {
    expect(asg.UpdatePolicy).toEqual({ AutoScalingReplacingUpdate: { WillReplace: true } });
    expect(JSON.stringify(asg.UpdatePolicy)).not.toContain('MinInstancesInService');
  });
});

describe('spot capacity (issue 9, defect 12)', () => {
  it.each(['ecs', 'ec2'] as const)('%s: the Auto Scaling group rebalances spot capacity, only when spot is asked for', (service) => {
    expect(load(service).Resources.AutoScalingGroup.Properties.CapacityRebalance).toEqual({ 'Fn::If': ['Spot', true, false] });
  });

  it('ecs: the agent drains tasks off an instance on its spot interruption notice', () => {
    const userData: string = load('ecs').Resources.LaunchTemplate.Properties.LaunchTemplateData.UserData['Fn::Base64']['Fn::Sub'];
    expect(userData).toMatch(/^ECS_ENABLE_SPOT_INSTANCE_DRAINING=\$\{UseSpot\}$/m);
    // Inside the ecs.config here-document, which the agent reads.
    const body = userData.slice(userData.indexOf("cat >>/etc/ecs/ecs.config <<'EOF'"), userData.lastIndexOf('\nEOF'));
    expect(body).toContain('ECS_ENABLE_SPOT_INSTANCE_DRAINING');
  });
});

describe('long streams and rolling replacements (issue 9, defect 14)', () => {
  const frontTimeout = load('sagemaker').Resources.Front.Properties.Timeout as number;

  it.each(['ecs', 'ec2'] as const)('%s: draining waits as long as the longest request the project serves, within the ELB maximum', (service) => {
    const attributes = load(service).Resources.TargetGroup.Properties.TargetGroupAttributes as Array<{ Key: string; Value: string }>;
    const delay = Number(attributes.find((a) => a.Key === 'deregistration_delay.timeout_seconds')!.Value);
    expect(delay).toBeGreaterThanOrEqual(frontTimeout);
    expect(delay).toBeLessThanOrEqual(3600);
  });

  it('sagemaker: an update keeps the instance count autoscaling has set, and only when autoscaled', () => {
    expect(load('sagemaker').Resources.Endpoint.Properties.RetainAllVariantProperties).toEqual({ 'Fn::If': ['Autoscale', true, false] });
  });
});
