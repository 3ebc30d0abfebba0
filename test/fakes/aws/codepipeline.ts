// CodePipeline over awsJson1_1, simulating the emd deploy pipeline of cloudformation/bootstrap.yaml
// on the store's clock: Source → Build (reads the deployment request from S3 and checks it against
// the pipeline variables, as buildspecs/scripts/main.sh does) → Deploy (CloudFormation
// CREATE_UPDATE through `store.deployStack`, with the tags, parameters and outputs the real build
// writes). Executions advance lazily whenever the fake is asked about pipelines or stacks.
//
// Like the real API: a clientRequestToken seen before returns the execution it started instead
// of starting another; variables must be declared and non-empty, at most 1000 characters; a stack
// left in ROLLBACK_COMPLETE (or busy) fails the Deploy action; StopPipelineExecution without
// abandon lets the running action finish and starts nothing after it.
import { randomUUID } from 'node:crypto';
import { AwsServiceError, type ActionHandler } from './protocol.js';
import type { AwsStore, StackRecord } from './store.js';
import { TERMINAL_STATUSES } from './store.js';
import { findSecret, installSecretsManager, putSecret } from './secretsmanager.js';
import { MAX_PIPELINE_VARIABLE_LENGTH, names, PIPELINE_VARIABLES } from '../../../src/aws/pipeline-contract.js';
import { canonicalJson } from '../../../src/core/spec-hash.js';
import type { DeploymentSpec } from '../../../src/core/types.js';

export type ExecutionStatus = 'InProgress' | 'Stopping' | 'Stopped' | 'Succeeded' | 'Failed';
type ActionStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Abandoned';

export interface FakeAction {
  id: string;
  stage: 'Source' | 'Build' | 'Deploy';
  action: string;
  status: ActionStatus;
  startTime: number;
  lastUpdateTime: number;
  /** When the action ends by itself (Source, Build); Deploy follows its stack. */
  endsAt?: number;
  externalExecutionId?: string;
  externalExecutionUrl?: string;
  summary?: string;
  error?: { code: string; message: string };
  stackId?: string;
}

/** What one execution does, decided when it starts. Durations are on the store's clock. */
export interface ExecutionScript {
  sourceMs?: number;
  buildMs?: number;
  deployMs?: number;
  /** The build fails with this message in its log (CodePipeline shows a generic one). */
  buildFails?: string;
  /** The stack operation fails: `resource` gets the *_FAILED event, then the stack rolls back. */
  deployFails?: { reason: string; logicalId?: string; resourceType?: string };
}

export interface FakeExecution {
  id: string;
  pipeline: string;
  region: string;
  token: string;
  variables: Record<string, string>;
  startedAt: number;
  status: ExecutionStatus;
  statusSummary?: string;
  actions: FakeAction[];
  script: Required<Pick<ExecutionScript, 'sourceMs' | 'buildMs' | 'deployMs'>> & ExecutionScript;
  stop?: { abandon: boolean; reason?: string };
  /** The deployment request the build read, when it could. */
  request?: { spec: DeploymentSpec; stack_name: string; stack_prefix: string; manifest: string; commit: string; spec_hash: string };
}

interface FakePipeline {
  name: string;
  region: string;
  prefix: string;
  bucket: string;
  buildProject: string;
  executions: FakeExecution[];
  tokens: Map<string, string>;
}

export interface FakePipelineOptions {
  /** Default durations of each stage (store clock). */
  sourceMs?: number;
  buildMs?: number;
  deployMs?: number;
  /** DeleteStack takes this long instead of finishing at once. */
  deleteMs?: number;
  /** BaseUrl output of a deployed stack, e.g. the local OpenAI server. */
  baseUrl?: (spec: DeploymentSpec, region: string) => string;
  /** Value of a generated API key secret. */
  apiKey?: (spec: DeploymentSpec) => string;
  /** Per execution: how it goes. Called once, when the execution starts. */
  script?: (e: { deployment: string; variables: Record<string, string>; attempt: number }) => ExecutionScript | undefined;
}

interface FakeHost {
  readonly store: AwsStore;
  handle(service: string, action: string, handler: ActionHandler): void;
}

