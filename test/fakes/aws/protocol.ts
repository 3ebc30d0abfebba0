// The wire formats the installed SDK v3 clients speak (checked against their runtimeConfig):
//   awsQuery     CloudFormation, STS   form-encoded POST with Action=&Version=, XML answers
//   awsJson1_1   CodePipeline, Secrets Manager, ECR   POST with X-Amz-Target, JSON both ways
//   restXml      S3   method + path-style /bucket/key, XML errors
//   ec2Query     EC2  form-encoded POST (Version=2016-11-15), XML answers without a Result wrapper,
//                     lists as <item>, errors as <Response><Errors><Error>
//   awsJson1_1   also Pricing (AWSPriceListService), Service Quotas (ServiceQuotasV20190624), SageMaker
// Handlers return plain objects; this file turns them and AwsServiceError into bytes.
import type { AwsStore } from './store.js';
import { escapeXml, fields, type XmlValue } from './xml.js';

export type Protocol = 'query' | 'json' | 'rest-xml' | 'ec2';

export interface ServiceSpec {
  /** SigV4 signing name, also the prefix of call-counter keys (`cloudformation:DescribeStacks`). */
  name: string;
  protocol: Protocol;
  /** awsQuery: the API version the SDK sends, which also tells CloudFormation from STS. */
  version?: string;
  xmlNamespace?: string;
  /** awsJson: X-Amz-Target prefix before the dot. */
  targetPrefix?: string;
  /** The error the real service answers when throttling. */
  throttle: { code: string; status: number; message: string };
}

export const SERVICES: Record<string, ServiceSpec> = {
  cloudformation: {
    name: 'cloudformation',
    protocol: 'query',
    version: '2010-05-15',
    xmlNamespace: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
    throttle: { code: 'Throttling', status: 400, message: 'Rate exceeded' }
  },
  sts: {
    name: 'sts',
    protocol: 'query',
    version: '2011-06-15',
    xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
    throttle: { code: 'Throttling', status: 400, message: 'Rate exceeded' }
  },
  codepipeline: {
    name: 'codepipeline',
    protocol: 'json',
    targetPrefix: 'CodePipeline_20150709',
    throttle: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' }
  },
  secretsmanager: {
    name: 'secretsmanager',
    protocol: 'json',
    targetPrefix: 'secretsmanager',
    throttle: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' }
  },
  ecr: {
    name: 'ecr',
    protocol: 'json',
    targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
    throttle: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' }
  },
  s3: {
    name: 's3',
    protocol: 'rest-xml',
    throttle: { code: 'SlowDown', status: 503, message: 'Please reduce your request rate.' }
  },
  pricing: {
    name: 'pricing',
    protocol: 'json',
    targetPrefix: 'AWSPriceListService',
    throttle: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' }
  },
  servicequotas: {
    name: 'servicequotas',
    protocol: 'json',
    targetPrefix: 'ServiceQuotasV20190624',
    throttle: { code: 'TooManyRequestsException', status: 400, message: 'Rate exceeded' }
  },
  sagemaker: {
    name: 'sagemaker',
    protocol: 'json',
    targetPrefix: 'SageMaker',
    throttle: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' }
  },
  ec2: {
    name: 'ec2',
    protocol: 'ec2',
    version: '2016-11-15',
    xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
    throttle: { code: 'RequestLimitExceeded', status: 503, message: 'Request limit exceeded.' }
  }
};

export class AwsServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** Extra members of the error shape, e.g. S3's `Key` or `BucketName`. */
    readonly extra: Record<string, string> = {}
  ) {
    super(message);
    this.name = code;
  }
}

export interface RawResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export function queryResponse(spec: ServiceSpec, action: string, result: unknown, requestId: string): RawResponse {
  const inner = result && typeof result === 'object' ? fields(result as { [k: string]: XmlValue }) : '';
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<${action}Response xmlns="${spec.xmlNamespace}">` +
    `<${action}Result>${inner}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>` +
    `</${action}Response>`;
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

export function queryError(spec: ServiceSpec, error: AwsServiceError, requestId: string): RawResponse {
  const type = error.status >= 500 ? 'Receiver' : 'Sender';
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<ErrorResponse xmlns="${spec.xmlNamespace}">` +
    `<Error><Type>${type}</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>`;
  return { status: error.status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

/** EC2 lists are `<item>` elements; member names are lowerCamel, as the handlers write them. */
function ec2Xml(name: string, value: XmlValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((v) => ec2Xml('item', v)).join('')}</${name}>`;
  if (value instanceof Date || typeof value !== 'object') return `<${name}>${escapeXml(value instanceof Date ? value.toISOString() : String(value))}</${name}>`;
  return `<${name}>${Object.entries(value)
    .map(([k, v]) => ec2Xml(k, v))
    .join('')}</${name}>`;
}

export function ec2Response(spec: ServiceSpec, action: string, result: unknown, requestId: string): RawResponse {
  const inner =
    result && typeof result === 'object'
      ? Object.entries(result as Record<string, XmlValue>)
          .map(([k, v]) => ec2Xml(k, v))
          .join('')
      : '';
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${spec.xmlNamespace}"><requestId>${requestId}</requestId>${inner}</${action}Response>`;
  return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId }, body };
}

