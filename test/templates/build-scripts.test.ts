// Runs the real build scripts (buildspecs/scripts) against stand-ins for aws, curl and docker
// (test/templates/stubs): the request is read, weights are chosen and staged once, the image is
// built once, and the artifact matches the model template and the action's canonical spec JSON.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchRequest } from '../../src/core/launch.js';
import { canonicalJson } from '../../src/core/spec-hash.js';
import type { DeploymentSpec } from '../../src/core/types.js';
import { loadTemplate } from './cfn-lint.js';

const ROOT = process.cwd();
const SHA = 'a'.repeat(40);

let dir: string;
let stub: string;
let work: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'emd-build-'));
  stub = path.join(dir, 'stub');
  work = path.join(dir, 'work');
  const bin = path.join(dir, 'bin');
  for (const d of [stub, work, bin, path.join(stub, 'hf/files'), path.join(stub, 'secrets')]) mkdirSync(d, { recursive: true });
  for (const tool of ['aws', 'curl', 'docker']) {
    copyFileSync(path.join(ROOT, 'test/templates/stubs', tool), path.join(bin, tool));
    chmodSync(path.join(bin, tool), 0o755);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function spec(over: Partial<DeploymentSpec> = {}): DeploymentSpec {
  return {
    name: 'qwen',
    model: 'Qwen/Qwen2.5-7B-Instruct',
    revision: 'main',
    engine: 'vllm',
    engine_args: { 'max-model-len': 8192, 'enable-prefix-caching': true, 'enforce-eager': false },
    service: 'ecs',
    instance: 'g5.12xlarge',
    region: 'us-east-1',
    scaling: { min: 1, max: 3 },
    spot: true,
    api_key: 'generate',
    protect: false,
    tags: { team: 'ml' },
    ...over
  };
}

/** Puts the request in the fake bucket and the repository on the fake hub. */
function arrange(s: DeploymentSpec, files: Record<string, string>, extra: Record<string, unknown> = {}) {
  const request = {
    spec: s,
    stack_name: `emd-${s.name}`,
    stack_prefix: 'emd',
    manifest: 'models.yaml',
    commit: 'c0ffee',
    spec_hash: '0123456789abcdef',
    requested_at: '2026-01-02T03:04:05Z',
    // Written by the action's own code, as apply does.
    launch: launchRequest(s),
    ...extra
  };
  const key = `requests/${s.name}/0123456789abcdef.json`;
  mkdirSync(path.join(stub, 's3/bkt', path.dirname(key)), { recursive: true });
  writeFileSync(path.join(stub, 's3/bkt', key), JSON.stringify(request));
  writeFileSync(
    path.join(stub, 'hf/api.json'),
    JSON.stringify({ id: s.model, sha: SHA, siblings: Object.entries(files).map(([f, body]) => ({ rfilename: f, size: Buffer.byteLength(body) })) })
  );
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(stub, 'hf/files', f)), { recursive: true });
    writeFileSync(path.join(stub, 'hf/files', f), body);
  }
  return key;
}

