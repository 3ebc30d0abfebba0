export const id = 467;
export const ids = [467,596];
export const modules = {

/***/ 7467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyAction: () => (/* binding */ applyAction),
  applyRequest: () => (/* binding */ applyRequest),
  refuseApply: () => (/* binding */ refuseApply)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/modes/plan.ts
var modes_plan = __webpack_require__(2317);
// EXTERNAL MODULE: ./src/modes/apply.ts + 1 modules
var apply = __webpack_require__(3129);
// EXTERNAL MODULE: ./src/core/render/markdown.ts
var markdown = __webpack_require__(96);
// EXTERNAL MODULE: ./src/core/render/format.ts
var format = __webpack_require__(9649);
// EXTERNAL MODULE: ./src/core/render/money.ts
var money = __webpack_require__(724);
;// CONCATENATED MODULE: ./src/core/render/apply-markdown.ts



function renderApplyMarkdown(outcome, options) {
    const budget = options.maxLength ?? markdown/* DEFAULT_BUDGET */.su;
    const rowsAll = outcome.deployments.length;
    for (const detail of ['all', 'changed', 'failures']) {
        const body = compose(outcome, options, detail, rowsAll);
        if (body.length <= budget)
            return body;
    }
    let rows = rowsAll;
    let body = compose(outcome, options, 'failures', rows);
    while (body.length > budget && rows > 0) {
        rows = Math.floor(rows * 0.8);
        body = compose(outcome, options, 'failures', rows);
    }
    return body;
}
/** Deployments the report shows first: what did not succeed, and stacks stuck in a state that needs a person. */
function needsLook(d) {
    return d.result === 'failed' || d.result === 'timed-out' || d.result === 'cancelled' || d.fix !== undefined;
}
function heldBack(d) {
    return d.result === 'skipped' && d.action !== 'unchanged';
}
/** Failures first, then held-back changes, then what succeeded, then the unchanged. */
function rank(d) {
    if (needsLook(d))
        return 0;
    if (heldBack(d))
        return 1;
    return d.action === 'unchanged' ? 3 : 2;
}
function compose(outcome, options, detail, rows) {
    const out = [];
    out.push(`### emd-action apply for ${(0,format/* code */.aY)(options.manifest)}`);
    out.push('');
    out.push(headline(outcome, options));
    if (options.problem) {
        out.push('', `> [!CAUTION]\n> ${(0,format/* text */.Qq)(options.problem)}`);
    }
    if (outcome.cancelled) {
        out.push('', '> [!WARNING]\n> The workflow run was cancelled. Deployments already handed to the pipeline are listed with the stage they were in; a re-run picks up from live state (and attaches to executions still running).');
    }
    const held = outcome.deployments.filter(heldBack);
    if (held.length) {
        const link = options.docsUrl ? ` ([why](${options.docsUrl}#held-back))` : '';
        out.push('', '> [!WARNING]');
        for (const d of held.slice(0, 8))
            out.push(`> - **Held back** ${(0,format/* code */.aY)(d.name)}: ${(0,format/* text */.Qq)(d.reason ?? 'skipped')}${link}`);
        if (held.length > 8)
            out.push(`> - \u2026and ${held.length - 8} more.`);
    }
    const changes = outcome.deployments.filter((d) => d.action !== 'unchanged');
    if (outcome.deployments.length === 0) {
        out.push('', 'The manifest has no deployments and no stacks of it are running.');
    }
    else if (changes.length === 0) {
        out.push('', 'Nothing to change: every deployment already matches the manifest.');
    }
    const ordered = [...outcome.deployments].sort((a, b) => rank(a) - rank(b));
    if (ordered.length) {
        out.push('', table(ordered.slice(0, rows)));
        if (rows < ordered.length) {
            out.push('', `\u2026and ${ordered.length - rows} more deployments: the full report is in the job summary and the \`endpoints\` output.`);
        }
    }
    for (const d of ordered.filter(needsLook))
        out.push('', trouble(d));
    const connectable = ordered.filter((d) => d.baseUrl && !needsLook(d) && (detail === 'all' || (detail === 'changed' && d.action !== 'unchanged')));
    for (const d of connectable)
        out.push('', connect(d));
    const left = ordered.filter((d) => d.baseUrl && !needsLook(d)).length - connectable.length;
    if (left > 0)
        out.push('', `_How to connect to ${left} more endpoint${left === 1 ? '' : 's'} was left out to stay within GitHub\u2019s comment size limit; it is in the job summary._`);
    out.push('');
    const footer = [`commit \`${options.commit.slice(0, 12) || 'unknown'}\``, options.runUrl ? `[workflow run](${options.runUrl})` : undefined].filter(Boolean).join(' \u00b7 ');
    out.push(`<sub>${footer}</sub>`);
    return out.join('\n');
}
function headline(outcome, options) {
    const count = (pred) => outcome.deployments.filter(pred).length;
    const parts = [];
    const add = (n, label) => {
        if (n)
            parts.push(`${n} ${label}`);
    };
    add(count((d) => d.result === 'succeeded'), 'succeeded');
    add(count((d) => d.result === 'failed'), 'failed');
    add(count((d) => d.result === 'timed-out'), 'timed out');
    add(count((d) => d.result === 'cancelled'), 'cancelled');
    add(count(heldBack), 'held back');
    add(count((d) => d.action === 'unchanged'), 'unchanged');
    const status = options.problem
        ? `${format/* RESULT_MARK */.oT.failed} Not applied`
        : outcome.cancelled
            ? `${format/* RESULT_MARK */.oT.cancelled} Cancelled`
            : outcome.ok
                ? `${format/* RESULT_MARK */.oT.succeeded} Applied`
                : `${format/* RESULT_MARK */.oT.failed} Apply failed`;
    const took = outcome.finishedAt > outcome.startedAt ? ` \u00b7 took ${duration(outcome.finishedAt - outcome.startedAt)}` : '';
    return `**${status}**${parts.length ? `: ${parts.join(' \u00b7 ')}` : ''}${took} \u00b7 running now: ${runningCost(outcome.deployments)}`;
}
/**
 * What runs after this apply costs per hour, at minimum scale. Only what runs counts: a deleted,
 * dormant or expired deployment is $0 (apply reports hourlyCost 0 for those), a held-back delete
 * still runs and counts.
 */
function runningCost(deployments) {
    let total = 0;
    let running = 0;
    let unknown = 0;
    for (const d of deployments) {
        if (d.hourlyCost === undefined) {
            if (d.result !== 'skipped')
                unknown++;
            continue;
        }
        if (d.hourlyCost === null)
            unknown++;
        else if (d.hourlyCost > 0) {
            total += d.hourlyCost;
            running++;
        }
    }
    const what = `${running} deployment${running === 1 ? '' : 's'}`;
    return `${(0,money/* money */.TG)(total, 'h')} for ${what}${unknown ? ` (+ ${unknown} unknown)` : ''}`;
}
function table(deployments) {
    const lines = ['| Deployment | Result | Endpoint |', '|---|---|---|'];
    for (const d of deployments) {
        lines.push(`| ${(0,format/* code */.aY)(d.name, true)} | ${resultCell(d)} | ${d.baseUrl ? (0,format/* code */.aY)(d.baseUrl, true) : '\u2013'} |`);
    }
    return lines.join('\n');
}
const DONE = { create: 'created', update: 'updated', replace: 'replaced', delete: 'deleted', unknown: 'deployed' };
function resultCell(d) {
    const where = d.stage ? ` in ${(0,format/* cell */.Hn)(d.stage)}` : '';
    switch (d.result) {
        case 'succeeded': {
            const smoke = d.smoke && !d.smoke.ok ? ` \u00b7 ${format/* RESULT_MARK */.oT.attention} smoke test ${(0,format/* cell */.Hn)(String(d.smoke.status ?? 'no answer'))}` : '';
            return `${format/* RESULT_MARK */.oT.succeeded} ${DONE[d.action] ?? 'succeeded'}${smoke}`;
        }
        case 'failed':
            return `${format/* RESULT_MARK */.oT.failed} ${d.action} failed${where}`;
        case 'timed-out':
            return `${format/* RESULT_MARK */.oT.timedOut} ${d.action} timed out${where}`;
        case 'cancelled':
            return `${format/* RESULT_MARK */.oT.cancelled} ${d.action} cancelled${where}`;
        case 'skipped':
            if (d.action === 'unchanged')
                return d.fix ? `${format/* RESULT_MARK */.oT.attention} unchanged, stack needs a fix` : `${format/* RESULT_MARK */.oT.unchanged} unchanged`;
            return `${format/* RESULT_MARK */.oT.heldBack} ${d.action} held back`;
    }
}
function smokeLine(d) {
    const s = d.smoke;
    if (!s)
        return undefined;
    if (s.ok)
        return `- **Smoke test:** ${format/* RESULT_MARK */.oT.succeeded} ${s.status ?? ''} \u00b7 first token ${ms(s.ttftMs)} \u00b7 ${ms(s.totalMs)} in all`;
    return `- **Smoke test:** ${d.stage === 'smoke test' ? format/* RESULT_MARK */.oT.failed : format/* RESULT_MARK */.oT.attention} ${s.status ?? 'no answer'}${s.error ? `: ${(0,format/* text */.Qq)(s.error)}` : ''}`;
}
function hourly(d) {
    if (d.hourlyCost === undefined || d.hourlyCost === 0)
        return undefined;
    return `- **Cost while up:** ${(0,money/* moneyRange */.Uv)(d.hourlyCost, d.hourlyCostMax ?? d.hourlyCost, 'h')} (minimum\u2013maximum scale)`;
}
function trouble(d) {
    const icon = { failed: format/* RESULT_MARK */.oT.failed, 'timed-out': format/* RESULT_MARK */.oT.timedOut, cancelled: format/* RESULT_MARK */.oT.cancelled, succeeded: format/* RESULT_MARK */.oT.attention, skipped: format/* RESULT_MARK */.oT.attention }[d.result];
    const verb = { failed: 'failed', 'timed-out': 'timed out', cancelled: 'cancelled', succeeded: 'needs attention', skipped: 'needs attention' }[d.result];
    const out = [`#### ${icon} ${(0,format/* code */.aY)(d.name)} ${verb}${d.stage ? ` in ${(0,format/* text */.Qq)(d.stage)}` : ''}`, ''];
    if (d.reason)
        out.push(`- **Why:** ${(0,format/* text */.Qq)(d.reason)}`);
    if (d.failingEvent) {
        const e = d.failingEvent;
        out.push(`- **First failing event:** ${(0,format/* code */.aY)(e.logicalId)} (${(0,format/* code */.aY)(e.resourceType)}) ${e.status}: ${(0,format/* text */.Qq)(e.reason)}`);
    }
    if (d.logUrl)
        out.push(`- **Log:** [${d.stage === 'Build' ? 'CodeBuild log' : 'stack events'}](${d.logUrl})`);
    if (d.fix)
        out.push(`- **Fix:** ${(0,format/* code */.aY)(d.fix)}`);
    if (d.executionId)
        out.push(`- **Pipeline execution:** ${d.executionUrl ? `[${d.executionId}](${d.executionUrl})` : (0,format/* code */.aY)(d.executionId)}`);
    if (d.smoke && !d.smoke.ok && d.smoke.error)
        out.push(`- **Smoke test:** ${(0,format/* text */.Qq)(d.smoke.error)}`);
    return out.join('\n');
}
/** The one command that prints the key of an endpoint. */
function keyCommand(secretArn, region) {
    return `aws secretsmanager get-secret-value --secret-id ${secretArn} --query SecretString --output text --region ${region}`;
}
function curlSnippet(d) {
    const embed = d.kind === 'embedding';
    const body = JSON.stringify(embed ? { model: d.servedModelName, input: 'Hello!' } : { model: d.servedModelName, messages: [{ role: 'user', content: 'Hello!' }] });
    const lines = [];
    if (d.apiKeySecretArn)
        lines.push(`export EMD_API_KEY="$(${keyCommand(d.apiKeySecretArn, d.region)})"`);
    lines.push(`curl -s ${d.baseUrl}/${embed ? 'embeddings' : 'chat/completions'} \\`);
    if (d.apiKeySecretArn)
        lines.push('  -H "Authorization: Bearer $EMD_API_KEY" \\');
    lines.push("  -H 'Content-Type: application/json' \\");
    lines.push(`  -d '${body.replace(/'/g, "'\\''")}'`);
    return lines.join('\n');
}
function pythonSnippet(d) {
    const call = d.kind === 'embedding'
        ? [`result = client.embeddings.create(model=${JSON.stringify(d.servedModelName)}, input=["Hello!"])`, 'print(len(result.data[0].embedding))']
        : [`reply = client.chat.completions.create(model=${JSON.stringify(d.servedModelName)}, messages=[{"role": "user", "content": "Hello!"}])`, 'print(reply.choices[0].message.content)'];
    return [
        ...(d.apiKeySecretArn ? ['import os'] : []),
        'from openai import OpenAI',
        '',
        `client = OpenAI(base_url=${JSON.stringify(d.baseUrl)}, api_key=${d.apiKeySecretArn ? 'os.environ["EMD_API_KEY"]' : '"none"'})`,
        ...call
    ].join('\n');
}
/** How to call one endpoint, folded: the key's ARN appears once, in the line that reads it. */
function connect(d) {
    const out = [`<details><summary>Connect to <code>${(0,format/* text */.Qq)(d.name)}</code></summary>`, ''];
    out.push(`- **Model:** ${(0,format/* code */.aY)(d.servedModelName ?? '')} (send this as \`model\`)`);
    out.push(d.apiKeySecretArn
        ? '- **API key:** in Secrets Manager; the first line below reads it into `$EMD_API_KEY` (the key itself is never printed here)'
        : '- **API key:** none (`api_key: none`): anyone who can reach the endpoint can use it');
    for (const line of [smokeLine(d), hourly(d)])
        if (line)
            out.push(line);
    out.push('', '```sh', curlSnippet(d), '```', '', '```python', pythonSnippet(d), '```', '', '</details>');
    return out.join('\n');
}
/** The `endpoints` output: every deployment with a BaseUrl after this apply. */
function applyEndpoints(outcome) {
    return outcome.deployments
        .filter((d) => d.baseUrl)
        .map((d) => ({
        name: d.name,
        region: d.region,
        result: d.result,
        action: d.action,
        stack_name: d.stackName,
        base_url: d.baseUrl,
        model: d.servedModelName ?? null,
        api_key_secret_arn: d.apiKeySecretArn ?? null
    }));
}
function ms(value) {
    if (value === undefined)
        return '?';
    return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}
function duration(msTotal) {
    const s = Math.round(msTotal / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m${s % 60 ? ` ${s % 60}s` : ''}`;
    return `${Math.floor(m / 60)}h${m % 60 ? ` ${m % 60}m` : ''}`;
}

// EXTERNAL MODULE: ./src/action/docs-url.ts
var docs_url = __webpack_require__(3639);
// EXTERNAL MODULE: ./src/action/core-logger.ts
var core_logger = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(1944);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
;// CONCATENATED MODULE: ./src/github/pulls.ts
async function findPullRequestForCommit(octokit, owner, repo, sha) {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
    const pulls = data.map((pr) => ({
        number: pr.number,
        state: pr.state,
        merged: Boolean(pr.merged_at),
        headSha: pr.head?.sha ?? '',
        baseRef: pr.base?.ref ?? '',
        htmlUrl: pr.html_url
    }));
    return pulls.find((p) => p.merged) ?? pulls.find((p) => p.state === 'open') ?? pulls[0];
}

// EXTERNAL MODULE: ./src/action/manifest-file.ts + 1 modules
var manifest_file = __webpack_require__(4947);
;// CONCATENATED MODULE: ./src/action/apply.ts
// `mode: apply` on the runner: plan again from live state (never from an old comment), carry out
// the changes, and report in the job summary, the `endpoints` output and a comment on the pull
// request that was merged. A cancelled run (SIGINT, then SIGTERM from the runner) stops waiting and
// still reports; the runner allows a few seconds for that before it kills the process.












const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** Why this run must not deploy, if it must not. */
function refuseApply(ctx) {
    if (PULL_REQUEST_EVENTS.has(ctx.eventName) || ctx.pullRequest) {
        return `mode: apply does not run on ${ctx.eventName || 'pull request'} events: pull requests get a plan, and apply runs on the push to the default branch after the merge`;
    }
    const run = ctx.payload.workflow_run;
    const head = run?.head_repository?.full_name;
    if (head && head.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase()) {
        return `mode: apply does not run for a workflow run of ${head}, a fork`;
    }
    return undefined;
}
/** What every apply started from the runner shares, apply mode and teardown's bring-ups alike. */
function applyRequest(inputs, ctx, clients, plan) {
    return {
        clients,
        plan,
        stackPrefix: inputs.stackPrefix,
        manifestPath: inputs.manifest,
        commit: ctx.sha,
        maxParallel: inputs.maxParallel,
        timeoutMs: inputs.timeoutMinutes * 60_000,
        smokeTest: inputs.smokeTest,
        onCancel: inputs.onCancel,
        log: core_logger/* coreLogger */.W,
        mask: (secret) => core/* setSecret */.Pq(secret)
    };
}
async function applyAction(inputs, ctx, deps = {}) {
    const refusal = refuseApply(ctx);
    if (refusal)
        return { failed: refusal };
    const content = await (0,manifest_file/* readManifest */.W)(inputs.manifest);
    const clients = deps.clients ?? new aws_clients/* AwsClients */.c();
    const planned = await core/* group */.Os('Plan from live state', () => (0,modes_plan/* runPlan */.F)({
        manifestPath: inputs.manifest,
        content,
        stackPrefix: inputs.stackPrefix,
        allowDestroy: inputs.allowDestroy,
        defaultRegion: inputs.awsRegion,
        clients,
        maxMonthlyIncrease: inputs.maxMonthlyIncrease,
        maxMonthlyTotal: inputs.maxMonthlyTotal
    }));
    (0,core_logger/* annotate */.f)(planned.manifest.diagnostics);
    core/* setOutput */.uH('endpoints', '[]');
    if (!planned.plan) {
        await core/* summary */.z.addRaw((0,markdown/* renderInvalidManifestMarkdown */._m)(inputs.manifest, planned.manifest.diagnostics, { runUrl: ctx.runUrl }), true).write();
        const count = planned.manifest.diagnostics.filter((d) => d.severity === 'error').length;
        return { failed: `${inputs.manifest} is invalid: ${count} error${count === 1 ? '' : 's'} (see the annotations); nothing was applied` };
    }
    const plan = planned.plan;
    (0,core_logger/* annotate */.f)(plan.diagnostics);
    core/* setOutput */.uH('has-changes', String(plan.hasChanges));
    if (!plan.live.known)
        return { failed: `Nothing was applied: ${plan.live.reason}` };
    if (!planned.ok) {
        const reasons = [...planned.failures, ...plan.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)];
        return { failed: `Nothing was applied: the plan fails its checks:\n- ${reasons.join('\n- ')}` };
    }
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        core/* warning */.$e(`${signal}: the run is being cancelled; stopping the waits and reporting what was started (on-cancel: ${inputs.onCancel})`);
        controller.abort();
    };
    // Held until the report is written: the runner's SIGTERM follows its SIGINT within seconds, and
    // Node's default for either is to exit on the spot.
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        const outcome = await (0,apply/* runApply */.O)({
            ...applyRequest(inputs, ctx, clients, plan),
            signal: controller.signal,
            ...(planned.live?.known ? { liveStacks: planned.live.stacks } : {}),
            ...deps
        });
        return await report(inputs, ctx, outcome);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function report(inputs, ctx, outcome) {
    const docsUrl = (0,docs_url/* actionDocsUrl */.P)();
    const options = { manifest: inputs.manifest, commit: ctx.sha, runUrl: ctx.runUrl, ...(docsUrl ? { docsUrl } : {}) };
    // The summary has room for every endpoint's details even when the comment had to be shortened.
    await core/* summary */.z.addRaw(renderApplyMarkdown(outcome, { ...options, maxLength: 900_000 }), true).write();
    core/* setOutput */.uH('endpoints', JSON.stringify(applyEndpoints(outcome)));
    const result = { outcome };
    const acted = outcome.deployments.some((d) => d.action !== 'unchanged');
    if (inputs.comment && acted)
        result.commentUrl = await comment(inputs, ctx, renderApplyMarkdown(outcome, options));
    core/* setOutput */.uH('comment-url', result.commentUrl ?? '');
    if (outcome.cancelled) {
        result.failed = 'The run was cancelled; the job summary lists what was started and where it was';
    }
    else if (!outcome.ok) {
        const bad = outcome.deployments.filter((d) => d.result !== 'succeeded' && d.result !== 'skipped');
        const good = outcome.deployments.filter((d) => d.result === 'succeeded').length;
        result.failed = `${bad.length} of ${bad.length + good} changes did not succeed:\n${bad
            .map((d) => `- ${d.name}: ${d.result}${d.stage ? ` in ${d.stage}` : ''}${d.reason ? ` (${d.reason})` : ''}`)
            .join('\n')}`;
    }
    return result;
}
/**
 * The apply report goes on the merged pull request in a comment of its own (marker
 * `emd-action:apply:<manifest>`), not into the plan comment: a new comment notifies the people on
 * the pull request, an edit does not, and the plan they approved stays readable beside the result.
 * A re-run of the apply updates the same comment.
 */
async function comment(inputs, ctx, body) {
    if (!inputs.githubToken) {
        core/* warning */.$e('No github-token: the apply report is in the job summary only.');
        return undefined;
    }
    try {
        const octokit = (0,client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W });
        const pr = await findPullRequestForCommit(octokit, ctx.owner, ctx.repo, ctx.sha);
        if (!pr) {
            core/* info */.pq(`No pull request is associated with ${ctx.sha.slice(0, 12)}: the apply report is in the job summary only.`);
            return undefined;
        }
        const result = await (0,sticky_comment/* upsertStickyComment */.qD)({
            octokit,
            owner: ctx.owner,
            repo: ctx.repo,
            issueNumber: pr.number,
            marker: `emd-action:apply:${inputs.manifest}`,
            body,
            hasChanges: true,
            log: { info: core/* info */.pq, debug: core/* debug */.Yz }
        });
        core/* info */.pq(`Apply report on #${pr.number}: ${result.action} (${result.reason})`);
        return result.url;
    }
    catch (error) {
        // The deployments are done either way; a failed comment must not turn them into a failed run.
        core/* warning */.$e(`The apply report could not be posted to the pull request: ${error.message}`);
        return undefined;
    }
}


/***/ }),

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ SOURCE_BUNDLE_KEY),
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   KP: () => (/* binding */ MAX_PIPELINE_VARIABLE_LENGTH),
/* harmony export */   _m: () => (/* binding */ ENGINE_REPOSITORIES),
/* harmony export */   hC: () => (/* binding */ STACK_PREFIX_PATTERN),
/* harmony export */   zf: () => (/* binding */ PIPELINE_VARIABLES)
/* harmony export */ });
/* unused harmony exports NO_DEPLOYMENT, BOOTSTRAP_OUTPUTS, DEFAULT_STACK_PREFIX, modelTemplatePath, SHARED_MODEL_PARAMETERS, SHARED_MODEL_OUTPUTS, MODEL_OUTPUTS */
// The fixed contract between the action and the AWS side (cloudformation/bootstrap.yaml,
// buildspecs/). docs/architecture.md describes it; test/templates checks the templates against
// these constants, so a rename here without the template (or the other way round) fails a test.
/** Pipeline-level variables (CodePipeline V2) the action sends with StartPipelineExecution. */
const PIPELINE_VARIABLES = ['DEPLOYMENT', 'STACK_NAME', 'SERVICE', 'REQUEST_KEY', 'COMMIT'];
/** Defaults declared on the pipeline: the execution CodePipeline starts by itself ends at Build. */
const NO_DEPLOYMENT = 'none';
/** CodePipeline rejects longer values. */
const MAX_PIPELINE_VARIABLE_LENGTH = 1000;
/** Keys of the bootstrap stack's outputs. `GitHubRoleArn` and `GitHubPlanRoleArn` exist only when the OIDC roles are created. */
const BOOTSTRAP_OUTPUTS = (/* unused pure expression or super */ null && ([
    'ArtifactBucket',
    'PipelineName',
    'BuildProjectName',
    'EcrRepositoryPrefix',
    'DeployRoleArn',
    'GitHubRoleArn',
    'GitHubPlanRoleArn'
]));
/** Where the bootstrap uploads cloudformation/ and buildspecs/; the pipeline's S3 source. */
const SOURCE_BUNDLE_KEY = 'source/bundle.zip';
/** Engines as the manifest spells them, and the ECR repository suffix of each. */
const ENGINE_REPOSITORIES = { vllm: 'vllm', tgi: 'tgi', 'llama.cpp': 'llama-cpp' };
const DEFAULT_STACK_PREFIX = 'emd';
/** Prefixes become S3 bucket, ECR repository and IAM names: lowercase, short, no dots. */
const STACK_PREFIX_PATTERN = /^[a-z][a-z0-9-]{0,18}[a-z0-9]$|^[a-z]$/;
const names = {
    modelStack: (prefix, deployment) => `${prefix}-${deployment}`,
    bootstrapStack: (prefix) => `${prefix}-bootstrap`,
    pipeline: (prefix) => `${prefix}-deploy`,
    buildProject: (prefix) => `${prefix}-build`,
    ecrRepository: (prefix, engine) => `${prefix}/${ENGINE_REPOSITORIES[engine]}`,
    /** s3://<ArtifactBucket>/<requestKey> holds the deployment request the build reads. */
    requestKey: (deployment, specHash) => `requests/${deployment}/${specHash}.json`
};
/** Model templates: cloudformation/models/<service>.yaml. */
const modelTemplatePath = (service) => `cloudformation/models/${service}.yaml`;
/** Parameters every model template declares, with the same meaning in each. */
const SHARED_MODEL_PARAMETERS = (/* unused pure expression or super */ null && ([
    'DeploymentName',
    'DeploymentSpec',
    'ModelId',
    'ModelRevision',
    'ServedModelName',
    'Engine',
    'ImageUri',
    'WeightsS3Uri',
    'EngineArgs',
    'InstanceType',
    'MinCapacity',
    'MaxCapacity',
    'ApiKeyMode',
    'ApiKeySecretArn',
    'CertificateArn',
    'VpcId',
    'SubnetIds',
    'PublicEndpoint',
    // The bootstrap's ModelRoleBoundary: every role of a model stack carries it.
    'PermissionsBoundaryArn'
]));
/** Outputs of every model template; service identifiers come on top (MODEL_OUTPUTS). */
const SHARED_MODEL_OUTPUTS = ['BaseUrl', 'ApiKeySecretArn', 'ServedModelName'];
const MODEL_OUTPUTS = {
    sagemaker: [...SHARED_MODEL_OUTPUTS, 'EndpointName'],
    ecs: [...SHARED_MODEL_OUTPUTS, 'LoadBalancerDnsName', 'ClusterName', 'ServiceName'],
    ec2: [...SHARED_MODEL_OUTPUTS, 'LoadBalancerDnsName', 'AutoScalingGroupName']
};


