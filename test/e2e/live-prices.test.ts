// Level 3: the built dist/index.js in plan mode with live prices and the quota preflight, against
// the loopback fakes in the real wire formats (Price List JSON strings, EC2 query XML, Service
// Quotas JSON 1.1). Refused price or quota reads degrade to the bundled table / "unknown" with a
// warning; an over-quota plan fails naming the quota and its code.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHubApi } from '../fakes/github-api.js';
import { FakeAws } from '../fakes/aws.js';
import { putProduct, sageMakerHostingProduct, ec2InstanceProduct, albProducts, gp3Product } from '../fakes/aws/pricing.js';
import { setQuota } from '../fakes/aws/servicequotas.js';
import { putInstance } from '../fakes/aws/ec2.js';
import { pullRequestEvent, runAction, Workspace } from './runner.js';

const TOKEN = 'ghs_faketoken000000000000000000000000';
const SAGEMAKER_EU = `version: 1
defaults: { region: eu-west-1 }
models:
  chat:
    model: Qwen/Qwen2.5-7B-Instruct
    instance: g5.2xlarge
    scaling: { min: 1, max: 2 }
`;
const ECS_EU = `version: 1
defaults: { region: eu-west-1 }
models:
  batch:
    model: Qwen/Qwen2.5-7B-Instruct
    service: ecs
    instance: g5.2xlarge
    scaling: { min: 1, max: 2 }
`;

