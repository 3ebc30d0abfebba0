import { beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
  type Stack,
  type StackEvent
} from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { unzipSync } from 'fflate';
import { AwsClients } from '../../src/aws/clients.js';
import { buildBundle } from '../../src/aws/bundle.js';
import { MemoryLogger } from '../../src/runner/logger.js';
import { DEPLOY_SUBJECT_PATTERN, checkEnvironmentName, checkOidcSubjects, defaultOidcSubjects, planOidcSubjects, runBootstrap, type BootstrapOptions } from '../../src/modes/bootstrap.js';

const cfn = mockClient(CloudFormationClient);
const s3 = mockClient(S3Client);
const ROOT = process.cwd();
const BUNDLE = buildBundle(ROOT);

const T0 = new Date('2026-03-01T10:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);

const OUTPUTS = {
  ArtifactBucket: 'emd-artifacts-111122223333-eu-west-1',
  PipelineName: 'emd-deploy',
  BuildProjectName: 'emd-build',
  EcrRepositoryPrefix: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/emd',
  DeployRoleArn: 'arn:aws:iam::111122223333:role/emd-bootstrap-DeployRole-ABC'
};
const stack = (StackStatus: string, outputs: Record<string, string> = OUTPUTS): { Stacks: Stack[] } => ({
  Stacks: [
    {
      StackName: 'emd-bootstrap',
      StackStatus: StackStatus as Stack['StackStatus'],
      CreationTime: T0,
      Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue }))
    }
  ]
});
const notFound = () => Object.assign(new Error('Stack with id emd-bootstrap does not exist'), { name: 'ValidationError' });
const event = (id: string, s: number, logical: string, status: string, reason?: string, type = 'AWS::IAM::Role'): StackEvent => ({
  EventId: id,
  StackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/emd-bootstrap/1',
  StackName: 'emd-bootstrap',
  LogicalResourceId: logical,
  ResourceType: type,
  ResourceStatus: status as StackEvent['ResourceStatus'],
  ResourceStatusReason: reason,
  Timestamp: at(s)
});

function options(over: Partial<BootstrapOptions> = {}): BootstrapOptions & { log: MemoryLogger; slept: number[] } {
  let clock = T0.getTime();
  const slept: number[] = [];
  return {
    clients: new AwsClients(),
    region: 'eu-west-1',
    stackPrefix: 'emd',
    actionRoot: ROOT,
    githubOidc: 'none',
    oidcSubjects: [],
    log: new MemoryLogger(),
    now: () => new Date(clock),
    sleep: async (ms: number) => {
      slept.push(ms);
      clock += ms;
    },
    slept,
    ...over
  } as BootstrapOptions & { log: MemoryLogger; slept: number[] };
}

beforeEach(() => {
  cfn.reset();
  s3.reset();
});

