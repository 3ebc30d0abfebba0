// Secrets Manager over awsJson1_1: just enough to hold the API keys model stacks create and hand
// them to GetSecretValue by name or by ARN, with the error real Secrets Manager answers otherwise.
// Install on a fake with `installSecretsManager(aws)`; seed with `putSecret(aws.store, …)`.
import { randomBytes, randomUUID } from 'node:crypto';
import { AwsServiceError, type ActionHandler } from './protocol.js';
import type { AwsStore } from './store.js';

export interface FakeSecret {
  arn: string;
  name: string;
  value: string;
  versionId: string;
  createdAt: Date;
  tags: Record<string, string>;
}

/** Real secret ARNs end in `-` and six random characters after the name. */
function secretArn(region: string, accountId: string, name: string): string {
  const suffix = randomBytes(6).toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, 6);
  return `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}-${suffix}`;
}

export function putSecret(store: AwsStore, region: string, name: string, value: string, tags: Record<string, string> = {}): FakeSecret {
  const secrets = store.region(region).secrets;
  const existing = secrets.get(name) as FakeSecret | undefined;
  const secret: FakeSecret = {
    arn: existing?.arn ?? secretArn(region, store.accountId, name),
    name,
    value,
    versionId: randomUUID(),
    createdAt: new Date(store.clock.now()),
    tags
  };
  secrets.set(name, secret);
  return secret;
}

export function findSecret(store: AwsStore, region: string, id: string): FakeSecret | undefined {
  const secrets = [...store.region(region).secrets.values()] as FakeSecret[];
  return secrets.find((s) => s.arn === id || s.name === id);
}

function required(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string' || value === '') {
    throw new AwsServiceError('InvalidParameterException', `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

export function secretsManagerHandlers(): Record<string, ActionHandler> {
  const lookup = (store: AwsStore, region: string, id: string) => {
    const secret = findSecret(store, region, id);
    if (!secret) throw new AwsServiceError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    return secret;
  };
  return {
    GetSecretValue: (call, store) => {
      const s = lookup(store, call.region, required(call.input, 'SecretId'));
      return { ARN: s.arn, Name: s.name, SecretString: s.value, VersionId: s.versionId, VersionStages: ['AWSCURRENT'], CreatedDate: s.createdAt };
    },
    DescribeSecret: (call, store) => {
      const s = lookup(store, call.region, required(call.input, 'SecretId'));
      return { ARN: s.arn, Name: s.name, CreatedDate: s.createdAt, Tags: Object.entries(s.tags).map(([Key, Value]) => ({ Key, Value })) };
    }
  };
}

/** Registers the Secrets Manager operations on a fake through its public extension point. */
export function installSecretsManager(fake: { handle(service: string, action: string, handler: ActionHandler): void }): void {
  for (const [action, fn] of Object.entries(secretsManagerHandlers())) fake.handle('secretsmanager', action, fn);
}
