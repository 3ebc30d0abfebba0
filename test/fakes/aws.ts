// One loopback server that fakes every AWS API the action calls, speaking each service's real wire
// protocol so the unmodified SDK clients (and the built action) can be pointed at it through the
// SDK's own AWS_ENDPOINT_URL_<SERVICE> variables. Services are told apart by the SigV4 credential
// scope (the signing name), and state is kept per region taken from that same scope.
//
// Extending: register operations with `fake.handle('codepipeline', 'StartPipelineExecution', fn)`
// or add a handler module next to cloudformation.ts and list it in `defaultHandlers`. Per-region
// state for new services lives on `RegionState` (store.ts); `store.deployStack` is what a pipeline
// execution should call to create or update a stack over time.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cloudFormationHandlers } from './aws/cloudformation.js';
import {
  AwsServiceError,
  SERVICES,
  ec2Error,
  ec2Response,
  jsonError,
  jsonResponse,
  queryError,
  queryResponse,
  restXmlError,
  type ActionHandler,
  type AwsCall,
  type HandlerConfig,
  type RawResponse,
  type ServiceSpec
} from './aws/protocol.js';
import { s3Action, s3Handlers } from './aws/s3.js';
import { credentialScope } from './aws/sigv4.js';
import { AwsStore, realClock, type Clock, type StackRecord, type StackSeed } from './aws/store.js';
import { stsHandlers } from './aws/sts.js';
import { pricingHandlers } from './aws/pricing.js';
import { serviceQuotasHandlers } from './aws/servicequotas.js';
import { ec2Handlers } from './aws/ec2.js';
import { sageMakerHandlers } from './aws/sagemaker.js';

export { AwsServiceError, SERVICES } from './aws/protocol.js';
export type { ActionHandler, AwsCall, RawResponse, ServiceSpec } from './aws/protocol.js';
export { AwsStore, ManualClock, RegionState, realClock, TERMINAL_STATUSES } from './aws/store.js';
export type { Clock, StackRecord, StackSeed, StackTransition } from './aws/store.js';

/** The SDK variable suffix (service id upper-cased, spaces to underscores) of each faked service. */
export const ENDPOINT_ENV_SUFFIX: Record<string, string> = {
  cloudformation: 'CLOUDFORMATION',
  codepipeline: 'CODEPIPELINE',
  s3: 'S3',
  secretsmanager: 'SECRETS_MANAGER',
  ecr: 'ECR',
  sts: 'STS',
  pricing: 'PRICING',
  servicequotas: 'SERVICE_QUOTAS',
  ec2: 'EC2',
  sagemaker: 'SAGEMAKER'
};

export type AwsFault =
  /** The service's own throttling error (CloudFormation/STS `Throttling`, JSON `ThrottlingException`, S3 503 `SlowDown`). */
  | { kind: 'throttle' }
  | { kind: 'server-error'; status?: number }
  /**
   * The socket is destroyed after the request is read: the client sees ECONNRESET. With
   * `afterHandler` the operation is carried out first and only its answer is lost, as when a
   * connection drops mid-call (the client cannot tell whether the call took effect).
   */
  | { kind: 'reset'; afterHandler?: boolean }
  /** The request is answered normally, `ms` late. */
  | { kind: 'delay'; ms: number }
  /** Any service error, e.g. `{ code: 'AccessDenied', status: 403 }`. */
  | { kind: 'error'; code: string; message?: string; status?: number };

interface PendingFault {
  target: string;
  fault: AwsFault;
  remaining: number;
}

export interface AwsCallRecord {
  /** `service:Action`, e.g. `cloudformation:DescribeStacks`. */
  key: string;
  service: string;
  action: string;
  region: string;
  status: number;
  fault?: AwsFault['kind'];
  input: Record<string, unknown>;
  at: number;
}

export interface FakeAwsOptions {
  clock?: Clock;
  accountId?: string;
  /** Page size for every paginated operation not named in `pageSizes`; real services use 100. */
  defaultPageSize?: number;
  /** Page size by `service:Action`. */
  pageSizes?: Record<string, number>;
}

function matches(target: string, key: string): boolean {
  if (target === '*' || target === key) return true;
  return target.endsWith(':*') && key.startsWith(target.slice(0, -1));
}

export class FakeAws {
  readonly store: AwsStore;
  readonly log: AwsCallRecord[] = [];
  private readonly handlers = new Map<string, ActionHandler>();
  private readonly pageSizes: Map<string, number>;
  private defaultPageSize: number;
  private faults: PendingFault[] = [];
  private server?: Server;
  private baseUrl = '';

