// Octokit's `request.fetch`, carried by @actions/http-client (Node's http/https modules) instead of
// undici's fetch. @actions/github binds undici's fetch by default: a second HTTP stack whose
// evaluation, WebAssembly parser and fetch machinery cost a plan about 60 ms of start-up for the
// three or so GitHub calls it makes (docs/architecture.md, "Start-up"). @actions/http-client is
// the toolkit's own client, already loaded by @actions/core, and it applies the runner's proxy
// settings (https_proxy, no_proxy; never for loopback) the way @actions/github's agent does.
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { HttpClient } from '@actions/http-client';

/** What Octokit's fetch wrapper reads of a response (status, url, headers, body). */
export interface FetchLikeResponse {
  status: number;
  statusText: string;
  url: string;
  headers: Map<string, string>;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FetchLikeInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export type FetchLike = (url: string | URL, init?: FetchLikeInit) => Promise<FetchLikeResponse>;

/** A GitHub call that gets no answer in this long fails (and the retry policy decides). */
export const SOCKET_TIMEOUT_MS = 120_000;

export function httpClientFetch(): FetchLike {
  // Connections are kept for the next call (a plan makes three or four); idle ones do not keep the
  // process alive.
  const client = new HttpClient(undefined, [], { keepAlive: true, socketTimeout: SOCKET_TIMEOUT_MS });
  // Octokit sends its own user-agent (with the runner's orchestration id, added by @actions/github);
  // the client would replace it with its default one.
  client.userAgent = undefined;
  return async (url, init = {}) => {
    const href = String(url);
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string') {
      throw new TypeError(`GitHub request ${init.method ?? 'GET'} ${href}: only text bodies are sent, not ${Object.prototype.toString.call(body)}`);
    }
    const response = await client.request(init.method ?? 'GET', href, body ?? null, { ...init.headers });
    const message = response.message;
    const bytes = await readAll(message);
    return {
      status: message.statusCode ?? 0,
      statusText: message.statusMessage ?? '',
      url: href,
      headers: headerMap(message.headers),
      text: async () => bytes.toString('utf8'),
      json: async () => JSON.parse(bytes.toString('utf8')) as unknown,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    };
  };
}

// Not the client's readBodyBuffer: it never settles when the connection breaks mid-body.
async function readAll(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function headerMap(headers: IncomingHttpHeaders): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return out;
}