/***/ }),

/***/ 5639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ writeRegionRecord),
/* harmony export */   WA: () => (/* binding */ readRegionRecord),
/* harmony export */   ns: () => (/* binding */ REGION_RECORD_KEY)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3711);
// The record of every region a stack prefix has deployed to, kept in the bootstrap bucket
// (s3://<ArtifactBucket>/state/regions.json) beside the teardown records. A deployment moved to
// another region, or a manifest that stopped naming a region, leaves stacks there; the plan lists
// those regions too, so the old stack is seen (a move is one change, a leftover is an orphan to
// delete) instead of running unseen. Apply adds a region before it deploys there.

const REGION_RECORD_KEY = 'state/regions.json';
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
/** The recorded regions; empty when nothing was recorded yet. Throws on access errors. */
async function readRegionRecord(clients, region, bucket) {
    let text;
    try {
        const got = await clients.s3(region).send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: REGION_RECORD_KEY }));
        text = (await got.Body?.transformToString('utf-8')) ?? '';
    }
    catch (error) {
        const name = error.name;
        if (name === 'NoSuchKey' || name === 'NoSuchBucket' || name === 'NotFound')
            return { regions: [] };
        throw error;
    }
    try {
        const body = JSON.parse(text);
        if (!Array.isArray(body.regions))
            throw new Error('no regions list');
        return { regions: body.regions.filter((r) => typeof r === 'string' && REGION.test(r)) };
    }
    catch (error) {
        return { regions: [], problem: `s3://${bucket}/${REGION_RECORD_KEY} (${region}) is not a readable region record (${error.message}); only the manifest's regions were read` };
    }
}
async function writeRegionRecord(clients, region, bucket, regions, now) {
    const body = { regions: [...new Set(regions)].sort(), updated_at: now.toISOString() };
    await clients.s3(region).send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .PutObjectCommand */ .wKZ({ Bucket: bucket, Key: REGION_RECORD_KEY, Body: JSON.stringify(body, null, 2), ContentType: 'application/json' }));
}