export class FakePipelines {
  private readonly queued = new Map<string, ExecutionScript[]>();
  private settling = false;

  constructor(
    private readonly host: FakeHost,
    private readonly options: FakePipelineOptions = {}
  ) {
    for (const [action, fn] of Object.entries(this.handlers())) host.handle('codepipeline', action, fn);
    if (options.deleteMs !== undefined) {
      const ms = options.deleteMs;
      host.handle('cloudformation', 'DeleteStack', (call, store) => {
        const name = call.input.StackName as string | undefined;
        const stack = name ? store.findStack(call.region, name) : undefined;
        if (!stack) return {};
        if (stack.StackStatus === 'DELETE_IN_PROGRESS') return {};
        store.deleteStack(call.region, stack.StackId, { durationMs: ms });
        return {};
      });
    }
    host.store.beforeRead.push((region) => this.settleRegion(region));
  }

  private get store(): AwsStore {
    return this.host.store;
  }

  /**
   * What `mode: bootstrap` leaves in a region: the artifact bucket, the pipeline and the bootstrap
   * stack with its outputs. Returns the outputs.
   */
  seedBootstrap(region: string, prefix = 'emd'): Record<string, string> {
    const account = this.store.accountId;
    const bucket = `${prefix}-artifacts-${account}-${region}`;
    if (!this.store.buckets.has(bucket)) {
      this.store.buckets.set(bucket, { name: bucket, region, createdAt: new Date(this.store.clock.now()), objects: new Map() });
    }
    const pipeline: FakePipeline = {
      name: names.pipeline(prefix),
      region,
      prefix,
      bucket,
      buildProject: names.buildProject(prefix),
      executions: [],
      tokens: new Map()
    };
    this.store.region(region).pipelines.set(pipeline.name, pipeline);
    const outputs = {
      ArtifactBucket: bucket,
      PipelineName: pipeline.name,
      BuildProjectName: pipeline.buildProject,
      EcrRepositoryPrefix: `${account}.dkr.ecr.${region}.amazonaws.com/${prefix}`,
      DeployRoleArn: `arn:aws:iam::${account}:role/${prefix}-deploy-${region}`
    };
    this.store.putStack(region, {
      StackName: names.bootstrapStack(prefix),
      StackStatus: 'CREATE_COMPLETE',
      Tags: { 'emd:role': 'bootstrap', 'emd:stack-prefix': prefix },
      Outputs: outputs
    });
    return outputs;
  }

  /** The next execution of `deployment` runs this script (queued, one per execution). */
  scriptNext(deployment: string, script: ExecutionScript): void {
    this.queued.set(deployment, [...(this.queued.get(deployment) ?? []), script]);
  }

  executions(region?: string): FakeExecution[] {
    const regions = region ? [region] : this.store.regionNames();
    return regions.flatMap((r) => [...this.store.region(r).pipelines.values()].flatMap((p) => (p as FakePipeline).executions));
  }

  executionsOf(deployment: string): FakeExecution[] {
    return this.executions().filter((e) => e.variables.DEPLOYMENT === deployment);
  }

  private pipeline(region: string, name: unknown): FakePipeline {
    const p = typeof name === 'string' ? ((this.store.region(region).pipelines.get(name) as FakePipeline | undefined) ?? this.fromBootstrapStack(region, name)) : undefined;
    if (!p) throw new AwsServiceError('PipelineNotFoundException', `Account '${this.store.accountId}' does not have a pipeline with name '${String(name)}'`);
    return p;
  }

