// One short streamed chat completion against a freshly deployed endpoint, through the official
// client, so "deployed" also means "answers". The key is read from Secrets Manager and masked
// before anything else can print it; it is never returned or kept.
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import OpenAI from 'openai';
import type { AwsClients } from './clients.js';

export interface SmokeResult {
  ok: boolean;
  /** HTTP status of the completion request, when one was answered. */
  status?: number;
  /** Time to the first streamed token. */
  ttftMs?: number;
  totalMs?: number;
  /** The start of the model's answer, for the report. */
  reply?: string;
  error?: string;
}

export interface SmokeRequest {
  clients: AwsClients;
  region: string;
  baseUrl: string;
  model: string;
  /** Empty or absent: the endpoint takes no key (api_key: none). */
  apiKeySecretArn?: string;
  mask: (secret: string) => void;
  signal?: AbortSignal;
  /** Per attempt; the client retries connection errors, 429 and 5xx twice with its own backoff. */
  timeoutMs?: number;
  /** Real time; the latencies measured are those of the endpoint, not of any fake clock. */
  clock?: () => number;
  /** An embedding model answers /v1/embeddings, not chat: it is tested there (default chat). */
  kind?: 'chat' | 'embedding';
}

export const SMOKE_PROMPT = 'Reply with the single word: ready';
export const SMOKE_EMBED_INPUT = 'ready';

/**
 * The one rule for API key secrets, the same on every path (this smoke test, the SageMaker front, the
 * engine entrypoint on ECS and EC2): the secret's value, without surrounding whitespace, is the key.
 * JSON is refused rather than guessed at, because the engines receive the value whole; an empty value
 * is refused because it would leave the endpoint open.
 */
export function keyFromSecretString(value: string): string {
  const key = value.trim();
  if (!key) throw new Error('the API key secret is empty; store the key itself as plain text');
  if (key.startsWith('{')) throw new Error('the API key secret holds JSON; store the key itself as plain text (the whole value is the key)');
  return key;
}

export async function readApiKey(clients: AwsClients, region: string, secretArn: string, mask: (s: string) => void, abortSignal?: AbortSignal): Promise<string> {
  const out = await (await clients.secretsManager(region)).send(new GetSecretValueCommand({ SecretId: secretArn }), { abortSignal });
  if (out.SecretString === undefined) throw new Error('the secret has no SecretString');
  // Both forms can end up in a log line, so both are masked.
  if (out.SecretString.trim()) mask(out.SecretString);
  const key = keyFromSecretString(out.SecretString);
  if (key !== out.SecretString) mask(key);
  return key;
}

export async function smokeTest(req: SmokeRequest): Promise<SmokeResult> {
  const clock = req.clock ?? (() => performance.now());
  let apiKey = 'none';
  if (req.apiKeySecretArn) {
    try {
      apiKey = await readApiKey(req.clients, req.region, req.apiKeySecretArn, req.mask, req.signal);
    } catch (error) {
      return { ok: false, error: `cannot read the API key from ${req.apiKeySecretArn}: ${(error as Error).message}` };
    }
  }

  const client = new OpenAI({ apiKey, baseURL: req.baseUrl, timeout: req.timeoutMs ?? 60_000, maxRetries: 2, logLevel: 'off' });
  if (req.kind === 'embedding') return embedOnce(client, req, apiKey, clock);
  const started = clock();
  let status: number | undefined;
  try {
    const { data: stream, response } = await client.chat.completions
      .create(
        { model: req.model, messages: [{ role: 'user', content: SMOKE_PROMPT }], max_tokens: 8, temperature: 0, stream: true },
        { signal: req.signal ?? undefined }
      )
      .withResponse();
    status = response.status;
    let ttftMs: number | undefined;
    let reply = '';
    for await (const chunk of stream) {
      const text = chunk.choices?.[0]?.delta?.content ?? '';
      if (text && ttftMs === undefined) ttftMs = clock() - started;
      reply += text;
    }
    const totalMs = clock() - started;
    if (!reply.trim()) return { ok: false, status, ttftMs, totalMs, error: 'the stream ended without any content' };
    return { ok: true, status, ttftMs: ttftMs ?? totalMs, totalMs, reply: oneLine(reply, 60) };
  } catch (error) {
    const totalMs = clock() - started;
    const apiStatus = error instanceof OpenAI.APIError ? error.status : undefined;
    return { ok: false, status: apiStatus ?? status, totalMs, error: explain(error, apiStatus, apiKey) };
  }
}

/** One embedding of a short input: the answer must hold one non-empty vector of numbers. */
async function embedOnce(client: OpenAI, req: SmokeRequest, apiKey: string, clock: () => number): Promise<SmokeResult> {
  const started = clock();
  try {
    const { data, response } = await client.embeddings
      .create({ model: req.model, input: SMOKE_EMBED_INPUT, encoding_format: 'float' }, { signal: req.signal ?? undefined })
      .withResponse();
    const totalMs = clock() - started;
    const vector = data.data?.[0]?.embedding;
    if (!Array.isArray(vector) || vector.length === 0 || !vector.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return { ok: false, status: response.status, totalMs, error: 'the answer holds no embedding vector' };
    }
    return { ok: true, status: response.status, ttftMs: totalMs, totalMs, reply: `embedding of ${vector.length} dimensions` };
  } catch (error) {
    const totalMs = clock() - started;
    const apiStatus = error instanceof OpenAI.APIError ? error.status : undefined;
    return { ok: false, status: apiStatus, totalMs, error: explain(error, apiStatus, apiKey, 'embeddings') };
  }
}

/**
 * The endpoint's own words go into the log, the job summary and the pull request comment, and an
 * endpoint may quote the key it refused ("Incorrect API key provided: sk-…"). The runner masks the
 * key in the log only, and only whole: so it is cut out here, before any text is shortened.
 */
function redact(text: string, secret: string): string {
  return secret.length >= 8 ? text.split(secret).join('***') : text;
}

function explain(error: unknown, status: number | undefined, apiKey: string, route: 'chat completions' | 'embeddings' = 'chat completions'): string {
  const message = oneLine(redact((error as Error)?.message ?? String(error), apiKey), 200);
  if (status === 401 || status === 403) return `the endpoint refused the API key (${status}): ${message}`;
  if (status === 404) return `no ${route} route or no model by that name (404): ${message}`;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return `no answer in time: ${message}`;
  if (error instanceof OpenAI.APIConnectionError) return `cannot connect: ${oneLine(redact(String((error as Error & { cause?: Error }).cause?.message ?? message), apiKey), 200)}`;
  return message;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
