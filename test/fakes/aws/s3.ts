// S3 over REST-XML, path-style (/bucket/key). The SDK picks path-style by itself when the endpoint
// is an IP address such as 127.0.0.1; with a host name (localhost) it would put the bucket in the
// host, so clients pointed at this fake by name need `forcePathStyle: true`.
import { createHash } from 'node:crypto';
import { AwsServiceError, type ActionHandler, type AwsCall, type RawResponse } from './protocol.js';
import type { AwsStore, S3Bucket } from './store.js';
import { escapeXml, firstElementText } from './xml.js';

/** Names the S3 operation the way the SDK's command names it, from method, path and query. */
export function s3Action(method: string, path: string, query: URLSearchParams, headers: AwsCall['headers']): string {
  const { key } = splitPath(path);
  const hint = query.get('x-id');
  if (hint) return hint;
  if (!key) {
    if (method === 'PUT') return 'CreateBucket';
    if (method === 'HEAD') return 'HeadBucket';
    if (method === 'DELETE') return 'DeleteBucket';
    if (method === 'POST' && query.has('delete')) return 'DeleteObjects';
    if (method === 'GET' && query.get('list-type') === '2') return 'ListObjectsV2';
    if (method === 'GET' && query.has('location')) return 'GetBucketLocation';
    if (method === 'GET') return path === '/' ? 'ListBuckets' : 'ListObjects';
  }
  if (method === 'PUT') return headers['x-amz-copy-source'] ? 'CopyObject' : 'PutObject';
  if (method === 'GET') return 'GetObject';
  if (method === 'HEAD') return 'HeadObject';
  if (method === 'DELETE') return 'DeleteObject';
  return `${method}Object`;
}

function splitPath(path: string): { bucket: string; key: string } {
  const trimmed = path.replace(/^\//, '');
  const slash = trimmed.indexOf('/');
  return slash < 0 ? { bucket: trimmed, key: '' } : { bucket: trimmed.slice(0, slash), key: trimmed.slice(slash + 1) };
}

/** The SDK streams bodies of unknown length as aws-chunked with a trailing checksum. */
export function decodeAwsChunked(raw: Buffer): Buffer {
  const out: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', pos);
    if (eol < 0) break;
    const size = parseInt(raw.subarray(pos, eol).toString('ascii').split(';')[0], 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(raw.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

function objectBody(call: AwsCall): Buffer {
  const encoding = String(call.headers['content-encoding'] ?? '');
  const sha = String(call.headers['x-amz-content-sha256'] ?? '');
  return encoding.includes('aws-chunked') || sha.startsWith('STREAMING-') ? decodeAwsChunked(call.body) : call.body;
}

function bucketOf(store: AwsStore, call: AwsCall): S3Bucket {
  const { bucket } = splitPath(call.path);
  const b = store.buckets.get(bucket);
  if (!b) throw new AwsServiceError('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });
  return b;
}

function xml(status: number, body: string, requestId: string): RawResponse {
  return {
    status,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`
  };
}

function objectHeaders(o: { body: Buffer; contentType: string; etag: string; lastModified: Date; metadata: Record<string, string> }, requestId: string) {
  return {
    'content-type': o.contentType,
    'content-length': String(o.body.length),
    etag: o.etag,
    'last-modified': o.lastModified.toUTCString(),
    'x-amz-request-id': requestId,
    ...Object.fromEntries(Object.entries(o.metadata).map(([k, v]) => [`x-amz-meta-${k}`, v]))
  };
}

export function s3Handlers(): Record<string, ActionHandler> {
  return {
    CreateBucket: (call, store): RawResponse => {
      const { bucket } = splitPath(call.path);
      const existing = store.buckets.get(bucket);
      if (existing) throw new AwsServiceError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, { BucketName: bucket });
      const location = firstElementText(call.body.toString('utf8'), 'LocationConstraint');
      store.buckets.set(bucket, { name: bucket, region: location || call.region, createdAt: new Date(store.clock.now()), objects: new Map() });
      return { status: 200, headers: { location: `/${bucket}`, 'x-amz-request-id': call.requestId } };
    },

    HeadBucket: (call, store): RawResponse => {
      const b = bucketOf(store, call);
      return { status: 200, headers: { 'x-amz-bucket-region': b.region, 'x-amz-request-id': call.requestId } };
    },

    PutObject: (call, store): RawResponse => {
      const b = bucketOf(store, call);
      const { key } = splitPath(call.path);
      const body = objectBody(call);
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      const metadata: Record<string, string> = {};
      for (const [k, v] of Object.entries(call.headers)) if (k.startsWith('x-amz-meta-') && typeof v === 'string') metadata[k.slice(11)] = v;
      b.objects.set(key, {
        body,
        contentType: String(call.headers['content-type'] ?? 'binary/octet-stream'),
        etag,
        lastModified: new Date(Math.floor(store.clock.now() / 1000) * 1000),
        metadata
      });
      return { status: 200, headers: { etag, 'x-amz-request-id': call.requestId } };
    },

    GetObject: (call, store): RawResponse => {
      const b = bucketOf(store, call);
      const { key } = splitPath(call.path);
      const o = b.objects.get(key);
      if (!o) throw new AwsServiceError('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });
      return { status: 200, headers: objectHeaders(o, call.requestId), body: o.body };
    },

    HeadObject: (call, store): RawResponse => {
      const b = bucketOf(store, call);
      const { key } = splitPath(call.path);
      const o = b.objects.get(key);
      if (!o) throw new AwsServiceError('NotFound', 'Not Found', 404);
      return { status: 200, headers: objectHeaders(o, call.requestId) };
    },

    DeleteObject: (call, store): RawResponse => {
      const b = bucketOf(store, call);
      b.objects.delete(splitPath(call.path).key);
      return { status: 204, headers: { 'x-amz-request-id': call.requestId } };
    },

    ListObjectsV2: (call, store): RawResponse => {
      const b = bucketOf(store, call);
      const prefix = call.query.get('prefix') ?? '';
      const max = Math.min(1000, Number(call.query.get('max-keys') ?? 1000));
      const after = call.query.get('continuation-token') ?? call.query.get('start-after') ?? '';
      const keys = [...b.objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
      const slice = keys.slice(0, max);
      const truncated = keys.length > slice.length;
      const contents = slice
        .map((k) => {
          const o = b.objects.get(k)!;
          return `<Contents><Key>${escapeXml(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${escapeXml(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
        })
        .join('');
      return xml(
        200,
        `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${escapeXml(b.name)}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${slice.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${truncated ? `<NextContinuationToken>${escapeXml(slice[slice.length - 1])}</NextContinuationToken>` : ''}</ListBucketResult>`,
        call.requestId
      );
    }
  };
}