describe('runBootstrap', () => {
  it('creates the stack, prints its events as they come, and uploads the bundle', async () => {
    cfn.on(DescribeStacksCommand).rejectsOnce(notFound()).resolvesOnce(stack('CREATE_IN_PROGRESS')).resolves(stack('CREATE_COMPLETE'));
    cfn.on(CreateStackCommand).resolves({ StackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/emd-bootstrap/1' });
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [event('e2', 5, 'ArtifactBucket', 'CREATE_IN_PROGRESS', undefined, 'AWS::S3::Bucket'), event('e1', 1, 'emd-bootstrap', 'CREATE_IN_PROGRESS', 'User Initiated', 'AWS::CloudFormation::Stack')] })
      .resolves({
        StackEvents: [
          event('e3', 90, 'emd-bootstrap', 'CREATE_COMPLETE', undefined, 'AWS::CloudFormation::Stack'),
          event('e2', 5, 'ArtifactBucket', 'CREATE_IN_PROGRESS', undefined, 'AWS::S3::Bucket'),
          event('e1', 1, 'emd-bootstrap', 'CREATE_IN_PROGRESS', 'User Initiated', 'AWS::CloudFormation::Stack')
        ]
      });
    s3.on(HeadObjectCommand).rejects(Object.assign(new Error('NotFound'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } }));
    s3.on(PutObjectCommand).resolves({});

    const opts = options();
    const result = await runBootstrap(opts);

    expect(result).toMatchObject({ status: 'created', stackName: 'emd-bootstrap', region: 'eu-west-1', stackStatus: 'CREATE_COMPLETE', outputs: OUTPUTS, failures: [] });
    const create = cfn.commandCalls(CreateStackCommand)[0].args[0].input;
    expect(create.StackName).toBe('emd-bootstrap');
    expect(create.Capabilities).toEqual(['CAPABILITY_NAMED_IAM']);
    expect(create.TemplateBody).toContain('AWS::CodePipeline::Pipeline');
    expect(create.Parameters).toEqual([
      { ParameterKey: 'StackPrefix', ParameterValue: 'emd' },
      { ParameterKey: 'GitHubOidc', ParameterValue: 'none' },
      { ParameterKey: 'GitHubRepository', ParameterValue: '' },
      { ParameterKey: 'GitHubOidcSubjects', ParameterValue: '' },
      { ParameterKey: 'GitHubPlanOidcSubjects', ParameterValue: '' }
    ]);
    expect(create.Tags).not.toContainEqual(expect.objectContaining({ Key: 'emd:managed' }));

    // Each event once, oldest first, and no real waiting.
    const eventLines = opts.log.lines.filter((l) => /CREATE_(IN_PROGRESS|COMPLETE) /.test(l));
    expect(eventLines).toEqual([
      expect.stringContaining('CREATE_IN_PROGRESS AWS::CloudFormation::Stack emd-bootstrap User Initiated'),
      expect.stringContaining('CREATE_IN_PROGRESS AWS::S3::Bucket ArtifactBucket'),
      expect.stringContaining('CREATE_COMPLETE AWS::CloudFormation::Stack emd-bootstrap')
    ]);
    expect(opts.slept).toEqual([2000]);

    // The bundle: cloudformation/ and buildspecs/, with its hash stored on the object.
    const put = s3.commandCalls(PutObjectCommand)[0].args[0].input;
    expect(put).toMatchObject({ Bucket: OUTPUTS.ArtifactBucket, Key: 'source/bundle.zip', ContentType: 'application/zip' });
    const body = put.Body as Uint8Array;
    expect(put.Metadata).toEqual({ sha256: createHash('sha256').update(body).digest('hex') });
    const entries = Object.keys(unzipSync(body));
    expect(entries).toContain('cloudformation/bootstrap.yaml');
    expect(entries).toContain('cloudformation/models/sagemaker.yaml');
    expect(entries).toContain('buildspecs/build.yml');
    expect(entries).toContain('buildspecs/scripts/stage-weights.sh');
    expect(entries.every((e) => e.startsWith('cloudformation/') || e.startsWith('buildspecs/'))).toBe(true);
    expect(result.bundle).toEqual({ bucket: OUTPUTS.ArtifactBucket, key: 'source/bundle.zip', sha256: BUNDLE.sha256, files: BUNDLE.files.length, uploaded: true });
  });

  it('treats "No updates are to be performed" as a quiet success and skips an unchanged bundle', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [event('old', -3600, 'emd-bootstrap', 'UPDATE_COMPLETE', undefined, 'AWS::CloudFormation::Stack')] });
    cfn.on(UpdateStackCommand).rejects(Object.assign(new Error('No updates are to be performed.'), { name: 'ValidationError' }));
    s3.on(HeadObjectCommand).resolves({ Metadata: { sha256: BUNDLE.sha256 } });

    const opts = options();
    const result = await runBootstrap(opts);

    expect(result).toMatchObject({ status: 'unchanged', outputs: OUTPUTS, failures: [], bundle: { uploaded: false, sha256: BUNDLE.sha256 } });
    expect(result.message).toBeUndefined();
    expect(cfn.commandCalls(UpdateStackCommand)).toHaveLength(1);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    expect(opts.log.lines.some((l) => l.startsWith('error:'))).toBe(false);
    expect(opts.log.lines.join('\n')).not.toContain('UPDATE_COMPLETE AWS::CloudFormation::Stack'); // an old event, never printed
  });

  it('updates, reports only the new events, and uploads a changed bundle', async () => {
    cfn.on(DescribeStacksCommand).resolvesOnce(stack('CREATE_COMPLETE')).resolvesOnce(stack('UPDATE_IN_PROGRESS')).resolves(stack('UPDATE_COMPLETE'));
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [event('old', -60, 'emd-bootstrap', 'CREATE_COMPLETE', undefined, 'AWS::CloudFormation::Stack')] })
      .resolves({
        StackEvents: [
          event('n2', 30, 'Pipeline', 'UPDATE_COMPLETE', undefined, 'AWS::CodePipeline::Pipeline'),
          event('n1', 1, 'emd-bootstrap', 'UPDATE_IN_PROGRESS', 'User Initiated', 'AWS::CloudFormation::Stack'),
          event('old', -60, 'emd-bootstrap', 'CREATE_COMPLETE', undefined, 'AWS::CloudFormation::Stack')
        ]
      });
    cfn.on(UpdateStackCommand).resolves({});
    s3.on(HeadObjectCommand).resolves({ Metadata: { sha256: 'something-else' } });
    s3.on(PutObjectCommand).resolves({});

    const opts = options();
    const result = await runBootstrap(opts);

    expect(result).toMatchObject({ status: 'updated', stackStatus: 'UPDATE_COMPLETE', bundle: { uploaded: true } });
    const printed = opts.log.lines.filter((l) => /_(COMPLETE|IN_PROGRESS) AWS::/.test(l));
    expect(printed).toEqual([expect.stringContaining('UPDATE_IN_PROGRESS AWS::CloudFormation::Stack'), expect.stringContaining('UPDATE_COMPLETE AWS::CodePipeline::Pipeline')]);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1);
  });

  it('fails with the first failing events when the create rolls back, and uploads nothing', async () => {
    cfn
      .on(DescribeStacksCommand)
      .rejectsOnce(notFound())
      .resolvesOnce(stack('CREATE_IN_PROGRESS', {}))
      .resolvesOnce(stack('ROLLBACK_IN_PROGRESS', {}))
      .resolves(stack('ROLLBACK_COMPLETE', {}));
    cfn.on(CreateStackCommand).resolves({ StackId: 'x' });
    const events = [
      event('f6', 70, 'emd-bootstrap', 'ROLLBACK_COMPLETE', undefined, 'AWS::CloudFormation::Stack'),
      event('f5', 40, 'emd-bootstrap', 'ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to create: [GitHubOidcProvider, BuildRole].', 'AWS::CloudFormation::Stack'),
      event('f4', 31, 'BuildRole', 'CREATE_FAILED', 'Resource creation cancelled'),
      event('f3', 30, 'GitHubOidcProvider', 'CREATE_FAILED', 'Provider with url https://token.actions.githubusercontent.com already exists.', 'AWS::IAM::OIDCProvider'),
      event('f2', 3, 'BuildRole', 'CREATE_IN_PROGRESS'),
      event('f1', 1, 'emd-bootstrap', 'CREATE_IN_PROGRESS', 'User Initiated', 'AWS::CloudFormation::Stack')
    ];
    cfn.on(DescribeStackEventsCommand).resolvesOnce({ StackEvents: events.slice(3) }).resolves({ StackEvents: events });

    const opts = options({ githubOidc: 'create-provider', repository: 'octo/models', oidcSubjects: [] });
    const result = await runBootstrap(opts);

    expect(result.status).toBe('failed');
    expect(result.stackStatus).toBe('ROLLBACK_COMPLETE');
    expect(result.failures).toEqual([
      {
        logicalId: 'GitHubOidcProvider',
        resourceType: 'AWS::IAM::OIDCProvider',
        status: 'CREATE_FAILED',
        reason: 'Provider with url https://token.actions.githubusercontent.com already exists.',
        timestamp: at(30)
      }
    ]);
    expect(result.message).toContain('GitHubOidcProvider');
    expect(opts.log.lines).toContainEqual(expect.stringContaining('error: emd-bootstrap ended ROLLBACK_COMPLETE: GitHubOidcProvider'));
    expect(s3.commandCalls(HeadObjectCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    // Default subjects of the repository went into the stack.
    const params = cfn.commandCalls(CreateStackCommand)[0].args[0].input.Parameters!;
    expect(params).toContainEqual({ ParameterKey: 'GitHubOidcSubjects', ParameterValue: defaultOidcSubjects('octo/models').join(',') });
    expect(params).toContainEqual({ ParameterKey: 'GitHubRepository', ParameterValue: 'octo/models' });
    // The deploying role no longer trusts pull requests; the read-only plan role trusts any run.
    expect(params).toContainEqual({ ParameterKey: 'GitHubOidcSubjects', ParameterValue: 'repo:octo/models:ref:refs/heads/main' });
    expect(params).toContainEqual({ ParameterKey: 'GitHubPlanOidcSubjects', ParameterValue: 'repo:octo/models:*' });
  });

  it('keeps bootstrap-oidc-subjects for the deploying role, and gives the plan role the immutable form they use', async () => {
    cfn.on(DescribeStacksCommand).rejectsOnce(notFound()).resolves(stack('CREATE_COMPLETE'));
    cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    cfn.on(CreateStackCommand).resolves({ StackId: 'x' });
    s3.on(HeadObjectCommand).resolves({ Metadata: { sha256: BUNDLE.sha256 } });
    const subjects = ['repo:octo@12/models@34:ref:refs/heads/release', 'repo:octo/models:pull_request'];
    const result = await runBootstrap(options({ githubOidc: 'existing-provider', repository: 'octo/models', oidcSubjects: subjects }));
    expect(result.status).toBe('created');
    const params = cfn.commandCalls(CreateStackCommand)[0].args[0].input.Parameters!;
    expect(params).toContainEqual({ ParameterKey: 'GitHubOidcSubjects', ParameterValue: subjects.join(',') });
    expect(params).toContainEqual({ ParameterKey: 'GitHubPlanOidcSubjects', ParameterValue: 'repo:octo/models:*,repo:octo@12/models@34:*' });
  });

  it('deletes a stack left in ROLLBACK_COMPLETE by an earlier create, then creates it again', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('ROLLBACK_COMPLETE', {}))
      .resolvesOnce(stack('DELETE_IN_PROGRESS', {}))
      .rejectsOnce(notFound())
      .resolves(stack('CREATE_COMPLETE'));
    cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    cfn.on(DeleteStackCommand).resolves({});
    cfn.on(CreateStackCommand).resolves({ StackId: 'x' });
    s3.on(HeadObjectCommand).resolves({ Metadata: { sha256: BUNDLE.sha256 } });

    const result = await runBootstrap(options());

    expect(result.status).toBe('created');
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(1);
    expect(cfn.commandCalls(CreateStackCommand)).toHaveLength(1);
  });

  it('gives up waiting at the timeout, without real sleeping', async () => {
    cfn.on(DescribeStacksCommand).rejectsOnce(notFound()).resolves(stack('CREATE_IN_PROGRESS', {}));
    cfn.on(CreateStackCommand).resolves({ StackId: 'x' });
    cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    const opts = options({ timeoutMs: 60_000 });
    const result = await runBootstrap(opts);
    expect(result).toMatchObject({ status: 'failed', stackStatus: 'CREATE_IN_PROGRESS' });
    expect(result.message).toContain('gave up waiting');
    expect(opts.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60_000);
    expect(Math.max(...opts.slept)).toBeLessThanOrEqual(15_000);
  });

  it('refuses bad inputs before calling AWS', async () => {
    const prefix = await runBootstrap(options({ stackPrefix: 'Bad_Prefix' }));
    expect(prefix).toMatchObject({ status: 'failed', message: expect.stringContaining('stack prefix') });
    const noRepo = await runBootstrap(options({ githubOidc: 'existing-provider' }));
    expect(noRepo).toMatchObject({ status: 'failed', message: expect.stringContaining('owner/repo') });
    const other = await runBootstrap(options({ githubOidc: 'existing-provider', repository: 'octo/models', oidcSubjects: ['repo:evil/models:ref:refs/heads/main'] }));
    expect(other).toMatchObject({ status: 'failed', message: expect.stringContaining('does not belong to octo/models') });
    expect(cfn.calls()).toHaveLength(0);
  });
});