  /**
   * The pipeline a bootstrap stack created through CloudFormation (mode: bootstrap against the
   * fake) names in its outputs: it exists once that stack is CREATE_COMPLETE or updated.
   */
  private fromBootstrapStack(region: string, name: string): FakePipeline | undefined {
    const stack = this.store
      .liveStacks(region)
      .find((s) => (s.StackStatus === 'CREATE_COMPLETE' || s.StackStatus.startsWith('UPDATE_')) && s.Outputs.some((o) => o.OutputKey === 'PipelineName' && o.OutputValue === name));
    const output = (key: string) => stack?.Outputs.find((o) => o.OutputKey === key)?.OutputValue;
    const prefix = stack?.Parameters.find((p) => p.ParameterKey === 'StackPrefix')?.ParameterValue;
    if (!stack || !prefix || !output('ArtifactBucket')) return undefined;
    const pipeline: FakePipeline = {
      name,
      region,
      prefix,
      bucket: output('ArtifactBucket')!,
      buildProject: output('BuildProjectName') ?? names.buildProject(prefix),
      executions: [],
      tokens: new Map()
    };
    this.store.region(region).pipelines.set(name, pipeline);
    return pipeline;
  }

  private execution(p: FakePipeline, id: unknown): FakeExecution {
    const e = p.executions.find((x) => x.id === id);
    if (!e) throw new AwsServiceError('PipelineExecutionNotFoundException', `Pipeline execution with ID '${String(id)}' not found in pipeline '${p.name}'.`);
    return e;
  }

  private handlers(): Record<string, ActionHandler> {
    return {
      StartPipelineExecution: (call) => {
        const p = this.pipeline(call.region, call.input.name);
        const token = call.input.clientRequestToken;
        if (token !== undefined && (typeof token !== 'string' || !/^[a-zA-Z0-9-]{1,128}$/.test(token))) {
          throw new AwsServiceError('ValidationException', `1 validation error detected: Value '${String(token)}' at 'clientRequestToken' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9-]+$`);
        }
        const variables = this.validateVariables(call.input.variables);
        if (typeof token === 'string' && p.tokens.has(token)) return { pipelineExecutionId: p.tokens.get(token) };
        const now = this.store.clock.now();
        const deployment = variables.DEPLOYMENT ?? 'none';
        const attempt = p.executions.filter((e) => e.variables.DEPLOYMENT === deployment).length + 1;
        const scripted = this.queued.get(deployment)?.shift() ?? this.options.script?.({ deployment, variables, attempt }) ?? {};
        const execution: FakeExecution = {
          id: randomUUID(),
          pipeline: p.name,
          region: call.region,
          token: typeof token === 'string' ? token : randomUUID(),
          variables,
          startedAt: now,
          status: 'InProgress',
          actions: [],
          script: {
            ...scripted,
            sourceMs: scripted.sourceMs ?? this.options.sourceMs ?? 1_000,
            buildMs: scripted.buildMs ?? this.options.buildMs ?? 60_000,
            deployMs: scripted.deployMs ?? this.options.deployMs ?? 120_000
          }
        };
        this.startAction(p, execution, 'Source', 'Bundle', now);
        p.executions.push(execution);
        p.tokens.set(execution.token, execution.id);
        return { pipelineExecutionId: execution.id };
      },

      GetPipelineExecution: (call) => {
        const p = this.pipeline(call.region, call.input.pipelineName);
        const e = this.execution(p, call.input.pipelineExecutionId);
        this.settle(p, e);
        return {
          pipelineExecution: {
            pipelineName: p.name,
            pipelineVersion: 1,
            pipelineExecutionId: e.id,
            status: e.status,
            statusSummary: e.statusSummary,
            variables: Object.entries(e.variables).map(([name, resolvedValue]) => ({ name, resolvedValue })),
            trigger: { triggerType: 'StartPipelineExecution', triggerDetail: 'arn:aws:sts::123456789012:assumed-role/emd-github/GitHubActions' },
            executionMode: 'PARALLEL',
            executionType: 'STANDARD'
          }
        };
      },

      ListActionExecutions: (call) => {
        const p = this.pipeline(call.region, call.input.pipelineName);
        const filter = (call.input.filter ?? {}) as { pipelineExecutionId?: string };
        const chosen = filter.pipelineExecutionId ? [this.execution(p, filter.pipelineExecutionId)] : p.executions;
        for (const e of chosen) this.settle(p, e);
        // Newest first, as the real API lists them.
        const details = chosen
          .flatMap((e) => e.actions.map((a) => ({ e, a })))
          .sort((x, y) => y.a.startTime - x.a.startTime)
          .map(({ e, a }) => ({
            pipelineExecutionId: e.id,
            actionExecutionId: a.id,
            pipelineVersion: 1,
            stageName: a.stage,
            actionName: a.action,
            startTime: new Date(a.startTime),
            lastUpdateTime: new Date(a.lastUpdateTime),
            status: a.status,
            input: { actionTypeId: actionType(a.stage), configuration: {}, resolvedConfiguration: {}, region: e.region },
            output: {
              executionResult: {
                externalExecutionId: a.externalExecutionId,
                externalExecutionUrl: a.externalExecutionUrl,
                externalExecutionSummary: a.summary,
                errorDetails: a.error
              },
              outputVariables: {}
            }
          }));
        return { actionExecutionDetails: details };
      },

      StopPipelineExecution: (call) => {
        const p = this.pipeline(call.region, call.input.pipelineName);
        const e = this.execution(p, call.input.pipelineExecutionId);
        this.settle(p, e);
        const abandon = call.input.abandon === true;
        if (e.status === 'Stopping' && !abandon) {
          throw new AwsServiceError('DuplicatedStopRequestException', 'Execution is already being stopped; abandon it to stop at once.');
        }
        if (e.status !== 'InProgress' && e.status !== 'Stopping') {
          throw new AwsServiceError('PipelineExecutionNotStoppableException', `Unable to stop pipeline execution '${e.id}' in status ${e.status}.`);
        }
        e.stop = { abandon, reason: typeof call.input.reason === 'string' ? call.input.reason : undefined };
        e.status = 'Stopping';
        if (abandon) {
          const now = this.store.clock.now();
          for (const a of e.actions.filter((x) => x.status === 'InProgress')) {
            a.status = 'Abandoned';
            a.lastUpdateTime = now;
          }
          e.status = 'Stopped';
        }
        this.settle(p, e);
        return { pipelineExecutionId: e.id };
      }
    };
  }

