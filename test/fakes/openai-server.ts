// A loopback OpenAI-compatible server, as vLLM/TGI serve it behind a model stack's BaseUrl:
// POST …/v1/chat/completions (streamed as server-sent events or not), POST …/v1/embeddings for
// models served by vLLM's pooling runner (`embeddingModels`), and GET …/v1/models. As vLLM does,
// a pooling model refuses chat and a generating model refuses embeddings (400). Any
// prefix before /v1 is accepted, so each fake deployment can have its own BaseUrl on one server.
// Requests without one of the accepted keys get the 401 an engine started with --api-key gives.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OpenAiRequestRecord {
  method: string;
  path: string;
  status: number;
  model?: string;
  stream?: boolean;
  /** Whether an Authorization header came with the request (its value is never kept). */
  authorized: boolean;
}

export interface FakeOpenAiOptions {
  /** Accepted bearer keys; none means the endpoint takes no key. */
  keys?: string[];
  /** Served model names; empty accepts any model. */
  models?: string[];
  /** The answer, streamed one piece per chunk. */
  reply?: string[];
  /** Wait before the first chunk (real time). */
  firstTokenDelayMs?: number;
  /**
   * Pace of the tokens after the first, per second (real time): the decode rate a benchmark should
   * measure. Unset: all at once.
   */
  tokensPerSecond?: number;
  /** Models served as embedding (pooling) models: /v1/embeddings answers, chat does not. */
  embeddingModels?: string[];
}

export class FakeOpenAiServer {
  readonly requests: OpenAiRequestRecord[] = [];
  readonly keys: Set<string>;
  models: string[];
  embeddingModels: string[];
  reply: string[];
  firstTokenDelayMs: number;
  tokensPerSecond?: number;
  private failures: { status: number; remaining: number }[] = [];
  private server?: Server;
  private base = '';

  constructor(options: FakeOpenAiOptions = {}) {
    this.keys = new Set(options.keys ?? []);
    this.models = options.models ?? [];
    this.embeddingModels = options.embeddingModels ?? [];
    this.reply = options.reply ?? ['read', 'y'];
    this.firstTokenDelayMs = options.firstTokenDelayMs ?? 0;
    this.tokensPerSecond = options.tokensPerSecond;
  }

  get url(): string {
    if (!this.base) throw new Error('FakeOpenAiServer is not started');
    return this.base;
  }

  /** A BaseUrl as a model stack outputs it: ends with /v1. */
  baseUrl(prefix = ''): string {
    return `${this.url}${prefix ? `/${prefix}` : ''}/v1`;
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        if (!res.headersSent) this.json(res, 500, { error: { message: `fake openai: ${(error as Error).message}`, type: 'server_error' } });
        else res.destroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.base;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  }

  /** The next `count` completions answer `status` (e.g. 503 while the engine loads). */
  failNext(status: number, count = 1): void {
    this.failures.push({ status, remaining: count });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
  }

