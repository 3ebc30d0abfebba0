import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { smokeTest } from '../../src/aws/smoke.js';
import { AwsClients } from '../../src/aws/clients.js';
import { FakeOpenAiServer } from '../fakes/openai-server.js';

// Level 2: the smoke test through the official openai client against the loopback fake, which
// answers as vLLM does: a pooling (embedding) model serves /v1/embeddings and refuses chat.
describe('smoke test of an embedding model', () => {
  const server = new FakeOpenAiServer({ models: ['BAAI/bge-m3', 'Qwen/Qwen2.5-0.5B-Instruct'], embeddingModels: ['BAAI/bge-m3'] });
  beforeAll(async () => {
    await server.start();
  });
  afterAll(async () => server.close());
  const base = { clients: new AwsClients(), region: 'us-east-1', mask: () => undefined, timeoutMs: 5000 };

  it('asks /v1/embeddings for one vector', async () => {
    const result = await smokeTest({ ...base, baseUrl: server.baseUrl('embed'), model: 'BAAI/bge-m3', kind: 'embedding' });
    expect(result).toMatchObject({ ok: true, status: 200, reply: 'embedding of 8 dimensions' });
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', path: '/embed/v1/embeddings', status: 200, model: 'BAAI/bge-m3' });
  });

  it('a chat smoke test of an embedding model fails, as it would against vLLM', async () => {
    const result = await smokeTest({ ...base, baseUrl: server.baseUrl('embed'), model: 'BAAI/bge-m3' });
    expect(result.ok).toBe(false);
    expect(result.status).toBe(400);
    expect(result.error).toContain('does not support Chat Completions API');
  });

  it('an embeddings smoke test of a chat model fails', async () => {
    const result = await smokeTest({ ...base, baseUrl: server.baseUrl('chat'), model: 'Qwen/Qwen2.5-0.5B-Instruct', kind: 'embedding' });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(result.error).toContain('does not support Embeddings API');
  });
});
