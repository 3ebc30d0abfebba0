// How the price and quota adapters tell "not allowed" from "try again later" in an SDK error, and
// name it in one short phrase for a warning.

export function errorName(error: unknown): string {
  const e = error as { name?: string; Code?: string; code?: string };
  return e?.name ?? e?.Code ?? e?.code ?? 'Error';
}

export function isAccessDenied(error: unknown): boolean {
  const name = errorName(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return (
    name === 'AccessDeniedException' ||
    name === 'AccessDenied' ||
    name === 'UnauthorizedOperation' ||
    name === 'UnrecognizedClientException' ||
    status === 403 ||
    /not authorized/i.test(String((error as Error)?.message ?? ''))
  );
}

export function describeAwsError(error: unknown): string {
  const name = errorName(error);
  const message = String((error as Error)?.message ?? '').split('\n')[0].slice(0, 160);
  return message && message !== name ? `${name}: ${message}` : name;
}