export function ec2Error(error: AwsServiceError, requestId: string): RawResponse {
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<Response><Errors><Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
  return { status: error.status, headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId }, body };
}

/** EC2 query lists arrive as `Name.1`, `Name.2`, … (no `.member`). */
export function ec2List(params: Record<string, unknown>, name: string): string[] {
  const out: { i: number; v: string }[] = [];
  const re = new RegExp(`^${name.replace(/\./g, '\\.')}\\.(\\d+)$`);
  for (const [k, v] of Object.entries(params)) {
    const m = re.exec(k);
    if (m) out.push({ i: Number(m[1]), v: String(v) });
  }
  return out.sort((a, b) => a.i - b.i).map((e) => e.v);
}

/** EC2 filters: `Filter.1.Name=instance-type`, `Filter.1.Value.1=g*`, … */
export function ec2Filters(params: Record<string, unknown>): Map<string, string[]> {
  const filters = new Map<string, string[]>();
  for (const [k, v] of Object.entries(params)) {
    const m = /^Filter\.(\d+)\.Name$/.exec(k);
    if (m) filters.set(String(v), ec2List(params, `Filter.${m[1]}.Value`));
  }
  return filters;
}

/** awsJson timestamps are epoch seconds; Dates are converted before serialising. */
function epochDates(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(epochDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, epochDates(v)]));
  }
  return value;
}

export function jsonResponse(result: unknown, requestId: string): RawResponse {
  return {
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
    body: JSON.stringify(epochDates(result ?? {}))
  };
}

export function jsonError(error: AwsServiceError, requestId: string): RawResponse {
  return {
    status: error.status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code },
    body: JSON.stringify({ __type: error.code, message: error.message, ...error.extra })
  };
}

export function restXmlError(error: AwsServiceError, requestId: string, method: string): RawResponse {
  const headers = { 'content-type': 'application/xml', 'x-amz-request-id': requestId, 'x-amz-id-2': requestId };
  // HEAD answers carry no body; the SDK names the error from the status code alone.
  if (method === 'HEAD') return { status: error.status, headers };
  const extra = Object.entries(error.extra)
    .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
    .join('');
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>${extra}<RequestId>${requestId}</RequestId><HostId>${requestId}</HostId></Error>`;
  return { status: error.status, headers, body };
}

/** awsQuery lists arrive flattened as `Name.member.1`, `Name.member.2`, … */
export function queryList(params: Record<string, string>, name: string): string[] {
  const out: { i: number; v: string }[] = [];
  const re = new RegExp(`^${name.replace(/\./g, '\\.')}\\.member\\.(\\d+)$`);
  for (const [k, v] of Object.entries(params)) {
    const m = re.exec(k);
    if (m) out.push({ i: Number(m[1]), v });
  }
  return out.sort((a, b) => a.i - b.i).map((e) => e.v);
}

/** awsQuery lists of structures: `Tags.member.1.Key`, `Tags.member.1.Value`, … */
export function queryStructList(params: Record<string, string>, name: string): Record<string, string>[] {
  const byIndex = new Map<number, Record<string, string>>();
  const re = new RegExp(`^${name.replace(/\./g, '\\.')}\\.member\\.(\\d+)\\.(.+)$`);
  for (const [k, v] of Object.entries(params)) {
    const m = re.exec(k);
    if (!m) continue;
    const i = Number(m[1]);
    const entry = byIndex.get(i) ?? {};
    entry[m[2]] = v;
    byIndex.set(i, entry);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
}

export interface AwsCall {
  service: ServiceSpec;
  action: string;
  region: string;
  accountId: string;
  accessKeyId: string;
  method: string;
  /** Decoded path, e.g. `/bucket/key with spaces`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** awsQuery: the flat form fields; awsJson: the parsed JSON body; restXml: empty. */
  input: Record<string, unknown>;
  requestId: string;
}

/**
 * One operation of the fake. awsQuery and awsJson handlers return the operation's output as a plain
 * object (Dates allowed) and throw AwsServiceError; restXml handlers return a RawResponse.
 */
export type ActionHandler = (call: AwsCall, store: AwsStore) => unknown | Promise<unknown>;

export interface HandlerConfig {
  /** Page size of a paginated operation, by `service:Action`. */
  pageSize(key: string): number;
}