/***/ }),

/***/ 2268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ smokeTest),
/* harmony export */   iZ: () => (/* binding */ readApiKey)
/* harmony export */ });
/* unused harmony exports SMOKE_PROMPT, SMOKE_EMBED_INPUT, keyFromSecretString */
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2994);
/* harmony import */ var openai__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3674);
// One short streamed chat completion against a freshly deployed endpoint, through the official
// client, so "deployed" also means "answers". The key is read from Secrets Manager and masked
// before anything else can print it; it is never returned or kept.


const SMOKE_PROMPT = 'Reply with the single word: ready';
const SMOKE_EMBED_INPUT = 'ready';
/**
 * The one rule for API key secrets, the same on every path (this smoke test, the SageMaker front, the
 * engine entrypoint on ECS and EC2): the secret's value, without surrounding whitespace, is the key.
 * JSON is refused rather than guessed at, because the engines receive the value whole; an empty value
 * is refused because it would leave the endpoint open.
 */
function keyFromSecretString(value) {
    const key = value.trim();
    if (!key)
        throw new Error('the API key secret is empty; store the key itself as plain text');
    if (key.startsWith('{'))
        throw new Error('the API key secret holds JSON; store the key itself as plain text (the whole value is the key)');
    return key;
}
async function readApiKey(clients, region, secretArn, mask, abortSignal) {
    const out = await (await clients.secretsManager(region)).send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .GetSecretValueCommand */ .d2({ SecretId: secretArn }), { abortSignal });
    if (out.SecretString === undefined)
        throw new Error('the secret has no SecretString');
    // Both forms can end up in a log line, so both are masked.
    if (out.SecretString.trim())
        mask(out.SecretString);
    const key = keyFromSecretString(out.SecretString);
    if (key !== out.SecretString)
        mask(key);
    return key;
}
async function smokeTest(req) {
    const clock = req.clock ?? (() => performance.now());
    let apiKey = 'none';
    if (req.apiKeySecretArn) {
        try {
            apiKey = await readApiKey(req.clients, req.region, req.apiKeySecretArn, req.mask, req.signal);
        }
        catch (error) {
            return { ok: false, error: `cannot read the API key from ${req.apiKeySecretArn}: ${error.message}` };
        }
    }
    const client = new openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay({ apiKey, baseURL: req.baseUrl, timeout: req.timeoutMs ?? 60_000, maxRetries: 2, logLevel: 'off' });
    if (req.kind === 'embedding')
        return embedOnce(client, req, apiKey, clock);
    const started = clock();
    let status;
    try {
        const { data: stream, response } = await client.chat.completions
            .create({ model: req.model, messages: [{ role: 'user', content: SMOKE_PROMPT }], max_tokens: 8, temperature: 0, stream: true }, { signal: req.signal ?? undefined })
            .withResponse();
        status = response.status;
        let ttftMs;
        let reply = '';
        for await (const chunk of stream) {
            const text = chunk.choices?.[0]?.delta?.content ?? '';
            if (text && ttftMs === undefined)
                ttftMs = clock() - started;
            reply += text;
        }
        const totalMs = clock() - started;
        if (!reply.trim())
            return { ok: false, status, ttftMs, totalMs, error: 'the stream ended without any content' };
        return { ok: true, status, ttftMs: ttftMs ?? totalMs, totalMs, reply: oneLine(reply, 60) };
    }
    catch (error) {
        const totalMs = clock() - started;
        const apiStatus = error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIError */ .Ay.APIError ? error.status : undefined;
        return { ok: false, status: apiStatus ?? status, totalMs, error: explain(error, apiStatus, apiKey) };
    }
}
/** One embedding of a short input: the answer must hold one non-empty vector of numbers. */
async function embedOnce(client, req, apiKey, clock) {
    const started = clock();
    try {
        const { data, response } = await client.embeddings
            .create({ model: req.model, input: SMOKE_EMBED_INPUT, encoding_format: 'float' }, { signal: req.signal ?? undefined })
            .withResponse();
        const totalMs = clock() - started;
        const vector = data.data?.[0]?.embedding;
        if (!Array.isArray(vector) || vector.length === 0 || !vector.every((v) => typeof v === 'number' && Number.isFinite(v))) {
            return { ok: false, status: response.status, totalMs, error: 'the answer holds no embedding vector' };
        }
        return { ok: true, status: response.status, ttftMs: totalMs, totalMs, reply: `embedding of ${vector.length} dimensions` };
    }
    catch (error) {
        const totalMs = clock() - started;
        const apiStatus = error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIError */ .Ay.APIError ? error.status : undefined;
        return { ok: false, status: apiStatus, totalMs, error: explain(error, apiStatus, apiKey, 'embeddings') };
    }
}
/**
 * The endpoint's own words go into the log, the job summary and the pull request comment, and an
 * endpoint may quote the key it refused ("Incorrect API key provided: sk-\u2026"). The runner masks the
 * key in the log only, and only whole: so it is cut out here, before any text is shortened.
 */
function redact(text, secret) {
    return secret.length >= 8 ? text.split(secret).join('***') : text;
}
function explain(error, status, apiKey, route = 'chat completions') {
    const message = oneLine(redact(error?.message ?? String(error), apiKey), 200);
    if (status === 401 || status === 403)
        return `the endpoint refused the API key (${status}): ${message}`;
    if (status === 404)
        return `no ${route} route or no model by that name (404): ${message}`;
    if (error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIConnectionTimeoutError */ .Ay.APIConnectionTimeoutError)
        return `no answer in time: ${message}`;
    if (error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIConnectionError */ .Ay.APIConnectionError)
        return `cannot connect: ${oneLine(redact(String(error.cause?.message ?? message), apiKey), 200)}`;
    return message;
}
function oneLine(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}


/***/ }),

/***/ 919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ isInProgress),
/* harmony export */   fc: () => (/* binding */ StackEventTail),
/* harmony export */   oJ: () => (/* binding */ isSuccess),
/* harmony export */   qF: () => (/* binding */ formatEvent),
/* harmony export */   wy: () => (/* binding */ firstFailures)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3805);
// Following a CloudFormation operation: new stack events as they come (oldest first, each once),
// terminal statuses, and the events that explain a failure.

