// The fixed contract between the action and the AWS side (cloudformation/bootstrap.yaml,
// buildspecs/). docs/architecture.md describes it; test/templates checks the templates against
// these constants, so a rename here without the template (or the other way round) fails a test.

/** Pipeline-level variables (CodePipeline V2) the action sends with StartPipelineExecution. */
export const PIPELINE_VARIABLES = ['DEPLOYMENT', 'STACK_NAME', 'SERVICE', 'REQUEST_KEY', 'COMMIT'] as const;
export type PipelineVariable = (typeof PIPELINE_VARIABLES)[number];

/** Defaults declared on the pipeline: the execution CodePipeline starts by itself ends at Build. */
export const NO_DEPLOYMENT = 'none';

/** CodePipeline rejects longer values. */
export const MAX_PIPELINE_VARIABLE_LENGTH = 1000;

/** Keys of the bootstrap stack's outputs. `GitHubRoleArn` and `GitHubPlanRoleArn` exist only when the OIDC roles are created. */
export const BOOTSTRAP_OUTPUTS = [
  'ArtifactBucket',
  'PipelineName',
  'BuildProjectName',
  'EcrRepositoryPrefix',
  'DeployRoleArn',
  'GitHubRoleArn',
  'GitHubPlanRoleArn'
] as const;
export type BootstrapOutput = (typeof BOOTSTRAP_OUTPUTS)[number];

/** Where the bootstrap uploads cloudformation/ and buildspecs/; the pipeline's S3 source. */
export const SOURCE_BUNDLE_KEY = 'source/bundle.zip';

/** Engines as the manifest spells them, and the ECR repository suffix of each. */
export const ENGINE_REPOSITORIES = { vllm: 'vllm', tgi: 'tgi', 'llama.cpp': 'llama-cpp' } as const;

export const DEFAULT_STACK_PREFIX = 'emd';

/** Prefixes become S3 bucket, ECR repository and IAM names: lowercase, short, no dots. */
export const STACK_PREFIX_PATTERN = /^[a-z][a-z0-9-]{0,18}[a-z0-9]$|^[a-z]$/;

export const names = {
  modelStack: (prefix: string, deployment: string) => `${prefix}-${deployment}`,
  bootstrapStack: (prefix: string) => `${prefix}-bootstrap`,
  pipeline: (prefix: string) => `${prefix}-deploy`,
  buildProject: (prefix: string) => `${prefix}-build`,
  ecrRepository: (prefix: string, engine: keyof typeof ENGINE_REPOSITORIES) => `${prefix}/${ENGINE_REPOSITORIES[engine]}`,
  /** s3://<ArtifactBucket>/<requestKey> holds the deployment request the build reads. */
  requestKey: (deployment: string, specHash: string) => `requests/${deployment}/${specHash}.json`
};

/** Model templates: cloudformation/models/<service>.yaml. */
export const modelTemplatePath = (service: 'sagemaker' | 'ecs' | 'ec2') => `cloudformation/models/${service}.yaml`;

/** Parameters every model template declares, with the same meaning in each. */
export const SHARED_MODEL_PARAMETERS = [
  'DeploymentName',
  'DeploymentSpec',
  'ModelId',
  'ModelRevision',
  'ServedModelName',
  'Engine',
  'ImageUri',
  'WeightsS3Uri',
  'EngineArgs',
  'InstanceType',
  'MinCapacity',
  'MaxCapacity',
  'ApiKeyMode',
  'ApiKeySecretArn',
  'CertificateArn',
  'VpcId',
  'SubnetIds',
  'PublicEndpoint',
  // The bootstrap's ModelRoleBoundary: every role of a model stack carries it.
  'PermissionsBoundaryArn'
] as const;

/** Outputs of every model template; service identifiers come on top (MODEL_OUTPUTS). */
export const SHARED_MODEL_OUTPUTS = ['BaseUrl', 'ApiKeySecretArn', 'ServedModelName'] as const;

export const MODEL_OUTPUTS = {
  sagemaker: [...SHARED_MODEL_OUTPUTS, 'EndpointName'],
  ecs: [...SHARED_MODEL_OUTPUTS, 'LoadBalancerDnsName', 'ClusterName', 'ServiceName'],
  ec2: [...SHARED_MODEL_OUTPUTS, 'LoadBalancerDnsName', 'AutoScalingGroupName']
} as const;

/** Body of s3://<ArtifactBucket>/requests/<name>/<spec-hash>.json. `spec` is a DeploymentSpec. */
export interface DeploymentRequest {
  spec: unknown;
  stack_name: string;
  stack_prefix: string;
  manifest: string;
  commit: string;
  spec_hash: string;
  /** ISO-8601 UTC. */
  requested_at: string;
  /**
   * How the engine is started (core/launch.ts): the instance's GPU count, the devices used, and the
   * engine flags (engine_args plus the parallelism flags the action sets). The build passes these
   * flags unchanged, so the fit check and the launch command cannot disagree.
   */
  launch: { gpus: number; devices: number; engine_args: Record<string, string | number | boolean> };
}
