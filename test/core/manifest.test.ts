import { describe, expect, it } from '@jest/globals';
import { loadManifest } from '../../src/core/manifest/load.js';
import type { Diagnostic } from '../../src/core/types.js';

const opts = { path: 'models.yaml', stackPrefix: 'emd', defaultRegion: undefined as string | undefined };

function load(text: string, extra: Partial<typeof opts> = {}) {
  return loadManifest(text, { ...opts, ...extra });
}

function errors(text: string, extra: Partial<typeof opts> = {}): Diagnostic[] {
  return load(text, extra).diagnostics.filter((d) => d.severity === 'error');
}

/** The single error a broken manifest produces, with its position. */
function only(text: string, extra: Partial<typeof opts> = {}): Diagnostic {
  const found = errors(text, extra);
  expect(found.map((d) => d.message)).toHaveLength(1);
  return found[0];
}

const head = 'version: 1\ndefaults: { region: us-east-1 }\nmodels:\n';

describe('valid manifests', () => {
  it('merges defaults under entries and fills every default', () => {
    const m = load(`version: 1
defaults:
  region: eu-west-1
  service: ecs
  tags: { team: nlp }
models:
  qwen-chat:
    model: Qwen/Qwen2.5-7B-Instruct
    instance: g5.2xlarge
    tags: { app: chat }
  sm:
    model: Qwen/Qwen2.5-0.5B-Instruct
    service: sagemaker
    instance: ml.g5.xlarge
    scaling: { max: 3 }
`);
    expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(m.valid).toBe(true);
    const [chat, sm] = m.specs;
    expect(chat).toEqual({
      name: 'qwen-chat',
      model: 'Qwen/Qwen2.5-7B-Instruct',
      revision: 'main',
      engine: 'vllm',
      engine_args: {},
      service: 'ecs',
      instance: 'g5.2xlarge',
      region: 'eu-west-1',
      scaling: { min: 1, max: 1 },
      spot: false,
      api_key: 'generate',
      protect: false,
      tags: { team: 'nlp', app: 'chat' }
    });
    expect(sm.instance).toBe('g5.xlarge');
    expect(sm.service).toBe('sagemaker');
    expect(sm.scaling).toEqual({ min: 1, max: 3 });
    expect(m.entryPositions['sm']).toEqual({ line: 11, column: 3 });
  });

  it('takes the region from the action input when the file names none', () => {
    const m = load('version: 1\nmodels:\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n', { defaultRegion: 'us-west-2' });
    expect(m.specs[0].region).toBe('us-west-2');
  });

  it('accepts the full field list of the reference entry', () => {
    const m = load(`version: 1
defaults: { region: us-east-1, service: ecs }
models:
  qwen-chat:
    model: Qwen/Qwen2.5-7B-Instruct
    revision: main
    engine: vllm
    engine_version: "0.10.1"
    engine_args: { max-model-len: 8192, enforce-eager: true }
    instance: g5.2xlarge
    region: us-east-1
    scaling: { min: 0, max: 2 }
    spot: true
    api_key: { secret: prod/llm-key }
    hf_token_secret: hf/token
    https: { certificate_arn: "arn:aws:acm:us-east-1:123456789012:certificate/0b5a7c3e-1f2d-4e6a-9b8c-7d6e5f4a3b2c", domain: llm.example.com, hosted_zone_id: Z0123456789ABCDEFGHIJ }
    network: { vpc_id: vpc-0abc, subnet_ids: [subnet-0a, subnet-0b], public: false }
    ttl: 8h
    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }
    protect: false
    params_b: 7.6
    tags: { team: nlp }
`);
    expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(m.specs[0]).toMatchObject({
      api_key: { secret: 'prod/llm-key' },
      network: { vpc_id: 'vpc-0abc', subnet_ids: ['subnet-0a', 'subnet-0b'], public: false },
      schedule: { up: '0 8 * * 1-5', down: '0 19 * * 1-5', timezone: 'Europe/Berlin' },
      scaling: { min: 0, max: 2 },
      spot: true
    });
  });
});