/** Events of earlier operations can carry timestamps a little ahead of our clock. */
const CLOCK_SKEW_MS = 5_000;
class StackEventTail {
    cfn;
    stackName;
    since;
    seen = new Set();
    /** Newest event of earlier operations: everything from it on (going back in time) is old. */
    boundary;
    constructor(cfn, stackName, since) {
        this.cfn = cfn;
        this.stackName = stackName;
        this.since = since;
    }
    /** Remembers the newest existing event, so events of earlier operations are never reported. */
    async prime() {
        try {
            const page = await this.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__/* .DescribeStackEventsCommand */ .Ie9({ StackName: this.stackName }));
            this.boundary = page.StackEvents?.[0]?.EventId;
        }
        catch {
            this.boundary = undefined; // no stack yet: every event is new
        }
    }
    /** Events not reported before, oldest first. Stops paging at the first old event. */
    async poll() {
        const fresh = [];
        let token;
        const cutoff = this.since.getTime() - CLOCK_SKEW_MS;
        pages: do {
            const page = await this.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__/* .DescribeStackEventsCommand */ .Ie9({ StackName: this.stackName, NextToken: token }));
            for (const e of page.StackEvents ?? []) {
                const id = e.EventId ?? `${e.LogicalResourceId}:${e.ResourceStatus}:${e.Timestamp?.toISOString()}`;
                if (id === this.boundary || this.seen.has(id))
                    break pages;
                if (e.Timestamp && e.Timestamp.getTime() < cutoff)
                    break pages;
                fresh.push(e);
            }
            token = page.NextToken;
        } while (token);
        for (const e of fresh)
            this.seen.add(e.EventId ?? `${e.LogicalResourceId}:${e.ResourceStatus}:${e.Timestamp?.toISOString()}`);
        return fresh.reverse();
    }
}
function isInProgress(status) {
    return !!status && status.endsWith('_IN_PROGRESS');
}
function isSuccess(status) {
    return status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE';
}
function formatEvent(e) {
    const time = e.Timestamp ? e.Timestamp.toISOString().slice(11, 19) : '--:--:--';
    const reason = e.ResourceStatusReason ? ` ${e.ResourceStatusReason}` : '';
    return `${time} ${e.ResourceStatus ?? ''} ${e.ResourceType ?? ''} ${e.LogicalResourceId ?? ''}${reason}`;
}
const CANCELLED = /cancelled|canceled/i;
/**
 * The events that explain a failed operation, earliest first: failed resources whose reason is
 * not merely "Resource creation cancelled" (that follows the real cause). At most `limit`.
 */
function firstFailures(events, limit = 3) {
    const failed = events.filter((e) => e.ResourceStatus?.endsWith('_FAILED'));
    const causes = failed.filter((e) => !CANCELLED.test(e.ResourceStatusReason ?? ''));
    return (causes.length > 0 ? causes : failed).slice(0, limit).map((e) => ({
        logicalId: e.LogicalResourceId ?? '',
        resourceType: e.ResourceType ?? '',
        status: e.ResourceStatus ?? '',
        reason: e.ResourceStatusReason ?? '',
        timestamp: e.Timestamp
    }));
}


/***/ }),

/***/ 5516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ describeStack),
/* harmony export */   Wz: () => (/* binding */ deleteStackAndWait),
/* harmony export */   nO: () => (/* binding */ Backoff),
/* harmony export */   qb: () => (/* binding */ DEFAULT_POLL),
/* harmony export */   uI: () => (/* binding */ waitWhileBusy),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3805);
/* harmony import */ var _stacks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3596);
/* harmony import */ var _stack_events_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(919);
/* harmony import */ var _core_live_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8045);
// Stack operations apply needs besides the pipeline: read one stack, wait while another operation
// holds it, delete it and wait. Waiting is a poll that backs off while nothing changes and starts
// over when something does, on an injected clock and sleep: the SDK's waiters sleep in real time,
// which neither the tests' fake clock nor a cancelled run can interrupt.




/** Resolves after `ms`, or at once when `signal` aborts (callers check the signal themselves). */
const realSleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
});
const DEFAULT_POLL = { initialMs: 5_000, maxMs: 30_000, factor: 1.5 };
class Backoff {
    clock;
    delay;
    constructor(clock) {
        this.clock = clock;
        this.delay = clock.poll.initialMs;
    }
    /** Something changed: look again soon. */
    reset() {
        this.delay = this.clock.poll.initialMs;
    }
    async wait() {
        const { now, sleep, deadline, signal, poll } = this.clock;
        if (signal?.aborted)
            return 'aborted';
        const left = deadline - now();
        if (left <= 0)
            return 'timeout';
        await sleep(Math.min(this.delay, left), signal);
        this.delay = Math.min(poll.maxMs, Math.max(1, Math.round(this.delay * poll.factor)));
        if (signal?.aborted)
            return 'aborted';
        return 'ok';
    }
}
function isMissing(error) {
    return error?.name === 'ValidationError' && /does not exist/.test(error.message ?? '');
}
/** One stack by name or id; undefined when CloudFormation knows none (a name of a deleted stack). */
async function describeStack(clients, region, nameOrId, abortSignal) {
    try {
        const out = await clients.cloudFormation(region).send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__/* .DescribeStacksCommand */ .Y47({ StackName: nameOrId }), { abortSignal });
        const stack = out.Stacks?.[0];
        return stack ? (0,_stacks_js__WEBPACK_IMPORTED_MODULE_0__.toLiveStack)(stack, region) : undefined;
    }
    catch (error) {
        if (isMissing(error))
            return undefined;
        throw error;
    }
}
/** Polls until `done(stack)` (undefined: the stack is gone) or the deadline or an abort. */
async function watchStack(w, done, tail) {
    const backoff = new Backoff(w.clock);
    const events = [];
    let last;
    for (;;) {
        const stack = await describeStack(w.clients, w.region, w.stack, w.clock.signal);
        const status = stack?.status ?? 'DELETE_COMPLETE';
        if (tail && stack) {
            const fresh = await tail.poll().catch(() => []);
            for (const e of fresh)
                w.onEvent?.(e);
            events.push(...fresh);
            if (fresh.length)
                backoff.reset();
        }
        if (status !== last) {
            w.onStatus?.(status, stack?.statusReason);
            if (last !== undefined)
                backoff.reset();
            last = status;
        }
        if (done(stack))
            return { end: 'ok', stack, events };
        const end = await backoff.wait();
        if (end !== 'ok')
            return { end, stack, events };
    }
}
/** Waits while another operation holds the stack (any *_IN_PROGRESS status). */
async function waitWhileBusy(w) {
    const tail = new _stack_events_js__WEBPACK_IMPORTED_MODULE_3__/* .StackEventTail */ .fc(w.clients.cloudFormation(w.region), w.stack, new Date(w.clock.now()));
    return watchStack(w, (s) => !s || !(0,_core_live_js__WEBPACK_IMPORTED_MODULE_1__/* .isBusy */ .A5)(s.status), tail);
}
/**
 * DeleteStack, then wait for DELETE_COMPLETE or DELETE_FAILED. With `roleArn` (the bootstrap's
 * DeployRoleArn) CloudFormation deletes with the role that created the resources, so the caller
 * needs no permissions on them.
 */
async function deleteStackAndWait(w) {
    const tail = new _stack_events_js__WEBPACK_IMPORTED_MODULE_3__/* .StackEventTail */ .fc(w.clients.cloudFormation(w.region), w.stack, new Date(w.clock.now()));
    await tail.prime();
    await w.clients.cloudFormation(w.region).send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__/* .DeleteStackCommand */ .fAr({ StackName: w.stack, RoleARN: w.roleArn }), { abortSignal: w.clock.signal });
    const result = await watchStack(w, (s) => !s || s.status === 'DELETE_COMPLETE' || s.status === 'DELETE_FAILED', tail);
    return { ...result, failures: result.stack?.status === 'DELETE_FAILED' ? (0,_stack_events_js__WEBPACK_IMPORTED_MODULE_3__/* .firstFailures */ .wy)(result.events) : [] };
}


/***/ }),

/***/ 3596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listStacks: () => (/* binding */ listStacks),
/* harmony export */   toLiveStack: () => (/* binding */ toLiveStack)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3805);
/* harmony import */ var _tombstones_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4657);
/* harmony import */ var _region_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5639);
// Live state for the plan: one paginated DescribeStacks per region (all stacks, tags, parameters
// and outputs in each page), never a call per deployment, so reads grow with pages, not entries.



async function listStacks(clients, regions, options = {}) {
    let sorted = [...new Set(regions)].sort();
    let stacks;
    let recordedRegions = [];
    const warnings = [];
    try {
        const perRegion = await Promise.all(sorted.map((region) => listRegion(clients, region)));
        stacks = perRegion.flat();
        // Regions deployed to before and no longer named: one read of the record, then their listings.
        const home = options.homeRegion && sorted.includes(options.homeRegion) ? options.homeRegion : undefined;
        const bucket = home && options.stackPrefix ? (0,_tombstones_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactBuckets */ .KX)(stacks, options.stackPrefix).get(home)?.[0] : undefined;
        if (home && bucket) {
            const record = await (0,_region_record_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegionRecord */ .WA)(clients, home, bucket).catch((error) => ({
                regions: [],
                problem: `the record of regions deployed to (s3://${bucket}/${_region_record_js__WEBPACK_IMPORTED_MODULE_1__/* .REGION_RECORD_KEY */ .ns}) could not be read: ${error.message}; stacks in regions the manifest no longer names are not shown`
            }));
            if (record.problem)
                warnings.push(record.problem);
            recordedRegions = record.regions.filter((r) => !sorted.includes(r)).sort();
            if (recordedRegions.length) {
                stacks.push(...(await Promise.all(recordedRegions.map((region) => listRegion(clients, region)))).flat());
                sorted = [...sorted, ...recordedRegions].sort();
            }
        }
    }
    catch (error) {
        return { known: false, reason: explain(error), regions: sorted, ...(isCredentialError(error) ? { noCredentials: true } : {}) };
    }
    const extra = { ...(recordedRegions.length ? { recordedRegions } : {}), ...(warnings.length ? { warnings } : {}) };
    if (options.tombstones === false)
        return { known: true, stacks, regions: sorted, ...extra };
    // The bootstrap stack is in the listing already, so finding the bucket costs no call.
    const tombstones = await (0,_tombstones_js__WEBPACK_IMPORTED_MODULE_0__/* .readTombstones */ .Bm)(clients, stacks, sorted, options.stackPrefix, options.recordsFor);
    return { known: true, stacks, regions: sorted, tombstones, ...extra };
}
async function listRegion(clients, region) {
    const stacks = [];
    try {
        for await (const page of (0,_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__/* .paginateDescribeStacks */ .GAO)({ client: clients.cloudFormation(region) }, {})) {
            for (const s of page.Stacks ?? [])
                stacks.push(toLiveStack(s, region));
        }
    }
    catch (error) {
        throw new RegionError(region, error);
    }
    return stacks;
}
function toLiveStack(s, region) {
    const pairs = (items, key, value) => Object.fromEntries((items ?? []).map((i) => [key(i) ?? '', value(i) ?? '']).filter(([k]) => k !== ''));
    return {
        stackName: s.StackName ?? '',
        stackId: s.StackId ?? '',
        region,
        status: s.StackStatus ?? 'UNKNOWN',
        statusReason: s.StackStatusReason,
        tags: pairs(s.Tags, (t) => t.Key, (t) => t.Value),
        parameters: pairs(s.Parameters, (p) => p.ParameterKey, (p) => p.ResolvedValue ?? p.ParameterValue),
        outputs: pairs(s.Outputs, (o) => o.OutputKey, (o) => o.OutputValue),
        createdAt: s.CreationTime,
        updatedAt: s.LastUpdatedTime
    };
}
class RegionError extends Error {
    region;
    cause;
    constructor(region, cause) {
        super(`${region}: ${cause?.message ?? String(cause)}`);
        this.region = region;
        this.cause = cause;
    }
}
function isCredentialError(error) {
    const cause = error instanceof RegionError ? error.cause : error;
    return cause?.name === 'CredentialsProviderError' || /credential/i.test(cause?.message ?? String(cause));
}
/** Plain words for why live state could not be read; the plan shows this instead of guessing. */
function explain(error) {
    const region = error instanceof RegionError ? error.region : undefined;
    const cause = error instanceof RegionError ? error.cause : error;
    const name = cause?.name ?? '';
    const message = cause?.message ?? String(cause);
    if (isCredentialError(error)) {
        return 'no AWS credentials in this run (a pull request from a fork, or no role configured), so deployed stacks could not be read';
    }
    if (name === 'AccessDenied' || name === 'AccessDeniedException' || /not authorized/i.test(message)) {
        return `the AWS role may not call cloudformation:DescribeStacks${region ? ` in ${region}` : ''} (${message})`;
    }
    return `listing stacks${region ? ` in ${region}` : ''} failed: ${message}`;
}


