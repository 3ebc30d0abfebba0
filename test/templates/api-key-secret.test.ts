// One rule for API key secrets on every path that reads one (issue 9, defect 10): the smoke test
// (src/aws/smoke.ts), the SageMaker front (inline Lambda code in sagemaker.yaml) and the engine
// entrypoint that ECS (container secret) and EC2 (boot script) hand the value to. Each path is run
// with the same secret values and must take the same key, or refuse the same values.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as nodeCrypto from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { keyFromSecretString } from '../../src/aws/smoke.js';
import { loadTemplate } from './cfn-lint.js';

const ROOT = process.cwd();
const REFUSED = null;

// secret value → the key every path must take, or REFUSED
const CASES: Array<[string, string | null]> = [
  ['k3yMaterial0123456789abcdefghijklmnopqrstuvwx', 'k3yMaterial0123456789abcdefghijklmnopqrstuvwx'],
  ['plain-key\n', 'plain-key'],
  ['  spaced-key \t\n', 'spaced-key'],
  ['{"api_key":"inner-key"}', REFUSED],
  [' {"key": "inner-key", "note": "x"}', REFUSED],
  ['', REFUSED],
  [' \n', REFUSED]
];

/** The smoke test's reading. */
function smokePath(secret: string): string | null {
  try {
    return keyFromSecretString(secret);
  } catch {
    return REFUSED;
  }
}

/** The SageMaker front: which Bearer keys it lets through to the endpoint. */
const code = ((loadTemplate(path.join(ROOT, 'cloudformation/models/sagemaker.yaml')).Resources.Front.Properties as any).Code.ZipFile) as string;
async function frontAccepts(secret: string, bearer: string): Promise<number> {
  let status = 0;
  const stream = { write: () => undefined, end: () => undefined };
  const command = (name: string) => class { name = name; constructor(public input: unknown) {} };
  const module = { exports: {} as Record<string, (e: unknown) => Promise<void>> };
  new Script(code).runInNewContext({
    module, exports: module.exports, Buffer, console: { error: () => undefined, log: () => undefined },
    process: { env: { ENDPOINT_NAME: 'emd-x', SERVED_MODEL_NAME: 'm', KEY_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:1:secret:k' } },
    require: (id: string) => {
      if (id === 'node:crypto') return nodeCrypto;
      if (id === '@aws-sdk/client-sagemaker-runtime') {
        return { SageMakerRuntimeClient: class { async send() { return { ContentType: 'application/json', Body: Buffer.from('{}') }; } }, InvokeEndpointCommand: command('invoke'), InvokeEndpointWithResponseStreamCommand: command('stream') };
      }
      if (id === '@aws-sdk/client-secrets-manager') return { SecretsManagerClient: class { async send() { return { SecretString: secret }; } }, GetSecretValueCommand: command('secret') };
      throw new Error(id);
    },
    awslambda: {
      streamifyResponse: (f: (e: unknown, s: unknown) => Promise<void>) => (e: unknown) => f(e, stream),
      HttpResponseStream: { from: (s: unknown, meta: { statusCode: number }) => ((status = meta.statusCode), s) }
    }
  });
  await module.exports.handler({ rawPath: '/v1/chat/completions', requestContext: { http: { method: 'POST' } }, headers: { authorization: `Bearer ${bearer}` }, body: '{"messages":[]}' });
  return status;
}

/** The engine entrypoint (ECS, EC2): the key it hands vLLM, or REFUSED when it does not start. */
const dir = mkdtempSync(path.join(tmpdir(), 'emd-entry-'));
writeFileSync(path.join(dir, 'vllm'), '#!/usr/bin/env bash\nprintf "%s" "${VLLM_API_KEY-<unset>}"\n');
chmodSync(path.join(dir, 'vllm'), 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function entrypointPath(secret: string | undefined): { key: string | null; stderr: string } {
  const env: Record<string, string> = { PATH: `${dir}:${process.env.PATH}`, EMD_ENGINE: 'vllm', MODEL_PATH: '/models/x' };
  if (secret !== undefined) env.EMD_API_KEY = secret;
  const run = spawnSync('bash', [path.join(ROOT, 'buildspecs/images/entrypoint.sh')], { env, encoding: 'utf8' });
  return { key: run.status === 0 ? run.stdout : REFUSED, stderr: run.stderr };
}

describe('the API key secret rule, path by path', () => {
  it.each(CASES)('%j → %j', async (secret, expected) => {
    expect(smokePath(secret)).toBe(expected);
    expect(entrypointPath(secret).key).toBe(expected);
    if (expected === REFUSED) {
      // Closed: the front refuses every request, even one carrying the raw secret value.
      expect(await frontAccepts(secret, secret.trim() || 'x')).toBe(500);
      expect(await frontAccepts(secret, 'inner-key')).toBe(500);
    } else {
      expect(await frontAccepts(secret, expected)).toBe(200);
      expect(await frontAccepts(secret, `${expected}x`)).toBe(401);
    }
  });

  it('says why it refused', () => {
    expect(entrypointPath('{"api_key":"k"}').stderr).toContain('holds JSON; store the key itself as plain text');
    expect(() => keyFromSecretString('{"api_key":"k"}')).toThrow('holds JSON; store the key itself as plain text');
  });

  it('an endpoint without a key (api_key: none) still starts, with no key for the engine', () => {
    expect(entrypointPath(undefined).key).toBe('<unset>');
  });
});
