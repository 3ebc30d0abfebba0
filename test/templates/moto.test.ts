// moto (moto_server, on loopback) as a second CloudFormation engine: it parses and validates every
// template the way its CloudFormation does, and its bundled copy of AWS's public SSM parameters
// says whether the GPU AMI parameter the ECS/EC2 templates default to exists. Creating the model
// stacks in moto is not attempted: its models lag AWS (no ml.g5 instance types, NoValue in
// security group rule lists fails), so a failure there would be moto's, not ours.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudFormationClient, ValidateTemplateCommand } from '@aws-sdk/client-cloudformation';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { allTemplates, loadTemplate } from './cfn-lint.js';

const ROOT = process.cwd();
let moto: ChildProcess | undefined;
let endpoint = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  endpoint = `http://127.0.0.1:${port}`;
  moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => moto!.once('error', (e) => reject(new Error(`moto_server is not installed or not on PATH: ${e.message}`))));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await Promise.race([fetch(`${endpoint}/moto-api/`), failed]);
      return;
    } catch (e) {
      if ((e as Error).message.startsWith('moto_server') || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}, 90_000);

const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };
let client: CloudFormationClient | undefined;
const cloudFormation = () => (client ??= new CloudFormationClient({ region: 'us-east-1', endpoint, credentials, maxAttempts: 1 }));

afterAll(async () => {
  client?.destroy();
  if (moto && moto.exitCode === null) {
    const exited = new Promise((r) => moto!.once('exit', r));
    moto.kill();
    await exited;
  }
});

describe('moto as a second CloudFormation engine', () => {
  it.each(allTemplates())('validates %s', async (file) => {
    const cfn = cloudFormation();
    const out = await cfn.send(new ValidateTemplateCommand({ TemplateBody: readFileSync(path.join(ROOT, file), 'utf8') }));
    expect(out.$metadata.httpStatusCode).toBe(200);
  }, 60_000);

  it('rejects a broken template (so a pass means something)', async () => {
    const cfn = cloudFormation();
    const body = readFileSync(path.join(ROOT, 'cloudformation/models/ecs.yaml'), 'utf8').replace('Type: AWS::ECS::Cluster', 'Type: AWS::ECS::Clustr');
    await expect(cfn.send(new ValidateTemplateCommand({ TemplateBody: body }))).rejects.toThrow();
  }, 60_000);

  it.each(['ecs', 'ec2'])('knows the public SSM parameter the %s template resolves its GPU AMI from', async (m) => {
    const name = loadTemplate(path.join(ROOT, `cloudformation/models/${m}.yaml`)).Parameters!.GpuAmiId.Default as string;
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { connection: 'close', 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.GetParameters', authorization: 'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/ssm/aws4_request' },
      body: JSON.stringify({ Names: [name] }),
      keepalive: false
    });
    const out = (await res.json()) as { Parameters: Array<{ Name: string; Value: string }>; InvalidParameters: string[] };
    expect(out.InvalidParameters).toEqual([]);
    expect(out.Parameters[0]).toMatchObject({ Name: name, Value: expect.stringMatching(/^ami-[0-9a-f]+$/) });
  }, 60_000);
});