/***/ }),

/***/ 4657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ readTombstones),
/* harmony export */   KX: () => (/* binding */ artifactBuckets),
/* harmony export */   z: () => (/* binding */ writeTombstone)
/* harmony export */ });
/* unused harmony export explain */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _core_live_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8045);
/* harmony import */ var _pipeline_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1130);
// Teardown records in the bootstrap bucket (s3://<ArtifactBucket>/state/tombstones/<stack>.json).
// The listing is one paginated ListObjectsV2 per region; a body is fetched only for a record whose
// stack is gone, because a live stack always wins over its record and so its body cannot matter.
// Those are the deployments teardown removed and nothing re-created: a number that grows with what
// is down, never with the manifest.



const BODY_READS_IN_PARALLEL = 8;
/**
 * The artifact bucket of each region, from bootstrap stacks in a listing the caller already has.
 * Without a prefix every `*-bootstrap` stack with an ArtifactBucket output counts: record keys
 * carry the full stack name, so records of another prefix never match a deployment of this one.
 */
function artifactBuckets(stacks, stackPrefix) {
    const byRegion = new Map();
    for (const s of stacks) {
        const isBootstrap = stackPrefix ? s.stackName === _pipeline_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .names */ .Dy.bootstrapStack(stackPrefix) : s.stackName.endsWith('-bootstrap');
        const bucket = s.outputs.ArtifactBucket;
        if (!isBootstrap || !bucket)
            continue;
        byRegion.set(s.region, [...new Set([...(byRegion.get(s.region) ?? []), bucket])]);
    }
    return byRegion;
}
/**
 * `only`: the stack names whose records matter (the plan passes its manifest's), so the bodies
 * read are bounded by the manifest, never by the history of everything ever torn down.
 */
async function readTombstones(clients, stacks, regions, stackPrefix, only) {
    const buckets = artifactBuckets(stacks, stackPrefix);
    const live = new Set(stacks.map((s) => `${s.region}\u0000${s.stackName}`));
    const warnings = [];
    try {
        const perRegion = await Promise.all(regions.flatMap((region) => (buckets.get(region) ?? []).map((bucket) => readBucket(clients, region, bucket, (name) => !live.has(`${region}\u0000${name}`) && (!only || only.has(name)), warnings))));
        return { known: true, items: perRegion.flat(), ...(warnings.length ? { warnings: warnings.sort() } : {}) };
    }
    catch (error) {
        return { known: false, reason: explain(error) };
    }
}
async function readBucket(clients, region, bucket, wanted, warnings) {
    const s3 = clients.s3(region);
    const keys = [];
    try {
        for await (const page of (0,_aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .paginateListObjectsV2 */ .OqA)({ client: s3 }, { Bucket: bucket, Prefix: _core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .TOMBSTONE_PREFIX */ .te })) {
            for (const o of page.Contents ?? []) {
                const key = o.Key ?? '';
                const stackName = key.slice(_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .TOMBSTONE_PREFIX */ .te.length).replace(/\.json$/, '');
                if (!key.endsWith('.json') || stackName.includes('/') || !stackName)
                    continue;
                if (wanted(stackName))
                    keys.push({ key, stackName });
            }
        }
    }
    catch (error) {
        // A bucket deleted behind the bootstrap stack's back holds no records.
        if (error.name === 'NoSuchBucket')
            return [];
        throw new BucketError(region, bucket, 'list', error);
    }
    const out = [];
    let next = 0;
    const worker = async () => {
        while (next < keys.length) {
            const { key, stackName } = keys[next++];
            let text;
            try {
                const got = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
                text = (await got.Body?.transformToString('utf-8')) ?? '';
            }
            catch (error) {
                // Deleted between the listing and the read: nothing recorded any more.
                if (error.name === 'NoSuchKey')
                    continue;
                throw new BucketError(region, bucket, 'read', error);
            }
            const parsed = (0,_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTombstone */ .f2)(stackName, region, text);
            // One bad record must not turn off ttl and schedule handling for the whole fleet: that
            // deployment is planned as if nothing were recorded, and the warning says which file to fix.
            if (!parsed)
                warnings.push(`s3://${bucket}/${key} (${region}) is not a readable teardown record and was skipped: ${stackName} is planned as if nothing were recorded; fix or delete that object`);
            else
                out.push(parsed);
        }
    };
    await Promise.all(Array.from({ length: Math.min(BODY_READS_IN_PARALLEL, keys.length) }, worker));
    return out.sort((a, b) => a.stackName.localeCompare(b.stackName));
}
async function writeTombstone(clients, bucket, tombstone) {
    await clients.s3(tombstone.region).send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .PutObjectCommand */ .wKZ({
        Bucket: bucket,
        Key: (0,_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .tombstoneKey */ .Z7)(tombstone.stackName),
        Body: JSON.stringify((0,_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .tombstoneBody */ .mq)(tombstone), null, 2),
        ContentType: 'application/json'
    }));
}
class BucketError extends Error {
    region;
    bucket;
    op;
    cause;
    constructor(region, bucket, op, cause) {
        super(`${region}: ${cause?.message ?? String(cause)}`);
        this.region = region;
        this.bucket = bucket;
        this.op = op;
        this.cause = cause;
    }
}
/** Plain words, naming the permission the role lacks where that is the cause. */
function explain(error) {
    const where = error instanceof BucketError ? ` in ${error.region} (s3://${error.bucket}/${_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .TOMBSTONE_PREFIX */ .te})` : '';
    const cause = error instanceof BucketError ? error.cause : error;
    const name = cause?.name ?? '';
    const message = cause?.message ?? String(cause);
    if (name === 'AccessDenied' || name === 'Forbidden' || cause?.$metadata?.httpStatusCode === 403) {
        const action = error instanceof BucketError && error.op === 'read' ? 's3:GetObject' : 's3:ListBucket';
        return `teardown records could not be read${where}: the AWS role may not call ${action} there (${message || name})`;
    }
    return `teardown records could not be read${where}: ${message || name}`;
}


/***/ }),

/***/ 3129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ runApply)
});

// UNUSED EXPORTS: explainError

// EXTERNAL MODULE: ./src/aws/stacks.ts
var stacks = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/aws/tombstones.ts
var tombstones = __webpack_require__(4657);
// EXTERNAL MODULE: ./src/aws/region-record.ts
var region_record = __webpack_require__(5639);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-cjs/index.js
var dist_cjs = __webpack_require__(8232);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/aws/pipeline-contract.ts
var pipeline_contract = __webpack_require__(1130);
;// CONCATENATED MODULE: ./src/aws/pipeline.ts
// The action's side of the pipeline contract (pipeline-contract.ts): find the bootstrap of a
// region, write the deployment request, start an execution idempotently, read where it is, stop it.
// Console links are built here too, so every report points at the same places.






class BootstrapMissingError extends Error {
    region;
    constructor(region, detail) {
        super(`${detail}: run mode: bootstrap in ${region} first`);
        this.region = region;
        this.name = 'BootstrapMissingError';
    }
}
const REQUIRED_OUTPUTS = ['ArtifactBucket', 'PipelineName', 'BuildProjectName', 'DeployRoleArn'];
/** The bootstrap of a region from its stack, as listed; throws BootstrapMissingError when unusable. */
function bootstrapFromStack(stack, region, prefix) {
    const stackName = pipeline_contract/* names */.Dy.bootstrapStack(prefix);
    if (!stack)
        throw new BootstrapMissingError(region, `there is no ${stackName} stack in ${region}`);
    // An update of the bootstrap keeps its outputs; a create that never finished has none to use.
    if (stack.status !== 'CREATE_COMPLETE' && !stack.status.startsWith('UPDATE_')) {
        throw new BootstrapMissingError(region, `the ${stackName} stack in ${region} is ${stack.status}`);
    }
    const missing = REQUIRED_OUTPUTS.filter((k) => !stack.outputs[k]);
    if (missing.length)
        throw new BootstrapMissingError(region, `the ${stackName} stack in ${region} has no ${missing.join(', ')} output`);
    return {
        region,
        stackName,
        accountId: /^arn:[^:]+:cloudformation:[^:]+:(\d{12}):/.exec(stack.stackId)?.[1],
        artifactBucket: stack.outputs.ArtifactBucket,
        pipelineName: stack.outputs.PipelineName,
        buildProjectName: stack.outputs.BuildProjectName,
        ecrRepositoryPrefix: stack.outputs.EcrRepositoryPrefix ?? '',
        deployRoleArn: stack.outputs.DeployRoleArn
    };
}
/** One DescribeStacks by name, for callers that have no listing of the region at hand. */
async function readBootstrap(clients, region, prefix) {
    const stackName = pipeline_contract/* names */.Dy.bootstrapStack(prefix);
    try {
        const out = await clients.cloudFormation(region).send(new client_cloudformation_dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stackName }));
        const stack = out.Stacks?.[0];
        return bootstrapFromStack(stack ? (0,stacks.toLiveStack)(stack, region) : undefined, region, prefix);
    }
    catch (error) {
        if (error instanceof BootstrapMissingError)
            throw error;
        if (error.name === 'ValidationError' && /does not exist/.test(error.message)) {
            throw new BootstrapMissingError(region, `there is no ${stackName} stack in ${region}`);
        }
        throw error;
    }
}
/**
 * The execution's idempotency token: the same commit, deployment and spec give the same token, so
 * a re-run attaches to the execution an earlier attempt started instead of starting a second one.
 * `round` moves on only when that execution has already ended (see startExecution).
 */
