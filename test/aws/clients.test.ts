import { describe, expect, it } from '@jest/globals';
import { AwsClients } from '../../src/aws/clients.js';

describe('AwsClients', () => {
  it('makes one client per service and region, with adaptive retries and request timeouts', async () => {
    const clients = new AwsClients();
    const cf = clients.cloudFormation('us-east-1');
    expect(clients.cloudFormation('us-east-1')).toBe(cf);
    expect(clients.cloudFormation('eu-west-1')).not.toBe(cf);
    expect(await cf.config.region()).toBe('us-east-1');
    expect(await cf.config.retryStrategy()).toMatchObject({ mode: 'adaptive' });
    // The handler resolves its options lazily; read them the way it does on first use.
    const handler = cf.config.requestHandler as unknown as { configProvider: Promise<Record<string, unknown>> };
    expect(await handler.configProvider).toMatchObject({ connectionTimeout: 10_000, requestTimeout: 60_000, throwOnRequestTimeout: true });
  });
});
