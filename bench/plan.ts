// Plan time and AWS calls for 10, 100 and 1,000 deployments against a fake DescribeStacks
// listing: calls must grow with listing pages, never with entries.
import { FakeAws } from '../test/fakes/aws.js';
import { runPlan } from '../src/modes/plan.js';
import { AwsClients } from '../src/aws/clients.js';
import { specParameterValue } from '../src/core/live.js';
import { loadManifest } from '../src/core/manifest/load.js';

const SIZES = [10, 100, 1000];
const PAGE_SIZE = 100;

function manifest(n: number): string {
  const lines = ['version: 1', 'defaults: { region: us-east-1, service: ecs, instance: g5.xlarge }', 'models:'];
  for (let i = 0; i < n; i++) lines.push(`  m${i}:`, `    model: Qwen/Qwen2.5-0.5B-Instruct`, `    scaling: { min: 1, max: ${1 + (i % 3)} }`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  console.log(`DescribeStacks page size ${PAGE_SIZE}; half the deployments exist (one in ten differs), plus 50 unmanaged stacks`);
  console.log('deployments  stacks listed  DescribeStacks calls  other AWS calls  plan ms');
  for (const n of SIZES) {
    const aws = new FakeAws({ defaultPageSize: PAGE_SIZE });
    await aws.start();
    Object.assign(process.env, aws.env('us-east-1'));
    const text = manifest(n);
    const specs = loadManifest(text, { path: 'models.yaml', stackPrefix: 'emd' }).specs;
    for (const spec of specs.slice(0, Math.floor(n / 2))) {
      const deployed = Number(spec.name.slice(1)) % 10 === 0 ? { ...spec, scaling: { min: 1, max: 9 } } : spec;
      aws.putStack('us-east-1', {
        StackName: `emd-${spec.name}`,
        StackStatus: 'CREATE_COMPLETE',
        Tags: { 'emd:managed': 'true', 'emd:deployment': spec.name, 'emd:manifest': 'models.yaml' },
        Parameters: { DeploymentSpec: specParameterValue(deployed) }
      });
    }
    for (let i = 0; i < 50; i++) aws.putStack('us-east-1', { StackName: `other-${i}`, StackStatus: 'CREATE_COMPLETE' });
    const started = performance.now();
    const outcome = await runPlan({ manifestPath: 'models.yaml', content: text, stackPrefix: 'emd', allowDestroy: false, clients: new AwsClients() });
    const ms = performance.now() - started;
    const listed = Math.floor(n / 2) + 50;
    const describe = aws.calls('cloudformation:DescribeStacks');
    const other = aws.log.length - describe;
    if (!outcome.plan?.live.known) throw new Error(`live state not read: ${JSON.stringify(outcome.plan?.live)}`);
    console.log(`${String(n).padStart(11)}  ${String(listed).padStart(13)}  ${String(describe).padStart(20)}  ${String(other).padStart(15)}  ${ms.toFixed(0).padStart(7)}`);
    await aws.close();
  }
}

await main();
