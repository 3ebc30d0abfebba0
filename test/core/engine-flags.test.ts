// engine_args against the engines' serving flags (issue 13 item 3, issue 10 item 11): unknown flags
// with a did-you-mean, dangerous ones refused unless the entry opts in by name.
import { describe, expect, it } from '@jest/globals';
import { ENGINE_FLAGS, closestFlag } from '../../src/core/manifest/engine-flags.js';
import { loadManifest } from '../../src/core/manifest/load.js';

const head = 'version: 1\ndefaults: { region: us-east-1, service: ecs, instance: g5.12xlarge }\nmodels:\n';
const load = (text: string) => loadManifest(`${head}${text}`, { path: 'models.yaml', stackPrefix: 'emd' });
const findings = (text: string) => load(text).diagnostics.map((d) => ({ severity: d.severity, field: d.field, line: d.line, message: d.message }));

describe('the engine flag data', () => {
  it.each(Object.entries(ENGINE_FLAGS))('%s: a version, a source, and no flag both allowed and refused', (_engine, t) => {
    expect(t.version).toMatch(/\S/);
    expect(t.source).toMatchObject({ repository: expect.any(String), checked: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
    expect(t.allowed.filter((f) => f in t.refused)).toEqual([]);
    for (const f of [...t.allowed, ...Object.keys(t.refused)]) expect(f).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    for (const [flag, field] of Object.entries(t.optIn)) expect([flag, flag in t.refused, field]).toEqual([flag, true, 'allow_remote_code']);
  });

  it('allows the parallelism flags the launch command passes, and refuses what the entrypoint sets', () => {
    expect(ENGINE_FLAGS.vllm.allowed).toContain('tensor-parallel-size');
    expect(ENGINE_FLAGS.tgi.allowed).toContain('num-shard');
    for (const e of ['vllm', 'tgi', 'llama.cpp'] as const) expect(Object.keys(ENGINE_FLAGS[e].refused)).toEqual(expect.arrayContaining(['api-key', 'port']));
  });

  it('TGI: every field of the launcher at the pinned tag is classified (launcher/src/main.rs, v3.3.5)', () => {
    const launcher = 'model-id revision validation-workers sharded num-shard quantize speculate dtype kv-cache-dtype trust-remote-code max-concurrent-requests max-best-of max-stop-sequences max-top-n-tokens max-input-tokens max-input-length max-total-tokens waiting-served-ratio max-batch-prefill-tokens max-batch-total-tokens max-waiting-tokens max-batch-size cuda-graphs hostname port prometheus-port shard-uds-path master-addr master-port huggingface-hub-cache weights-cache-override disable-custom-kernels cuda-memory-fraction rope-scaling rope-factor json-output otlp-endpoint otlp-service-name cors-allow-origin api-key watermark-gamma watermark-delta ngrok ngrok-authtoken ngrok-edge tokenizer-config-path disable-grammar-support env max-client-batch-size lora-adapters usage-stats payload-limit enable-prefill-logprobs graceful-termination-timeout'.split(' ');
    const t = ENGINE_FLAGS.tgi;
    expect([...t.allowed, ...Object.keys(t.refused)].sort()).toEqual([...launcher].sort());
  });
});

describe('engine_args validation', () => {
  it('names an unknown flag at its line with a did-you-mean', () => {
    expect(findings('  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n    engine_args:\n      max-model-length: 4096\n')).toEqual([
      { severity: 'error', field: 'models.a.engine_args.max-model-length', line: 7, message: expect.stringContaining('max-model-length is not a serving flag of vllm 0.11.0 that emd-action allows (did you mean max-model-len?)') }
    ]);
    expect(closestFlag('max-num-seq', ENGINE_FLAGS.vllm.allowed)).toBe('max-num-seqs');
    expect(closestFlag('completely-different', ENGINE_FLAGS.vllm.allowed)).toBeUndefined();
  });

  it('checks against the engine the entry uses', () => {
    const r = findings('  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n    engine: tgi\n    engine_args: { max-model-len: 4096, max-total-tokens: 4096 }\n');
    expect(r).toEqual([expect.objectContaining({ severity: 'error', field: 'models.a.engine_args.max-model-len', message: expect.stringContaining('of tgi 3.3.5') })]);
  });

  it('only warns about unknown flags for an engine_version other than the pinned one', () => {
    const r = findings('  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n    engine_version: 0.12.0\n    engine_args: { brand-new-flag: 1 }\n');
    expect(r).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('not checked strictly: engine_version 0.12.0') })]);
  });

  it.each([
    ['trust-remote-code: true', /runs Python code from the model repository.*set allow_remote_code: true/],
    ['api-key: x', /never from engine_args/],
    ['tokenizer: evil/tok', /another repository/],
    ['download-dir: /tmp', /fetch unreviewed files/],
    ['served-model-name: other', /set by emd-action/],
    ['chat-template: /proc/self/environ', /read from the container's file system/],
    ['max-num-seqs: --api-key', /starts with "-"/],
    ['hf-file: x.gguf', /picks a GGUF file for llama.cpp/]
  ])('refuses %s', (arg, message) => {
    const r = findings(`  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n    engine_args: { ${arg} }\n`);
    expect(r).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
    expect(load(`  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n    engine_args: { ${arg} }\n`).specs).toEqual([]);
  });

  it('allows trust-remote-code with allow_remote_code: true, as a warning, and carries the opt-in in the spec', () => {
    const m = load('  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n    allow_remote_code: true\n    engine_args: { trust-remote-code: true }\n');
    expect(m.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', field: 'models.a.engine_args.trust-remote-code' })]);
    expect(m.specs[0]).toMatchObject({ allow_remote_code: true, engine_args: { 'trust-remote-code': true } });
    // Without the flag the field changes nothing, and the spec (and its hash) stays as before.
    expect(load('  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n').specs[0]).not.toHaveProperty('allow_remote_code');
  });
});