  constructor(options: FakeAwsOptions = {}) {
    this.store = new AwsStore(options.clock ?? realClock, options.accountId ?? '123456789012');
    this.pageSizes = new Map(Object.entries(options.pageSizes ?? {}));
    this.defaultPageSize = options.defaultPageSize ?? 100;
    const config: HandlerConfig = { pageSize: (key) => this.pageSizes.get(key) ?? this.defaultPageSize };
    for (const [service, ops] of Object.entries({
      cloudformation: cloudFormationHandlers(config),
      sts: stsHandlers(),
      s3: s3Handlers(),
      pricing: pricingHandlers(config),
      servicequotas: serviceQuotasHandlers(config),
      ec2: ec2Handlers(config),
      sagemaker: sageMakerHandlers(config)
    })) {
      for (const [action, fn] of Object.entries(ops)) this.handle(service, action, fn);
    }
  }

  get url(): string {
    if (!this.baseUrl) throw new Error('FakeAws is not started');
    return this.baseUrl;
  }

  async start(): Promise<{ url: string; close: () => Promise<void> }> {
    const server = createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`fake aws: ${(error as Error).stack ?? error}`);
        } else res.destroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url: this.baseUrl, close: () => this.close() };
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  }

  /**
   * Environment that points the SDK (in this process or a spawned built action) at the fake, with
   * dummy credentials. S3 needs nothing more: with an IP-address endpoint the SDK uses path-style.
   */
  env(region?: string): Record<string, string> {
    const env: Record<string, string> = { AWS_ACCESS_KEY_ID: 'AKIDFAKE', AWS_SECRET_ACCESS_KEY: 'fake', AWS_EC2_METADATA_DISABLED: 'true' };
    for (const suffix of Object.values(ENDPOINT_ENV_SUFFIX)) env[`AWS_ENDPOINT_URL_${suffix}`] = this.url;
    if (region) env.AWS_REGION = region;
    return env;
  }

  // ---- control API -----------------------------------------------------------------------------

  /** Registers (or replaces) the handler of `service:Action`. */
  handle(service: string, action: string, handler: ActionHandler): void {
    if (!SERVICES[service]) throw new Error(`fake aws: unknown service ${service}`);
    this.handlers.set(`${service}:${action}`, handler);
  }

  setPageSize(key: string, size: number): void {
    this.pageSizes.set(key, size);
  }

  putStack(region: string, seed: StackSeed): StackRecord {
    return this.store.putStack(region, seed);
  }

  /** The next `count` calls matching `target` (`service:Action`, `service:*` or `*`) get `fault`. */
  inject(target: string, fault: AwsFault, count = 1): void {
    this.faults.push({ target, fault, remaining: count });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Requests received (faulted ones included) for `service:Action`, `service`, or all. */
  calls(key?: string): number {
    if (!key) return this.log.length;
    return this.log.filter((c) => c.key === key || c.service === key).length;
  }

  callsTo(key: string): AwsCallRecord[] {
    return this.log.filter((c) => c.key === key || c.service === key);
  }

  resetLog(): void {
    this.log.length = 0;
  }

  // ---- HTTP ------------------------------------------------------------------------------------

  private takeFault(key: string): AwsFault | undefined {
    const pending = this.faults.find((f) => f.remaining > 0 && matches(f.target, key));
    if (!pending) return undefined;
    pending.remaining--;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return pending.fault;
  }

  private write(res: ServerResponse, method: string, r: RawResponse): void {
    const body = r.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body, 'utf8');
    const headers: Record<string, string> = { ...(r.headers ?? {}) };
    if (!('content-length' in headers)) headers['content-length'] = String(body.length);
    res.writeHead(r.status, headers);
    res.end(method === 'HEAD' ? undefined : body);
  }

  private errorFor(spec: ServiceSpec, error: AwsServiceError, requestId: string, method: string, action: string): RawResponse {
    switch (spec.protocol) {
      case 'query':
        return queryError(spec, error, requestId);
      case 'json':
        return jsonError(error, requestId);
      case 'rest-xml':
        return restXmlError(error, requestId, method);
      case 'ec2':
        return ec2Error(error, requestId);
    }
    throw new Error(`unreachable: ${action}`);
  }

  private guessSpec(req: IncomingMessage): ServiceSpec {
    if (req.headers['x-amz-target']) return SERVICES.codepipeline;
    if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return SERVICES.cloudformation;
    return SERVICES.s3;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.baseUrl);
    const requestId = randomUUID();

    const scope = credentialScope(req.headers.authorization, url.searchParams);
    if (!scope) {
      const spec = this.guessSpec(req);
      const error =
        spec.protocol === 'rest-xml'
          ? new AwsServiceError('AccessDenied', 'Access Denied', 403)
          : new AwsServiceError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
      return this.write(res, method, this.errorFor(spec, error, requestId, method, '?'));
    }
    const spec = SERVICES[scope.service];
    if (!spec) {
      return this.write(res, method, { status: 400, headers: { 'content-type': 'text/plain' }, body: `fake aws: no service ${scope.service}` });
    }

    let action: string;
    let input: Record<string, unknown> = {};
    let path = url.pathname;
    try {
      if (spec.protocol === 'query' || spec.protocol === 'ec2') {
        input = Object.fromEntries(new URLSearchParams(body.toString('utf8')).entries());
        action = String(input.Action ?? '');
        if (input.Version !== spec.version) {
          throw new AwsServiceError('InvalidAction', `Could not find operation ${action} for version ${String(input.Version)}`);
        }
        delete input.Action;
        delete input.Version;
      } else if (spec.protocol === 'json') {
        const target = String(req.headers['x-amz-target'] ?? '');
        const dot = target.lastIndexOf('.');
        if (target.slice(0, dot) !== spec.targetPrefix) {
          throw new AwsServiceError('UnknownOperationException', `Unknown target ${target}`);
        }
        action = target.slice(dot + 1);
        try {
          input = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
        } catch {
          throw new AwsServiceError('SerializationException', 'Request body is not valid JSON');
        }
      } else {
        path = url.pathname.split('/').map((seg) => decodeURIComponent(seg)).join('/');
        action = s3Action(method, path, url.searchParams, req.headers);
      }
    } catch (error) {
      if (!(error instanceof AwsServiceError)) throw error;
      return this.write(res, method, this.errorFor(spec, error, requestId, method, '?'));
    }

    const key = `${spec.name}:${action}`;
    const record: AwsCallRecord = { key, service: spec.name, action, region: scope.region, status: 0, input, at: Date.now() };
    this.log.push(record);

    const fault = this.takeFault(key);
    if (fault) record.fault = fault.kind;
    if (fault?.kind === 'reset' && !fault.afterHandler) {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));

    let response: RawResponse;
    try {
      if (fault?.kind === 'throttle') throw new AwsServiceError(spec.throttle.code, spec.throttle.message, spec.throttle.status);
      if (fault?.kind === 'server-error') throw new AwsServiceError('InternalFailure', 'We encountered an internal error. Please try again.', fault.status ?? 500);
      if (fault?.kind === 'error') throw new AwsServiceError(fault.code, fault.message ?? fault.code, fault.status ?? 400);

      const handler = this.handlers.get(key);
      if (!handler) {
        throw spec.protocol === 'json'
          ? new AwsServiceError('UnknownOperationException', `fake aws does not implement ${key}`)
          : new AwsServiceError(spec.protocol === 'query' || spec.protocol === 'ec2' ? 'InvalidAction' : 'NotImplemented', `fake aws does not implement ${key}`, spec.protocol === 'rest-xml' ? 501 : 400);
      }
      const call: AwsCall = {
        service: spec,
        action,
        region: scope.region,
        accountId: this.store.accountId,
        accessKeyId: scope.accessKeyId,
        method,
        path,
        query: url.searchParams,
        headers: req.headers,
        body,
        input,
        requestId
      };
      const result = await handler(call, this.store);
      if (spec.protocol === 'query') response = queryResponse(spec, action, result, requestId);
      else if (spec.protocol === 'ec2') response = ec2Response(spec, action, result, requestId);
      else if (spec.protocol === 'json') response = jsonResponse(result, requestId);
      else response = result as RawResponse;
    } catch (error) {
      if (!(error instanceof AwsServiceError)) throw error;
      response = this.errorFor(spec, error, requestId, method, action);
    }
    if (fault?.kind === 'reset') {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    record.status = response.status;
    this.write(res, method, response);
  }
}

/** Starts a fake on a free loopback port. */
export async function startFakeAws(options: FakeAwsOptions = {}): Promise<FakeAws> {
  const fake = new FakeAws(options);
  await fake.start();
  return fake;
}
