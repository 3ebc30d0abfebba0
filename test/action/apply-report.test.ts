// The apply report renderer on its own (pure): what it shows for each kind of result, what it
// escapes, and how it stays under GitHub's comment limit.
import { describe, expect, it } from '@jest/globals';
import { applyEndpoints, curlSnippet, keyCommand, pythonSnippet, renderApplyMarkdown } from '../../src/core/render/apply-markdown.js';
import type { ApplyOutcome, DeploymentOutcome } from '../../src/modes/apply.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:emd-chat/api-key-1a2b3c4d-AbCdEf';

function ok(name: string, over: Partial<DeploymentOutcome> = {}): DeploymentOutcome {
  return {
    name,
    action: 'create',
    result: 'succeeded',
    region: 'us-east-1',
    stackName: `emd-${name}`,
    baseUrl: `https://${name}.example.test/v1`,
    servedModelName: 'Qwen/Qwen2.5-7B-Instruct',
    apiKeySecretArn: ARN,
    smoke: { ok: true, status: 200, ttftMs: 180, totalMs: 420, reply: 'ready' },
    hourlyCost: 1.212,
    hourlyCostMax: 2.424,
    notes: [],
    ...over
  };
}

const outcome = (deployments: DeploymentOutcome[], over: Partial<ApplyOutcome> = {}): ApplyOutcome => ({
  deployments,
  ok: deployments.every((d) => d.result === 'succeeded' || d.result === 'skipped'),
  cancelled: false,
  startedAt: 0,
  finishedAt: 17 * 60_000 + 5_000,
  ...over
});

const options = { manifest: 'models.yaml', commit: 'c0ffee'.repeat(7), runUrl: 'https://github.example.test/acme/llms/actions/runs/1' };

