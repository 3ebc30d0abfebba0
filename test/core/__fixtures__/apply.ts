// An apply outcome with eleven results, one of each kind the report distinguishes.
import type { ApplyOutcome, DeploymentOutcome } from '../../../src/modes/apply.js';

const ARN = (name: string) => `arn:aws:secretsmanager:us-east-1:123456789012:secret:emd-${name}/api-key-AbCdEf`;

function ok(name: string, over: Partial<DeploymentOutcome> = {}): DeploymentOutcome {
  return {
    name,
    action: 'create',
    result: 'succeeded',
    region: 'us-east-1',
    stackName: `emd-${name}`,
    baseUrl: `http://emd-${name}-1234567890.us-east-1.elb.amazonaws.com/v1`,
    servedModelName: 'Qwen/Qwen2.5-7B-Instruct',
    apiKeySecretArn: ARN(name),
    smoke: { ok: true, status: 200, ttftMs: 180, totalMs: 420, reply: 'ready' },
    hourlyCost: 1.515,
    hourlyCostMax: 3.03,
    notes: [],
    ...over
  };
}

const none = { baseUrl: undefined, servedModelName: undefined, apiKeySecretArn: undefined, smoke: undefined };

export function elevenApply(): ApplyOutcome {
  const deployments: DeploymentOutcome[] = [
    ok('chat-new'),
    ok('chat-tuned', { action: 'update' }),
    ok('chat-big', { action: 'replace', servedModelName: 'Qwen/Qwen2.5-14B-Instruct', hourlyCost: 7.09, hourlyCostMax: 7.09 }),
    ok('legacy-bot', { action: 'delete', ...none, hourlyCost: 0, hourlyCostMax: 0 }),
    ok('coder', {
      action: 'update',
      result: 'failed',
      stage: 'Build',
      ...none,
      reason: 'the CodeBuild build failed: pip install vllm==0.99 returned 1',
      logUrl: 'https://us-east-1.console.aws.amazon.com/codesuite/codebuild/projects/emd-build/build/emd-build:1/log?region=us-east-1',
      executionId: '3f1c0c1e',
      executionUrl: 'https://us-east-1.console.aws.amazon.com/codesuite/codepipeline/pipelines/emd-deploy/executions/3f1c0c1e/timeline?region=us-east-1',
      hourlyCost: 0.978,
      hourlyCostMax: 2.934
    }),
    ok('slow', {
      action: 'create',
      result: 'timed-out',
      stage: 'Deploy',
      ...none,
      reason: 'still CREATE_IN_PROGRESS after timeout-minutes 60; the pipeline keeps going and a re-run attaches to it',
      hourlyCost: undefined
    }),
    ok('flaky', { action: 'update', smoke: { ok: false, status: 503, error: 'HTTP 503 from /chat/completions after 10 tries' } }),
    ok('prod-old', { action: 'delete', result: 'skipped', ...none, reason: 'protect: true in its deployed spec; set protect: false and apply before removing it', hourlyCost: 1.408, hourlyCostMax: 2.816 }),
    ok('embed', { action: 'unchanged', result: 'skipped', reason: 'unchanged', smoke: undefined, servedModelName: 'BAAI/bge-m3', hourlyCost: 1.408, hourlyCostMax: 1.408 }),
    ok('office', { action: 'unchanged', result: 'skipped', reason: 'unchanged', ...none, hourlyCost: 0, hourlyCostMax: 0 }),
    ok('broken', {
      action: 'unchanged',
      result: 'skipped',
      ...none,
      reason: 'unchanged, but stack is UPDATE_ROLLBACK_FAILED',
      fix: 'aws cloudformation continue-update-rollback --stack-name emd-broken --region us-east-1, then re-run',
      hourlyCost: 0.827,
      hourlyCostMax: 0.827
    })
  ];
  return { deployments, ok: false, cancelled: false, startedAt: 0, finishedAt: 23 * 60_000 + 12_000 };
}
