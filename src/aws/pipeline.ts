// The action's side of the pipeline contract (pipeline-contract.ts): find the bootstrap of a
// region, write the deployment request, start an execution idempotently, read where it is, stop it.
// Console links are built here too, so every report points at the same places.
import {
  GetPipelineExecutionCommand,
  ListActionExecutionsCommand,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
  type ActionExecutionDetail
} from '@aws-sdk/client-codepipeline';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { AwsClients } from './clients.js';
import { toLiveStack } from './stacks.js';
import type { LiveStack } from '../core/live.js';
import {
  MAX_PIPELINE_VARIABLE_LENGTH,
  names,
  PIPELINE_VARIABLES,
  type DeploymentRequest,
  type PipelineVariable
} from './pipeline-contract.js';

export interface Bootstrap {
  region: string;
  stackName: string;
  /** From the bootstrap stack's id; used for console links that need it. */
  accountId?: string;
  artifactBucket: string;
  pipelineName: string;
  buildProjectName: string;
  ecrRepositoryPrefix: string;
  deployRoleArn: string;
}

export class BootstrapMissingError extends Error {
  constructor(
    readonly region: string,
    detail: string
  ) {
    super(`${detail}: run mode: bootstrap in ${region} first`);
    this.name = 'BootstrapMissingError';
  }
}

const REQUIRED_OUTPUTS = ['ArtifactBucket', 'PipelineName', 'BuildProjectName', 'DeployRoleArn'] as const;

/** The bootstrap of a region from its stack, as listed; throws BootstrapMissingError when unusable. */
export function bootstrapFromStack(stack: LiveStack | undefined, region: string, prefix: string): Bootstrap {
  const stackName = names.bootstrapStack(prefix);
  if (!stack) throw new BootstrapMissingError(region, `there is no ${stackName} stack in ${region}`);
  // An update of the bootstrap keeps its outputs; a create that never finished has none to use.
  if (stack.status !== 'CREATE_COMPLETE' && !stack.status.startsWith('UPDATE_')) {
    throw new BootstrapMissingError(region, `the ${stackName} stack in ${region} is ${stack.status}`);
  }
  const missing = REQUIRED_OUTPUTS.filter((k) => !stack.outputs[k]);
  if (missing.length) throw new BootstrapMissingError(region, `the ${stackName} stack in ${region} has no ${missing.join(', ')} output`);
  return {
    region,
    stackName,
    accountId: /^arn:[^:]+:cloudformation:[^:]+:(\d{12}):/.exec(stack.stackId)?.[1],
    artifactBucket: stack.outputs.ArtifactBucket,
    pipelineName: stack.outputs.PipelineName,
    buildProjectName: stack.outputs.BuildProjectName,
    ecrRepositoryPrefix: stack.outputs.EcrRepositoryPrefix ?? '',
    deployRoleArn: stack.outputs.DeployRoleArn
  };
}

/** One DescribeStacks by name, for callers that have no listing of the region at hand. */
export async function readBootstrap(clients: AwsClients, region: string, prefix: string): Promise<Bootstrap> {
  const stackName = names.bootstrapStack(prefix);
  try {
    const out = await clients.cloudFormation(region).send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = out.Stacks?.[0];
    return bootstrapFromStack(stack ? toLiveStack(stack, region) : undefined, region, prefix);
  } catch (error) {
    if (error instanceof BootstrapMissingError) throw error;
    if ((error as Error).name === 'ValidationError' && /does not exist/.test((error as Error).message)) {
      throw new BootstrapMissingError(region, `there is no ${stackName} stack in ${region}`);
    }
    throw error;
  }
}

/**
 * The execution's idempotency token: the same commit, deployment and spec give the same token, so
 * a re-run attaches to the execution an earlier attempt started instead of starting a second one.
 * `round` moves on only when that execution has already ended (see startExecution).
 */
export function requestToken(commit: string, deployment: string, specHash: string, round = 1): string {
  const readable = deployment.replace(/[^a-zA-Z0-9-]/g, '-').slice(0, 40);
  // Sanitising can merge names (a.b and a-b); the digest keeps their tokens apart.
  const digest = createHash('sha256').update(`${commit}\n${deployment}\n${specHash}`).digest('hex').slice(0, 16);
  const sha = (commit.replace(/[^a-zA-Z0-9]/g, '') || 'nocommit').slice(0, 12);
  return `emd-${readable}-${sha}-${digest}-r${round}`;
}

export async function putDeploymentRequest(clients: AwsClients, bootstrap: Bootstrap, request: DeploymentRequest, deployment: string): Promise<string> {
  const key = names.requestKey(deployment, request.spec_hash);
  await clients.s3(bootstrap.region).send(
    new PutObjectCommand({
      Bucket: bootstrap.artifactBucket,
      Key: key,
      Body: JSON.stringify(request, null, 2),
      ContentType: 'application/json'
    })
  );
  return key;
}

export type PipelineVariables = Record<PipelineVariable, string>;

export function checkVariables(variables: PipelineVariables): void {
  for (const name of PIPELINE_VARIABLES) {
    const value = variables[name];
    if (!value || value.length > MAX_PIPELINE_VARIABLE_LENGTH) {
      throw new Error(`pipeline variable ${name} must be 1 to ${MAX_PIPELINE_VARIABLE_LENGTH} characters (got ${value?.length ?? 0})`);
    }
  }
}

