// A stateful loopback fake of the GitHub REST endpoints the action uses. It answers the way GitHub
// does where the action depends on it: real page/per_page pagination with Link headers pointing back
// at this server, 422 for bodies over the size limit, rate-limit headers on 403/429, and 401 without
// a token. Tests drive it through plain methods (seed, faults, request log), never over HTTP.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  owner: string;
  repo: string;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeIssue {
  number: number;
  owner: string;
  repo: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
  isPullRequest: boolean;
}

export interface FakePullRequest {
  number: number;
  owner: string;
  repo: string;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  baseRef: string;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  /** Extra commits the PR is associated with (e.g. commits on its branch). */
  commits: string[];
  /** `owner/name` of the head repository: another one for a fork, '' for a deleted fork. Default: the base. */
  headRepo?: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  authorization?: string;
  body?: unknown;
}

export type GitHubFault =
  | { kind: 'rate-limit-403'; resetInSeconds?: number }
  | { kind: 'retry-after-429'; retryAfterSeconds?: number }
  | { kind: 'retry-after-403'; retryAfterSeconds?: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'forbidden' };

interface PendingFault {
  fault: GitHubFault;
  remaining: number;
  /** Only requests whose `METHOD path` matches are affected. */
  match?: RegExp;
}

export interface StartedFake {
  url: string;
  close(): Promise<void>;
}

