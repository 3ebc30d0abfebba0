// The one place SDK clients are made: region, retries and user agent are decided here and nowhere
// else. Endpoints come from the SDK's own AWS_ENDPOINT_URL_<SERVICE> variables, which is how the
// end-to-end tests point the built action at loopback fakes.
//
// Every mode reads stacks and state (CloudFormation, S3), so those two are loaded with this module.
// The others are loaded on first use (`await import`): a plan never loads the pipeline, registry,
// secret or price clients it does not call, and the bundle it parses at start stays small.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import type { CodePipelineClient } from '@aws-sdk/client-codepipeline';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { PricingClient } from '@aws-sdk/client-pricing';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';

const USER_AGENT: [string, string] = ['emd-action', '1'];

/**
 * Adaptive retries ride out throttling bursts with client-side rate limiting, not just backoff.
 * A hung connection must end as a retryable timeout, not hold the job until the runner kills it.
 */
const common = (region: string) => ({
  region,
  maxAttempts: 8,
  retryMode: 'adaptive' as const,
  customUserAgent: [USER_AGENT],
  requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000, throwOnRequestTimeout: true }
});

type Ctor<T> = new (config: ReturnType<typeof common>) => T;

export class AwsClients {
  private readonly cache = new Map<string, unknown>();

  private get<T>(ctor: Ctor<T>, region: string): T {
    const key = `${ctor.name}:${region}`;
    let client = this.cache.get(key) as T | undefined;
    if (!client) {
      client = new ctor(common(region));
      this.cache.set(key, client);
    }
    return client;
  }

  cloudFormation(region: string): CloudFormationClient {
    return this.get(CloudFormationClient, region);
  }
  s3(region: string): S3Client {
    return this.get(S3Client, region);
  }
  async codePipeline(region: string): Promise<CodePipelineClient> {
    const { CodePipelineClient: ctor } = await import('@aws-sdk/client-codepipeline');
    return this.get(ctor, region);
  }
  async ecr(region: string): Promise<ECRClient> {
    const { ECRClient: ctor } = await import('@aws-sdk/client-ecr');
    return this.get(ctor, region);
  }
  async secretsManager(region: string): Promise<SecretsManagerClient> {
    const { SecretsManagerClient: ctor } = await import('@aws-sdk/client-secrets-manager');
    return this.get(ctor, region);
  }
  /** The Price List Query API answers only in us-east-1, eu-central-1 and ap-south-1 (see pricing.ts). */
  async pricing(endpointRegion: string): Promise<PricingClient> {
    const { PricingClient: ctor } = await import('@aws-sdk/client-pricing');
    return this.get(ctor, endpointRegion);
  }
  async ec2(region: string): Promise<EC2Client> {
    const { EC2Client: ctor } = await import('@aws-sdk/client-ec2');
    return this.get(ctor, region);
  }
  async serviceQuotas(region: string): Promise<ServiceQuotasClient> {
    const { ServiceQuotasClient: ctor } = await import('@aws-sdk/client-service-quotas');
    return this.get(ctor, region);
  }
  async sageMaker(region: string): Promise<SageMakerClient> {
    const { SageMakerClient: ctor } = await import('@aws-sdk/client-sagemaker');
    return this.get(ctor, region);
  }
}