  private validateVariables(raw: unknown): Record<string, string> {
    const out: Record<string, string> = {};
    const list = Array.isArray(raw) ? (raw as { name?: unknown; value?: unknown }[]) : [];
    const declared = new Set<string>(PIPELINE_VARIABLES);
    for (const v of list) {
      if (typeof v.name !== 'string' || !declared.has(v.name)) {
        throw new AwsServiceError('ValidationException', `Variable ${String(v.name)} is not defined in the pipeline`);
      }
      if (typeof v.value !== 'string' || v.value === '' || v.value.length > MAX_PIPELINE_VARIABLE_LENGTH) {
        throw new AwsServiceError('ValidationException', `Value of variable ${v.name} must be 1 to ${MAX_PIPELINE_VARIABLE_LENGTH} characters`);
      }
      out[v.name] = v.value;
    }
    // Undeclared ones fall back to the pipeline's defaults.
    for (const name of PIPELINE_VARIABLES) out[name] ??= 'none';
    return out;
  }

  private startAction(p: FakePipeline, e: FakeExecution, stage: FakeAction['stage'], action: string, at: number): FakeAction {
    const a: FakeAction = { id: randomUUID(), stage, action, status: 'InProgress', startTime: at, lastUpdateTime: at };
    if (stage === 'Source') a.endsAt = at + e.script.sourceMs;
    if (stage === 'Build') {
      a.endsAt = at + e.script.buildMs;
      a.externalExecutionId = `${p.buildProject}:${randomUUID()}`;
      a.externalExecutionUrl = `https://console.aws.amazon.com/codebuild/home?region=${p.region}#/builds/${encodeURIComponent(a.externalExecutionId)}/view/new`;
    }
    e.actions.push(a);
    return a;
  }

  private settleRegion(region: string): void {
    for (const p of this.store.region(region).pipelines.values()) {
      for (const e of (p as FakePipeline).executions) this.settle(p as FakePipeline, e);
    }
  }

  /** Moves an execution forward to the store's clock. Re-entrant calls (stack reads) are no-ops. */
  private settle(p: FakePipeline, e: FakeExecution): void {
    if (this.settling) return;
    this.settling = true;
    try {
      for (let guard = 0; guard < 10 && this.step(p, e); guard++);
    } finally {
      this.settling = false;
    }
  }

