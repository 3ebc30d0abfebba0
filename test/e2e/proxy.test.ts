import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeGitHubApi } from '../fakes/github-api.js';
import { FakeAws } from '../fakes/aws.js';
import { pullRequestEvent, runAction, Workspace } from './runner.js';

// Level 3: the built action behind a proxy setting. Its GitHub calls go through the proxy, and the
// bundled undici, which dist/ loads only when first used (scripts/build-action.mjs), is loaded for
// @actions/github's proxy dispatcher without breaking the run. The API is given a name that does not
// resolve (api.github.test); the proxy, a fake on loopback, forwards every tunnel to the fake API,
// so nothing leaves the machine.
const MANIFEST = 'version: 1\ndefaults: { region: us-east-1 }\nmodels:\n  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n';

/** A proxy that records each tunnel asked for (CONNECT, as the toolkit's tunnel agent asks) and connects it to `to`. */
function tunnelProxy(to: { port: number }): Promise<{ server: Server; url: string; tunnels: string[] }> {
  const tunnels: string[] = [];
  const server = createServer((_, res) => res.writeHead(405).end());
  server.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    const upstream = connect(to.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tunnels })));
}

describe('dist/index.js behind a proxy', () => {
  const gh = new FakeGitHubApi();
  const aws = new FakeAws();
  let proxy: Awaited<ReturnType<typeof tunnelProxy>>;
  beforeAll(async () => {
    await gh.start();
    await aws.start();
    proxy = await tunnelProxy({ port: Number(new URL(gh.url).port) });
  });
  afterAll(async () => {
    proxy.server.closeAllConnections();
    await new Promise((resolve) => proxy.server.close(resolve));
    await gh.close();
    await aws.close();
  });

  it('posts the plan comment through the proxy', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', MANIFEST);
    const port = new URL(gh.url).port;
    const run = await runAction({
      workspace: ws,
      event: pullRequestEvent(7),
      inputs: { manifest: 'models.yaml', 'github-token': 'ghs_faketoken000000000000000000000000' },
      env: { ...aws.env('us-east-1'), GITHUB_API_URL: `http://api.github.test:${port}`, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }
    });

    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(gh.commentsOn('acme', 'models', 7).filter((c) => c.body.includes('emd-action:plan:models.yaml'))).toHaveLength(1);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`api.github.test:${port}`]));
  }, 60000);
});
