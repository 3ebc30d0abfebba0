// Static checks of cloudformation/** that cfn-lint cannot make (cfn-lint.test.ts runs it): IAM
// wildcards, and the contract between the templates and the action.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as nodeCrypto from 'node:crypto';
import { Script } from 'node:vm';
import {
  BOOTSTRAP_OUTPUTS,
  MODEL_OUTPUTS,
  NO_DEPLOYMENT,
  PIPELINE_VARIABLES,
  SHARED_MODEL_PARAMETERS,
  SOURCE_BUNDLE_KEY,
  STACK_PREFIX_PATTERN
} from '../../src/aws/pipeline-contract.js';
import { compactTemplateBody, TEMPLATE_BODY_LIMIT } from '../../src/aws/template-body.js';
import { actionsOf, iamStatements, intrinsic, lintTemplate, loadTemplate, parseTemplate, type Template } from './cfn-lint.js';

const ROOT = process.cwd();
const MODEL_TEMPLATES = { sagemaker: 'cloudformation/models/sagemaker.yaml', ecs: 'cloudformation/models/ecs.yaml', ec2: 'cloudformation/models/ec2.yaml' } as const;
const ALL = ['cloudformation/bootstrap.yaml', ...Object.values(MODEL_TEMPLATES)];
const load = (file: string) => loadTemplate(path.join(ROOT, file));
const clone = (t: Template): Template => structuredClone(t);

describe.each(ALL)('%s', (file) => {
  const t = load(file);

  it('passes our IAM rules: only this template\'s own managed policies, no NotAction', () => {
    expect(lintTemplate(t)).toEqual([]);
  });

  it('allows no "*" or service:* action, and no wildcard action at all', () => {
    expect(lintTemplate(t, { strictActions: true }).filter((p) => /action/i.test(p))).toEqual([]);
  });

  it('stays under the CloudFormation template body limit (51,200 bytes) as it is sent', () => {
    // bootstrap mode sends the bootstrap as compact JSON (src/aws/template-body.ts); the model
    // templates go as they are, through the pipeline's artifact.
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const sent = file.endsWith('bootstrap.yaml') ? compactTemplateBody(text) : text;
    expect(Buffer.byteLength(sent)).toBeLessThan(TEMPLATE_BODY_LIMIT);
    if (file.endsWith('bootstrap.yaml')) expect(JSON.parse(sent)).toEqual(t);
  });
});

/** What the plan reads for live prices and the quota preflight (src/aws/pricing.ts, spot.ts, quotas.ts), by statement. */
const PRICE_AND_QUOTA_ACTIONS: Record<string, string[]> = {
  PricesAndQuotas: ['pricing:GetProducts', 'ec2:DescribeSpotPriceHistory', 'ec2:DescribeSubnets', 'ec2:DescribeInstances', 'servicequotas:ListAWSDefaultServiceQuotas', 'sagemaker:ListEndpoints'],
  QuotaValues: ['servicequotas:GetServiceQuota'],
  EndpointsInUse: ['sagemaker:DescribeEndpoint', 'sagemaker:DescribeEndpointConfig']
};
const PRICE_AND_QUOTA_READS = Object.values(PRICE_AND_QUOTA_ACTIONS).flat();
const PRICE_AND_QUOTA_STATEMENTS: Record<string, [string, unknown, null]> = {
  PricesAndQuotas: ['Allow', '*', null],
  // The account's quotas, and its endpoints and endpoint configs (current use of the SageMaker quotas).
  QuotaValues: ['Allow', { 'Fn::Sub': 'arn:${AWS::Partition}:servicequotas:*:${AWS::AccountId}:*' }, null],
  EndpointsInUse: ['Allow', { 'Fn::Sub': 'arn:${AWS::Partition}:sagemaker:*:${AWS::AccountId}:endpoint*' }, null]
};

