// What the apply tests share: the AWS fake with the pipeline installed, the local OpenAI server
// behind every BaseUrl, a fake clock that sleeps advance, and the real plan path against it.
import { FakeAws, ManualClock } from '../fakes/aws.js';
import { installCodePipeline, type FakePipelineOptions, type FakePipelines } from '../fakes/aws/codepipeline.js';
import { FakeOpenAiServer } from '../fakes/openai-server.js';
import { AwsClients } from '../../src/aws/clients.js';
import { runPlan } from '../../src/modes/plan.js';
import { runApply, type ApplyOutcome, type ApplyRequest } from '../../src/modes/apply.js';
import { MemoryLogger } from '../../src/runner/logger.js';
import { specParameterValue } from '../../src/core/live.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import type { Plan } from '../../src/core/plan.js';
import type { DeploymentSpec } from '../../src/core/types.js';
import type { Sleep } from '../../src/aws/stack-ops.js';

export const REGION = 'eu-west-1';
export const OTHER_REGION = 'eu-central-1';
/** The value every generated key secret holds; the tests check it never leaks. */
export const API_KEY = 'sk-emd-test-5f3c9e1a7b2d4c6e8f0a1b2c3d4e5f60';
export const COMMIT = '0123456789abcdef0123456789abcdef01234567';

export function manifestText(models: Record<string, string>, defaults = `{ region: ${REGION}, service: ecs, instance: g5.xlarge }`): string {
  const lines = ['version: 1', `defaults: ${defaults}`, 'models:'];
  for (const [name, body] of Object.entries(models)) lines.push(`  ${name}:`, ...body.split('\n').map((l) => `    ${l}`));
  return `${lines.join('\n')}\n`;
}

export const MODEL = 'Qwen/Qwen2.5-0.5B-Instruct';
export const THREE = manifestText({ alpha: `model: ${MODEL}`, beta: `model: ${MODEL}\nscaling: { min: 1, max: 2 }`, gamma: `model: ${MODEL}\nservice: ec2` });

/**
 * Sleeping advances a manual clock to the earliest sleeper's wake-up time (a discrete-event
 * simulation): concurrent pollers each wait their own interval on one shared timeline, and stack
 * transitions in the fake happen at the moments the clock says.
 */
export function virtualSleep(clock: ManualClock, onAdvance?: (now: number) => void): Sleep {
  const sleepers = new Set<{ at: number; wake: () => void }>();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    timer = undefined;
    if (!sleepers.size) return;
    const next = Math.min(...[...sleepers].map((s) => s.at));
    if (next > clock.now()) clock.set(next);
    onAdvance?.(clock.now());
    for (const s of [...sleepers]) {
      if (s.at <= clock.now()) {
        sleepers.delete(s);
        s.wake();
      }
    }
    if (sleepers.size) arm();
  };
  // A few real milliseconds let the other workers finish their requests and go to sleep too.
  const arm = () => {
    timer ??= setTimeout(tick, 3);
  };
  return (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const onAbort = () => {
        sleepers.delete(s);
        resolve();
      };
      const s = {
        at: clock.now() + ms,
        wake: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      sleepers.add(s);
      arm();
    });
}

export interface Harness {
  aws: FakeAws;
  pipes: FakePipelines;
  openai: FakeOpenAiServer;
  clock: ManualClock;
  close(): Promise<void>;
  plan(text: string, options?: { allowDestroy?: boolean }): Promise<Plan>;
  apply(plan: Plan, over?: Partial<ApplyRequest>): Promise<ApplyOutcome & { log: MemoryLogger }>;
  /** Seeds a stack as the pipeline would have deployed `spec`. */
  seedDeployed(spec: DeploymentSpec, over?: { StackStatus?: string; region?: string; transitions?: { afterMs: number; status: string }[] }): void;
  spec(text: string, name: string): DeploymentSpec;
}

export async function startHarness(options: FakePipelineOptions = {}): Promise<Harness> {
  const clock = new ManualClock(Date.parse('2026-03-02T09:00:00Z'));
  const aws = new FakeAws({ clock });
  const openai = new FakeOpenAiServer({ keys: [API_KEY], models: [MODEL] });
  const pipes = installCodePipeline(aws, {
    sourceMs: 5_000,
    buildMs: 6 * 60_000,
    deployMs: 9 * 60_000,
    deleteMs: 4 * 60_000,
    baseUrl: (spec) => openai.baseUrl(spec.name),
    apiKey: () => API_KEY,
    ...options
  });
  await aws.start();
  await openai.start();
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(aws.env(REGION))) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  pipes.seedBootstrap(REGION);

  const harness: Harness = {
    aws,
    pipes,
    openai,
    clock,
    async close() {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await Promise.all([aws.close(), openai.close()]);
    },
    async plan(text, opts = {}) {
      const out = await runPlan({ manifestPath: 'models.yaml', content: text, stackPrefix: 'emd', allowDestroy: opts.allowDestroy ?? false, clients: new AwsClients() });
      if (!out.plan) throw new Error(`no plan: ${JSON.stringify(out.manifest.diagnostics)}`);
      return out.plan;
    },
    async apply(plan, over = {}) {
      const log = new MemoryLogger();
      const outcome = await runApply({
        clients: new AwsClients(),
        plan,
        stackPrefix: 'emd',
        manifestPath: 'models.yaml',
        commit: COMMIT,
        maxParallel: 4,
        timeoutMs: 90 * 60_000,
        smokeTest: 'warn',
        onCancel: 'leave',
        log,
        now: () => clock.now(),
        sleep: virtualSleep(clock),
        ...over
      });
      return { ...outcome, log };
    },
    seedDeployed(spec, over = {}) {
      aws.putStack(over.region ?? spec.region, {
        StackName: `emd-${spec.name}`,
        StackStatus: over.StackStatus ?? 'CREATE_COMPLETE',
        Tags: { 'emd:managed': 'true', 'emd:deployment': spec.name, 'emd:stack-prefix': 'emd', 'emd:manifest': 'models.yaml', 'emd:commit': 'f'.repeat(40) },
        Parameters: { DeploymentSpec: specParameterValue(spec) },
        Outputs: { BaseUrl: openai.baseUrl(spec.name), ServedModelName: spec.model, ApiKeySecretArn: '' },
        transitions: over.transitions
      });
    },
    spec(text, name) {
      const spec = loadManifest(text, { path: 'models.yaml', stackPrefix: 'emd' }).specs.find((s) => s.name === name);
      if (!spec) throw new Error(`no ${name} in the manifest`);
      return spec;
    }
  };
  return harness;
}

export function byName(outcome: ApplyOutcome) {
  return Object.fromEntries(outcome.deployments.map((d) => [d.name, d]));
}