function requestToken(commit, deployment, specHash, round = 1) {
    const readable = deployment.replace(/[^a-zA-Z0-9-]/g, '-').slice(0, 40);
    // Sanitising can merge names (a.b and a-b); the digest keeps their tokens apart.
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${commit}\n${deployment}\n${specHash}`).digest('hex').slice(0, 16);
    const sha = (commit.replace(/[^a-zA-Z0-9]/g, '') || 'nocommit').slice(0, 12);
    return `emd-${readable}-${sha}-${digest}-r${round}`;
}
async function putDeploymentRequest(clients, bootstrap, request, deployment) {
    const key = pipeline_contract/* names */.Dy.requestKey(deployment, request.spec_hash);
    await clients.s3(bootstrap.region).send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({
        Bucket: bootstrap.artifactBucket,
        Key: key,
        Body: JSON.stringify(request, null, 2),
        ContentType: 'application/json'
    }));
    return key;
}
function checkVariables(variables) {
    for (const name of pipeline_contract/* PIPELINE_VARIABLES */.zf) {
        const value = variables[name];
        if (!value || value.length > pipeline_contract/* MAX_PIPELINE_VARIABLE_LENGTH */.KP) {
            throw new Error(`pipeline variable ${name} must be 1 to ${pipeline_contract/* MAX_PIPELINE_VARIABLE_LENGTH */.KP} characters (got ${value?.length ?? 0})`);
        }
    }
}
async function startExecution(clients, bootstrap, variables, token, abortSignal) {
    checkVariables(variables);
    const out = await (await clients.codePipeline(bootstrap.region)).send(new dist_cjs/* StartPipelineExecutionCommand */.QqH({
        name: bootstrap.pipelineName,
        clientRequestToken: token,
        variables: pipeline_contract/* PIPELINE_VARIABLES */.zf.map((name) => ({ name, value: variables[name] }))
    }), { abortSignal });
    if (!out.pipelineExecutionId)
        throw new Error('StartPipelineExecution returned no pipelineExecutionId');
    return out.pipelineExecutionId;
}
const ENDED = new Set(['Succeeded', 'Failed', 'Stopped', 'Cancelled', 'Superseded']);
/** GetPipelineExecution plus this execution's actions (ListActionExecutions filtered by id). */
async function readExecution(clients, bootstrap, executionId, abortSignal) {
    const cp = await clients.codePipeline(bootstrap.region);
    const got = await cp.send(new dist_cjs/* GetPipelineExecutionCommand */.qZw({ pipelineName: bootstrap.pipelineName, pipelineExecutionId: executionId }), { abortSignal });
    const details = [];
    let nextToken;
    do {
        const page = await cp.send(new dist_cjs/* ListActionExecutionsCommand */.X$i({ pipelineName: bootstrap.pipelineName, filter: { pipelineExecutionId: executionId }, nextToken }), { abortSignal });
        details.push(...(page.actionExecutionDetails ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    const actions = details
        .map((d) => ({
        stage: d.stageName ?? '',
        action: d.actionName ?? '',
        status: d.status ?? 'Unknown',
        startTime: d.startTime,
        lastUpdateTime: d.lastUpdateTime,
        summary: d.output?.executionResult?.externalExecutionSummary,
        error: d.output?.executionResult?.errorDetails,
        externalExecutionId: d.output?.executionResult?.externalExecutionId,
        externalExecutionUrl: d.output?.executionResult?.externalExecutionUrl,
        provider: d.input?.actionTypeId?.provider
    }))
        .sort((a, b) => (a.startTime?.getTime() ?? 0) - (b.startTime?.getTime() ?? 0));
    return { id: executionId, status: got.pipelineExecution?.status ?? 'Unknown', statusSummary: got.pipelineExecution?.statusSummary, actions };
}
/**
 * Stop-and-wait (abandon: false): the running action finishes and no later stage starts. Abandoning
 * would not stop the CodeBuild build or the CloudFormation operation underneath, only stop
 * watching them, which leaves a stack changing with nothing reporting on it.
 */
async function stopExecution(clients, bootstrap, executionId, reason) {
    await (await clients.codePipeline(bootstrap.region)).send(new dist_cjs/* StopPipelineExecutionCommand */.krr({ pipelineName: bootstrap.pipelineName, pipelineExecutionId: executionId, abandon: false, reason: reason.slice(0, 200) }));
}
// ---- console links ---------------------------------------------------------------------------
function consoleOrigin(region) {
    if (region.startsWith('cn-'))
        return `https://${region}.console.amazonaws.cn`;
    if (region.startsWith('us-gov-'))
        return `https://${region}.console.amazonaws-us-gov.com`;
    return `https://${region}.console.aws.amazon.com`;
}
function executionUrl(region, pipelineName, executionId) {
    return `${consoleOrigin(region)}/codesuite/codepipeline/pipelines/${encodeURIComponent(pipelineName)}/executions/${encodeURIComponent(executionId)}/timeline?region=${region}`;
}
/** The log page of a CodeBuild build, from the Build action's externalExecutionId (`project:uuid`). */
function buildLogUrl(region, buildId, fallback, accountId) {
    if (!buildId || !buildId.includes(':'))
        return fallback;
    const project = buildId.slice(0, buildId.indexOf(':'));
    const account = accountId ? `${accountId}/` : '';
    return `${consoleOrigin(region)}/codesuite/codebuild/${account}projects/${encodeURIComponent(project)}/build/${encodeURIComponent(buildId)}/log?region=${region}`;
}
function stackEventsUrl(region, stackId) {
    return `${consoleOrigin(region)}/cloudformation/home?region=${region}#/stacks/events?stackId=${encodeURIComponent(stackId)}`;
}

// EXTERNAL MODULE: ./src/aws/stack-ops.ts
var stack_ops = __webpack_require__(5516);
// EXTERNAL MODULE: ./src/aws/stack-events.ts
var stack_events = __webpack_require__(919);
// EXTERNAL MODULE: ./src/aws/smoke.ts
var smoke = __webpack_require__(2268);
// EXTERNAL MODULE: ./src/core/live.ts
var core_live = __webpack_require__(8045);
// EXTERNAL MODULE: ./src/core/plan.ts + 4 modules
var plan = __webpack_require__(8371);
// EXTERNAL MODULE: ./src/core/spec-hash.ts
var spec_hash = __webpack_require__(2829);
// EXTERNAL MODULE: ./src/core/launch.ts
var launch = __webpack_require__(7808);
// EXTERNAL MODULE: ./src/core/catalog/models.ts
var models = __webpack_require__(5641);
;// CONCATENATED MODULE: ./src/modes/apply.ts