describe('renderApplyMarkdown', () => {
  it('shows results, endpoints, smoke tests and what the fleet now costs', () => {
    const md = renderApplyMarkdown(
      outcome([
        ok('chat'),
        ok('embed', { action: 'unchanged', result: 'skipped', reason: 'unchanged', smoke: undefined, hourlyCost: 0.5, hourlyCostMax: 0.5 }),
        ok('old', { action: 'delete', baseUrl: undefined, servedModelName: undefined, apiKeySecretArn: undefined, smoke: undefined, hourlyCost: 0, hourlyCostMax: 0 }),
        ok('kept', { action: 'delete', result: 'skipped', reason: 'no longer in the manifest, but allow-destroy is not set: it keeps running', baseUrl: undefined, smoke: undefined, hourlyCost: 0.7, hourlyCostMax: 0.7 })
      ]),
      options
    );
    expect(md).toContain('**✅ Applied**: 2 succeeded · 1 held back · 1 unchanged · took 17m 5s · running now: $2.412/h for 3 deployments');
    expect(md).toContain('| `chat` | ✅ created | `https://chat.example.test/v1` |');
    expect(md).toContain('| `embed` | ➖ unchanged | `https://embed.example.test/v1` |');
    expect(md).toContain('| `old` | ✅ deleted | – |');
    expect(md).toContain('| `kept` | ⏸️ delete held back | – |');
    expect(md).toContain('> - **Held back** `kept`: no longer in the manifest, but allow-destroy is not set: it keeps running');
    expect(md).toContain('- **Smoke test:** ✅ 200 · first token 180 ms · 420 ms in all');
    expect(md).toContain('<details><summary>Connect to <code>chat</code></summary>');
    expect(md).toContain('<details><summary>Connect to <code>embed</code></summary>');
    expect(md).toContain(`<sub>commit \`c0ffeec0ffee\` · [workflow run](${options.runUrl})</sub>`);
  });

  it('explains a failure with its stage, first failing event, log, fix and execution', () => {
    const md = renderApplyMarkdown(
      outcome([
        ok('chat', {
          result: 'failed',
          stage: 'Deploy',
          reason: 'Service (AWS::ECS::Service) CREATE_FAILED: <b>boom</b> ping @octocat',
          failingEvent: { logicalId: 'Service', resourceType: 'AWS::ECS::Service', status: 'CREATE_FAILED', reason: 'tasks `failed` to start' },
          logUrl: 'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/events?stackId=x',
          fix: 'apply deletes the stack left by the failed create and creates it again',
          executionId: '3f1c',
          executionUrl: 'https://us-east-1.console.aws.amazon.com/codesuite/codepipeline/pipelines/emd-deploy/executions/3f1c/timeline?region=us-east-1',
          baseUrl: undefined,
          smoke: undefined
        })
      ]),
      options
    );
    expect(md).toContain('**❌ Apply failed**: 1 failed');
    expect(md).toContain('#### ❌ `chat` failed in Deploy');
    expect(md).toContain('- **Why:** Service (AWS::ECS::Service) CREATE_FAILED: &lt;b&gt;boom&lt;/b&gt; ping @\u200boctocat');
    expect(md).toContain('- **First failing event:** `Service` (`AWS::ECS::Service`) CREATE_FAILED: tasks `failed` to start');
    expect(md).toContain('- **Log:** [stack events](https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/events?stackId=x)');
    expect(md).toContain('- **Fix:** `apply deletes the stack left by the failed create and creates it again`');
    expect(md).toContain('- **Pipeline execution:** [3f1c](');
    expect(md).not.toContain('Connect to');
  });

  it('points at a stuck stack with its fix even when nothing was applied to it', () => {
    const md = renderApplyMarkdown(
      outcome([ok('chat', { action: 'unchanged', result: 'skipped', reason: 'unchanged, but stack is DELETE_FAILED', fix: 'aws cloudformation delete-stack --stack-name emd-chat', smoke: undefined })]),
      options
    );
    expect(md).toContain('| `chat` | ⚠️ unchanged, stack needs a fix | `https://chat.example.test/v1` |');
    expect(md).toContain('#### ⚠️ `chat` needs attention\n\n- **Why:** unchanged, but stack is DELETE_FAILED\n- **Fix:** `aws cloudformation delete-stack --stack-name emd-chat`');
  });

  it('writes snippets that read the key from $EMD_API_KEY, or send none when the endpoint takes none', () => {
    const d = ok('chat');
    expect(keyCommand(ARN, 'us-east-1')).toBe(`aws secretsmanager get-secret-value --secret-id ${ARN} --query SecretString --output text --region us-east-1`);
    expect(curlSnippet(d)).toBe(
      [
        `export EMD_API_KEY="$(aws secretsmanager get-secret-value --secret-id ${ARN} --query SecretString --output text --region us-east-1)"`,
        'curl -s https://chat.example.test/v1/chat/completions \\',
        '  -H "Authorization: Bearer $EMD_API_KEY" \\',
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"model":"Qwen/Qwen2.5-7B-Instruct","messages":[{"role":"user","content":"Hello!"}]}'`
      ].join('\n')
    );
    expect(pythonSnippet(d)).toContain('client = OpenAI(base_url="https://chat.example.test/v1", api_key=os.environ["EMD_API_KEY"])');
    const open = ok('open', { apiKeySecretArn: undefined });
    expect(curlSnippet(open)).not.toContain('Authorization');
    expect(curlSnippet(open)).not.toContain('EMD_API_KEY');
    expect(pythonSnippet(open)).toContain('api_key="none"');
    expect(pythonSnippet(open)).not.toContain('import os');
    expect(renderApplyMarkdown(outcome([open]), options)).toContain('- **API key:** none (`api_key: none`)');
  });

  it('drops connection details before rows to fit the comment limit, keeping failures', () => {
    const many = Array.from({ length: 300 }, (_, i) => ok(`model-${i}`));
    many[5] = ok('model-5', { result: 'failed', stage: 'Build', reason: 'the build failed', baseUrl: undefined, smoke: undefined });
    const full = renderApplyMarkdown(outcome(many), { ...options, maxLength: 900_000 });
    expect(full.match(/Connect to/g)).toHaveLength(299);

    const comment = renderApplyMarkdown(outcome(many), options);
    expect(comment.length).toBeLessThanOrEqual(60_000);
    expect(comment).not.toContain('Connect to');
    expect(comment).toContain('How to connect to 299 more endpoints was left out');
    expect(comment).toContain('#### ❌ `model-5` failed in Build');
    expect(comment).toContain('| `model-299` |');

    const tiny = renderApplyMarkdown(outcome(many), { ...options, maxLength: 8_000 });
    expect(tiny.length).toBeLessThanOrEqual(8_000);
    expect(tiny).toMatch(/…and \d+ more deployments: the full report is in the job summary and the `endpoints` output\./);
  });

  it('lists every endpoint in the endpoints output, changed or not', () => {
    const list = applyEndpoints(outcome([ok('chat'), ok('embed', { action: 'unchanged', result: 'skipped' }), ok('gone', { action: 'delete', baseUrl: undefined })]));
    expect(list).toEqual([
      { name: 'chat', region: 'us-east-1', result: 'succeeded', action: 'create', stack_name: 'emd-chat', base_url: 'https://chat.example.test/v1', model: 'Qwen/Qwen2.5-7B-Instruct', api_key_secret_arn: ARN },
      { name: 'embed', region: 'us-east-1', result: 'skipped', action: 'unchanged', stack_name: 'emd-embed', base_url: 'https://embed.example.test/v1', model: 'Qwen/Qwen2.5-7B-Instruct', api_key_secret_arn: ARN }
    ]);
  });
});
