// STS over awsQuery: enough for the action to learn its account id.
import type { ActionHandler } from './protocol.js';

export function stsHandlers(): Record<string, ActionHandler> {
  return {
    GetCallerIdentity: (call) => ({
      UserId: `AROAFAKEFAKEFAKE:${call.accessKeyId}`,
      Account: call.accountId,
      Arn: `arn:aws:sts::${call.accountId}:assumed-role/emd-action-fake/${call.accessKeyId}`
    })
  };
}
