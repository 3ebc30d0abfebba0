// CreateStack and UpdateStack of the AWS fake, through the real SDK client: parameter and
// capability checks as CloudFormation makes them, statuses over time, "No updates are to be
// performed", and the bootstrap template's outputs and bucket.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CloudFormationClient, CreateStackCommand, DescribeStackEventsCommand, DescribeStacksCommand, UpdateStackCommand, type Parameter } from '@aws-sdk/client-cloudformation';
import { FakeAws, ManualClock } from './aws.js';

const TEMPLATE = readFileSync('cloudformation/bootstrap.yaml', 'utf8');
const REGION = 'eu-west-1';
const PARAMS = [
  { ParameterKey: 'StackPrefix', ParameterValue: 'emd' },
  { ParameterKey: 'GitHubOidc', ParameterValue: 'none' },
  { ParameterKey: 'GitHubRepository', ParameterValue: '' },
  { ParameterKey: 'GitHubOidcSubjects', ParameterValue: '' }
];

describe('fake CloudFormation CreateStack / UpdateStack', () => {
  const clock = new ManualClock();
  const aws = new FakeAws({ clock });
  let cfn: CloudFormationClient;

  beforeAll(async () => {
    await aws.start();
    aws.store.stackOperationMs = 60_000;
    cfn = new CloudFormationClient({ region: REGION, endpoint: aws.url, credentials: { accessKeyId: 'AKIDFAKE', secretAccessKey: 'fake' }, maxAttempts: 1 });
  });
  afterAll(async () => {
    cfn.destroy();
    await aws.close();
  });

  const create = (over: Partial<ConstructorParameters<typeof CreateStackCommand>[0]> = {}) =>
    cfn.send(new CreateStackCommand({ StackName: 'emd-bootstrap', TemplateBody: TEMPLATE, Parameters: PARAMS, Capabilities: ['CAPABILITY_NAMED_IAM'], Tags: [{ Key: 'emd:role', Value: 'bootstrap' }], ...over }));
  const describe1 = async () => (await cfn.send(new DescribeStacksCommand({ StackName: 'emd-bootstrap' }))).Stacks![0];

  it('refuses what CloudFormation refuses: capabilities, unknown or bad parameters', async () => {
    await expect(create({ Capabilities: [] })).rejects.toThrow('Requires capabilities : [CAPABILITY_NAMED_IAM]');
    await expect(create({ Capabilities: ['CAPABILITY_IAM'] })).rejects.toThrow('Requires capabilities : [CAPABILITY_NAMED_IAM]');
    await expect(create({ Parameters: [...PARAMS, { ParameterKey: 'Nope', ParameterValue: 'x' }] })).rejects.toThrow('Parameters: [Nope] do not exist in the template');
    await expect(create({ Parameters: [{ ParameterKey: 'StackPrefix', ParameterValue: 'EMD;rm' }] })).rejects.toThrow("Parameter 'StackPrefix' must match pattern");
    await expect(create({ Parameters: [{ ParameterKey: 'GitHubOidc', ParameterValue: 'all' }] })).rejects.toThrow("Parameter 'GitHubOidc' must be one of AllowedValues");
    await expect(create({ TemplateBody: 'Description: nothing\n' })).rejects.toThrow('At least one Resources member must be defined');
    expect(aws.store.liveStacks(REGION)).toHaveLength(0);
  });

  it('creates over time, with resource events and the bootstrap outputs, and creates the bucket', async () => {
    const { StackId } = await create();
    expect(StackId).toMatch(/^arn:aws:cloudformation:eu-west-1:123456789012:stack\/emd-bootstrap\//);
    expect((await describe1()).StackStatus).toBe('CREATE_IN_PROGRESS');
    expect((await describe1()).Outputs ?? []).toEqual([]);
    await expect(create()).rejects.toThrow('Stack [emd-bootstrap] already exists');
    await expect(cfn.send(new UpdateStackCommand({ StackName: 'emd-bootstrap', UsePreviousTemplate: true }))).rejects.toThrow('is in CREATE_IN_PROGRESS state and can not be updated');

    clock.advance(60_000);
    const stack = await describe1();
    expect(stack.StackStatus).toBe('CREATE_COMPLETE');
    expect(Object.fromEntries(stack.Outputs!.map((o) => [o.OutputKey, o.OutputValue]))).toMatchObject({
      ArtifactBucket: 'emd-artifacts-123456789012-eu-west-1',
      PipelineName: 'emd-deploy',
      BuildProjectName: 'emd-build'
    });
    expect(stack.Outputs!.map((o) => o.OutputKey)).not.toContain('GitHubRoleArn');
    expect(stack.Parameters).toContainEqual({ ParameterKey: 'StackPrefix', ParameterValue: 'emd' });
    expect(stack.Tags).toEqual([{ Key: 'emd:role', Value: 'bootstrap' }]);
    expect(aws.store.buckets.has('emd-artifacts-123456789012-eu-west-1')).toBe(true);
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: 'emd-bootstrap' }))).StackEvents!;
    expect(events[0].ResourceStatus).toBe('CREATE_COMPLETE');
    expect(events.some((e) => e.LogicalResourceId === 'Pipeline' && e.ResourceStatus === 'CREATE_COMPLETE')).toBe(true);
  });

  it('answers "No updates are to be performed" when nothing changed, and updates when something did', async () => {
    const update = (params: Parameter[] = PARAMS) =>
      cfn.send(new UpdateStackCommand({ StackName: 'emd-bootstrap', TemplateBody: TEMPLATE, Parameters: params, Capabilities: ['CAPABILITY_NAMED_IAM'], Tags: [{ Key: 'emd:role', Value: 'bootstrap' }] }));
    await expect(update()).rejects.toThrow('No updates are to be performed.');
    await expect(update(PARAMS.map((p) => (p.ParameterKey === 'StackPrefix' ? { ParameterKey: p.ParameterKey, UsePreviousValue: true } : p)))).rejects.toThrow('No updates are to be performed.');

    const oidc = [
      { ParameterKey: 'StackPrefix', ParameterValue: 'emd' },
      { ParameterKey: 'GitHubOidc', ParameterValue: 'existing-provider' },
      { ParameterKey: 'GitHubRepository', ParameterValue: 'acme/models' },
      { ParameterKey: 'GitHubOidcSubjects', ParameterValue: 'repo:acme/models:pull_request' }
    ];
    await update(oidc);
    expect((await describe1()).StackStatus).toBe('UPDATE_IN_PROGRESS');
    clock.advance(60_000);
    const stack = await describe1();
    expect(stack.StackStatus).toBe('UPDATE_COMPLETE');
    expect(stack.Outputs!.find((o) => o.OutputKey === 'GitHubRoleArn')?.OutputValue).toBe('arn:aws:iam::123456789012:role/emd-github-eu-west-1');
    await expect(update(oidc)).rejects.toThrow('No updates are to be performed.');
    await expect(cfn.send(new UpdateStackCommand({ StackName: 'emd-nothing', UsePreviousTemplate: true }))).rejects.toThrow('Stack [emd-nothing] does not exist');
  });
});
