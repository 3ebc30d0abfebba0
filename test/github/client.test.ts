// The GitHub client's transport (src/github/http-fetch.ts): Octokit over @actions/http-client.
// A loopback API (the end-to-end tests' fake) is reached directly even with a proxy set; any other
// host goes through the proxy; what Octokit reads of a response (status, headers, JSON, errors)
// arrives intact.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGitHubApi } from '../fakes/github-api.js';
import { createOctokit } from '../../src/github/client.js';
import { httpClientFetch } from '../../src/github/http-fetch.js';

/** A proxy that records what it is asked and refuses it: the request never leaves loopback. */
async function recordingProxy(): Promise<{ server: Server; url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('createOctokit and proxies', () => {
  const fake = new FakeGitHubApi();
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  beforeAll(async () => {
    await fake.start();
    proxy = await recordingProxy();
    process.env.HTTPS_PROXY = proxy.url;
  });
  afterAll(async () => {
    delete process.env.HTTPS_PROXY;
    await new Promise((resolve) => proxy.server.close(resolve));
    await fake.close();
  });

  it('reaches a loopback API directly, not through the proxy', async () => {
    const octokit = createOctokit('ghs_x', fake.url, { maxRetries: 0 });
    const created = await octokit.rest.issues.create({ owner: 'o', repo: 'r', title: 'Direct' });
    expect(created.status).toBe(201);
    expect(created.data.title).toBe('Direct');
    expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: '/repos/o/r/issues' });
    expect(proxy.seen).toEqual([]);
  });

  it('sends any other host through the proxy', async () => {
    const octokit = createOctokit('ghs_x', 'https://api.github.example', { maxRetries: 0 });
    await expect(octokit.rest.issues.get({ owner: 'o', repo: 'r', issue_number: 1 })).rejects.toThrow();
    expect(proxy.seen).toEqual(['CONNECT api.github.example:443']);
  });
});

describe('httpClientFetch', () => {
  let server: Server;
  let base: string;
  const received: { method?: string; headers: Record<string, unknown>; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ method: req.method, headers: req.headers, body });
        if (req.url === '/missing') {
          res.writeHead(404, 'Not Found', { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
          return;
        }
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', link: '<https://x/?page=2>; rel="next"' }).end('{"ok":"✓"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends the method, headers and text body it is given, with the caller’s user-agent', async () => {
    const f = httpClientFetch();
    const res = await f(`${base}/x`, { method: 'PATCH', headers: { 'user-agent': 'octokit-test/1', authorization: 'token t' }, body: '{"a":1}' });
    expect(received.at(-1)).toMatchObject({ method: 'PATCH', body: '{"a":1}', headers: { 'user-agent': 'octokit-test/1', authorization: 'token t' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
    expect([...res.headers].find(([k]) => k === 'link')?.[1]).toBe('<https://x/?page=2>; rel="next"');
    expect(await res.json()).toEqual({ ok: '✓' });
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('{"ok":"✓"}');
  });

  it('returns error statuses as responses, for Octokit to turn into its errors', async () => {
    const res = await httpClientFetch()(`${base}/missing`);
    expect(res.status).toBe(404);
    expect(res.statusText).toBe('Not Found');
    expect(await res.text()).toBe('{"message":"Not Found"}');
  });

  it('refuses a body it would not send faithfully', async () => {
    await expect(httpClientFetch()(`${base}/x`, { method: 'POST', body: new Uint8Array([1]) })).rejects.toThrow(/only text bodies/);
  });
});