/** A deployment ended early; carries its result and whatever is known about why. */
class Ended extends Error {
    result;
    fields;
    constructor(result, fields) {
        super(fields.reason);
        this.result = result;
        this.fields = fields;
    }
}
const MAX_TOKEN_ROUNDS = 5;
/** Consecutive failed status reads (after the SDK's own retries) before a deployment gives up watching. */
const MAX_READ_FAILURES = 3;
async function runApply(req) {
    return new ApplyRun(req).run();
}
class ApplyRun {
    req;
    now;
    clock;
    mask;
    /** Each deployment's own log, shown again as one group once everything is done. */
    transcripts = new Map();
    bootstraps = new Map();
    listing;
    constructor(req) {
        this.req = req;
        this.now = req.now ?? Date.now;
        const sleep = req.sleep ?? stack_ops/* realSleep */.uk;
        this.clock = { now: this.now, sleep, deadline: this.now() + req.timeoutMs, signal: req.signal, poll: { ...stack_ops/* DEFAULT_POLL */.qb, ...req.poll } };
        this.mask = req.mask ?? (() => undefined);
    }
    get log() {
        return this.req.log;
    }
    async run() {
        const startedAt = this.now();
        const { plan } = this.req;
        if (!plan.live.known) {
            const reason = `live state unknown (${plan.live.reason}); apply acts only on a plan made from live state`;
            this.log.error(`Nothing applied: ${reason}`);
            const deployments = plan.entries.map((e) => ({ ...this.base(e), result: 'skipped', reason }));
            return { deployments, ok: false, cancelled: false, startedAt, finishedAt: this.now() };
        }
        const outcomes = plan.entries.map((e) => this.triage(e));
        const work = plan.entries.map((_, i) => i).filter((i) => outcomes[i] === undefined);
        this.log.info(this.headline(outcomes, work.length));
        if (work.length)
            await this.recordRegions(work.map((i) => plan.entries[i]));
        if (work.length) {
            const limit = Math.max(1, Math.min(this.req.maxParallel, work.length));
            await this.log.group(`Applying ${work.length} change${work.length === 1 ? '' : 's'}, ${limit} at a time`, () => pool(work, limit, async (i) => {
                outcomes[i] = await this.runOne(plan.entries[i]);
            }));
        }
        const deployments = outcomes;
        await this.fillUnchanged(deployments);
        for (const [i, entry] of plan.entries.entries()) {
            const lines = this.transcripts.get(entry);
            if (!lines)
                continue;
            const o = deployments[i];
            await this.log.group(`${o.name}: ${o.result}${o.stage && o.result !== 'succeeded' ? ` in ${o.stage}` : ''}`, async () => {
                for (const line of lines)
                    this.log.info(line);
            });
        }
        this.report(deployments);
        const cancelled = this.req.signal?.aborted === true;
        const ok = !cancelled && deployments.every((d) => d.result === 'succeeded' || d.result === 'skipped');
        return { deployments, ok, cancelled, startedAt, finishedAt: this.now() };
    }
    // ---- what to do with each entry ---------------------------------------------------------------
    base(entry) {
        const spec = entry.desired ?? entry.deployed;
        const kind = spec && (0,models/* findModel */.P)(spec.model)?.kind === 'embedding' ? 'embedding' : undefined;
        return { name: entry.name, action: entry.action, result: 'skipped', region: entry.region, stackName: entry.stackName, notes: [], ...(kind ? { kind } : {}) };
    }
    /** An outcome for entries apply does not act on; undefined for the ones it does. */
    triage(entry) {
        const o = this.base(entry);
        switch (entry.action) {
            case 'unchanged':
                // Nothing to apply, but a stack stuck in a failed state is worth a warning and its fix.
                if (entry.blocked?.kind === 'failed') {
                    return { ...o, reason: `unchanged, but ${entry.blocked.reason}`, fix: entry.blocked.fix, hourlyCost: entry.liveCost?.hourlyMin ?? null, hourlyCostMax: entry.liveCost?.hourlyMax ?? null };
                }
                // Running cost counts only what runs: a dormant or expired deployment has no stack.
                if (!entry.live || entry.live.status === 'ROLLBACK_COMPLETE')
                    return { ...o, reason: 'unchanged', hourlyCost: 0, hourlyCostMax: 0 };
                return { ...o, reason: 'unchanged', hourlyCost: entry.cost?.hourlyMin ?? null, hourlyCostMax: entry.cost?.hourlyMax ?? null };
            case 'unknown':
                return { ...o, reason: 'live state unknown' };
        }
        switch (entry.blocked?.kind) {
            case 'destroy-not-allowed':
            case 'protected':
                return { ...o, reason: entry.blocked.reason, hourlyCost: entry.liveCost?.hourlyMin ?? null, hourlyCostMax: entry.liveCost?.hourlyMax ?? null };
            case 'not-ours':
                // Never deploy over a stack this manifest does not own: CloudFormation would update it by name.
                return { ...o, result: 'failed', stage: 'stack ownership', reason: `refused: ${entry.blocked.reason}`, fix: entry.blocked.fix };
            case 'failed':
                return {
                    ...o,
                    result: 'failed',
                    stage: 'stack state',
                    reason: `${entry.blocked.reason}; it needs a person before apply can change it`,
                    fix: entry.blocked.fix,
                    hourlyCost: entry.liveCost?.hourlyMin ?? null
                };
        }
        return undefined;
    }
    headline(outcomes, work) {
        const count = (pred) => outcomes.filter((o) => o && pred(o)).length;
        const parts = [`${work} to apply`, `${count((o) => o.action === 'unchanged')} unchanged`];
        const held = count((o) => o.result === 'skipped' && o.action !== 'unchanged');
        if (held)
            parts.push(`${held} held back`);
        const stuck = count((o) => o.result === 'failed');
        if (stuck)
            parts.push(`${stuck} blocked by a failed stack`);
        return `Apply ${this.req.manifestPath} at ${this.req.commit.slice(0, 12) || 'unknown commit'}: ${parts.join(', ')}`;
    }
    async runOne(entry) {
        const o = this.base(entry);
        const started = this.now();
        this.transcripts.set(entry, []);
        try {
            if (this.req.signal?.aborted)
                throw new Ended('cancelled', { reason: 'not started: the run was cancelled first' });
            if (this.now() >= this.clock.deadline)
                throw new Ended('timed-out', { reason: `not started: timeout-minutes (${minutes(this.req.timeoutMs)}) ran out first` });
            this.say(entry, `${entry.action} in ${entry.region}${entry.live && entry.live.region !== entry.region ? ` (from ${entry.live.region})` : ''}`);
            if (entry.action === 'delete')
                await this.deleteEntry(entry, o);
            else if (entry.action === 'create' && entry.lifecycle?.state === 'dormant')
                await this.recordDormant(entry, o);
            else
                await this.deployEntry(entry, o);
            o.result = 'succeeded';
        }
        catch (error) {
            if (error instanceof Ended) {
                Object.assign(o, error.fields);
                o.result = error.result;
            }
            else if (this.req.signal?.aborted) {
                o.result = 'cancelled';
                o.reason ??= 'the run was cancelled';
            }
            else {
                o.result = 'failed';
                o.reason = explainError(error);
            }
            this.say(entry, `${o.result}${o.stage ? ` in ${o.stage}` : ''}: ${o.reason}`);
        }
        o.durationMs = this.now() - started;
        this.cost(entry, o);
        return o;
    }
    cost(entry, o) {
        // A failed smoke test still leaves the new version deployed and billing.
        if (o.result === 'succeeded' && entry.lifecycle?.state === 'dormant') {
            o.hourlyCost = 0;
            o.hourlyCostMax = 0;
        }
        else if (o.result === 'succeeded' || o.stage === 'smoke test') {
            const after = entry.action === 'delete' ? undefined : entry.cost;
            o.hourlyCost = entry.action === 'delete' ? 0 : (after?.hourlyMin ?? null);
            o.hourlyCostMax = entry.action === 'delete' ? 0 : (after?.hourlyMax ?? null);
        }
        else if (o.result === 'failed' && entry.action === 'update') {
            // A failed update rolls back: the previous version keeps running.
            o.hourlyCost = entry.liveCost?.hourlyMin ?? null;
            o.hourlyCostMax = entry.liveCost?.hourlyMax ?? null;
        }
        else if (o.result === 'failed' && entry.action === 'create') {
            // A failed create rolls back every resource (ROLLBACK_COMPLETE holds nothing that bills).
            o.hourlyCost = 0;
            o.hourlyCostMax = 0;
        }
    }
    say(entry, line) {
        this.log.info(`${entry.name}: ${line}`);
        this.transcripts.get(entry)?.push(line);
    }
    // ---- create, update, replace ------------------------------------------------------------------
    async deployEntry(entry, o) {
        const spec = entry.desired;
        if (!spec)
            throw new Ended('failed', { stage: 'plan', reason: 'the plan entry has no desired spec' });
        let live = entry.live;
        const moving = live !== undefined && live.region !== entry.region;
        if (live && (entry.blocked?.kind === 'busy' || (0,core_live/* isBusy */.A5)(live.status))) {
            const stack = await this.waitBusy(entry, live);
            if (!stack)
                live = undefined;
            else {
                live = { ...live, status: stack.status };
                if ((0,core_live/* needsHuman */.tv)(stack.status)) {
                    throw new Ended('failed', { stage: 'stack state', reason: `after waiting, the stack is ${stack.status}${stack.statusReason ? `: ${stack.statusReason}` : ''}`, fix: (0,core_live/* fixFor */.jc)(stack) });
                }
                if (!moving && alreadyDeployed(stack, spec)) {
                    this.say(entry, 'the stack finished with exactly this spec (deployed by another run); nothing to start');
                    o.notes.push('already deployed by another run while this one waited');
                    this.takeOutputs(o, stack);
                    await this.smoke(entry, o);
                    return;
                }
            }
        }
        if (live && !moving) {
            if ((0,core_live/* holdsNothing */.aZ)(live.status)) {
                const why = live.status === 'ROLLBACK_COMPLETE' ? 'by a failed create' : 'by a change set that was never executed';
                this.say(entry, `the stack was left in ${live.status} ${why}; deleting it to create it again`);
                o.notes.push(`deleted the empty stack left in ${live.status} ${why}, then created it`);
                await this.deleteStack(entry, live, 'delete before re-create');
            }
            else if (entry.action === 'replace') {
                this.say(entry, `${entry.changes.filter((c) => c.impact === 'replaces the stack').map((c) => c.field).join(', ') || 'a change'} cannot happen in place: deleting the stack, then creating it again`);
                await this.deleteStack(entry, live, 'delete before replace');
            }
        }
        await this.throughPipeline(entry, spec, o);
        await this.smoke(entry, o);
        if (live && moving) {
            this.say(entry, `the new stack in ${entry.region} is up; deleting the old one in ${live.region}`);
            await this.deleteStack(entry, live, `delete the old stack in ${live.region}`);
            o.notes.push(`moved from ${live.region}; the old stack there was deleted`);
        }
    }
    /**
     * Before deploying anywhere, the regions this prefix runs in go into the record in each region
     * deployed to (region-record.ts), so a later plan finds a stack left behind by a move.
     */
    async recordRegions(work) {
        const targets = [...new Set(work.filter((e) => e.action !== 'delete').map((e) => e.region))].sort();
        if (!targets.length)
            return;
        const regions = new Set([...(this.req.plan.recordedRegions ?? []), ...targets]);
        // Regions only ever join the record ("ever deployed to"): one more listing costs little,
        // a region dropped too early hides what still runs there.
        for (const e of this.req.plan.entries)
            if (e.live)
                regions.add(e.live.region);
        for (const region of targets) {
            try {
                const bootstrap = await this.bootstrap(region, 'record');
                await (0,region_record/* writeRegionRecord */.PH)(this.req.clients, region, bootstrap.artifactBucket, [...regions], new Date(this.now()));
            }
            catch (error) {
                // The deploy itself can go on; the cost is that a later move out of this region is not seen.
                this.log.warning(`could not update the record of regions deployed to in ${region} (${explainError(error)}); a plan may not see stacks left in regions the manifest stops naming`);
            }
        }
    }
    /**
     * A new deployment whose schedule window is closed gets no stack now: it is recorded as dormant
     * (a `schedule` teardown record with its spec), which is what teardown leaves for a deployment it
     * took down, so later plans call it unchanged and the hourly teardown creates it when the window opens.
     */
    async recordDormant(entry, o) {
        const spec = entry.desired;
        if (!spec)
            throw new Ended('failed', { stage: 'plan', reason: 'the plan entry has no desired spec' });
        const bootstrap = await this.bootstrap(entry.region, 'record');
        await (0,tombstones/* writeTombstone */.z)(this.req.clients, bootstrap.artifactBucket, {
            stackName: entry.stackName,
            region: entry.region,
            specHash: (0,spec_hash/* specHash */.A)(spec),
            reason: 'schedule',
            tornDownAt: new Date(this.now()),
            spec
        });
        const when = entry.lifecycle?.nextUp ? ` at ${entry.lifecycle.nextUp}` : '';
        this.say(entry, `its schedule window is closed: recorded as dormant, no stack created; the hourly teardown creates it${when}`);
        o.notes.push(`dormant until its schedule window opens${when}: no stack yet, nothing billed`);
    }
    async throughPipeline(entry, spec, o) {
        const bootstrap = await this.bootstrap(entry.region, 'pipeline');
        const { clients, commit } = this.req;
        const hash = (0,spec_hash/* specHash */.A)(spec);
        const request = {
            spec,
            stack_name: entry.stackName,
            stack_prefix: this.req.stackPrefix,
            manifest: this.req.manifestPath,
            commit,
            spec_hash: hash,
            requested_at: new Date(this.now()).toISOString(),
            launch: (0,launch/* launchRequest */.X4)(spec)
        };
        const key = await putDeploymentRequest(clients, bootstrap, request, spec.name);
        const variables = {
            DEPLOYMENT: spec.name,
            STACK_NAME: entry.stackName,
            SERVICE: spec.service,
            REQUEST_KEY: key,
            COMMIT: commit || 'unknown'
        };
        // Primed before the start, so the first event of this operation is never mistaken for an old one.
        const tail = new stack_events/* StackEventTail */.fc(clients.cloudFormation(entry.region), entry.stackName, new Date(this.now()));
        await tail.prime();
        let snapshot;
        for (let round = 1; round <= MAX_TOKEN_ROUNDS && !snapshot; round++) {
            const token = requestToken(commit, spec.name, hash, round);
            const id = await startExecution(clients, bootstrap, variables, token, this.req.signal);
            const first = await readExecution(clients, bootstrap, id, this.req.signal);
            if (ENDED.has(first.status) || first.status === 'Stopping') {
                this.say(entry, `execution ${id} of an earlier attempt at this commit and spec already ended ${first.status}; starting a new one`);
                continue;
            }
            snapshot = first;
            o.executionId = id;
            o.executionUrl = executionUrl(entry.region, bootstrap.pipelineName, id);
            this.say(entry, `pipeline execution ${id} (${bootstrap.pipelineName}): ${o.executionUrl}`);
        }
        if (!snapshot) {
            throw new Ended('failed', {
                stage: 'start',
                reason: `${MAX_TOKEN_ROUNDS} executions for this commit and spec already ended without deploying it; push a new commit (or change the spec) to try again`
            });
        }
        const events = [];
        const seen = new Map();
        const backoff = new stack_ops/* Backoff */.nO(this.clock);
        let readFailures = 0;
        for (;;) {
            if (this.noteActions(entry, snapshot, seen, bootstrap, o))
                backoff.reset();
            if (snapshot.actions.some((a) => a.stage === 'Deploy')) {
                const fresh = await tail.poll().catch(() => []);
                for (const e of fresh)
                    this.say(entry, `  ${(0,stack_events/* formatEvent */.qF)(e)}`);
                events.push(...fresh);
                if (fresh.length)
                    backoff.reset();
            }
            if (ENDED.has(snapshot.status))
                break;
            const end = await backoff.wait();
            const stage = currentStage(snapshot);
            if (end === 'timeout') {
                throw new Ended('timed-out', {
                    stage,
                    reason: `still in ${stage} after timeout-minutes (${minutes(this.req.timeoutMs)}); the execution keeps running in AWS, a re-run attaches to it`
                });
            }
            if (end === 'aborted')
                throw await this.cancelExecution(entry, bootstrap, snapshot, stage);
            try {
                snapshot = await readExecution(clients, bootstrap, snapshot.id, this.req.signal);
                readFailures = 0;
            }
            catch (error) {
                if (this.req.signal?.aborted)
                    throw await this.cancelExecution(entry, bootstrap, snapshot, stage);
                if (++readFailures >= MAX_READ_FAILURES)
                    throw error;
                this.say(entry, `reading the execution failed (${explainError(error)}); trying again`);
            }
        }
        if (snapshot.status === 'Succeeded') {
            const stack = await (0,stack_ops/* describeStack */.GO)(clients, entry.region, entry.stackName, this.req.signal);
            if (!stack)
                throw new Ended('failed', { stage: 'Deploy', reason: `the pipeline succeeded but there is no stack ${entry.stackName} in ${entry.region}` });
            this.takeOutputs(o, stack);
            // The build log matters when something failed; a success links its execution instead.
            o.logUrl = undefined;
            this.say(entry, `deployed: ${stack.status}${o.baseUrl ? `, ${o.baseUrl}` : ''}`);
            return;
        }
        throw await this.explainFailure(entry, bootstrap, snapshot, tail, events);
    }
    /** Logs stage/action transitions; true when anything changed. */
    noteActions(entry, snapshot, seen, bootstrap, o) {
        let changed = false;
        for (const a of snapshot.actions) {
            const key = `${a.stage}/${a.action}`;
            if (seen.get(key) === a.status)
                continue;
            seen.set(key, a.status);
            changed = true;
            const link = a.stage === 'Build' && a.status === 'InProgress' ? buildLogUrl(entry.region, a.externalExecutionId, a.externalExecutionUrl, bootstrap.accountId) : undefined;
            if (link)
                o.logUrl = link;
            const detail = a.status === 'Failed' ? `: ${a.error?.message ?? 'no details'}` : a.summary && a.status === 'Succeeded' ? `: ${a.summary}` : '';
            this.say(entry, `${a.stage} \u00b7 ${a.action}: ${a.status}${detail}${link ? ` (log: ${link})` : ''}`);
        }
        return changed;
    }
    async explainFailure(entry, bootstrap, snapshot, tail, events) {
        const failed = [...snapshot.actions].reverse().find((a) => a.status === 'Failed' || a.status === 'Abandoned');
        const stage = failed?.stage ?? currentStage(snapshot);
        const fields = {
            stage,
            failedAction: failed?.action,
            reason: snapshot.status === 'Failed'
                ? (failed?.error?.message ?? snapshot.statusSummary ?? 'the pipeline execution failed')
                : `the pipeline execution ended ${snapshot.status}${snapshot.statusSummary ? `: ${snapshot.statusSummary}` : ''}`
        };
        if (failed?.stage === 'Build') {
            fields.logUrl = buildLogUrl(entry.region, failed.externalExecutionId, failed.externalExecutionUrl, bootstrap.accountId);
            fields.reason = `the build failed (${fields.reason}); the CodeBuild log says why`;
        }
        if (failed?.stage === 'Deploy' || events.length) {
            events.push(...(await tail.poll().catch(() => [])));
            const cause = (0,stack_events/* firstFailures */.wy)(events, 1)[0];
            if (cause)
                fields.failingEvent = toFailingEvent(cause);
            const stack = await (0,stack_ops/* describeStack */.GO)(this.req.clients, entry.region, entry.stackName).catch(() => undefined);
            if (stack) {
                fields.logUrl = stackEventsUrl(entry.region, stack.stackId);
                const fix = (0,core_live/* fixFor */.jc)(stack);
                if (fix)
                    fields.fix = fix;
                if (cause)
                    fields.reason = `${cause.logicalId} (${cause.resourceType}) ${cause.status}: ${cause.reason}; the stack is ${stack.status}`;
            }
        }
        return new Ended('failed', fields);
    }
    async cancelExecution(entry, bootstrap, snapshot, stage) {
        if (this.req.onCancel === 'stop') {
            try {
                await stopExecution(this.req.clients, bootstrap, snapshot.id, 'emd-action: the workflow run was cancelled');
                this.say(entry, `asked CodePipeline to stop execution ${snapshot.id}: the running ${stage} action finishes, nothing after it starts`);
                return new Ended('cancelled', { stage, reason: `cancelled in ${stage}; stop requested (the running action finishes, later stages do not start)` });
            }
            catch (error) {
                return new Ended('cancelled', { stage, reason: `cancelled in ${stage}; stopping execution ${snapshot.id} failed (${explainError(error)}), it keeps running` });
            }
        }
        return new Ended('cancelled', { stage, reason: `cancelled in ${stage}; execution ${snapshot.id} was left running (on-cancel: leave), a re-run attaches to it` });
    }
    takeOutputs(o, stack) {
        o.baseUrl = stack.outputs.BaseUrl || undefined;
        o.servedModelName = stack.outputs.ServedModelName || undefined;
        o.apiKeySecretArn = stack.outputs.ApiKeySecretArn || undefined;
    }
    async smoke(entry, o) {
        if (this.req.smokeTest === 'off')
            return;
        if (!o.baseUrl || !o.servedModelName) {
            o.smoke = { ok: false, error: 'the stack has no BaseUrl or ServedModelName output' };
        }
        else {
            const kind = o.kind ?? 'chat';
            this.say(entry, `smoke test: ${kind === 'embedding' ? 'one embedding' : 'one streamed chat completion'} from ${o.baseUrl}`);
            o.smoke = await (0,smoke/* smokeTest */.KH)({
                kind,
                clients: this.req.clients,
                region: entry.region,
                baseUrl: o.baseUrl,
                model: o.servedModelName,
                apiKeySecretArn: o.apiKeySecretArn,
                mask: this.mask,
                signal: this.req.signal
            });
        }
        const s = o.smoke;
        if (s.ok && o.kind === 'embedding')
            this.say(entry, `smoke test passed: HTTP ${s.status}, ${s.reply} in ${ms(s.totalMs)}`);
        else if (s.ok)
            this.say(entry, `smoke test passed: HTTP ${s.status}, first token after ${ms(s.ttftMs)}, ${ms(s.totalMs)} in all`);
        else
            this.say(entry, `smoke test failed: ${s.error}`);
        if (!s.ok && this.req.smokeTest === 'require') {
            throw new Ended('failed', { stage: 'smoke test', reason: `deployed, but the smoke test failed: ${s.error}` });
        }
    }
    // ---- delete -----------------------------------------------------------------------------------
    async deleteEntry(entry, o) {
        const live = entry.live;
        if (!live)
            throw new Ended('failed', { stage: 'plan', reason: 'the plan entry names no live stack to delete' });
        if (entry.blocked?.kind === 'busy' || (0,core_live/* isBusy */.A5)(live.status)) {
            const stack = await this.waitBusy(entry, live);
            if (!stack) {
                o.notes.push('the stack was already gone');
                return;
            }
        }
        await this.deleteStack(entry, live, 'delete');
        o.notes.push('images and staged weights are kept, so deploying it again is quick');
    }
    /** Deletes a stack the plan recognised as ours, by id, after checking it still is. */
    async deleteStack(entry, live, step) {
        const { clients } = this.req;
        const current = await (0,stack_ops/* describeStack */.GO)(clients, live.region, live.stackId, this.req.signal);
        if (!current || current.status === 'DELETE_COMPLETE') {
            this.say(entry, `${live.stackName} in ${live.region} is already deleted`);
            return;
        }
        if (current.tags[core_live/* TAG */.Dk.managed] !== 'true' || current.tags[core_live/* TAG */.Dk.deployment] !== entry.name || current.stackName !== pipeline_contract/* names */.Dy.modelStack(this.req.stackPrefix, entry.name)) {
            throw new Ended('failed', { stage: step, reason: `refusing to delete ${current.stackName} in ${live.region}: it is not tagged as the emd deployment ${entry.name}` });
        }
        const bootstrap = await this.bootstrap(live.region, step);
        this.say(entry, `deleting ${live.stackName} in ${live.region} (${current.status})`);
        const result = await (0,stack_ops/* deleteStackAndWait */.Wz)({
            clients,
            region: live.region,
            stack: live.stackId,
            roleArn: bootstrap.deployRoleArn,
            clock: this.clock,
            onStatus: (status, reason) => this.say(entry, `stack ${status}${reason ? `: ${reason}` : ''}`),
            onEvent: (e) => this.say(entry, `  ${(0,stack_events/* formatEvent */.qF)(e)}`)
        });
        if (result.end === 'timeout') {
            throw new Ended('timed-out', { stage: step, reason: `${live.stackName} is still ${result.stack?.status ?? 'deleting'} after timeout-minutes (${minutes(this.req.timeoutMs)}); CloudFormation keeps deleting it` });
        }
        if (result.end === 'aborted') {
            throw new Ended('cancelled', { stage: step, reason: `cancelled while deleting ${live.stackName}; CloudFormation keeps deleting it` });
        }
        if (result.stack?.status === 'DELETE_FAILED') {
            const cause = result.failures[0];
            throw new Ended('failed', {
                stage: step,
                reason: `DELETE_FAILED${cause ? `: ${cause.logicalId} (${cause.resourceType}) ${cause.reason}` : result.stack.statusReason ? `: ${result.stack.statusReason}` : ''}`,
                failingEvent: cause ? toFailingEvent(cause) : undefined,
                fix: (0,core_live/* fixFor */.jc)(result.stack),
                logUrl: stackEventsUrl(live.region, live.stackId)
            });
        }
        this.say(entry, `${live.stackName} in ${live.region}: DELETE_COMPLETE`);
    }
    // ---- shared -----------------------------------------------------------------------------------
    /** Waits out another operation on the stack; returns the stack after it (undefined: gone). */
    async waitBusy(entry, live) {
        this.say(entry, `${live.stackName} is ${live.status} (another operation); waiting for it to finish`);
        const result = await (0,stack_ops/* waitWhileBusy */.uI)({
            clients: this.req.clients,
            region: live.region,
            stack: live.stackId,
            clock: this.clock,
            onStatus: (status, reason) => this.say(entry, `stack ${status}${reason ? `: ${reason}` : ''}`),
            onEvent: (e) => this.say(entry, `  ${(0,stack_events/* formatEvent */.qF)(e)}`)
        });
        const status = result.stack?.status ?? live.status;
        if (result.end === 'timeout') {
            throw new Ended('timed-out', {
                stage: 'waiting for the stack',
                reason: `${live.stackName} was still ${status} (another operation) after timeout-minutes (${minutes(this.req.timeoutMs)}); nothing was started, re-run when it has finished`
            });
        }
        if (result.end === 'aborted')
            throw new Ended('cancelled', { stage: 'waiting for the stack', reason: `cancelled while waiting for ${live.stackName} (${status}); nothing was started` });
        return result.stack && result.stack.status !== 'DELETE_COMPLETE' ? result.stack : undefined;
    }
    async stacks() {
        this.listing ??= (async () => {
            const key = (s) => `${s.region}/${s.stackName}`;
            if (this.req.liveStacks)
                return new Map(this.req.liveStacks.map((s) => [key(s), s]));
            const regions = [...new Set([...this.req.plan.live.regions, ...this.req.plan.entries.map((e) => e.region)])];
            const live = await (0,stacks.listStacks)(this.req.clients, regions);
            return live.known ? new Map(live.stacks.map((s) => [key(s), s])) : new Map();
        })();
        return this.listing;
    }
    bootstrap(region, stage) {
        let found = this.bootstraps.get(region);
        if (!found) {
            found = (async () => {
                const listed = (await this.stacks()).get(`${region}/${pipeline_contract/* names */.Dy.bootstrapStack(this.req.stackPrefix)}`);
                return listed ? bootstrapFromStack(listed, region, this.req.stackPrefix) : readBootstrap(this.req.clients, region, this.req.stackPrefix);
            })();
            this.bootstraps.set(region, found);
        }
        return found.catch((error) => {
            if (error instanceof BootstrapMissingError)
                throw new Ended('failed', { stage, reason: error.message });
            throw error;
        });
    }
    /** Endpoints of deployments apply left alone, from one listing, so the report shows every endpoint. */
    async fillUnchanged(deployments) {
        const idle = deployments.filter((d) => d.action === 'unchanged');
        if (!idle.length)
            return;
        try {
            const stacks = await this.stacks();
            for (const d of idle) {
                const stack = stacks.get(`${d.region}/${d.stackName}`);
                if (stack)
                    this.takeOutputs(d, stack);
            }
        }
        catch (error) {
            this.log.warning(`Endpoints of unchanged deployments could not be read: ${explainError(error)}`);
        }
    }
    report(deployments) {
        for (const d of deployments) {
            if (d.action === 'unchanged') {
                if (d.fix)
                    this.log.warning(`${d.name}: ${d.reason}; fix: ${d.fix}`);
                continue;
            }
            const where = d.stage && d.result !== 'succeeded' ? ` in ${d.stage}` : '';
            const line = `${d.name} (${d.action}): ${d.result}${where}${d.reason ? ` \u2014 ${d.reason}` : ''}`;
            if (d.result === 'failed' || d.result === 'timed-out') {
                this.log.error([line, d.failingEvent ? `first failing event: ${d.failingEvent.logicalId} ${d.failingEvent.status}: ${d.failingEvent.reason}` : '', d.logUrl ? `log: ${d.logUrl}` : '', d.fix ? `fix: ${d.fix}` : ''].filter(Boolean).join('\n'));
            }
            else if (d.result === 'cancelled' || (d.result === 'skipped' && d.action === 'delete')) {
                this.log.warning(line);
            }
            else {
                this.log.info(line);
            }
            if (d.result === 'succeeded' && d.smoke && !d.smoke.ok)
                this.log.warning(`${d.name}: deployed, but the smoke test failed: ${d.smoke.error}`);
        }
    }
}
// ---- helpers --------------------------------------------------------------------------------------
async function pool(items, limit, run) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await run(items[i]);
        }
    };
    await Promise.all(Array.from({ length: limit }, worker));
    return results;
}
function alreadyDeployed(stack, spec) {
    if (stack.status !== 'CREATE_COMPLETE' && stack.status !== 'UPDATE_COMPLETE')
        return false;
    const deployed = (0,core_live/* deployedSpec */._o)(stack);
    return deployed.ok && (0,plan/* diffSpecs */._h)(deployed.spec, spec).length === 0;
}
function currentStage(snapshot) {
    const last = snapshot.actions[snapshot.actions.length - 1];
    return last?.stage || 'Source';
}
function toFailingEvent(f) {
    return { logicalId: f.logicalId, resourceType: f.resourceType, status: f.status, reason: f.reason, at: f.timestamp?.toISOString() };
}
function minutes(ms) {
    const m = Math.round(ms / 60_000);
    return m >= 1 ? `${m} min` : `${Math.round(ms / 1000)} s`;
}
function ms(value) {
    if (value === undefined)
        return '?';
    return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}
/** Plain words for an AWS error, with the permission to check when it is one. */
function explainError(error) {
    const name = error?.name ?? 'Error';
    const message = error?.message ?? String(error);
    if (/AccessDenied|not authorized/i.test(`${name} ${message}`))
        return `${message} (the AWS role of this run lacks a permission; see the bootstrap stack's GitHubRole)`;
    if (name === 'PipelineNotFoundException')
        return `${message} (run mode: bootstrap in this region first)`;
    return name && name !== 'Error' && !message.startsWith(name) ? `${name}: ${message}` : message;
}


/***/ })

};