describe('our IAM rules fail broken templates', () => {
  const good = load(MODEL_TEMPLATES.ecs);
  const broken = (mutate: (t: Template & { Resources: Record<string, any> }) => void) => {
    const t = clone(good) as Template & { Resources: Record<string, any> };
    mutate(t);
    return lintTemplate(t);
  };

  it('"*" and service:* actions, NotAction, and AWS managed policies', () => {
    const problems = broken((t) => {
      const statements = t.Resources.TaskRole.Properties.Policies[0].PolicyDocument.Statement;
      statements.push({ Effect: 'Allow', Action: '*', Resource: '*' });
      statements.push({ Effect: 'Allow', Action: ['s3:GetObject', 's3:*'], Resource: '*' });
      statements.push({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
      t.Resources.TaskRole.Properties.ManagedPolicyArns = ['arn:aws:iam::aws:policy/AdministratorAccess'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Allow of "*"'),
        expect.stringContaining('Allow of "s3:*"'),
        expect.stringContaining('NotAction is not allowed'),
        expect.stringContaining('is not one of this template\'s own policies')
      ])
    );
  });
  it('short-form tags parse to their long form', () => {
    const t = parseTemplate('Resources:\n  A:\n    Type: X\n    Properties:\n      B: !GetAtt R.Endpoint.Address\n      C: !If [Cond, !Ref P, !Ref AWS::NoValue]\n      D: !Sub [\'${V}\', { V: !Ref P }]\n');
    expect(t.Resources.A.Properties).toEqual({
      B: { 'Fn::GetAtt': ['R', 'Endpoint.Address'] },
      C: { 'Fn::If': ['Cond', { Ref: 'P' }, { Ref: 'AWS::NoValue' }] },
      D: { 'Fn::Sub': ['${V}', { V: { Ref: 'P' } }] }
    });
  });
});

describe('model templates', () => {
  describe.each(Object.entries(MODEL_TEMPLATES))('%s', (service, file) => {
    const t = load(file);

    it('declares every shared parameter', () => {
      expect(Object.keys(t.Parameters ?? {})).toEqual(expect.arrayContaining([...SHARED_MODEL_PARAMETERS]));
    });

    it('keeps DeploymentSpec a plain String parameter the action can read back', () => {
      const p = t.Parameters!.DeploymentSpec;
      expect(p.Type).toBe('String');
      expect(p.NoEcho).toBeUndefined();
      expect(p.AllowedPattern).toBeUndefined();
    });

    it('exposes the shared outputs and its service identifiers', () => {
      expect(Object.keys(t.Outputs ?? {}).sort()).toEqual([...MODEL_OUTPUTS[service as keyof typeof MODEL_OUTPUTS]].sort());
    });

    it('builds BaseUrl ending with /v1', () => {
      const value = t.Outputs!.BaseUrl.Value as Record<string, unknown>;
      const sub = value['Fn::Sub'];
      const text = Array.isArray(sub) ? sub[0] : sub;
      // A function URL already ends with a slash.
      expect(text).toMatch(/(\/|\$\{FrontUrl\.FunctionUrl\})v1$/);
    });

    it('never puts the API key in a parameter, an output or an environment variable', () => {
      for (const [name, p] of Object.entries(t.Parameters ?? {})) {
        if (/key/i.test(name)) expect(name).toMatch(/^ApiKey(Mode|SecretArn)$/);
        expect(p.NoEcho).toBeUndefined();
      }
      const text = JSON.stringify(t);
      expect(text).not.toMatch(/resolve:secretsmanager/);
      expect(text).not.toMatch(/"SecretString"\s*:/);
      expect(JSON.stringify(t.Outputs)).not.toMatch(/SecretString|GetSecretValue/);
    });

    it('generates the key into Secrets Manager when asked', () => {
      const secret = t.Resources.ApiKeySecret;
      expect(secret.Type).toBe('AWS::SecretsManager::Secret');
      expect(secret.Condition).toBe('GenerateKey');
      expect(secret.Properties?.GenerateSecretString).toBeDefined();
    });
  });

  it('lets the model port in only from the load balancer security group (ecs, ec2)', () => {
    for (const file of [MODEL_TEMPLATES.ecs, MODEL_TEMPLATES.ec2]) {
      const ingress = load(file).Resources.InstanceSecurityGroup.Properties!.SecurityGroupIngress as Array<Record<string, unknown>>;
      expect(ingress).toEqual([expect.objectContaining({ FromPort: 8000, ToPort: 8000, SourceSecurityGroupId: { Ref: 'LoadBalancerSecurityGroup' } })]);
      expect(JSON.stringify(ingress)).not.toContain('CidrIp');
    }
  });

  it('serves HTTPS with a TLS 1.3 policy when a certificate is given (ecs, ec2)', () => {
    for (const file of [MODEL_TEMPLATES.ecs, MODEL_TEMPLATES.ec2]) {
      const listener = load(file).Resources.Listener.Properties!;
      expect(listener.SslPolicy).toEqual({ 'Fn::If': ['HasCertificate', 'ELBSecurityPolicy-TLS13-1-2-2021-06', { Ref: 'AWS::NoValue' }] });
      expect(listener.Protocol).toEqual({ 'Fn::If': ['HasCertificate', 'HTTPS', 'HTTP'] });
    }
  });

  it('takes the GPU AMI from the public SSM parameter, never a pinned AMI id', () => {
    for (const file of [MODEL_TEMPLATES.ecs, MODEL_TEMPLATES.ec2]) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(load(file).Parameters!.GpuAmiId.Type).toBe('AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>');
      expect(text).not.toMatch(/ami-[0-9a-f]{8,}/);
    }
  });

  it('gives SageMaker large-model timeouts and prefixes the instance type with ml.', () => {
    const variant = (load(MODEL_TEMPLATES.sagemaker).Resources.EndpointConfig.Properties!.ProductionVariants as Array<Record<string, unknown>>)[0];
    expect(variant.ContainerStartupHealthCheckTimeoutInSeconds).toBeGreaterThanOrEqual(1800);
    expect(variant.ModelDataDownloadTimeoutInSeconds).toBeGreaterThanOrEqual(1800);
    expect(variant.InstanceType).toEqual({ 'Fn::Sub': 'ml.${InstanceType}' });
  });
});

describe('the SageMaker front (inline Lambda code)', () => {
  const t = load(MODEL_TEMPLATES.sagemaker);
  const code = (t.Resources.Front.Properties!.Code as { ZipFile: string }).ZipFile;

  it('is valid JavaScript, well inside the inline code limit', () => {
    expect(() => new Script(code)).not.toThrow();
    expect(Buffer.byteLength(code)).toBeLessThan(16_000);
  });

  it('streams through a function URL in RESPONSE_STREAM mode', () => {
    expect(t.Resources.FrontUrl.Properties!.InvokeMode).toBe('RESPONSE_STREAM');
  });

  // Runs the handler with stand-ins for the Lambda streaming globals and the SDK.
  type Sent = { status?: number; headers?: Record<string, string>; body: string };
  const run = async (event: Record<string, unknown>, env: Record<string, string>, invoked: unknown[] = []) => {
    const sent: Sent = { body: '' };
    const stream = { write: (b: unknown) => (sent.body += Buffer.from(b as string).toString()), end: () => undefined };
    class SageMakerRuntimeClient {
      async send(cmd: { name: string; input: unknown }) {
        invoked.push(cmd);
        if (cmd.name === 'stream') {
          return { Body: (async function* () { yield { PayloadPart: { Bytes: Buffer.from('data: {"x":1}\n\n') } }; yield { PayloadPart: { Bytes: Buffer.from('data: [DONE]\n\n') } }; })() };
        }
        return { ContentType: 'application/json', Body: Buffer.from('{"ok":true}') };
      }
    }
    class SecretsManagerClient {
      async send() { return { SecretString: 'the-key\n' }; }
    }
    const command = (name: string) => class { name = name; constructor(public input: unknown) {} };
    const module = { exports: {} as Record<string, (e: unknown) => Promise<void>> };
    const sandbox = {
      module, exports: module.exports, Buffer, console: { error: () => undefined, log: () => undefined },
      process: { env },
      require: (id: string) => {
        if (id === 'node:crypto') return nodeCrypto;
        if (id === '@aws-sdk/client-sagemaker-runtime') return { SageMakerRuntimeClient, InvokeEndpointCommand: command('invoke'), InvokeEndpointWithResponseStreamCommand: command('stream') };
        if (id === '@aws-sdk/client-secrets-manager') return { SecretsManagerClient, GetSecretValueCommand: command('secret') };
        throw new Error(id);
      },
      awslambda: {
        streamifyResponse: (f: (e: unknown, s: unknown) => Promise<void>) => (e: unknown) => f(e, stream),
        HttpResponseStream: { from: (s: unknown, meta: { statusCode: number; headers: Record<string, string> }) => ((sent.status = meta.statusCode), (sent.headers = meta.headers), s) }
      }
    };
    new Script(code).runInNewContext(sandbox);
    await module.exports.handler(event);
    return sent;
  };
  const env = { ENDPOINT_NAME: 'emd-x', SERVED_MODEL_NAME: 'Qwen/Qwen2.5-7B-Instruct', KEY_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:1:secret:emd-x' };
  const post = (headers: Record<string, string>, body: unknown) => ({ rawPath: '/v1/chat/completions', requestContext: { http: { method: 'POST' } }, headers, body: JSON.stringify(body) });

  it('answers 401 without the right Bearer key, and never calls the endpoint then', async () => {
    const invoked: unknown[] = [];
    expect((await run(post({}, { messages: [] }), env, invoked)).status).toBe(401);
    expect((await run(post({ authorization: 'Bearer wrong' }, { messages: [] }), env, invoked)).status).toBe(401);
    expect(invoked).toEqual([]);
  });

  it('forwards with the right key, streaming when asked', async () => {
    const invoked: Array<{ name: string; input: { EndpointName: string } }> = [];
    const plain = await run(post({ authorization: 'Bearer the-key' }, { messages: [] }), env, invoked);
    expect(plain).toMatchObject({ status: 200, body: '{"ok":true}' });
    const streamed = await run(post({ authorization: 'Bearer the-key' }, { messages: [], stream: true }), env, invoked);
    expect(streamed).toMatchObject({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: 'data: {"x":1}\n\ndata: [DONE]\n\n' });
    expect(invoked.map((c) => [c.name, c.input.EndpointName])).toEqual([['invoke', 'emd-x'], ['stream', 'emd-x']]);
  });

  it('lists the served model, and is open only when the key mode is none', async () => {
    const models = await run({ rawPath: '/v1/models', requestContext: { http: { method: 'GET' } }, headers: {} }, { ...env, KEY_SECRET_ARN: '' });
    expect(models.status).toBe(200);
    expect(JSON.parse(models.body).data[0].id).toBe('Qwen/Qwen2.5-7B-Instruct');
  });
});

describe('bootstrap template and the pipeline contract', () => {
  const t = load('cloudformation/bootstrap.yaml');
  const pipeline = t.Resources.Pipeline.Properties as Record<string, any>;
  const stage = (name: string) => (pipeline.Stages as Array<Record<string, any>>).find((s) => s.Name === name)!;

  it('declares exactly the pipeline variables the action sends, each with a harmless default', () => {
    const vars = pipeline.Variables as Array<{ Name: string; DefaultValue: string }>;
    expect(vars.map((v) => v.Name)).toEqual([...PIPELINE_VARIABLES]);
    for (const v of vars) expect(v.DefaultValue).toBe(NO_DEPLOYMENT);
  });

  it('is a V2 pipeline in PARALLEL mode with Source, Build and Deploy stages', () => {
    expect(pipeline.PipelineType).toBe('V2');
    expect(pipeline.ExecutionMode).toBe('PARALLEL');
    expect((pipeline.Stages as Array<{ Name: string }>).map((s) => s.Name)).toEqual(['Source', 'Build', 'Deploy']);
    expect(pipeline.Name).toEqual({ 'Fn::Sub': '${StackPrefix}-deploy' });
  });

  it('sources the bundle from S3 without polling', () => {
    const action = stage('Source').Actions[0];
    expect(action.ActionTypeId).toMatchObject({ Category: 'Source', Provider: 'S3' });
    expect(action.Configuration).toMatchObject({ S3ObjectKey: SOURCE_BUNDLE_KEY, PollForSourceChanges: false });
  });

  it('hands every pipeline variable to the build', () => {
    const env = JSON.parse(stage('Build').Actions[0].Configuration.EnvironmentVariables) as Array<{ name: string; value: string }>;
    expect(env).toEqual(PIPELINE_VARIABLES.map((name) => ({ name, value: `#{variables.${name}}`, type: 'PLAINTEXT' })));
  });

  it('deploys with CREATE_UPDATE from the build output, through the deploy role', () => {
    const action = stage('Deploy').Actions[0];
    expect(action.ActionTypeId).toMatchObject({ Category: 'Deploy', Provider: 'CloudFormation' });
    expect(action.Configuration).toEqual({
      ActionMode: 'CREATE_UPDATE',
      StackName: '#{variables.STACK_NAME}',
      TemplatePath: 'BuildOutput::template.yaml',
      TemplateConfiguration: 'BuildOutput::template-config.json',
      RoleArn: { 'Fn::GetAtt': ['DeployRole', 'Arn'] },
      Capabilities: 'CAPABILITY_IAM'
    });
  });

  it('builds privileged, with a large-image timeout, from buildspecs/build.yml', () => {
    const build = t.Resources.BuildProject.Properties as Record<string, any>;
    expect(build.Environment.PrivilegedMode).toBe(true);
    expect(build.TimeoutInMinutes).toBeGreaterThanOrEqual(120);
    expect(build.Source.BuildSpec).toBe('buildspecs/build.yml');
    expect(build.Name).toEqual({ 'Fn::Sub': '${StackPrefix}-build' });
  });

  it('outputs exactly the contract keys, GitHubRoleArn and GitHubPlanRoleArn only with the roles', () => {
    expect(Object.keys(t.Outputs!).sort()).toEqual([...BOOTSTRAP_OUTPUTS].sort());
    expect(t.Outputs!.GitHubRoleArn.Condition).toBe('CreateGitHubRole');
    expect(t.Resources.GitHubRole.Condition).toBe('CreateGitHubRole');
    expect(t.Outputs!.GitHubPlanRoleArn.Condition).toBe('CreateGitHubRole');
    expect(t.Outputs!.GitHubPlanRoleArn.Value).toEqual({ 'Fn::GetAtt': ['GitHubPlanRole', 'Arn'] });
    expect(t.Resources.GitHubPlanRole.Condition).toBe('CreateGitHubRole');
  });

  it('keeps the artifact bucket versioned, encrypted, private and TLS-only', () => {
    const b = t.Resources.ArtifactBucket.Properties as Record<string, any>;
    expect(b.VersioningConfiguration.Status).toBe('Enabled');
    expect(b.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBeDefined();
    expect(Object.values(b.PublicAccessBlockConfiguration)).toEqual([true, true, true, true]);
    const deny = (t.Resources.ArtifactBucketPolicy.Properties as any).PolicyDocument.Statement[0];
    expect(deny).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });

  it('creates the three engine repositories, scanned on push, with an untagged-image expiry', () => {
    const repos = Object.values(t.Resources).filter((r) => r.Type === 'AWS::ECR::Repository') as Array<{ Properties: Record<string, any> }>;
    expect(repos.map((r) => r.Properties.RepositoryName['Fn::Sub']).sort()).toEqual(['${StackPrefix}/llama-cpp', '${StackPrefix}/tgi', '${StackPrefix}/vllm']);
    for (const r of repos) {
      expect(r.Properties.ImageScanningConfiguration.ScanOnPush).toBe(true);
      expect(JSON.parse(r.Properties.LifecyclePolicy.LifecyclePolicyText).rules[0]).toMatchObject({ selection: { tagStatus: 'untagged' }, action: { type: 'expire' } });
    }
  });

  it('constrains the prefix like the action does', () => {
    const pattern = new RegExp(t.Parameters!.StackPrefix.AllowedPattern as string);
    for (const p of ['emd', 'a', 'team-1', 'abcdefghijklmnopqrst']) {
      expect([p, pattern.test(p)]).toEqual([p, true]);
      expect([p, STACK_PREFIX_PATTERN.test(p)]).toEqual([p, true]);
    }
    for (const p of ['Emd', '1emd', 'emd-', 'abcdefghijklmnopqrstu', 'a.b', '']) {
      expect([p, pattern.test(p)]).toEqual([p, false]);
      expect([p, STACK_PREFIX_PATTERN.test(p)]).toEqual([p, false]);
    }
  });

  describe('the GitHub role', () => {
    const role = t.Resources.GitHubRole.Properties as Record<string, any>;
    const statements = role.Policies[0].PolicyDocument.Statement as Array<Record<string, any>>;
    const allowed = new Set(statements.flatMap((s) => actionsOf(s.Action)));

    it('trusts only the GitHub OIDC audience and the given subject patterns', () => {
      const trust = role.AssumeRolePolicyDocument.Statement;
      expect(trust).toHaveLength(1);
      expect(trust[0].Action).toBe('sts:AssumeRoleWithWebIdentity');
      expect(trust[0].Condition).toEqual({
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': { Ref: 'GitHubOidcSubjects' } }
      });
    });

    it('may make exactly the calls the action makes', () => {
      expect([...allowed].sort()).toEqual(
        [
          'cloudformation:DescribeStacks',
          'cloudformation:DescribeStackEvents',
          'cloudformation:DeleteStack',
          'iam:PassRole',
          'codepipeline:StartPipelineExecution',
          'codepipeline:GetPipelineExecution',
          'codepipeline:GetPipelineState',
          'codepipeline:ListActionExecutions',
          'codepipeline:StopPipelineExecution',
          's3:PutObject',
          's3:GetObject',
          's3:ListBucket',
          'secretsmanager:GetSecretValue',
          'secretsmanager:DescribeSecret',
          'ecr:DescribeImages',
          'ecr:ListImages',
          'ecr:BatchDeleteImage',
          'sts:GetCallerIdentity',
          ...PRICE_AND_QUOTA_READS
        ].sort()
      );
    });

    // One role serves a multi-region manifest: the region part of every ARN is `*`; the prefix,
    // the names and the account are pinned, so any further widening fails here.
    const sub = (text: string) => ({ 'Fn::Sub': text });
    const THIS_ACCOUNT = { StringEquals: { 's3:ResourceAccount': { Ref: 'AWS::AccountId' } } };
    const BUCKET = 'arn:${AWS::Partition}:s3:::${StackPrefix}-artifacts-${AWS::AccountId}-*';

    it('scopes stack deletes to the prefix, PassRole to the deploy roles for CloudFormation, writes to requests/', () => {
      const by = (action: string) => statements.filter((s) => actionsOf(s.Action).includes(action));
      expect(by('cloudformation:DeleteStack').map((s) => [s.Effect, s.Resource, s.Condition ?? null])).toEqual([
        ['Allow', sub('arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/${StackPrefix}-*/*'), { StringEquals: { 'aws:ResourceTag/emd:managed': 'true' } }],
        // The prefix also matches the bootstrap stack itself, in any region; the role must never delete it.
        ['Deny', sub('arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/${StackPrefix}-bootstrap/*'), null]
      ]);
      // DeployRole has no RoleName: CloudFormation names it <prefix>-bootstrap-DeployRole-<suffix>.
      expect(t.Resources.DeployRole.Properties!.RoleName).toBeUndefined();
      expect(by('iam:PassRole')).toEqual([
        expect.objectContaining({
          Resource: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackPrefix}-bootstrap-DeployRole-*'),
          Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } }
        })
      ]);
      // Deployment requests, and teardown records under state/ (written and listed by teardown).
      expect(by('s3:PutObject').map((s) => s.Resource)).toEqual([sub(`${BUCKET}/requests/*`), sub(`${BUCKET}/state/*`)]);
      expect(by('s3:GetObject').map((s) => s.Resource)).toEqual([sub(`${BUCKET}/state/*`)]);
      expect(by('s3:ListBucket')).toEqual([
        expect.objectContaining({ Resource: sub(BUCKET), Condition: { ...THIS_ACCOUNT, StringLike: { 's3:prefix': 'state/*' } } })
      ]);
    });

    it('covers exactly the prefix-scoped resources of every region of this account, and no more', () => {
      expect(Object.fromEntries(statements.map((s) => [s.Sid, [s.Effect, s.Resource, s.Condition ?? null]]))).toEqual({
        ListStacks: ['Allow', '*', null],
        ModelStacks: ['Allow', sub('arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/${StackPrefix}-*/*'), null],
        DeleteManagedStacks: [
          'Allow',
          sub('arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/${StackPrefix}-*/*'),
          { StringEquals: { 'aws:ResourceTag/emd:managed': 'true' } }
        ],
        NeverTheBootstrapStack: ['Deny', sub('arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/${StackPrefix}-bootstrap/*'), null],
        DeleteWithDeployRole: [
          'Allow',
          sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackPrefix}-bootstrap-DeployRole-*'),
          { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } }
        ],
        Pipeline: ['Allow', sub('arn:${AWS::Partition}:codepipeline:*:${AWS::AccountId}:${Pipeline}'), null],
        Requests: ['Allow', sub(`${BUCKET}/requests/*`), THIS_ACCOUNT],
        TeardownRecords: ['Allow', sub(`${BUCKET}/state/*`), THIS_ACCOUNT],
        ListTeardownRecords: ['Allow', sub(BUCKET), { ...THIS_ACCOUNT, StringLike: { 's3:prefix': 'state/*' } }],
        KeysByName: ['Allow', sub('arn:${AWS::Partition}:secretsmanager:*:${AWS::AccountId}:secret:${StackPrefix}-*'), null],
        KeysByTag: ['Allow', sub('arn:${AWS::Partition}:secretsmanager:*:${AWS::AccountId}:secret:*'), { StringEquals: { 'aws:ResourceTag/emd:managed': 'true' } }],
        Images: ['Allow', sub('arn:${AWS::Partition}:ecr:*:${AWS::AccountId}:repository/${StackPrefix}/*'), null],
        WhoAmI: ['Allow', '*', null],
        ...PRICE_AND_QUOTA_STATEMENTS
      });
      // The pipeline has the same name in every region, and the bucket pattern is the bucket's own name over its region.
      expect(t.Resources.Pipeline.Properties!.Name).toEqual(sub('${StackPrefix}-deploy'));
      expect(t.Resources.ArtifactBucket.Properties!.BucketName).toEqual(sub('${StackPrefix}-artifacts-${AWS::AccountId}-${AWS::Region}'));
      expect(JSON.stringify(statements)).not.toContain('AWS::Region');
    });
  });

  describe('the GitHub plan role', () => {
    const role = t.Resources.GitHubPlanRole.Properties as Record<string, any>;
    const statements = role.Policies[0].PolicyDocument.Statement as Array<Record<string, any>>;
    const sub = (text: string) => ({ 'Fn::Sub': text });
    const THIS_ACCOUNT = { StringEquals: { 's3:ResourceAccount': { Ref: 'AWS::AccountId' } } };
    const BUCKET = 'arn:${AWS::Partition}:s3:::${StackPrefix}-artifacts-${AWS::AccountId}-*';

    it('is named like the deploying role, with the default session length', () => {
      expect(role.RoleName).toEqual(sub('${StackPrefix}-github-plan-${AWS::Region}'));
      expect(role.MaxSessionDuration).toBeUndefined();
      expect(role.Policies).toHaveLength(1);
      expect(role.ManagedPolicyArns).toBeUndefined();
    });

    it('trusts the GitHub OIDC audience and any run of the repository (or the given patterns)', () => {
      const trust = role.AssumeRolePolicyDocument.Statement;
      expect(trust).toHaveLength(1);
      expect(trust[0].Action).toBe('sts:AssumeRoleWithWebIdentity');
      expect(trust[0].Principal).toEqual((t.Resources.GitHubRole.Properties as any).AssumeRolePolicyDocument.Statement[0].Principal);
      expect(trust[0].Condition).toEqual({
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: {
          'token.actions.githubusercontent.com:sub': { 'Fn::If': ['DefaultPlanSubjects', sub('repo:${GitHubRepository}:*'), { Ref: 'GitHubPlanOidcSubjects' }] }
        }
      });
      expect(t.Conditions!.DefaultPlanSubjects).toEqual({ 'Fn::Equals': [{ 'Fn::Join': ['', { Ref: 'GitHubPlanOidcSubjects' }] }, ''] });
    });

    it('may only read what a plan reads: the stack listing and the teardown records, in this account', () => {
      expect(Object.fromEntries(statements.map((s) => [s.Sid, [s.Effect, actionsOf(s.Action), s.Resource, s.Condition ?? null]]))).toEqual({
        ListStacks: ['Allow', ['cloudformation:DescribeStacks'], '*', null],
        ReadTeardownRecords: ['Allow', ['s3:GetObject'], sub(`${BUCKET}/state/*`), THIS_ACCOUNT],
        ListTeardownRecords: ['Allow', ['s3:ListBucket'], sub(BUCKET), { ...THIS_ACCOUNT, StringLike: { 's3:prefix': 'state/*' } }],
        WhoAmI: ['Allow', ['sts:GetCallerIdentity'], '*', null],
        // Live prices and the quota preflight: the same reads as the deploying role's, nothing else.
        ...Object.fromEntries(Object.entries(PRICE_AND_QUOTA_STATEMENTS).map(([sid, [effect, resource]]) => [sid, [effect, PRICE_AND_QUOTA_ACTIONS[sid], resource, null]]))
      });
      expect(JSON.stringify(statements)).not.toContain('AWS::Region');
    });

    it('has no write action at all', () => {
      const actions = statements.flatMap((s) => actionsOf(s.Action));
      for (const a of actions) expect([a, /^[a-z0-9-]+:(Describe|Get|List)\w*$/.test(a)]).toEqual([a, true]);
      expect(actions).not.toEqual(expect.arrayContaining([expect.stringMatching(/Put|Delete|Start|Stop|Create|Update|PassRole|Tag/)]));
    });
  });

  it('grants "*" resources only to actions that have no resource-level permissions', () => {
    // Reviewed list: each of these cannot be scoped to an ARN (or is a pure read of public metadata).
    // The stack role's ec2 changes and deletes are tag-scoped (test/templates/stack-role.test.ts);
    // creates, route edits and reads here have no resource-level permission to scope by.
    const unscopable = /^(ecr:GetAuthorizationToken|ec2:(Describe\w+|Get\w+|Create\w+|AttachInternetGateway|DetachInternetGateway|AssociateRouteTable|DisassociateRouteTable|ReplaceRoute\w*|DeleteRoute|AuthorizeSecurityGroup\w+|RunInstances|DeleteNetworkInterface\w*)|secretsmanager:GetRandomPassword|pricing:GetProducts|servicequotas:ListAWSDefaultServiceQuotas|sagemaker:ListEndpoints|logs:(DescribeLogGroups|DescribeResourcePolicies)|cloudwatch:(PutMetricData|GetMetricData)|managed-fleets:\w+|ecs:(RegisterTaskDefinition|DeregisterTaskDefinition|DescribeTaskDefinition|DescribeCapacityProviders|ListClusters|DiscoverPollEndpoint|Poll|StartTelemetrySession|Submit\w+)|autoscaling:Describe\w+|application-autoscaling:Describe\w+|elasticloadbalancing:Describe\w+|cloudformation:(ValidateTemplate|DescribeStacks)|route53:ListHostedZones|sts:GetCallerIdentity)$/;
    for (const s of iamStatements(t)) {
      if (s.Effect !== 'Allow' || s.Resource !== '*' || (s as { Condition?: unknown }).Condition) continue;
      for (const a of actionsOf(s.Action)) expect([s.path, a, unscopable.test(a)]).toEqual([s.path, a, true]);
    }
  });
});

describe('buildspec', () => {
  it('runs the checked scripts and emits template.yaml and template-config.json', () => {
    const spec = parseTemplate(readFileSync(path.join(ROOT, 'buildspecs/build.yml'), 'utf8')) as unknown as Record<string, any>;
    expect(spec.version).toBe(0.2);
    const commands: string[] = Object.values(spec.phases as Record<string, { commands: string[] }>).flatMap((p) => p.commands);
    for (const c of commands) {
      const script = /^bash (buildspecs\/scripts\/[\w-]+\.sh)$/.exec(c)?.[1];
      expect([c, script !== undefined]).toEqual([c, true]);
      expect(statSync(path.join(ROOT, script!)).isFile()).toBe(true);
    }
    expect(spec.artifacts.files.sort()).toEqual(['template-config.json', 'template.yaml']);
  });

  it('no template refers to an intrinsic the linter does not know', () => {
    for (const file of ALL) {
      const t = load(file);
      expect(intrinsic({ Ref: 'x' })).toBe('Ref');
      expect(JSON.stringify(t)).not.toMatch(/"!\w+/);
    }
  });
});
