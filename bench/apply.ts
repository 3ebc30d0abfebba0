// Apply wall time for 1, 4 and 16 new deployments at max-parallel 4, against the pipeline fake on
// real time with a fixed 200 ms per execution: the pool must run them in about n/4 rounds.
import { FakeAws } from '../test/fakes/aws.js';
import { installCodePipeline } from '../test/fakes/aws/codepipeline.js';
import { runPlan } from '../src/modes/plan.js';
import { runApply } from '../src/modes/apply.js';
import { AwsClients } from '../src/aws/clients.js';
import { MemoryLogger } from '../src/runner/logger.js';

const SIZES = [1, 4, 16];
const MAX_PARALLEL = 4;
const EXECUTION_MS = 200;
const REGION = 'us-east-1';

function manifest(n: number): string {
  const lines = ['version: 1', `defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }`, 'models:'];
  for (let i = 0; i < n; i++) lines.push(`  m${i}:`, '    model: Qwen/Qwen2.5-0.5B-Instruct');
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  console.log(`each execution ${EXECUTION_MS} ms (source 0, build ${EXECUTION_MS / 2}, deploy ${EXECUTION_MS / 2}), max-parallel ${MAX_PARALLEL}, polls 25→50 ms, smoke test off`);
  console.log('deployments  apply ms  rounds (÷ 1 deployment)  StartPipelineExecution  other AWS calls');
  let single = 0;
  for (const n of SIZES) {
    const aws = new FakeAws();
    const pipes = installCodePipeline(aws, { sourceMs: 0, buildMs: EXECUTION_MS / 2, deployMs: EXECUTION_MS / 2 });
    await aws.start();
    Object.assign(process.env, aws.env(REGION));
    pipes.seedBootstrap(REGION);
    const text = manifest(n);
    const planned = await runPlan({ manifestPath: 'models.yaml', content: text, stackPrefix: 'emd', allowDestroy: false, clients: new AwsClients() });
    if (!planned.plan?.live.known) throw new Error('live state not read');
    aws.resetLog();

    const started = performance.now();
    const outcome = await runApply({
      clients: new AwsClients(),
      plan: planned.plan,
      stackPrefix: 'emd',
      manifestPath: 'models.yaml',
      commit: 'b'.repeat(40),
      maxParallel: MAX_PARALLEL,
      timeoutMs: 60_000,
      smokeTest: 'off',
      onCancel: 'leave',
      log: new MemoryLogger(),
      poll: { initialMs: 25, maxMs: 50, factor: 1.5 }
    });
    const ms = performance.now() - started;
    if (!outcome.ok) throw new Error(`apply failed: ${JSON.stringify(outcome.deployments.filter((d) => d.result !== 'succeeded'))}`);
    const starts = aws.calls('codepipeline:StartPipelineExecution');
    single ||= ms;
    console.log(
      `${String(n).padStart(11)}  ${ms.toFixed(0).padStart(8)}  ${(ms / single).toFixed(1).padStart(23)}  ${String(starts).padStart(22)}  ${String(aws.log.length - starts).padStart(15)}`
    );
    await aws.close();
  }
}

await main();
