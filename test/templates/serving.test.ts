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

describe('HTTPS a client can verify (issue 9, defect 8)', () => {
  it.each(['ecs', 'ec2'] as const)('%s: BaseUrl is on the domain with a certificate, and the alias record points it at the load balancer', (service) => {
    const t = load(service);
    expect(t.Outputs.BaseUrl.Value).toEqual({
      'Fn::Sub': [
        '${Scheme}://${Host}/v1',
        { Scheme: { 'Fn::If': ['HasCertificate', 'https', 'http'] }, Host: { 'Fn::If': ['HasCertificate', { Ref: 'DomainName' }, { 'Fn::GetAtt': ['LoadBalancer', 'DNSName'] }] } }
      ]
    });
    expect(t.Resources.DnsRecord).toEqual({
      Type: 'AWS::Route53::RecordSet',
      Condition: 'HasZone',
      Properties: {
        HostedZoneId: { Ref: 'HostedZoneId' },
        Name: { Ref: 'DomainName' },
        Type: 'A',
        AliasTarget: { DNSName: { 'Fn::GetAtt': ['LoadBalancer', 'DNSName'] }, HostedZoneId: { 'Fn::GetAtt': ['LoadBalancer', 'CanonicalHostedZoneID'] }, EvaluateTargetHealth: false }
      }
    });
    // A certificate without the name it covers is refused by the template too.
    expect(t.Rules.CertificateNeedsDomain.RuleCondition).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'CertificateArn' }, ''] }] });
  });

  it.each(['ecs', 'ec2'] as const)('%s: the template admits the names and zones the manifest admits', async (service) => {
    const { DOMAIN_PATTERN } = await import('../../src/core/manifest/schema.js');
    const p = load(service).Parameters;
    const domain = new RegExp(p.DomainName.AllowedPattern);
    const zone = new RegExp(p.HostedZoneId.AllowedPattern);
    for (const name of ['llm.example.com', 'a.b.example.co.uk', 'x-1.example.io', '*.example.com', 'LLM.example.com', 'example', "a'b.com", 'a.b.com\n']) {
      expect([name, domain.test(name)]).toEqual([name, name === '' || DOMAIN_PATTERN.test(name)]);
    }
    expect(domain.test('')).toBe(true);
    expect(['', 'Z0123456789ABCDEFGHIJ', 'example.com', 'z123'].map((z) => zone.test(z))).toEqual([true, true, false, false]);
  });
});

describe('SageMaker front: public only (issue 9, defect 9)', () => {
  const t = load('sagemaker');

  it('serves its function URL without IAM auth, the key being checked by the function', () => {
    expect(t.Resources.FrontUrl.Properties.AuthType).toBe('NONE');
    expect(t.Resources.FrontUrlPermission.Condition).toBeUndefined();
  });

  it('refuses PublicEndpoint false, which would put SigV4 where the Bearer key goes', () => {
    expect(t.Rules.PublicFrontOnly.Assertions[0].Assert).toEqual({ 'Fn::Equals': [{ Ref: 'PublicEndpoint' }, 'true'] });
  });
});