describe('OIDC subjects', () => {
  it('default to the default branch (plus one named environment), never environment:* or pull requests', () => {
    expect(defaultOidcSubjects('octo/models')).toEqual(['repo:octo/models:ref:refs/heads/main']);
    expect(defaultOidcSubjects('octo/models', 'trunk')).toEqual(['repo:octo/models:ref:refs/heads/trunk']);
    expect(defaultOidcSubjects('octo/models', 'main', 'production')).toEqual(['repo:octo/models:ref:refs/heads/main', 'repo:octo/models:environment:production']);
    expect(defaultOidcSubjects('octo/models').join()).not.toContain('pull_request');
    expect(checkOidcSubjects('octo/models', defaultOidcSubjects('octo/models'))).toBeUndefined();
  });

  it('of the plan role: any run of the repository, in each form the deploying role uses', () => {
    expect(planOidcSubjects('octo/models', defaultOidcSubjects('octo/models'))).toEqual(['repo:octo/models:*']);
    expect(planOidcSubjects('octo/models', ['repo:octo@1/models@2:ref:refs/heads/main', 'repo:octo@1/models@2:environment:prod'])).toEqual([
      'repo:octo/models:*',
      'repo:octo@1/models@2:*'
    ]);
    // Only this repository's IDs (checkOidcSubjects refuses the others before).
    expect(planOidcSubjects('octo/models', ['repo:octo@1/other@2:ref:refs/heads/main'])).toEqual(['repo:octo/models:*']);
  });

  it('accepts the repository in name and immutable-ID form', () => {
    expect(
      checkOidcSubjects('octo/models', [
        'repo:octo/models:ref:refs/heads/main',
        'repo:octo/models:pull_request',
        'repo:octo/models:environment:prod',
        'repo:octo/models:ref:refs/tags/v*',
        'repo:octo@123456/models@456789:ref:refs/heads/main'
      ])
    ).toBeUndefined();
  });

  it('refuse a wildcard outside a ref: context: any branch can run in an environment it names (issue 13)', () => {
    for (const s of ['repo:octo/models:environment:*', 'repo:octo/models:environment:prod*', 'repo:octo/models:*', 'repo:octo@1/models@2:environment:?rod']) {
      expect([s, checkOidcSubjects('octo/models', [s])]).toEqual([s, expect.stringContaining('wildcard outside a ref: context')]);
    }
    // The template's AllowedPattern (applied to each subject) says the same.
    for (const s of ['repo:octo/models:environment:*', 'repo:octo/models:*']) expect(DEPLOY_SUBJECT_PATTERN.test(s)).toBe(false);
    for (const s of ['repo:octo/models:environment:prod', 'repo:octo/models:ref:refs/tags/v*', '']) expect(DEPLOY_SUBJECT_PATTERN.test(s)).toBe(true);
  });

  it('refuse an environment name with a wildcard, colon, comma or control character', () => {
    for (const name of ['prod*', 'p?od', 'a:b', 'a,b', 'a\nb', ' prod']) expect([name, checkEnvironmentName(name)]).toEqual([name, expect.stringContaining('must be one GitHub environment name')]);
    expect(checkEnvironmentName('production')).toBeUndefined();
    expect(checkEnvironmentName('Prod EU (west)')).toBeUndefined();
  });

  it('refuses other repositories, wildcards over the repository and bare prefixes', () => {
    for (const s of ['repo:octo/*:ref:refs/heads/main', 'repo:*', 'repo:octo/models-fork:pull_request', 'repo:octo/models:', '*', 'repo:octo@1/other@2:pull_request']) {
      expect([s, checkOidcSubjects('octo/models', [s])]).toEqual([s, expect.stringContaining('does not belong')]);
    }
  });
});