  private embeddings(chunks: Buffer[], record: OpenAiRequestRecord, answer: (status: number, body: unknown) => void): void {
    let body: { model?: string; input?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
    } catch {
      return answer(400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
    }
    record.model = body.model;
    if (!body.model || (this.models.length && !this.models.includes(body.model))) {
      return answer(404, { error: { message: `The model \`${body.model}\` does not exist.`, type: 'NotFoundError', param: null, code: 404 } });
    }
    if (!this.embeddingModels.includes(body.model)) {
      return answer(400, { error: { message: 'The model does not support Embeddings API', type: 'BadRequestError', param: null, code: 400 } });
    }
    const inputs = Array.isArray(body.input) ? body.input : [body.input];
    if (inputs.length === 0 || inputs.some((i) => typeof i !== 'string' || i === '')) {
      return answer(400, { error: { message: 'input must be a string or a list of strings', type: 'invalid_request_error' } });
    }
    return answer(200, {
      object: 'list',
      model: body.model,
      data: inputs.map((_, index) => ({ object: 'embedding', index, embedding: Array.from({ length: 8 }, (_v, k) => (k + 1) / 10) })),
      usage: { prompt_tokens: inputs.length, total_tokens: inputs.length }
    });
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = new URL(req.url ?? '/', this.base).pathname;
    const auth = String(req.headers.authorization ?? '');
    const record: OpenAiRequestRecord = { method, path, status: 0, authorized: auth !== '' };
    this.requests.push(record);
    const answer = (status: number, body: unknown) => {
      record.status = status;
      this.json(res, status, body);
    };

    if (this.keys.size > 0) {
      const match = /^Bearer (.+)$/.exec(auth);
      if (!match || !this.keys.has(match[1])) {
        return answer(401, { error: { message: 'Invalid API key', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
      }
    }

    if (method === 'GET' && path.endsWith('/v1/models')) {
      return answer(200, { object: 'list', data: this.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'emd' })) });
    }
    if (method === 'POST' && path.endsWith('/v1/embeddings')) return this.embeddings(chunks, record, answer);
    if (method !== 'POST' || !path.endsWith('/v1/chat/completions')) {
      return answer(404, { error: { message: `Not Found: ${method} ${path}`, type: 'not_found_error' } });
    }

    const failure = this.failures.find((f) => f.remaining > 0);
    if (failure) {
      failure.remaining--;
      this.failures = this.failures.filter((f) => f.remaining > 0);
      return answer(failure.status, { error: { message: 'The engine is not ready', type: 'server_error' } });
    }

    let body: { model?: string; stream?: boolean; messages?: unknown[]; max_tokens?: number; stream_options?: { include_usage?: boolean } };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
    } catch {
      return answer(400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
    }
    record.model = body.model;
    record.stream = body.stream === true;
    if (!body.model || (this.models.length && !this.models.includes(body.model))) {
      return answer(404, { error: { message: `The model \`${body.model}\` does not exist.`, type: 'NotFoundError', param: null, code: 404 } });
    }
    if (this.embeddingModels.includes(body.model)) {
      return answer(400, { error: { message: 'The model does not support Chat Completions API', type: 'BadRequestError', param: null, code: 400 } });
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return answer(400, { error: { message: 'messages must be a non-empty list', type: 'invalid_request_error' } });
    }

    const id = `chatcmpl-${Date.now().toString(36)}`;
    const created = Math.floor(Date.now() / 1000);
    if (!record.stream) {
      return answer(200, {
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: this.reply.join('') }, finish_reason: 'stop', logprobs: null }],
        usage: { prompt_tokens: 12, completion_tokens: this.reply.length, total_tokens: 12 + this.reply.length }
      });
    }

    record.status = 200;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const send = (chunk: unknown) => res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    const base = { id, object: 'chat.completion.chunk', created, model: body.model };
    send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
    if (this.firstTokenDelayMs) await new Promise((r) => setTimeout(r, this.firstTokenDelayMs));
    // One piece is one token; max_tokens cuts the answer as an engine does.
    const pieces = this.reply.slice(0, body.max_tokens && body.max_tokens > 0 ? body.max_tokens : undefined);
    const start = Date.now();
    for (const [i, piece] of pieces.entries()) {
      if (i > 0 && this.tokensPerSecond) {
        // Paced against the first token's instant, so timer slack does not accumulate.
        const due = start + (i * 1000) / this.tokensPerSecond;
        const wait = due - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      send({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
    }
    send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: pieces.length < this.reply.length ? 'length' : 'stop' }] });
    // stream_options.include_usage: a last chunk with no choices and the usage, as the OpenAI API and vLLM send it.
    if (body.stream_options?.include_usage) send({ ...base, choices: [], usage: { prompt_tokens: 12, completion_tokens: pieces.length, total_tokens: 12 + pieces.length } });
    res.end('data: [DONE]\n\n');
  }
}

export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAiServer> {
  const server = new FakeOpenAiServer(options);
  await server.start();
  return server;
}
