// Links from comments to this action's own docs (price sources, why a change is held back): the
// runner names the action's repository and ref (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF) for
// a `uses:` step; without them (a local run) comments carry no such link.
export function actionDocsUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (!repo || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repo}/blob/${encodeURIComponent(ref)}/docs/comments.md`;
}
