// What the lifecycle and security tests share: one set of loopback fakes (GitHub, AWS with the
// deploy pipeline and Secrets Manager, an OpenAI-compatible server behind every BaseUrl), event
// payloads as GitHub sends them, and ways to see what a run changed in AWS.
//
// The built action runs in a child process on real time. The fake pipeline therefore runs on real
// time too, with stages of a few hundred milliseconds: the action's first read after starting an
// execution still sees it running (an execution that had already ended would be taken for one an
// earlier attempt started), and its next read, one poll interval later (5 s, DEFAULT_POLL in
// src/aws/stack-ops.ts), sees it finished. Deletes finish at once, so their first poll sees them done.
import { FakeGitHubApi } from '../fakes/github-api.js';
import { FakeAws, realClock, type AwsCallRecord } from '../fakes/aws.js';
import { installCodePipeline, type FakePipelines } from '../fakes/aws/codepipeline.js';
import { FakeOpenAiServer } from '../fakes/openai-server.js';
import { REPOSITORY, runAction, Workspace, type RunnerEvent, type RunResult } from './runner.js';

export { prEvent } from './runner.js';

export const REGION = 'eu-west-1';
export const MODEL = 'Qwen/Qwen2.5-0.5B-Instruct';
/** The value of every generated API key secret; it must never appear outside `::add-mask::`. */
export const API_KEY = 'sk-emd-e2e-9c1f4a7e2b6d8f03a5c7e9b1d3f5a7c9';
/** The github-token input. */
export const TOKEN = 'ghs_e2eLifecycleToken0123456789abcdefABCD';



/** The push a merge makes to the default branch (`mode: auto` applies). */
export function mergePush(sha: string, options: { message?: string; ref?: string } = {}): RunnerEvent {
  const ref = options.ref ?? 'refs/heads/main';
  return {
    name: 'push',
    ref,
    sha,
    payload: {
      ref,
      before: 'f'.repeat(40),
      after: sha,
      head_commit: { id: sha, message: options.message ?? 'Merge pull request', author: { name: 'alice' } },
      pusher: { name: 'alice' },
      repository: REPOSITORY
    }
  };
}

/** The hourly schedule (`mode: auto` tears down and brings up). */
export function scheduleEvent(sha: string): RunnerEvent {
  return { name: 'schedule', ref: 'refs/heads/main', sha, payload: { schedule: '7 * * * *', repository: REPOSITORY } };
}

/** A manual run on the default branch. */
export function dispatchEvent(sha: string): RunnerEvent {
  return { name: 'workflow_dispatch', ref: 'refs/heads/main', sha, payload: { ref: 'refs/heads/main', inputs: {}, repository: REPOSITORY, sender: { login: 'alice' } } };
}

/** Calls that change something in AWS. Everything else the action may call only reads. */
export const MUTATING_CALL = /^(cloudformation:(Create|Update|Delete|Execute|Cancel|Continue|Set|Signal)|codepipeline:(Start|Stop|Retry|Put|Create|Update|Delete)|s3:(Put|Delete|Create|Copy|Restore)|secretsmanager:(Create|Put|Update|Delete|Restore|Rotate|Tag|Untag)|ecr:(BatchDelete|Put|Delete|Create|Tag|Untag|Set)|sts:Assume)/;

export interface Fleet {
  gh: FakeGitHubApi;
  aws: FakeAws;
  pipes: FakePipelines;
  openai: FakeOpenAiServer;
  env: Record<string, string>;
  /** Runs `node dist/index.js` with `manifest` as models.yaml in a fresh workspace. */
  run(event: RunnerEvent, inputs: Record<string, string>, manifest: string): Promise<RunResult & { calls: AwsCallRecord[]; written: string[] }>;
  /** `s3://bucket/key` of every object in the fake, with its ETag. */
  objects(): Map<string, string>;
  close(): Promise<void>;
}

/** `baseUrl`: a BaseUrl of its own for some deployments (undefined: the shared OpenAI server). */
export async function startFleet(options: { baseUrl?: (deployment: string) => string | undefined } = {}): Promise<Fleet> {
  const gh = new FakeGitHubApi();
  const aws = new FakeAws({ clock: realClock });
  const openai = new FakeOpenAiServer({ keys: [API_KEY], models: [MODEL] });
  const pipes = installCodePipeline(aws, {
    sourceMs: 200,
    buildMs: 200,
    deployMs: 200,
    baseUrl: (spec) => options.baseUrl?.(spec.name) ?? openai.baseUrl(spec.name),
    apiKey: () => API_KEY
  });
  aws.store.stackOperationMs = 300;
  await Promise.all([gh.start(), aws.start(), openai.start()]);
  const env = { ...aws.env(REGION), GITHUB_API_URL: gh.url };

  const objects = () => {
    const out = new Map<string, string>();
    for (const b of aws.store.buckets.values()) for (const [key, o] of b.objects) out.set(`s3://${b.name}/${key}`, o.etag);
    return out;
  };

  return {
    gh,
    aws,
    pipes,
    openai,
    env,
    objects,
    async run(event, inputs, manifest) {
      const ws = new Workspace();
      ws.write('models.yaml', manifest);
      const from = aws.log.length;
      const before = objects();
      const result = await runAction({ workspace: ws, event, inputs, env, timeoutMs: 45_000 });
      const written = [...objects()].filter(([k, etag]) => before.get(k) !== etag).map(([k]) => k);
      return { ...result, calls: aws.log.slice(from), written };
    },
    async close() {
      await Promise.all([gh.close(), aws.close(), openai.close()]);
    }
  };
}

/** `service:Action` of the calls that change something, in order. */
export function mutations(calls: AwsCallRecord[]): string[] {
  return calls.filter((c) => MUTATING_CALL.test(c.key)).map((c) => c.key);
}

/** Every string inside a JSON-like value, for character-set checks. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}