function build(s: DeploymentSpec, key: string | undefined, extraEnv: Record<string, string> = {}) {
  const env: Record<string, string> = {
    PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`,
    HOME: dir,
    STUB_DIR: stub,
    ARTIFACT_BUCKET: 'bkt',
    STACK_PREFIX: 'emd',
    ECR_REGISTRY: '111122223333.dkr.ecr.us-east-1.amazonaws.com',
    MODEL_ROLE_BOUNDARY_ARN: 'arn:aws:iam::111122223333:policy/emd-bootstrap-ModelRoleBoundary-ABC',
    ...(key ? { DEPLOYMENT: s.name, STACK_NAME: `emd-${s.name}`, SERVICE: s.service, REQUEST_KEY: key, COMMIT: 'c0ffee' } : {}),
    ...extraEnv
  };
  const run = spawnSync('bash', [path.join(ROOT, 'buildspecs/scripts/main.sh')], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, log: run.stdout + run.stderr };
}

const s3 = (key: string) => path.join(stub, 's3/bkt', key);
/** Tags the fake Secrets Manager reports for a secret (describe-secret). */
function tagSecret(id: string, tags: Record<string, string>) {
  mkdirSync(path.join(stub, 'secret-tags', path.dirname(id)), { recursive: true });
  writeFileSync(path.join(stub, 'secret-tags', id), JSON.stringify(Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))));
}
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : []);
const config = () => JSON.parse(readFileSync(path.join(work, 'out/template-config.json'), 'utf8')) as { Parameters: Record<string, string>; Tags: Record<string, string> };

const REPO = {
  'config.json': '{"architectures":["Qwen2ForCausalLM"]}',
  'model-00001-of-00002.safetensors': 'weights-1',
  'model-00002-of-00002.safetensors': 'weights-2',
  'pytorch_model.bin': 'old weights',
  'original/consolidated.00.pth': 'original weights',
  'tokenizer.json': '{}'
};

describe('build stage scripts', () => {
  it('end quickly and clearly when no deployment was requested', () => {
    const run = build(spec(), undefined, { DEPLOYMENT: 'none', STACK_NAME: 'none', SERVICE: 'none', REQUEST_KEY: 'none' });
    expect(run.status).toBe(1);
    expect(run.log).toContain('no deployment requested');
    expect(lines(path.join(stub, 'aws.log'))).toEqual([]);
  });

  it('refuse a request that does not match the pipeline variables', () => {
    const s = spec();
    const key = arrange(s, REPO);
    const run = build(s, key, { SERVICE: 'ec2' });
    expect(run.status).toBe(1);
    expect(run.log).toContain('does not match the pipeline variables');
  });

  it('stage the weights at the resolved commit, build the image, and write the artifact', () => {
    const s = spec();
    const key = arrange(s, REPO);
    const run = build(s, key);
    expect([run.status, run.log]).toEqual([0, expect.stringContaining('done: out/template.yaml')]);

    // Weights: safetensors and small files, not the .bin duplicate nor original/.
    const prefix = `weights/Qwen/Qwen2.5-7B-Instruct/${SHA}/`;
    expect(readdirSync(s3(prefix)).sort()).toEqual(['.emd-complete', 'config.json', 'model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors', 'tokenizer.json']);
    expect(readFileSync(s3(prefix + 'model-00002-of-00002.safetensors'), 'utf8')).toBe('weights-2');
    expect(JSON.parse(readFileSync(s3(prefix + '.emd-complete'), 'utf8'))).toMatchObject({ commit: SHA, revision: 'main' });

    // Image: FROM the pinned upstream image, tagged <version>-<hash>.
    const docker = lines(path.join(stub, 'docker.log'));
    expect(docker.find((l) => l.startsWith('build'))).toContain('BASE_IMAGE=vllm/vllm-openai:v0.11.0');
    const push = docker.find((l) => l.startsWith('push'))!;
    expect(push).toMatch(/111122223333\.dkr\.ecr\.us-east-1\.amazonaws\.com\/emd\/vllm:0\.11\.0-[0-9a-f]{16}$/);

    // Artifact: the ECS template and its configuration.
    expect(readFileSync(path.join(work, 'out/template.yaml'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'cloudformation/models/ecs.yaml'), 'utf8'));
    const { Parameters, Tags } = config();
    expect(Parameters.DeploymentSpec).toBe(canonicalJson(s));
    expect(Parameters).toMatchObject({
      DeploymentName: 'qwen',
      ModelId: 'Qwen/Qwen2.5-7B-Instruct',
      ModelRevision: SHA,
      Engine: 'vllm',
      ImageUri: push.split(' ').pop(),
      WeightsS3Uri: `s3://bkt/${prefix}`,
      // All four GPUs of g5.12xlarge, as the fit check counted them.
      EngineArgs: '--enable-prefix-caching --max-model-len 8192 --tensor-parallel-size 4',
      InstanceType: 'g5.12xlarge',
      MinCapacity: '1',
      MaxCapacity: '3',
      MaxInstances: '4',
      ApiKeyMode: 'generate',
      ApiKeySecretArn: '',
      UseSpot: 'true',
      GpuCount: '4',
      SubnetIds: '',
      PublicEndpoint: 'true',
      StackPrefix: 'emd',
      PermissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/emd-bootstrap-ModelRoleBoundary-ABC'
    });
    expect(Tags).toEqual({
      team: 'ml',
      'emd:managed': 'true',
      'emd:deployment': 'qwen',
      'emd:stack-prefix': 'emd',
      'emd:manifest': 'models.yaml',
      'emd:commit': 'c0ffee',
      'emd:deployed-at': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      'emd:spec-hash': '0123456789abcdef'
    });
  });

  it.each([
    ['tgi', { 'max-total-tokens': 4096 }, '--max-total-tokens 4096 --num-shard 4'],
    ['vllm', { 'tensor-parallel-size': 2, 'max-model-len': 4096 }, '--max-model-len 4096 --tensor-parallel-size 2']
  ] as const)('pass the %s GPU flags the action planned, and engine_args as set', (engine, args, expected) => {
    const s = spec({ engine, engine_args: { ...args } });
    const key = arrange(s, REPO);
    expect(build(s, key).status).toBe(0);
    expect(config().Parameters).toMatchObject({ EngineArgs: expected, GpuCount: '4' });
  });

  it('write the HTTPS domain and hosted zone for the load balancer templates', () => {
    const https = { certificate_arn: 'arn:aws:acm:us-east-1:111122223333:certificate/0b5a7c3e-1f2d-4e6a-9b8c-7d6e5f4a3b2c', domain: 'llm.example.com', hosted_zone_id: 'Z0123456789ABCDEFGHIJ' };
    const s = spec({ service: 'ec2', https });
    expect(build(s, arrange(s, REPO)).status).toBe(0);
    expect(config().Parameters).toMatchObject({ CertificateArn: https.certificate_arn, DomainName: 'llm.example.com', HostedZoneId: 'Z0123456789ABCDEFGHIJ' });
  });

  describe('Docker Hub pulls (issue 9, defect 13)', () => {
    const TOKEN = 'dckr_pat_VERYSECRET123';

    it('log in to Docker Hub with the <prefix>/docker-hub secret before pulling a Docker Hub image, never printing the token', () => {
      const s = spec();
      const key = arrange(s, REPO);
      mkdirSync(path.join(stub, 'secrets/emd'), { recursive: true });
      writeFileSync(path.join(stub, 'secrets/emd/docker-hub'), JSON.stringify({ username: 'builder', accessToken: TOKEN }));
      const run = build(s, key);
      expect(run.status).toBe(0);
      const docker = lines(path.join(stub, 'docker.log'));
      const login = docker.findIndex((l) => l === 'login --username builder --password-stdin docker.io');
      const pull = docker.findIndex((l) => l.startsWith('pull') && l.includes('vllm/vllm-openai:v0.11.0'));
      expect(login).toBeGreaterThanOrEqual(0);
      expect(pull).toBeGreaterThan(login);
      expect(readFileSync(path.join(stub, 'docker-login-docker.io'), 'utf8')).toBe(TOKEN);
      expect(run.log).not.toContain(TOKEN);
      expect(run.log).toContain('pulling from Docker Hub as builder');
    });

    it('pull anonymously, and say so, without the secret; never log in to Docker Hub for images elsewhere', () => {
      let s = spec();
      let run = build(s, arrange(s, REPO));
      expect(run.status).toBe(0);
      expect(run.log).toContain('no emd/docker-hub secret: pulling from Docker Hub anonymously');
      expect(lines(path.join(stub, 'docker.log')).filter((l) => l.endsWith('docker.io'))).toEqual([]);
      s = spec({ engine: 'tgi' });
      mkdirSync(path.join(stub, 'secrets/emd'), { recursive: true });
      writeFileSync(path.join(stub, 'secrets/emd/docker-hub'), JSON.stringify({ username: 'builder', accessToken: TOKEN }));
      rmSync(path.join(stub, 'docker.log'));
      run = build(s, arrange(s, REPO));
      expect(run.status).toBe(0);
      expect(lines(path.join(stub, 'docker.log')).filter((l) => l.startsWith('login')).map((l) => l.split(' ').pop())).toEqual(['111122223333.dkr.ecr.us-east-1.amazonaws.com']);
    });

    it('refuse a secret that is not the documented JSON', () => {
      const s = spec();
      mkdirSync(path.join(stub, 'secrets/emd'), { recursive: true });
      writeFileSync(path.join(stub, 'secrets/emd/docker-hub'), TOKEN);
      const run = build(s, arrange(s, REPO));
      expect(run.status).toBe(1);
      expect(run.log).toContain('must be JSON {"username"');
      expect(run.log).not.toContain(TOKEN);
    });
  });

  it('refuse a request without the launch block, and one planned for another GPU count than EC2 reports', () => {
    const s = spec();
    let key = arrange(s, REPO, { launch: undefined });
    let run = build(s, key);
    expect([run.status, run.log]).toEqual([1, expect.stringContaining('the request has no launch block')]);
    key = arrange(s, REPO, { launch: { ...launchRequest(s), gpus: 8 } });
    run = build(s, key);
    expect([run.status, run.log]).toEqual([1, expect.stringContaining('has 4 GPUs according to EC2, but the action planned for 8')]);
  });

  it('never stage or build twice', () => {
    const s = spec();
    const key = arrange(s, REPO);
    expect(build(s, key).status).toBe(0);
    const curlCalls = lines(path.join(stub, 'curl.log')).length;
    const run = build(s, key);
    expect(run.status).toBe(0);
    expect(run.log).toContain('weights already staged');
    expect(run.log).toMatch(/image .* exists; not rebuilding/);
    // Only the revision lookup again; no file download, no docker build.
    expect(lines(path.join(stub, 'curl.log')).length).toBe(curlCalls + 1);
    expect(lines(path.join(stub, 'docker.log')).filter((l) => l.startsWith('build'))).toHaveLength(1);
  });

  it.each(['sagemaker', 'ecs', 'ec2'] as const)('write only and all the parameters the %s template needs', (service) => {
    const s = spec({ service, scaling: { min: 1, max: 2 }, spot: service !== 'sagemaker' });
    const key = arrange(s, REPO);
    expect(build(s, key).status).toBe(0);
    const declared = loadTemplate(path.join(ROOT, `cloudformation/models/${service}.yaml`)).Parameters!;
    const written = Object.keys(config().Parameters);
    expect(written.filter((p) => !(p in declared))).toEqual([]);
    const required = Object.entries(declared).filter(([, p]) => p.Default === undefined).map(([name]) => name);
    expect(required.filter((p) => !written.includes(p))).toEqual([]);
    // CloudFormation refuses a value outside the parameter's AllowedPattern.
    for (const [name, value] of Object.entries(config().Parameters)) {
      const pattern = (declared[name] as { AllowedPattern?: string }).AllowedPattern;
      if (pattern) expect([name, value, new RegExp(pattern).test(value)]).toEqual([name, value, true]);
    }
  });

  it('read a gated model token from Secrets Manager without ever printing it', () => {
    const s = spec({ hf_token_secret: 'emd/hf-token', api_key: { secret: 'team-key' } });
    const key = arrange(s, REPO);
    tagSecret('team-key', { 'emd:api-key': 'true' });
    mkdirSync(path.join(stub, 'secrets/emd'), { recursive: true });
    writeFileSync(path.join(stub, 'secrets/emd/hf-token'), '{"token":"hf_VERYSECRET123"}');
    const run = build(s, key);
    expect(run.status).toBe(0);
    expect(run.log).not.toContain('hf_VERYSECRET123');
    expect(readFileSync(path.join(work, 'out/template-config.json'), 'utf8')).not.toContain('hf_VERYSECRET123');
    expect(lines(path.join(stub, 'curl.log')).every((l) => l.endsWith('auth=yes'))).toBe(true);
    expect(config().Parameters).toMatchObject({ ApiKeyMode: 'secret', ApiKeySecretArn: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:team-key-AbCdEf' });
  });

  it('say plainly when a model is gated and no token is set', () => {
    const s = spec();
    const key = arrange(s, REPO);
    const run = build(s, key, { STUB_STATUS: '401' });
    expect(run.status).toBe(1);
    expect(run.log).toContain('is gated or private');
  });

  it('refuse a repository whose file names hold control characters (they would split the file list)', () => {
    const s = spec();
    const key = arrange(s, { ...REPO, 'x\n0\t../../evil.json': '{}' });
    const run = build(s, key);
    expect(run.status).toBe(1);
    expect(run.log).toContain('file names with control characters');
    expect(existsSync(s3(`weights/Qwen/Qwen2.5-7B-Instruct/${SHA}/.emd-complete`))).toBe(false);
  });

  describe('llama.cpp', () => {
    const GGUF = {
      'README.md': 'x',
      'model-Q4_K_M.gguf': 'q4',
      'Q8_0/model-Q8_0-00001-of-00002.gguf': 'q8-1',
      'Q8_0/model-Q8_0-00002-of-00002.gguf': 'q8-2'
    };

    it('asks for engine_args.hf-file when several GGUF files exist', () => {
      const s = spec({ engine: 'llama.cpp', model: 'org/model-GGUF' });
      const key = arrange(s, GGUF);
      const run = build(s, key);
      expect(run.status).toBe(1);
      expect(run.log).toContain('choose one with engine_args.hf-file: model-Q4_K_M.gguf, Q8_0/model-Q8_0-00001-of-00002.gguf');
    });

    it('stages every part of a split GGUF and points the engine at the first', () => {
      const s = spec({ engine: 'llama.cpp', model: 'org/model-GGUF', engine_args: { 'hf-file': 'Q8_0/model-Q8_0-00001-of-00002.gguf', 'ctx-size': 4096 } });
      const key = arrange(s, GGUF);
      const run = build(s, key);
      expect([run.status, run.log]).toEqual([0, expect.any(String)]);
      const prefix = `weights/org/model-GGUF/${SHA}/gguf/Q8_0/model-Q8_0-00001-of-00002/`;
      expect(readdirSync(s3(prefix + 'Q8_0')).sort()).toEqual(['model-Q8_0-00001-of-00002.gguf', 'model-Q8_0-00002-of-00002.gguf']);
      expect(config().Parameters).toMatchObject({ ModelFile: 'Q8_0/model-Q8_0-00001-of-00002.gguf', EngineArgs: '--ctx-size 4096 --n-gpu-layers 999 --split-mode layer', WeightsS3Uri: `s3://bkt/${prefix}` });
      expect(lines(path.join(stub, 'docker.log')).find((l) => l.startsWith('build'))).toContain('BASE_IMAGE=ghcr.io/ggml-org/llama.cpp:server-cuda-b7869');
    });

    // The GGUF file name comes from the model repository and ends up in WeightsS3Uri and ModelFile,
    // which the EC2 boot script uses: a name outside the safe set stops the build (issue 13).
    it.each(['x$(touch${IFS}/tmp/emd-pwned).gguf', 'a+b.gguf', "it's.gguf", '.hidden/m.gguf', 'sub/-x.gguf'])('refuses the GGUF file name %j', (name) => {
      const s = spec({ engine: 'llama.cpp', model: 'org/model-GGUF', engine_args: { 'hf-file': name } });
      const key = arrange(s, { 'README.md': 'x', [name]: 'q4' });
      const run = build(s, key);
      expect(run.status).toBe(1);
      expect(run.log).toContain('outside the safe character set');
      expect(existsSync(path.join(work, 'out/template-config.json'))).toBe(false);
      expect(lines(path.join(stub, 'curl.log')).filter((l) => l.includes('/resolve/'))).toEqual([]);
    });
  });

  // Issue 13: the build re-validates what it is asked to do, whoever started the pipeline.
  describe('refuse requests the action would never send (security)', () => {
    /** A request as an attacker with StartPipelineExecution and PutObject could write it. */
    function forged(s: DeploymentSpec, over: { stackName?: string; key?: string; hash?: string } = {}) {
      const key = over.key ?? `requests/${s.name}/0123456789abcdef.json`;
      const request = { spec: s, stack_name: over.stackName ?? `emd-${s.name}`, stack_prefix: 'emd', manifest: 'models.yaml', commit: 'c0ffee', spec_hash: over.hash ?? '0123456789abcdef', requested_at: '2026-01-02T03:04:05Z' };
      mkdirSync(path.dirname(s3(key)), { recursive: true });
      writeFileSync(s3(key), JSON.stringify(request));
      arrange({ ...s, name: 'unused' }, REPO);
      return key;
    }
    const acted = () => lines(path.join(stub, 'curl.log')).length + lines(path.join(stub, 'docker.log')).length;

    it('DEPLOYMENT=bootstrap: the bootstrap stack is never a deployment', () => {
      const s = spec({ name: 'bootstrap' });
      const run = build(s, forged(s));
      expect(run.status).toBe(1);
      expect(run.log).toContain('deployment name "bootstrap" is reserved');
      expect(acted()).toBe(0);
      expect(existsSync(path.join(work, 'out/template-config.json'))).toBe(false);
    });

    it.each([
      ['a name outside the character set', spec({ name: 'Qwen_1' }), {}, 'is not lowercase letters'],
      ['a request key for another deployment', spec(), { key: 'requests/other/0123456789abcdef.json' }, 'is not requests/qwen/'],
      ['a hash that is not the key’s', spec(), { hash: 'ffffffffffffffff' }, 'spec_hash does not match'],
      ['a model id with a path', spec({ model: '../../etc/passwd' }), {}, 'spec.model is not a Hugging Face repository id'],
      ['an unknown engine', spec({ engine: 'sh' as never }), {}, 'spec.engine is not vllm, tgi or llama.cpp'],
      ['a flag value that is another flag', spec({ engine_args: { 'max-model-len': '--trust-remote-code' } }), {}, 'values may not start with -'],
      ['trust-remote-code without allow_remote_code', spec({ engine_args: { 'trust-remote-code': true } }), {}, 'needs allow_remote_code: true'],
      ['a reserved tag', spec({ tags: { 'emd:managed': 'false' } }), {}, 'is reserved'],
      // Preview tags belong to preview deployments (pr<N>-<entry>) of that very pull request only.
      ['a preview tag on a deployment that is no preview', spec({ tags: { 'emd:preview-pr': '7' } }), {}, 'tag "emd:preview-pr" is reserved'],
      ['a preview tag naming another pull request', spec({ name: 'pr7-qwen', tags: { 'emd:preview-pr': '8' } }), {}, 'tag "emd:preview-pr" is reserved'],
      ['a preview of another entry', spec({ name: 'pr7-qwen', tags: { 'emd:preview-pr': '7', 'emd:preview-of': 'other' } }), {}, 'tag "emd:preview-of" is reserved']
    ] as const)('%s', (_what, s, over, message) => {
      const key = forged(s as DeploymentSpec, over);
      const run = build(s as DeploymentSpec, key);
      expect(run.status).toBe(1);
      expect(run.log).toContain(message);
      expect(acted()).toBe(0);
    });

    it('a preview request with its own three tags builds, and the stack carries them', () => {
      const s = spec({ name: 'pr7-qwen', tags: { team: 'ml', 'emd:preview-pr': '7', 'emd:preview-of': 'qwen', 'emd:preview-sha': 'c'.repeat(40) } });
      const key = arrange(s, REPO);
      const run = build(s, key);
      expect([run.status, run.log]).toEqual([0, expect.any(String)]);
      expect(config().Tags).toMatchObject({ team: 'ml', 'emd:preview-pr': '7', 'emd:preview-of': 'qwen', 'emd:preview-sha': 'c'.repeat(40), 'emd:deployment': 'pr7-qwen' });
    });

    it('an api_key secret that is neither <prefix>/… nor tagged emd:api-key=true', () => {
      const s = spec({ api_key: { secret: 'prod/database-password' } });
      const key = arrange(s, REPO);
      const run = build(s, key);
      expect(run.status).toBe(1);
      expect(run.log).toContain('the API key secret prod/database-password is neither named emd/... nor tagged emd:api-key=true');
      expect(existsSync(path.join(work, 'out/template-config.json'))).toBe(false);
    });

    it('an api_key secret named emd/… is used', () => {
      const s = spec({ api_key: { secret: 'emd/team-key' } });
      const key = arrange(s, REPO);
      const run = build(s, key);
      expect([run.status, run.log]).toEqual([0, expect.any(String)]);
      expect(config().Parameters).toMatchObject({ ApiKeyMode: 'secret', ApiKeySecretArn: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:emd/team-key-AbCdEf' });
    });
  });
});
