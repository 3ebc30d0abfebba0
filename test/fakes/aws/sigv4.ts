// Who is calling and where: the fake keys its per-region state on the SigV4 credential scope, the
// same place real AWS takes the region from, so a client built for the wrong region is caught.

export interface CredentialScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

const SCOPE = /Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request/;

/** Reads the scope from an `Authorization: AWS4-HMAC-SHA256 Credential=…` header or a presigned URL. */
export function credentialScope(authorization: string | undefined, query?: URLSearchParams): CredentialScope | undefined {
  const fromHeader = authorization ? SCOPE.exec(authorization) : null;
  if (fromHeader) {
    return { accessKeyId: fromHeader[1], date: fromHeader[2], region: fromHeader[3], service: fromHeader[4] };
  }
  const presigned = query?.get('X-Amz-Credential');
  if (presigned) {
    const parts = presigned.split('/');
    if (parts.length === 5) return { accessKeyId: parts[0], date: parts[1], region: parts[2], service: parts[3] };
  }
  return undefined;
}