  /** One transition, if one is due; true when something changed. */
  private step(p: FakePipeline, e: FakeExecution): boolean {
    if (e.status !== 'InProgress' && e.status !== 'Stopping') return false;
    const now = this.store.clock.now();
    const current = e.actions[e.actions.length - 1];
    if (current.status === 'InProgress') {
      if (current.stage === 'Deploy') return this.followStack(e, current, now);
      if (current.endsAt === undefined || current.endsAt > now) return false;
      if (current.stage === 'Build') this.finishBuild(p, e, current);
      else this.succeed(current, current.endsAt, 'Source bundle read');
      if ((current.status as ActionStatus) === 'Failed') return this.end(e, 'Failed', `Action ${current.action} failed: ${current.error?.message ?? ''}`);
      return true;
    }
    if (current.status === 'Abandoned') return this.end(e, 'Stopped', e.stop?.reason);
    if (current.status === 'Failed') return this.end(e, 'Failed', current.error?.message);
    // The current action succeeded: a stop request takes effect now, else the next stage starts.
    if (e.status === 'Stopping') return this.end(e, 'Stopped', e.stop?.reason);
    if (current.stage === 'Source') {
      this.startAction(p, e, 'Build', 'Build', current.lastUpdateTime);
      return true;
    }
    if (current.stage === 'Build') {
      this.startDeploy(p, e, current.lastUpdateTime, now);
      return true;
    }
    return this.end(e, 'Succeeded');
  }

  private succeed(a: FakeAction, at: number, summary?: string): void {
    a.status = 'Succeeded';
    a.lastUpdateTime = at;
    a.summary = summary;
  }

  private fail(a: FakeAction, at: number, code: string, message: string): void {
    a.status = 'Failed';
    a.lastUpdateTime = at;
    a.error = { code, message };
  }

  private end(e: FakeExecution, status: ExecutionStatus, summary?: string): boolean {
    e.status = status;
    e.statusSummary = summary;
    return true;
  }

  /** What buildspecs/scripts/main.sh checks before building anything. */
  private finishBuild(p: FakePipeline, e: FakeExecution, a: FakeAction): void {
    const at = a.endsAt!;
    const scriptFailure = 'Error while executing command: bash buildspecs/scripts/main.sh. Reason: exit status 1';
    const v = e.variables;
    if (v.DEPLOYMENT === 'none' || v.REQUEST_KEY === 'none') return this.fail(a, at, 'JobFailed', `${scriptFailure} (no deployment requested)`);
    const object = this.store.buckets.get(p.bucket)?.objects.get(v.REQUEST_KEY);
    if (!object) return this.fail(a, at, 'JobFailed', `${scriptFailure} (request s3://${p.bucket}/${v.REQUEST_KEY} not found)`);
    let request: FakeExecution['request'];
    try {
      request = JSON.parse(object.body.toString('utf8')) as FakeExecution['request'];
    } catch {
      return this.fail(a, at, 'JobFailed', `${scriptFailure} (request is not JSON)`);
    }
    const ok =
      request &&
      request.spec?.name === v.DEPLOYMENT &&
      request.stack_name === v.STACK_NAME &&
      request.spec?.service === v.SERVICE &&
      request.stack_prefix === p.prefix &&
      v.STACK_NAME === names.modelStack(p.prefix, v.DEPLOYMENT);
    if (!ok) return this.fail(a, at, 'JobFailed', `${scriptFailure} (the request does not match the pipeline variables)`);
    e.request = request;
    if (e.script.buildFails) return this.fail(a, at, 'JobFailed', scriptFailure);
    this.succeed(a, at, 'Build succeeded');
  }

