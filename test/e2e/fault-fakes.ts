// What the fault tests (and the dist bench) run the built action against: the AWS fake on real
// time with the deploy pipeline installed and a bootstrap seeded, the OpenAI server behind every
// BaseUrl, and the GitHub fake. Pipeline stages take a few hundred milliseconds, so an apply's
// time is the action's own poll interval (5 s at first), not the simulated build.
import { FakeAws } from '../fakes/aws.js';
import { installCodePipeline, type FakePipelineOptions, type FakePipelines } from '../fakes/aws/codepipeline.js';
import { FakeGitHubApi } from '../fakes/github-api.js';
import { FakeOpenAiServer } from '../fakes/openai-server.js';
import { specParameterValue } from '../../src/core/live.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import type { DeploymentSpec } from '../../src/core/types.js';

export const REGION = 'eu-west-1';
export const MODEL = 'Qwen/Qwen2.5-0.5B-Instruct';
/** The value every generated key secret holds; it must never appear in what the action writes. */
export const API_KEY = 'sk-emd-e2e-0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f';
export const TOKEN = 'ghs_faketoken000000000000000000000000';

export interface Fakes {
  aws: FakeAws;
  pipes: FakePipelines;
  openai: FakeOpenAiServer;
  gh: FakeGitHubApi;
  /** Environment of the spawned action: AWS endpoints and credentials, GitHub API URL. */
  env: Record<string, string>;
  /** A pull request merged as `sha`, so an apply on the push of `sha` reports on it. */
  mergedPullRequest(number: number, sha: string): void;
  /** A stack as the pipeline would have deployed `spec` from `manifest`. */
  seedDeployed(spec: DeploymentSpec, manifest: string, over?: { StackStatus?: string; transitions?: { afterMs: number; status: string }[] }): void;
  close(): Promise<void>;
}

export async function startFakes(options: FakePipelineOptions = {}): Promise<Fakes> {
  const aws = new FakeAws();
  const openai = new FakeOpenAiServer({ keys: [API_KEY], models: [MODEL] });
  const gh = new FakeGitHubApi();
  const pipes = installCodePipeline(aws, {
    sourceMs: 0,
    buildMs: 150,
    deployMs: 150,
    baseUrl: (spec) => openai.baseUrl(spec.name),
    apiKey: () => API_KEY,
    ...options
  });
  await Promise.all([aws.start(), openai.start(), gh.start()]);
  // The bucket, the pipeline and the emd-bootstrap stack with its outputs, as mode: bootstrap leaves them.
  pipes.seedBootstrap(REGION);
  return {
    aws,
    pipes,
    openai,
    gh,
    env: { ...aws.env(REGION), GITHUB_API_URL: gh.url },
    mergedPullRequest(number, sha) {
      gh.addPullRequest({ owner: 'acme', repo: 'models', number, headSha: `${number}`.padStart(40, 'e'), state: 'closed', mergedAt: '2026-03-02T08:59:00Z', mergeCommitSha: sha });
    },
    seedDeployed(spec, manifest, over = {}) {
      aws.putStack(spec.region, {
        StackName: `emd-${spec.name}`,
        StackStatus: over.StackStatus ?? 'CREATE_COMPLETE',
        Tags: { 'emd:managed': 'true', 'emd:deployment': spec.name, 'emd:stack-prefix': 'emd', 'emd:manifest': manifest, 'emd:commit': 'f'.repeat(40) },
        Parameters: { DeploymentSpec: specParameterValue(spec) },
        Outputs: { BaseUrl: openai.baseUrl(spec.name), ServedModelName: spec.model, ApiKeySecretArn: '' },
        transitions: over.transitions
      });
    },
    async close() {
      await Promise.all([aws.close(), openai.close(), gh.close()]);
    }
  };
}

/** A manifest of ecs deployments in REGION, one `name: body` per entry. */
export function manifestText(models: Record<string, string>): string {
  const lines = ['version: 1', `defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }`, 'models:'];
  for (const [name, body] of Object.entries(models)) lines.push(`  ${name}:`, ...body.split('\n').map((l) => `    ${l}`));
  return `${lines.join('\n')}\n`;
}

export function specOf(text: string, name: string, manifest: string): DeploymentSpec {
  const spec = loadManifest(text, { path: manifest, stackPrefix: 'emd' }).specs.find((s) => s.name === name);
  if (!spec) throw new Error(`no ${name} in the manifest`);
  return spec;
}

/** A distinct 40-hex commit per label. */
export function sha(label: string): string {
  return Buffer.from(label).toString('hex').padEnd(40, '0').slice(0, 40);
}