describe('validation rules: each names file, line, column and field', () => {
  it('reports YAML syntax errors with their position', () => {
    const d = only(`${head}  a:\n    model: [unclosed\n`);
    expect(d.message).toMatch(/YAML syntax/);
    expect(d.file).toBe('models.yaml');
    expect(d.line).toBeGreaterThanOrEqual(5);
  });

  it('reports an unknown key at the key, with a suggestion and the allowed list', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instnce: g5.xlarge\n`);
    expect(d).toMatchObject({ line: 6, column: 5, field: 'models.a.instnce' });
    expect(d.message).toContain('did you mean `instance`');
    expect(d.message).toContain('allowed here:');
  });

  it('reports wrong types with what was found', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    scaling: { min: one }\n`);
    expect(d).toMatchObject({ line: 6, field: 'models.a.scaling.min' });
    expect(d.message).toMatch(/expected number, got "one"/);
  });

  it('reports a missing model at the entry', () => {
    const d = only(`${head}  a:\n    instance: g5.xlarge\n`);
    expect(d).toMatchObject({ line: 5, field: 'models.a.model' });
    expect(d.message).toContain('required field is missing');
  });

  it('reports duplicate deployment names', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n`);
    expect(d).toMatchObject({ field: 'models.a', message: 'models.a: written twice; each deployment name and field may appear once' });
    expect(d.line).toBe(6);
  });

  it('reports enum values with the allowed set', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    engine: triton\n`);
    expect(d).toMatchObject({ line: 6, column: 13, field: 'models.a.engine' });
    expect(d.message).toContain('vllm, tgi, llama.cpp');
  });

  it('rejects a wrong version', () => {
    const d = only('version: 2\nmodels: {}\n');
    expect(d).toMatchObject({ line: 1, field: 'version' });
  });

  it('rejects bad names and names that make stack names too long', () => {
    const bad = only(`${head}  Bad_Name:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n`);
    expect(bad).toMatchObject({ line: 4, column: 3, field: 'models.Bad_Name' });
    expect(bad.message).toMatch(/lowercase letters, digits and single hyphens/);
    const long = only(`${head}  ${'a'.repeat(40)}:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n`);
    expect(long.message).toMatch(/name too long: stack "emd-a+" has 44 characters/);
    expect(only(`${head}  bootstrap:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n`).message).toMatch(/reserved/);
    // Their roles would be named like the bootstrap's and the GitHub roles, which the stack role may never touch.
    for (const name of ['github', 'github-x', 'bootstrap-x']) {
      expect([name, only(`${head}  ${name}:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n`).message]).toEqual([name, expect.stringMatching(/reserved/)]);
    }
    expect(only(`${head}  trailing-:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n`).line).toBe(4);
  });

  it('rejects bad durations', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 8 hours\n`);
    expect(d).toMatchObject({ line: 6, column: 10, field: 'models.a.ttl' });
    expect(d.message).toMatch(/30m, 8h, 2d, 1w/);
  });

  it('rejects bad cron expressions and time zones', () => {
    const found = errors(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    schedule:\n      up: "0 25 * * *"\n      down: "0 19 * * 1-5"\n      timezone: Mars/Olympus\n`);
    expect(found.map((d) => [d.field, d.line])).toEqual([
      ['models.a.schedule.up', 7],
      ['models.a.schedule.timezone', 9]
    ]);
  });

  it('rejects spot and scale-to-zero where the service cannot honour them', () => {
    const found = errors(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    service: sagemaker\n    spot: true\n    scaling: { min: 0, max: 1 }\n`);
    expect(found.map((d) => d.field)).toEqual(['models.a.spot', 'models.a.scaling.min']);
    expect(found[0].message).toMatch(/spot is for ecs and ec2/);
    expect(found[1].message).toMatch(/cannot scale to zero/);
    expect(found[1].line).toBe(8);
  });

  it('points at defaults when the offending value comes from there', () => {
    const d = only(`version: 1\ndefaults: { region: us-east-1, spot: true }\nmodels:\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n`);
    expect(d).toMatchObject({ field: 'defaults.spot', line: 2 });
  });

  it('rejects min above max', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    scaling: { min: 3, max: 2 }\n`);
    expect(d.message).toMatch(/min 3 is greater than max 2/);
  });

  it('rejects instance types unknown for the service, with a suggestion', () => {
    const typo = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.2xlarg\n`);
    expect(typo).toMatchObject({ line: 6, field: 'models.a.instance' });
    expect(typo.message).toMatch(/not a known instance type \(did you mean g5\.2xlarge\?\)/);
    const ml = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    service: ec2\n    instance: ml.g5.xlarge\n`);
    expect(ml.message).toMatch(/ml\. prefix names SageMaker instances/);
  });

  it('refuses a plaintext API key and points to Secrets Manager without echoing it', () => {
    const key = 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    const found = errors(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    api_key: ${key}\n`);
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const d of found) {
      expect(d.line).toBe(6);
      expect(d.message).not.toContain(key);
      expect(d.message).not.toContain('AbCdEf');
    }
    expect(found.map((d) => d.message).join('\n')).toMatch(/Secrets Manager/);
  });

  it('refuses a Hugging Face token anywhere in the file', () => {
    const token = `hf_${'x1Y2'.repeat(9)}`;
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    hf_token_secret: ${token}\n`);
    expect(d).toMatchObject({ line: 6, field: 'models.a.hf_token_secret' });
    expect(d.message).toMatch(/Hugging Face token/);
    expect(d.message).not.toContain(token);
    const inArgs = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    engine_args: { token: ${token} }\n`);
    expect(inArgs.field).toBe('models.a.engine_args.token');
  });

  it('refuses a key pasted as a secret name', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    api_key: { secret: Zx81KqPmW3vTnR7yLs2HdF9cBgA4 }\n`);
    expect(d.message).toMatch(/looks like the key itself/);
  });

  it('rejects anchors, aliases and merge keys', () => {
    const found = errors(`${head}  a: &base\n    model: Qwen/Qwen2.5-0.5B-Instruct\n  b: *base\n  c:\n    <<: *base\n`);
    expect(found.map((d) => d.line)).toEqual([6, 8, 8]);
    expect(found[0].message).toMatch(/anchors and aliases are not allowed/);
  });

  it('rejects engine args that could inject flags or lines', () => {
    const found = errors(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    engine_args:\n      "--x; rm -rf /": 1\n      ok: "a\\nb"\n`);
    expect(found.map((d) => d.field)).toEqual(['models.a.engine_args.--x; rm -rf /', 'models.a.engine_args.ok']);
  });

  it('rejects model ids that are not Hugging Face repository ids', () => {
    const d = only(`${head}  a:\n    model: "../../etc/passwd"\n`);
    expect(d).toMatchObject({ line: 5, field: 'models.a.model' });
  });

  it('reports every error at once, in file order', () => {
    const found = errors(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: soon\n  b:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    spot: true\n  C:\n    model: x/y\n`);
    expect(found.map((d) => d.line)).toEqual([6, 9, 10]);
  });

  it('refuses non-UTF-8 bytes with the line they are on', () => {
    const bytes = Buffer.concat([Buffer.from(`${head}  a:\n    model: Qwen/`), Buffer.from([0xff, 0xfe]), Buffer.from('x\n')]);
    const d = loadManifest(bytes, opts).diagnostics[0];
    expect(d.message).toMatch(/not valid UTF-8/);
    expect(d.line).toBe(5);
  });

  it('refuses huge files before parsing', () => {
    const d = only(`${head}${'#'.repeat(600 * 1024)}\n`);
    expect(d.message).toMatch(/limited to 524288 bytes/);
  });

  it('refuses custom tags', () => {
    const d = only(`${head}  a:\n    model: !Sub Qwen/Qwen2.5-0.5B-Instruct\n`);
    expect(d.message).toMatch(/custom YAML tags are not allowed/);
    expect(d.line).toBe(5);
  });

  it('requires a region from somewhere', () => {
    const d = only('version: 1\nmodels:\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n');
    expect(d).toMatchObject({ line: 3, field: 'models.a' });
    expect(d.message).toMatch(/no region/);
  });
});