describe('dist/index.js: live prices and quota preflight', () => {
  const gh = new FakeGitHubApi();
  const aws = new FakeAws({ pageSizes: { 'pricing:GetProducts': 1 } });
  let env: Record<string, string>;
  let dir: string;
  const today = () => new Date().toISOString().slice(0, 10);
  const inputs = { mode: 'plan', manifest: 'models.yaml', 'github-token': TOKEN, 'stack-prefix': 'emd' };
  // The renderer escapes untrusted text (quotes, autolinks); compare with the text as a reader sees it.
  const comment = (pr: number) =>
    (gh.commentsOn('acme', 'models', pr).find((c) => c.body.includes('emd-action:plan'))?.body ?? '').replace(/\\(["])/g, '$1').replace(/\u200b/g, '');

  beforeAll(async () => {
    await gh.start();
    await aws.start();
    dir = mkdtempSync(join(tmpdir(), 'emd-e2e-prices-'));
    env = { ...aws.env('eu-west-1'), GITHUB_API_URL: gh.url };
    putProduct(aws.store, sageMakerHostingProduct('eu-west-1', 'g5.2xlarge', 1.689));
    putProduct(aws.store, sageMakerHostingProduct('eu-west-1', 'g5.2xlarge', 1.9, 'Training'));
    putProduct(aws.store, ec2InstanceProduct('eu-west-1', 'g5.2xlarge', 1.353));
    for (const p of albProducts('eu-west-1', 0.0252, 0.008)) putProduct(aws.store, p);
    putProduct(aws.store, gp3Product('eu-west-1', 0.088));
    setQuota(aws.store, 'eu-west-1', { serviceCode: 'sagemaker', code: 'L-9614C779', name: 'ml.g5.2xlarge for endpoint usage', value: 4 });
    setQuota(aws.store, 'eu-west-1', { serviceCode: 'ec2', code: 'L-DB2E81BA', name: 'Running On-Demand G and VT instances', value: 20 });
    // Another team's G instance already uses 8 of the 20 vCPUs.
    putInstance(aws.store, 'eu-west-1', { id: 'i-0other', type: 'g5.2xlarge', state: 'running' });
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await gh.close();
    await aws.close();
  });

  it('asks the Price List while the stacks are still being listed', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', SAGEMAKER_EU);
    aws.resetLog();
    aws.inject('cloudformation:DescribeStacks', { kind: 'delay', ms: 1500 });
    const run = await runAction({ workspace: ws, event: pullRequestEvent(20), inputs, env });
    expect(run.code).toBe(0);
    const listed = aws.callsTo('cloudformation:DescribeStacks')[0];
    const priced = aws.callsTo('pricing:GetProducts')[0];
    expect(listed?.fault).toBe('delay');
    // Asked after the listing started and before it was answered, not one after the other.
    expect(priced.at - listed.at).toBeLessThan(1000);
    expect(comment(20)).toContain('Prices: looked up for this plan: 1 live');
  });

  it('a eu-west-1 SageMaker plan gets a live price, and says so', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', SAGEMAKER_EU);
    aws.resetLog();
    const run = await runAction({ workspace: ws, event: pullRequestEvent(21), inputs, env });
    expect(run.code).toBe(0);
    // The bundled table has no eu-west-1 SageMaker price: this number exists only because of the live read.
    expect(Number(run.outputs['monthly-cost'])).toBeCloseTo(1.689 * 730, 2);
    expect(comment(21)).toContain(`ml.g5.2xlarge × 1–2: $1.689/h`);
    expect(comment(21)).toContain(`· live of ${today()}`);
    expect(comment(21)).toContain('Prices: looked up for this plan: 1 live');
    const gets = aws.callsTo('pricing:GetProducts');
    expect(gets).toHaveLength(1);
    expect(gets[0].region).toBe('eu-central-1');
    // Within quota (2 of 4 instances): no finding, one line in the comment's quota list.
    expect(run.stdout).not.toMatch(/quota/i);
    expect(comment(21)).toContain('<summary>Quotas checked (1)</summary>');
    expect(comment(21)).toContain('- within quota "ml.g5.2xlarge for endpoint usage" (L-9614C779) in eu-west-1: 0 instances in use + 2 added at maximum scale = 2 of 4');
  }, 120000);

  it('fails a plan over quota, naming the quota, its code, the numbers and the increase link', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', ECS_EU);
    const run = await runAction({ workspace: ws, event: pullRequestEvent(22), inputs, env });
    expect(run.code).toBe(1);
    const message =
      'batch: exceeds quota "Running On-Demand G and VT instances" (L-DB2E81BA) in eu-west-1: 8 vCPUs in use + 16 added at maximum scale = 24 of 20; ' +
      'request an increase: https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-DB2E81BA';
    expect(comment(22)).toContain('> [!CAUTION]\n> - **Will not start** `batch`: exceeds quota');
    expect(comment(22)).toContain(message);
    expect(run.stdout).toMatch(/::error title=emd-action%3A Will not start · batch,file=models\.yaml,line=4::exceeds quota "Running On-Demand G and VT instances" \(L-DB2E81BA\)/);
    expect(aws.callsTo('ec2:DescribeInstances')).toHaveLength(1);
  }, 120000);

  it('refused price and quota reads: bundled table and "unknown", with warnings, not a failure', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', SAGEMAKER_EU.replace('eu-west-1', 'us-east-1'));
    aws.resetLog();
    aws.inject('pricing:*', { kind: 'error', code: 'AccessDeniedException', message: 'User is not authorized to perform: pricing:GetProducts', status: 400 }, 50);
    aws.inject('servicequotas:*', { kind: 'error', code: 'AccessDeniedException', message: 'User is not authorized to perform: servicequotas:GetServiceQuota', status: 400 }, 50);
    try {
      const run = await runAction({ workspace: ws, event: pullRequestEvent(23), inputs, env });
      expect(run.code).toBe(0);
      // The bundled us-east-1 figures: the instance and the generated API key's secret.
      expect(Number(run.outputs['monthly-cost'])).toBeCloseTo(1.515 * 730 + 0.4, 2);
      expect(comment(23)).toContain('· bundled table of 2026-08');
      expect(run.stdout).toMatch(/::warning title=emd-action%3A Warning,file=models\.yaml::live prices unavailable: pricing:GetProducts was refused \(AccessDeniedException/);
      expect(run.stdout).toMatch(/::warning title=emd-action%3A Warning · chat,file=models\.yaml,line=4::quota "ml\.g5\.2xlarge for endpoint usage" \(L-9614C779\) in us-east-1 is unknown \(AccessDeniedException/);
      expect(comment(23)).toContain('is unknown (AccessDeniedException');
      // A refusal stops the asking: one GetProducts, not one per figure.
      expect(aws.calls('pricing:GetProducts')).toBe(1);
    } finally {
      aws.clearFaults();
    }
  }, 120000);

  it('the next run within a day reads the cache, and says cache', async () => {
    const cacheEnv = { ...env, EMD_PRICE_CACHE_FILE: join(dir, 'prices.json') };
    const ws = new Workspace();
    ws.write('models.yaml', SAGEMAKER_EU);
    await runAction({ workspace: ws, event: pullRequestEvent(24), inputs, env: cacheEnv });
    aws.resetLog();
    const run = await runAction({ workspace: ws, event: pullRequestEvent(25), inputs, env: cacheEnv });
    expect(run.code).toBe(0);
    expect(aws.calls('pricing:GetProducts')).toBe(0);
    expect(comment(25)).toContain(`· cache of ${today()}`);
    expect(Number(run.outputs['monthly-cost'])).toBeCloseTo(1.689 * 730, 2);
  }, 120000);
});