  private startDeploy(p: FakePipeline, e: FakeExecution, startAt: number, now: number): void {
    const a = this.startAction(p, e, 'Deploy', 'Stack', startAt);
    const request = e.request!;
    const stackName = e.variables.STACK_NAME;
    const existing = this.store.findStack(e.region, stackName);
    if (existing && (existing.StackStatus === 'ROLLBACK_COMPLETE' || !TERMINAL_STATUSES.has(existing.StackStatus) || existing.pending.length)) {
      return this.fail(a, now, 'JobFailed', `Stack ${stackName} is in ${existing.StackStatus} state and can not be updated.`);
    }
    const spec = request.spec;
    const secretArn = this.apiKeySecret(e.region, stackName, spec, existing);
    const outputs: Record<string, string> = {
      BaseUrl: this.options.baseUrl?.(spec, e.region) ?? `http://${stackName}.${e.region}.example.test/v1`,
      ApiKeySecretArn: secretArn,
      ServedModelName: spec.model
    };
    const tags = {
      ...spec.tags,
      'emd:managed': 'true',
      'emd:deployment': spec.name,
      'emd:stack-prefix': request.stack_prefix,
      'emd:manifest': request.manifest,
      'emd:commit': request.commit,
      'emd:deployed-at': new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'emd:spec-hash': request.spec_hash
    };
    const fails = e.script.deployFails;
    const stack = this.store.deployStack(
      e.region,
      { StackName: stackName, Parameters: { DeploymentSpec: canonicalJson(spec), DeploymentName: spec.name }, Tags: tags, Outputs: outputs },
      {
        // Durations count from the moment the stage began, even when the fake is asked later.
        durationMs: Math.max(0, startAt + e.script.deployMs - now),
        fail: fails ? `The following resource(s) failed to ${existing ? 'update' : 'create'}: [${fails.logicalId ?? 'Service'}]. ` : undefined,
        failedResource: fails ? { LogicalResourceId: fails.logicalId ?? 'Service', ResourceType: fails.resourceType ?? 'AWS::ECS::Service', reason: fails.reason } : undefined
      }
    );
    a.stackId = stack.StackId;
    a.externalExecutionId = stack.StackId;
    a.externalExecutionUrl = `https://console.aws.amazon.com/cloudformation/home?region=${e.region}#/stacks/stackinfo?stackId=${encodeURIComponent(stack.StackId)}`;
  }

  private apiKeySecret(region: string, stackName: string, spec: DeploymentSpec, existing: StackRecord | undefined): string {
    if (spec.api_key === 'none') return '';
    if (typeof spec.api_key === 'object') return findSecret(this.store, region, spec.api_key.secret)?.arn ?? spec.api_key.secret;
    const kept = existing?.Outputs.find((o) => o.OutputKey === 'ApiKeySecretArn')?.OutputValue;
    if (kept && findSecret(this.store, region, kept)) return kept;
    const value = this.options.apiKey?.(spec) ?? randomUUID().replace(/-/g, '');
    return putSecret(this.store, region, `${stackName}/api-key-${randomUUID().slice(0, 8)}`, value, { 'emd:managed': 'true' }).arn;
  }

  private followStack(e: FakeExecution, a: FakeAction, now: number): boolean {
    if (e.stop?.abandon) return false;
    const stack = this.store.allStacks(e.region).find((s) => s.StackId === a.stackId);
    const status = stack?.StackStatus ?? 'DELETE_COMPLETE';
    if (status.endsWith('_IN_PROGRESS')) return false;
    if (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE') {
      this.succeed(a, Math.min(now, stack?.events.at(-1)?.Timestamp.getTime() ?? now), `Stack ${stack?.StackName} ${status === 'CREATE_COMPLETE' ? 'created' : 'updated'}`);
    } else {
      this.fail(a, now, 'JobFailed', `Stack ${stack?.StackName ?? a.stackId} is in ${status} state. See the stack events for details.`);
    }
    return true;
  }
}

function actionType(stage: FakeAction['stage']) {
  switch (stage) {
    case 'Source':
      return { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' };
    case 'Build':
      return { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' };
    case 'Deploy':
      return { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' };
  }
}

/**
 * Installs the pipeline on a fake, and Secrets Manager with it: the keys deployed stacks generate
 * live there and are read back by the smoke test.
 */
export function installCodePipeline(fake: FakeHost, options: FakePipelineOptions = {}): FakePipelines {
  installSecretsManager(fake);
  return new FakePipelines(fake, options);
}