const DEFAULT_ACTOR: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export class FakeGitHubApi {
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  readonly pulls: FakePullRequest[] = [];
  readonly requests: LoggedRequest[] = [];
  /**
   * Repository permission of users (GET …/collaborators/{user}/permission): admin, maintain, write,
   * triage or read; anyone else gets `none`, as GitHub answers for a user without access.
   */
  readonly permissions = new Map<string, string>();
  /** Repository files by `owner/repo@ref:path`, served by GET /repos/{owner}/{repo}/contents/{path}?ref=. */
  readonly files = new Map<string, string>();
  /** Who the token belongs to: author of everything created through the API. */
  actor: FakeUser = DEFAULT_ACTOR;
  maxBodyChars = 65_536;
  /** GitHub caps per_page at 100 and defaults to 30. */
  defaultPerPage = 30;
  maxPerPage = 100;

  private server?: Server;
  private baseUrl = '';
  private nextCommentId = 1_000_000;
  private faults: PendingFault[] = [];
  private clock = Date.parse('2026-01-01T00:00:00Z');

  /** A strictly increasing timestamp, so creation order is always visible in created_at. */
  private tick(): string {
    this.clock = Math.max(this.clock + 1000, Date.now());
    return new Date(this.clock).toISOString();
  }

  /** A file as it is in the repository at `ref` (a commit sha or branch), for the contents API. */
  seedFile(o: { owner: string; repo: string; ref: string; path: string; text: string }): void {
    this.files.set(`${o.owner}/${o.repo}@${o.ref}:${o.path}`, o.text);
  }

  get url(): string {
    if (!this.baseUrl) throw new Error('FakeGitHubApi is not started');
    return this.baseUrl;
  }

  async start(): Promise<StartedFake> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) this.send(res, 500, { message: `fake github: ${(error as Error).message}` });
        else res.destroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return { url: this.baseUrl, close: () => this.close() };
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  }

  // ---- control API -----------------------------------------------------------------------------

  seedComment(c: { owner: string; repo: string; issueNumber: number; body: string; user?: Partial<FakeUser>; createdAt?: string }): FakeComment {
    const at = c.createdAt ?? this.tick();
    const comment: FakeComment = {
      id: this.nextCommentId++,
      owner: c.owner,
      repo: c.repo,
      issueNumber: c.issueNumber,
      body: c.body,
      user: { ...DEFAULT_ACTOR, ...c.user },
      createdAt: at,
      updatedAt: at
    };
    this.comments.push(comment);
    return comment;
  }

  seedIssue(i: Partial<FakeIssue> & { owner: string; repo: string; title: string }): FakeIssue {
    const at = this.tick();
    const issue: FakeIssue = {
      number: i.number ?? this.nextIssueNumber(i.owner, i.repo),
      body: '',
      state: 'open',
      labels: [],
      user: this.actor,
      createdAt: at,
      updatedAt: at,
      isPullRequest: false,
      ...i
    };
    this.issues.push(issue);
    return issue;
  }

  addPullRequest(p: Partial<FakePullRequest> & { owner: string; repo: string; number: number; headSha: string }): FakePullRequest {
    const pr: FakePullRequest = {
      state: 'open',
      headRef: `branch-${p.number}`,
      baseRef: 'main',
      mergedAt: null,
      mergeCommitSha: null,
      commits: [],
      ...p
    };
    this.pulls.push(pr);
    return pr;
  }

  /** A file of `owner/repo` as it is at `ref` (a commit sha or a branch name). */
  putFile(owner: string, repo: string, ref: string, path: string, text: string): void {
    this.files.set(`${owner}/${repo}@${ref}:${path}`, text);
  }

  commentsOn(owner: string, repo: string, issueNumber: number): FakeComment[] {
    return this.comments.filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber);
  }

  /** The next `count` requests (optionally only those whose `METHOD /path` matches) fail with `fault`. */
  failNext(count: number, fault: GitHubFault, match?: RegExp): void {
    this.faults.push({ fault, remaining: count, match });
  }

  clearFaults(): void {
    this.faults = [];
  }

  requestsMatching(method: string, pathPattern: RegExp): LoggedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  // ---- HTTP ------------------------------------------------------------------------------------

  private nextIssueNumber(owner: string, repo: string): number {
    const used = [
      ...this.issues.filter((i) => i.owner === owner && i.repo === repo).map((i) => i.number),
      ...this.pulls.filter((p) => p.owner === owner && p.repo === repo).map((p) => p.number)
    ];
    return used.length ? Math.max(...used) + 1 : 1;
  }

  private send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    const text = data === undefined ? '' : JSON.stringify(data);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      'x-github-api-version-selected': '2022-11-28',
      ...headers
    });
    res.end(text);
  }

  private async readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!chunks.length) return undefined;
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }

  private takeFault(method: string, path: string): GitHubFault | undefined {
    const key = `${method} ${path}`;
    const pending = this.faults.find((f) => f.remaining > 0 && (!f.match || f.match.test(key)));
    if (!pending) return undefined;
    pending.remaining--;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return pending.fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams.entries());
    const body = await this.readBody(req);
    const authorization = req.headers.authorization;
    const entry: LoggedRequest = { method, path, query, status: 0, authorization, body };
    this.requests.push(entry);
    const reply = (status: number, data: unknown, headers?: Record<string, string>) => {
      entry.status = status;
      this.send(res, status, data, headers);
    };

    if (!authorization || !/^(token|bearer) \S+$/i.test(authorization)) {
      return reply(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
    }

    const fault = this.takeFault(method, path);
    if (fault) return this.replyFault(fault, reply);

    const route = this.route(method, path);
    if (!route) return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    return route(url, body as Record<string, unknown> | undefined, reply);
  }

  private replyFault(fault: GitHubFault, reply: (s: number, d: unknown, h?: Record<string, string>) => void): void {
    const nowSec = Math.floor(Date.now() / 1000);
    switch (fault.kind) {
      case 'rate-limit-403':
        return reply(
          403,
          { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/rate-limit' },
          {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-reset': String(nowSec + (fault.resetInSeconds ?? 30)),
            'x-ratelimit-resource': 'core'
          }
        );
      case 'retry-after-429':
        return reply(429, { message: 'Too Many Requests' }, { 'retry-after': String(fault.retryAfterSeconds ?? 5) });
      case 'retry-after-403':
        return reply(
          403,
          { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
          { 'retry-after': String(fault.retryAfterSeconds ?? 60) }
        );
      case 'server-error':
        return reply(fault.status ?? 500, { message: 'Server Error' });
      case 'forbidden':
        return reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }
  }

  private route(
    method: string,
    path: string
  ): ((url: URL, body: Record<string, unknown> | undefined, reply: (s: number, d: unknown, h?: Record<string, string>) => void) => void) | undefined {
    let m: RegExpExecArray | null;
    // GET /user answers for user tokens; an installation token (GITHUB_TOKEN, whose comments are
    // written by github-actions[bot]) gets 403 "Resource not accessible by integration".
    if (path === '/user' && method === 'GET') {
      return (_u, _b, reply) =>
        this.actor.type === 'Bot' ? reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' }) : reply(200, this.userJson(this.actor));
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const [owner, repo, n] = [m[1], m[2], Number(m[3])];
      if (method === 'GET') return (url, _b, reply) => this.paginate(url, this.commentsOn(owner, repo, n).map((c) => this.commentJson(c)), reply);
      if (method === 'POST') return (_u, body, reply) => this.createComment(owner, repo, n, body, reply);
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const [owner, repo, id] = [m[1], m[2], Number(m[3])];
      const find = () => this.comments.find((c) => c.owner === owner && c.repo === repo && c.id === id);
      if (method === 'GET')
        return (_u, _b, reply) => {
          const c = find();
          return c ? reply(200, this.commentJson(c)) : reply(404, { message: 'Not Found' });
        };
      if (method === 'PATCH') return (_u, body, reply) => this.updateComment(find(), body, reply);
      if (method === 'DELETE')
        return (_u, _b, reply) => {
          const c = find();
          if (!c) return reply(404, { message: 'Not Found' });
          this.comments.splice(this.comments.indexOf(c), 1);
          return reply(204, undefined);
        };
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/.exec(path))) {
      const [owner, repo, sha] = [m[1], m[2], m[3]];
      if (method === 'GET')
        return (url, _b, reply) =>
          this.paginate(
            url,
            this.pulls
              .filter((p) => p.owner === owner && p.repo === repo && (p.headSha === sha || p.mergeCommitSha === sha || p.commits.includes(sha)))
              .map((p) => this.pullJson(p)),
            reply
          );
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/.exec(path))) {
      const login = decodeURIComponent(m[3]);
      if (method === 'GET') return (_u, _b, reply) => reply(200, this.permissionJson(login));
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path))) {
      const [owner, repo, n] = [m[1], m[2], Number(m[3])];
      if (method === 'GET')
        return (_u, _b, reply) => {
          const p = this.pulls.find((x) => x.owner === owner && x.repo === repo && x.number === n);
          return p ? reply(200, this.pullJson(p)) : reply(404, { message: 'Not Found' });
        };
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(path)) && method === 'GET') {
      const [owner, repo, file] = [m[1], m[2], decodeURIComponent(m[3])];
      // GitHub's "Get repository content" for a file: base64 content in JSON (files up to 1 MB).
      return (url, _b, reply) => {
        const ref = url.searchParams.get('ref') ?? 'HEAD';
        const text = this.files.get(`${owner}/${repo}@${ref}:${file}`);
        if (text === undefined) return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content' });
        const bytes = Buffer.from(text, 'utf8');
        return reply(200, { type: 'file', encoding: 'base64', size: bytes.length, name: file.split('/').pop(), path: file, sha: 'f'.repeat(40), content: bytes.toString('base64').replace(/(.{60})/g, '$1\n') });
      };
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(path))) {
      const [owner, repo] = [m[1], m[2]];
      if (method === 'GET') return (url, _b, reply) => this.listIssues(owner, repo, url, reply);
      if (method === 'POST') return (_u, body, reply) => this.createIssue(owner, repo, body, reply);
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(path))) {
      const [owner, repo, n] = [m[1], m[2], Number(m[3])];
      const find = () => this.issues.find((i) => i.owner === owner && i.repo === repo && i.number === n);
      if (method === 'GET')
        return (_u, _b, reply) => {
          const i = find();
          return i ? reply(200, this.issueJson(i)) : reply(404, { message: 'Not Found' });
        };
      if (method === 'PATCH') return (_u, body, reply) => this.updateIssue(find(), body, reply);
    }
    return undefined;
  }

  /** Shape of GET /repos/{owner}/{repo}/collaborators/{username}/permission (REST API 2022-11-28). */
  private permissionJson(login: string) {
    const role = this.permissions.get(login) ?? 'none';
    // `permission` is the base level: maintain reads as write, triage as read.
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    return { permission, role_name: role, user: role === 'none' ? null : { login, id: 1, type: 'User' } };
  }

  private paginate(url: URL, items: unknown[], reply: (s: number, d: unknown, h?: Record<string, string>) => void): void {
    const perPage = Math.min(this.maxPerPage, Math.max(1, Number(url.searchParams.get('per_page') ?? this.defaultPerPage) || this.defaultPerPage));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number) => {
      const u = new URL(url.pathname, this.baseUrl);
      for (const [k, v] of url.searchParams) if (k !== 'page') u.searchParams.set(k, v);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const rels: string[] = [];
    if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`);
    if (page < last) rels.push(`<${link(last)}>; rel="last"`);
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
    reply(200, slice, rels.length ? { link: rels.join(', ') } : {});
  }

  private tooLong(body: unknown): boolean {
    return typeof body === 'string' && body.length > this.maxBodyChars;
  }

  private validationFailed(reply: (s: number, d: unknown) => void, resource: string, field: string, message: string): void {
    reply(422, {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422'
    });
  }

  private createComment(owner: string, repo: string, issueNumber: number, body: Record<string, unknown> | undefined, reply: (s: number, d: unknown) => void): void {
    const text = body?.body;
    if (typeof text !== 'string' || text === '') return this.validationFailed(reply, 'IssueComment', 'body', 'body is missing');
    if (this.tooLong(text)) return this.validationFailed(reply, 'IssueComment', 'body', `body is too long (maximum is ${this.maxBodyChars} characters)`);
    const at = this.tick();
    const comment: FakeComment = { id: this.nextCommentId++, owner, repo, issueNumber, body: text, user: this.actor, createdAt: at, updatedAt: at };
    this.comments.push(comment);
    reply(201, this.commentJson(comment));
  }

  private updateComment(comment: FakeComment | undefined, body: Record<string, unknown> | undefined, reply: (s: number, d: unknown) => void): void {
    if (!comment) return reply(404, { message: 'Not Found' });
    const text = body?.body;
    if (typeof text !== 'string' || text === '') return this.validationFailed(reply, 'IssueComment', 'body', 'body is missing');
    if (this.tooLong(text)) return this.validationFailed(reply, 'IssueComment', 'body', `body is too long (maximum is ${this.maxBodyChars} characters)`);
    comment.body = text;
    comment.updatedAt = this.tick();
    reply(200, this.commentJson(comment));
  }

  private listIssues(owner: string, repo: string, url: URL, reply: (s: number, d: unknown, h?: Record<string, string>) => void): void {
    const state = url.searchParams.get('state') ?? 'open';
    const labels = (url.searchParams.get('labels') ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    const creator = url.searchParams.get('creator');
    const items = this.issues
      .filter((i) => i.owner === owner && i.repo === repo)
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .filter((i) => !creator || i.user.login === creator)
      // GitHub lists newest first by default.
      .sort((a, b) => b.number - a.number)
      .map((i) => this.issueJson(i));
    this.paginate(url, items, reply);
  }

  private labelNames(value: unknown): string[] {
    if (!Array.isArray(value)) return [];
    return value.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')));
  }

  private createIssue(owner: string, repo: string, body: Record<string, unknown> | undefined, reply: (s: number, d: unknown) => void): void {
    if (typeof body?.title !== 'string' || !body.title) return this.validationFailed(reply, 'Issue', 'title', 'title is missing');
    if (this.tooLong(body.body)) return this.validationFailed(reply, 'Issue', 'body', `body is too long (maximum is ${this.maxBodyChars} characters)`);
    const issue = this.seedIssue({
      owner,
      repo,
      title: body.title,
      body: typeof body.body === 'string' ? body.body : '',
      labels: this.labelNames(body.labels),
      user: this.actor
    });
    reply(201, this.issueJson(issue));
  }

  private updateIssue(issue: FakeIssue | undefined, body: Record<string, unknown> | undefined, reply: (s: number, d: unknown) => void): void {
    if (!issue) return reply(404, { message: 'Not Found' });
    if (this.tooLong(body?.body)) return this.validationFailed(reply, 'Issue', 'body', `body is too long (maximum is ${this.maxBodyChars} characters)`);
    if (typeof body?.title === 'string') issue.title = body.title;
    if (typeof body?.body === 'string') issue.body = body.body;
    if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
    if (body?.labels !== undefined) issue.labels = this.labelNames(body.labels);
    issue.updatedAt = this.tick();
    reply(200, this.issueJson(issue));
  }

  private htmlBase(owner: string, repo: string): string {
    return `${this.baseUrl}/html/${owner}/${repo}`;
  }

  private userJson(u: FakeUser) {
    return { login: u.login, id: u.id, type: u.type, url: `${this.baseUrl}/users/${encodeURIComponent(u.login)}` };
  }

  private commentJson(c: FakeComment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.baseUrl}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: `${this.htmlBase(c.owner, c.repo)}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.baseUrl}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER'
    };
  }

  private issueJson(i: FakeIssue) {
    return {
      id: 500_000 + i.number,
      node_id: `I_${i.number}`,
      number: i.number,
      url: `${this.baseUrl}/repos/${i.owner}/${i.repo}/issues/${i.number}`,
      html_url: `${this.htmlBase(i.owner, i.repo)}/issues/${i.number}`,
      title: i.title,
      body: i.body,
      state: i.state,
      labels: i.labels.map((name, idx) => ({ id: idx + 1, name })),
      user: this.userJson(i.user),
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      comments: this.commentsOn(i.owner, i.repo, i.number).length
    };
  }

  private pullJson(p: FakePullRequest) {
    const repoJson = { full_name: `${p.owner}/${p.repo}`, name: p.repo, owner: { login: p.owner } };
    const head = p.headRepo === undefined ? repoJson : p.headRepo === '' ? null : { full_name: p.headRepo, name: p.headRepo.split('/')[1], owner: { login: p.headRepo.split('/')[0] } };
    return {
      id: 700_000 + p.number,
      number: p.number,
      state: p.state,
      url: `${this.baseUrl}/repos/${p.owner}/${p.repo}/pulls/${p.number}`,
      html_url: `${this.htmlBase(p.owner, p.repo)}/pull/${p.number}`,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      head: { sha: p.headSha, ref: p.headRef, repo: head },
      base: { sha: '0'.repeat(40), ref: p.baseRef, repo: repoJson },
      user: this.userJson(this.actor)
    };
  }
}

/** Starts a fake; its `url` is the API base URL and `close()` stops it. */
export async function startFakeGitHub(): Promise<FakeGitHubApi> {
  const fake = new FakeGitHubApi();
  await fake.start();
  return fake;
}