describe('rules the AWS side relies on', () => {
  it('refuses llama.cpp on sagemaker', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct-GGUF\n    engine: llama.cpp\n    engine_args: { hf-file: qwen2.5-0.5b-instruct-q4_k_m.gguf }\n`);
    expect(d).toMatchObject({ field: 'models.a.engine', line: 6 });
  });

  it('refuses engine arg values with spaces', () => {
    const d = only(`${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    engine_args: { served-model-name: "a --trust-remote-code" }\n`);
    expect(d.field).toBe('models.a.engine_args.served-model-name');
  });

  it('warns when the build role may not read the Hugging Face token secret', () => {
    const m = load(`${head}  a:\n    model: meta-llama/Llama-3.1-8B-Instruct\n    hf_token_secret: hf/token\n  b:\n    model: meta-llama/Llama-3.1-8B-Instruct\n    hf_token_secret: emd/hf-token\n`);
    expect(m.valid).toBe(true);
    expect(m.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.field)).toEqual(['models.a.hf_token_secret']);
  });
});

describe('what each service can serve (issue 9: verifiable HTTPS, private fronts, load balancer zones)', () => {
  const entry = (lines: string) => `${head}  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n${lines}`;
  const CERT = 'certificate_arn: "arn:aws:acm:us-east-1:123456789012:certificate/0b5a7c3e-1f2d-4e6a-9b8c-7d6e5f4a3b2c"';

  it('ecs and ec2: https needs the domain the certificate covers', () => {
    for (const service of ['ecs', 'ec2']) {
      const d = only(entry(`    service: ${service}\n    https: { ${CERT} }\n`));
      expect(d).toMatchObject({ line: 7, column: 12, field: 'models.a.https' });
      expect(d.message).toContain('https needs domain');
    }
    const m = load(entry(`    service: ecs\n    https: { ${CERT}, domain: llm.example.com, hosted_zone_id: Z0123456789ABCDEFGHIJ }\n`));
    expect(m.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(m.specs[0].https).toEqual({ certificate_arn: 'arn:aws:acm:us-east-1:123456789012:certificate/0b5a7c3e-1f2d-4e6a-9b8c-7d6e5f4a3b2c', domain: 'llm.example.com', hosted_zone_id: 'Z0123456789ABCDEFGHIJ' });
  });

  it('refuses a malformed domain or zone id, and a zone without a domain', () => {
    expect(only(entry(`    service: ecs\n    https: { ${CERT}, domain: "*.example.com" }\n`))).toMatchObject({ field: 'models.a.https.domain' });
    expect(only(entry(`    service: ecs\n    https: { ${CERT}, domain: llm.example.com, hosted_zone_id: "example.com" }\n`))).toMatchObject({ field: 'models.a.https.hosted_zone_id' });
    const both = errors(entry(`    service: ecs\n    https: { ${CERT}, hosted_zone_id: Z0123456789ABCDEFGHIJ }\n`)).map((x) => x.field);
    expect(both).toEqual(expect.arrayContaining(['models.a.https', 'models.a.https.hosted_zone_id']));
  });

  it('sagemaker: no https block (its function URL is already HTTPS) and no private front', () => {
    expect(only(entry(`    https: { ${CERT}, domain: llm.example.com }\n`))).toMatchObject({ field: 'models.a.https', message: expect.stringContaining('function URL') });
    const d = only(entry('    network: { vpc_id: vpc-0abc, subnet_ids: [subnet-0a, subnet-0b], public: false }\n'));
    expect(d).toMatchObject({ line: 6, field: 'models.a.network.public', message: expect.stringContaining('SigV4') });
    // In the subnets, public (the default): fine, and one subnet is enough for the model container.
    expect(errors(entry('    network: { vpc_id: vpc-0abc, subnet_ids: [subnet-0a] }\n'))).toEqual([]);
  });

  it('ecs and ec2: at least two subnets, since an Application Load Balancer needs two zones', () => {
    for (const service of ['ecs', 'ec2']) {
      const d = only(entry(`    service: ${service}\n    network: { vpc_id: vpc-0abc, subnet_ids: [subnet-0a] }\n`));
      expect(d).toMatchObject({ line: 7, field: 'models.a.network.subnet_ids', message: expect.stringContaining('at least two') });
    }
  });
});

describe('shape errors the validator library would report differently', () => {
  it('reports a list where a map belongs once, at the field, not entry by entry', () => {
    const e = only(`${head}  chat:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    scaling: [1, 2]\n`);
    expect(e.message).toBe('models.chat.scaling: expected map, got a list');
    expect([e.line, e.column]).toEqual([6, 14]);
  });

  it('reports every unknown key of a map, not only the first', () => {
    const found = errors(`${head}  chat:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instanse: g5.xlarge\n    regoin: us-east-1\n`);
    expect(found.map((d) => d.field)).toEqual(['models.chat.instanse', 'models.chat.regoin']);
    expect(found[0].message).toContain('did you mean `instance`?');
    expect(found[1].message).toContain('did you mean `region`?');
  });

  it('lists the allowed keys of nested maps from the schema itself', () => {
    const e = only(`${head}  chat:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    service: ecs\n    https: { certificate_arn: "arn:aws:acm:us-east-1:123456789012:certificate/01234567-89ab-cdef-0123-456789abcdef", domian: llm.example.com }\n`);
    expect(e.message).toBe('models.chat.https.domian: unknown field (did you mean `domain`?); allowed here: certificate_arn, domain, hosted_zone_id');
  });

  it('says which values an enum allows and that a bound is exclusive', () => {
    expect(only(`${head}  chat:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    engine: vlm\n`).message).toBe('models.chat.engine: must be one of vllm, tgi, llama.cpp, got "vlm"');
    expect(only(`${head}  chat:\n    model: acme/private-model\n    params_b: 0\n`).message).toBe('models.chat.params_b: must be more than 0, got number 0');
  });
});