export async function startExecution(
  clients: AwsClients,
  bootstrap: Bootstrap,
  variables: PipelineVariables,
  token: string,
  abortSignal?: AbortSignal
): Promise<string> {
  checkVariables(variables);
  const out = await (await clients.codePipeline(bootstrap.region)).send(
    new StartPipelineExecutionCommand({
      name: bootstrap.pipelineName,
      clientRequestToken: token,
      variables: PIPELINE_VARIABLES.map((name) => ({ name, value: variables[name] }))
    }),
    { abortSignal }
  );
  if (!out.pipelineExecutionId) throw new Error('StartPipelineExecution returned no pipelineExecutionId');
  return out.pipelineExecutionId;
}

export interface ActionSnapshot {
  stage: string;
  action: string;
  status: string;
  startTime?: Date;
  lastUpdateTime?: Date;
  summary?: string;
  error?: { code?: string; message?: string };
  externalExecutionId?: string;
  externalExecutionUrl?: string;
  provider?: string;
}

export interface ExecutionSnapshot {
  id: string;
  status: string;
  statusSummary?: string;
  /** Oldest first. */
  actions: ActionSnapshot[];
}

export const ENDED = new Set(['Succeeded', 'Failed', 'Stopped', 'Cancelled', 'Superseded']);

/** GetPipelineExecution plus this execution's actions (ListActionExecutions filtered by id). */
export async function readExecution(
  clients: AwsClients,
  bootstrap: Bootstrap,
  executionId: string,
  abortSignal?: AbortSignal
): Promise<ExecutionSnapshot> {
  const cp = await clients.codePipeline(bootstrap.region);
  const got = await cp.send(new GetPipelineExecutionCommand({ pipelineName: bootstrap.pipelineName, pipelineExecutionId: executionId }), { abortSignal });
  const details: ActionExecutionDetail[] = [];
  let nextToken: string | undefined;
  do {
    const page = await cp.send(
      new ListActionExecutionsCommand({ pipelineName: bootstrap.pipelineName, filter: { pipelineExecutionId: executionId }, nextToken }),
      { abortSignal }
    );
    details.push(...(page.actionExecutionDetails ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  const actions = details
    .map((d) => ({
      stage: d.stageName ?? '',
      action: d.actionName ?? '',
      status: d.status ?? 'Unknown',
      startTime: d.startTime,
      lastUpdateTime: d.lastUpdateTime,
      summary: d.output?.executionResult?.externalExecutionSummary,
      error: d.output?.executionResult?.errorDetails,
      externalExecutionId: d.output?.executionResult?.externalExecutionId,
      externalExecutionUrl: d.output?.executionResult?.externalExecutionUrl,
      provider: d.input?.actionTypeId?.provider
    }))
    .sort((a, b) => (a.startTime?.getTime() ?? 0) - (b.startTime?.getTime() ?? 0));
  return { id: executionId, status: got.pipelineExecution?.status ?? 'Unknown', statusSummary: got.pipelineExecution?.statusSummary, actions };
}

/**
 * Stop-and-wait (abandon: false): the running action finishes and no later stage starts. Abandoning
 * would not stop the CodeBuild build or the CloudFormation operation underneath, only stop
 * watching them, which leaves a stack changing with nothing reporting on it.
 */
export async function stopExecution(clients: AwsClients, bootstrap: Bootstrap, executionId: string, reason: string): Promise<void> {
  await (await clients.codePipeline(bootstrap.region)).send(
    new StopPipelineExecutionCommand({ pipelineName: bootstrap.pipelineName, pipelineExecutionId: executionId, abandon: false, reason: reason.slice(0, 200) })
  );
}

// ---- console links ---------------------------------------------------------------------------

export function consoleOrigin(region: string): string {
  if (region.startsWith('cn-')) return `https://${region}.console.amazonaws.cn`;
  if (region.startsWith('us-gov-')) return `https://${region}.console.amazonaws-us-gov.com`;
  return `https://${region}.console.aws.amazon.com`;
}

export function executionUrl(region: string, pipelineName: string, executionId: string): string {
  return `${consoleOrigin(region)}/codesuite/codepipeline/pipelines/${encodeURIComponent(pipelineName)}/executions/${encodeURIComponent(executionId)}/timeline?region=${region}`;
}

/** The log page of a CodeBuild build, from the Build action's externalExecutionId (`project:uuid`). */
export function buildLogUrl(region: string, buildId: string | undefined, fallback?: string, accountId?: string): string | undefined {
  if (!buildId || !buildId.includes(':')) return fallback;
  const project = buildId.slice(0, buildId.indexOf(':'));
  const account = accountId ? `${accountId}/` : '';
  return `${consoleOrigin(region)}/codesuite/codebuild/${account}projects/${encodeURIComponent(project)}/build/${encodeURIComponent(buildId)}/log?region=${region}`;
}

export function stackEventsUrl(region: string, stackId: string): string {
  return `${consoleOrigin(region)}/cloudformation/home?region=${region}#/stacks/events?stackId=${encodeURIComponent(stackId)}`;
}
