export const id = 542;
export const ids = [542];
export const modules = {

/***/ 6542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planAction: () => (/* binding */ planAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/action/manifest-file.ts + 1 modules
var manifest_file = __webpack_require__(4947);
// EXTERNAL MODULE: ./src/modes/plan.ts
var plan = __webpack_require__(2317);
// EXTERNAL MODULE: ./src/core/render/markdown.ts
var markdown = __webpack_require__(96);
// EXTERNAL MODULE: ./src/action/core-logger.ts
var core_logger = __webpack_require__(2048);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/render/attention.ts
var attention = __webpack_require__(322);
// EXTERNAL MODULE: ./src/core/render/format.ts
var format = __webpack_require__(9649);
;// CONCATENATED MODULE: ./src/core/plan-json.ts
const PLAN_JSON_VERSION = 1;
function planJson(plan) {
    return roundMoneyFields({ ...planHead(plan), entries: plan.entries.map(entryJson), diagnostics: plan.diagnostics });
}
/**
 * The same JSON text as `JSON.stringify(planJson(plan))`, as pieces in order: the fields before
 * `entries`, each entry (from the second on with its leading comma), then the rest. A
 * 1,000-deployment plan is megabytes of JSON; written piece by piece it is never held whole, and
 * on the runner every megabyte held at once is memory the process must first be given.
 */
function* planJsonPieces(plan) {
    const head = JSON.stringify(roundMoneyFields(planHead(plan)));
    yield `${head.slice(0, -1)},"entries":[`;
    for (let i = 0; i < plan.entries.length; i++)
        yield `${i ? ',' : ''}${JSON.stringify(roundMoneyFields(entryJson(plan.entries[i])))}`;
    yield `],"diagnostics":${JSON.stringify(roundMoneyFields(plan.diagnostics))}}`;
}
function planHead(plan) {
    return {
        version: PLAN_JSON_VERSION,
        manifest: plan.manifest,
        stackPrefix: plan.stackPrefix,
        live: plan.live,
        ...(plan.baseline ? { baseline: plan.baseline } : {}),
        ...(plan.recordedRegions ? { recordedRegions: plan.recordedRegions } : {}),
        hasChanges: plan.hasChanges,
        counts: plan.counts,
        totals: plan.totals
    };
}
function entryJson(e) {
    return {
        name: e.name,
        action: e.action,
        blocked: e.blocked,
        stackName: e.stackName,
        region: e.region,
        status: e.live?.status,
        lifecycle: e.lifecycle,
        changes: e.changes,
        downtime: e.downtime,
        notes: e.notes,
        fit: e.fit,
        cost: e.cost,
        liveCost: e.liveCost,
        desired: e.desired
    };
}
/** Monthly figures (keys starting `monthly`) to cents; hourly figures and unit prices (`usd`) to 4 decimals; hours to 0.1. */
const MONEY_KEY = /^(monthly|hourly|usd$|hours$|hoursPerMonth$)/;
function roundMoneyFields(value, key = '') {
    if (typeof value === 'number') {
        if (!MONEY_KEY.test(key) || !Number.isFinite(value))
            return value;
        const f = key.startsWith('monthly') ? 100 : key.startsWith('hours') ? 10 : 10_000;
        return Math.round(value * f) / f;
    }
    if (Array.isArray(value))
        return value.map((v) => roundMoneyFields(v, key));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        // A plain loop, not entries/fromEntries: a 1,000-deployment plan passes here ~10^5 times.
        const out = {};
        for (const k of Object.keys(value)) {
            const v = value[k];
            // The deployment spec holds manifest values, not money: leave it as written.
            out[k] = k === 'desired' || k === 'old' || k === 'new' ? v : roundMoneyFields(v, k);
        }
        return out;
    }
    return value;
}
/** The `plan` step output stays under this many characters; the whole plan is in `plan-file`. */
const PLAN_OUTPUT_LIMIT = 250_000;
/**
 * The `plan` output of a plan whose whole JSON is over `limit` characters: each entry cut to name,
 * action, blocked kind, region and monthly cost (`"truncated": "entries"`); else only the entries
 * that change (`"truncated": "unchanged-entries"`); else counts and totals only.
 */
function truncatedPlanJson(plan, limit = PLAN_OUTPUT_LIMIT) {
    const base = planJson({ ...plan, entries: [] });
    const brief = (e) => roundMoneyFields({
        name: e.name,
        action: e.action,
        ...(e.blocked ? { blocked: e.blocked.kind } : {}),
        region: e.region,
        monthlyMin: e.cost?.monthlyMin ?? null,
        monthlyMax: e.cost?.monthlyMax ?? null
    });
    const attempts = [
        ['entries', plan.entries],
        ['unchanged-entries', plan.entries.filter((e) => e.action !== 'unchanged' || e.blocked)]
    ];
    for (const [truncated, entries] of attempts) {
        const text = JSON.stringify({ ...base, truncated, entries: entries.map(brief), diagnostics: plan.diagnostics.slice(0, 50) });
        if (text.length <= limit)
            return text;
    }
    return JSON.stringify({ ...base, truncated: 'all-entries', entries: [], diagnostics: plan.diagnostics.slice(0, 50) });
}

// EXTERNAL MODULE: ./src/core/text-up-to.ts
var text_up_to = __webpack_require__(1072);
;// CONCATENATED MODULE: ./src/action/plan-report.ts
// How `mode: plan` reports findings on the runner. GitHub shows only ten warning (and ten error)
// annotations per step, so findings are grouped: one annotation per deployment, its most severe
// finding first, at the manifest line of that deployment; what does not fit is listed in the job
// summary. The whole plan goes to a file (`plan-file`); the `plan` output is bounded.








/** GitHub displays this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** Annotates the grouped findings; returns the ones left over for the summary. */
function annotatePlan(plan, failures, positions, file) {
    const grouped = (0,attention/* groupPerDeployment */.Se)((0,attention/* attentionItems */.pF)(plan, failures));
    const left = [];
    const used = { error: 0, warning: 0 };
    for (const item of grouped) {
        const level = item.diagnostic?.severity === 'error' ? 'error' : 'warning';
        if (used[level] >= ANNOTATIONS_PER_LEVEL) {
            left.push(item);
            continue;
        }
        used[level]++;
        const d = item.diagnostic;
        const pos = d?.line !== undefined ? { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn } : item.deployment ? positions[item.deployment] : undefined;
        const props = {
            title: `emd-action: ${item.topic}${item.deployment ? ` \u00b7 ${item.deployment}` : ''}`,
            file: d?.file ?? file,
            startLine: pos?.line,
            endLine: pos?.endLine
        };
        const message = item.full ?? item.message;
        if (level === 'error')
            core/* error */.z3(message, props);
        else
            core/* warning */.$e(message, props);
    }
    return left;
}
/** Markdown for the job summary: the findings that did not become annotations. */
function leftoverMarkdown(left) {
    if (!left.length)
        return '';
    const lines = [`#### ${left.length} more finding${left.length === 1 ? '' : 's'} (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each kind per step)`, ''];
    for (const i of left)
        lines.push(`- **${i.topic}**${i.deployment ? ` \`${i.deployment}\`` : ''}: ${(0,format/* text */.Qq)(i.full ?? i.message)}`);
    return lines.join('\n');
}
/**
 * Writes the whole plan as JSON under RUNNER_TEMP (or the OS temp dir). The file is compact (one
 * line, `jq .` pretty-prints it): it is read by scripts, and a 1,000-deployment plan is megabytes,
 * so it is written in pieces of about 16 KB and never held whole. Returns the path and the `plan`
 * output: the same JSON text when it is at most `limit` characters, else truncatedPlanJson.
 */
function writePlanFile(plan, manifest, options = {}) {
    const slug = manifest.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+/, '');
    const target = external_node_path_default().join(options.dir ?? (process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()), 'emd-action', `plan-${slug || 'models'}.json`);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
    const limit = options.limit ?? PLAN_OUTPUT_LIMIT;
    const kept = new text_up_to/* TextUpTo */.G(limit);
    const fd = (0,external_node_fs_.openSync)(target, 'w');
    try {
        // Batches stay small enough to be ordinary heap strings and write buffers, reused from one
        // batch to the next rather than fresh memory each time.
        let batch = [];
        let size = 0;
        for (const piece of planJsonPieces(plan)) {
            kept.add(piece);
            batch.push(piece);
            size += piece.length;
            if (size < 16_384)
                continue;
            (0,external_node_fs_.writeSync)(fd, batch.join(''));
            batch = [];
            size = 0;
        }
        batch.push('\n');
        (0,external_node_fs_.writeSync)(fd, batch.join(''));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return { path: target, output: kept.text() ?? truncatedPlanJson(plan, limit) };
}


// EXTERNAL MODULE: ./src/action/docs-url.ts
var docs_url = __webpack_require__(3639);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var github_client = __webpack_require__(1944);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
;// CONCATENATED MODULE: ./src/github/contents.ts
/** The file's text, or undefined when it does not exist at that commit (404). */
async function readFileAtRef(octokit, o) {
    try {
        const { data } = await octokit.rest.repos.getContent({ owner: o.owner, repo: o.repo, path: o.path, ref: o.ref });
        if (Array.isArray(data) || data.type !== 'file')
            throw new Error(`${o.path} at ${o.ref} is not a file`);
        if (!('content' in data) || data.encoding !== 'base64')
            throw new Error(`${o.path} at ${o.ref} is too large for the contents API`);
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/action/plan.ts
// `mode: plan` on the runner: the shared plan path plus its reporting (annotations, job summary,
// sticky comment, step outputs). Fails the step in one place when the plan fails its checks.











/** `content`: the manifest when it does not come from the workspace (`/emd plan` reads the pull request's head). */
async function planAction(inputs, ctx, content) {
    content ??= await (0,manifest_file/* readManifest */.W)(inputs.manifest);
    // Who the sticky comment is written as is asked while the plan is made, not after it: one GitHub
    // round trip off the path to the comment. A failure here is left to the upsert, which asks again.
    const commenting = inputs.comment && ctx.pullRequest && inputs.githubToken ? (0,github_client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W }) : undefined;
    const author = commenting ? (0,sticky_comment/* commentAuthor */.H3)(commenting).catch(() => undefined) : undefined;
    const fork = ctx.pullRequest?.isFork === true;
    const outcome = await core/* group */.Os('Plan', () => (0,plan/* runPlan */.F)({
        manifestPath: inputs.manifest,
        content,
        stackPrefix: inputs.stackPrefix,
        allowDestroy: inputs.allowDestroy,
        defaultRegion: inputs.awsRegion,
        clients: fork ? undefined : new clients/* AwsClients */.c(),
        offlineReason: fork ? 'this pull request comes from a fork, which gets no AWS credentials' : undefined,
        base: baseManifest(inputs, ctx),
        maxMonthlyIncrease: inputs.maxMonthlyIncrease,
        maxMonthlyTotal: inputs.maxMonthlyTotal
    }));
    (0,core_logger/* annotate */.f)(outcome.manifest.diagnostics);
    const docs = (0,docs_url/* actionDocsUrl */.P)();
    // The manifest's own warnings (an opt-in such as allow_remote_code, a secret the build may not
    // read) belong in the comment too, not only in the annotations.
    const shown = outcome.plan ? withManifestWarnings(outcome.plan, outcome.manifest.diagnostics) : undefined;
    const quotas = outcome.quotas?.map((q) => (q.status === 'ok' ? `within ${q.message}` : q.message));
    const base = { runUrl: ctx.runUrl, priceNote: outcome.priceNote, failures: outcome.failures, ...(docs ? { sourcesUrl: `${docs}#prices` } : {}), ...(quotas ? { quotas } : {}) };
    // The comment and the job summary share each deployment's text.
    const renderPlan = shown ? (0,markdown/* planRenderer */.BS)(shown) : undefined;
    const render = (maxLength) => renderPlan ? renderPlan({ ...base, maxLength }) : (0,markdown/* renderInvalidManifestMarkdown */._m)(inputs.manifest, outcome.manifest.diagnostics, { runUrl: ctx.runUrl, maxLength });
    // The comment goes out first, so its GitHub round trips overlap the summary and plan file below.
    // A held-back delete or a protected replace changes nothing yet, but reviewers should see it.
    const worthAComment = outcome.plan ? outcome.plan.hasChanges || outcome.plan.entries.some((e) => e.blocked && e.blocked.kind !== 'busy') : true;
    const commented = inputs.comment && ctx.pullRequest ? postComment(inputs, ctx, render, worthAComment, commenting, author) : undefined;
    // Awaited below; until then a failure must not count as an unhandled rejection.
    commented?.catch(() => undefined);
    if (outcome.plan && renderPlan) {
        const p = outcome.plan;
        // One annotation per deployment, most severe first; the rest go to the summary.
        const left = annotatePlan(p, outcome.failures, outcome.manifest.entryPositions, inputs.manifest);
        // The summary has room for the full plan even when the comment had to be shortened.
        const summary = renderPlan({ ...base, maxLength: 900_000, alertLines: Number.POSITIVE_INFINITY });
        await core/* summary */.z.addRaw([summary, leftoverMarkdown(left)].filter(Boolean).join('\n\n'), true).write();
        // One JSON text for both: the file holds all of it, the output as much as fits.
        const file = writePlanFile(p, inputs.manifest);
        core/* setOutput */.uH('plan-file', file.path);
        core/* setOutput */.uH('plan', file.output);
        core/* setOutput */.uH('has-changes', String(p.hasChanges));
        core/* setOutput */.uH('monthly-cost', p.totals.monthlyAfter === null ? '' : p.totals.monthlyAfter.toFixed(2));
        core/* setOutput */.uH('monthly-cost-delta', p.totals.monthlyDelta === null || !(p.live.known || p.baseline) ? '' : p.totals.monthlyDelta.toFixed(2));
    }
    else {
        await core/* summary */.z.addRaw((0,markdown/* renderInvalidManifestMarkdown */._m)(inputs.manifest, outcome.manifest.diagnostics, { runUrl: ctx.runUrl, maxLength: 900_000 }), true).write();
        core/* setOutput */.uH('has-changes', 'false');
    }
    const result = { outcome };
    if (commented)
        result.commentUrl = await commented;
    core/* setOutput */.uH('comment-url', result.commentUrl ?? '');
    if (!outcome.manifest.valid) {
        const count = outcome.manifest.diagnostics.filter((d) => d.severity === 'error').length;
        result.failed = `${inputs.manifest} is invalid: ${count} error${count === 1 ? '' : 's'} (see the annotations)`;
    }
    else if (!outcome.ok) {
        const reasons = [...outcome.failures, ...(outcome.plan?.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) ?? [])];
        result.failed = `The plan fails its checks:\n- ${reasons.join('\n- ')}`;
    }
    return result;
}
/**
 * The base branch's manifest at the pull request's base commit, read through the API (a pull
 * request checkout is often shallow). Used only when live stacks cannot be read.
 */
function baseManifest(inputs, ctx) {
    const pr = ctx.pullRequest;
    const sha = pr?.baseSha;
    if (!pr || !inputs.githubToken || !sha)
        return undefined;
    return async () => {
        const octokit = (0,github_client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W });
        const content = await readFileAtRef(octokit, { owner: ctx.owner, repo: ctx.repo, path: inputs.manifest, ref: sha });
        return { content, source: `${pr.baseRef || 'base'} at ${sha.slice(0, 12)}` };
    };
}
async function postComment(inputs, ctx, render, hasChanges, client, authorLookup) {
    if (!inputs.githubToken) {
        core/* warning */.$e('No github-token: the plan is in the job summary only.');
        return undefined;
    }
    const author = await authorLookup;
    const octokit = client ?? (0,github_client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W });
    const upsert = (body) => (0,sticky_comment/* upsertStickyComment */.qD)({
        octokit,
        ...(author ? { author } : {}),
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: ctx.pullRequest.number,
        marker: `emd-action:plan:${inputs.manifest}`,
        body,
        hasChanges,
        log: { info: core/* info */.pq, debug: core/* debug */.Yz }
    });
    try {
        let result;
        try {
            result = await upsert(render());
        }
        catch (error) {
            // GitHub named a smaller limit than the renderer assumed: render once more to fit it.
            if (!(error instanceof sticky_comment/* CommentTooLongError */.gz) || error.limit >= markdown/* DEFAULT_BUDGET */.su)
                throw error;
            core/* warning */.$e(`GitHub refused the comment as too long (limit ${error.limit}); posting a shorter one, the full plan is in the job summary.`);
            result = await upsert(render(Math.max(error.limit - 200, 0)));
        }
        core/* info */.pq(`Pull request comment ${result.action}: ${result.reason}`);
        return result.url;
    }
    catch (error) {
        const status = error.status;
        if ((status === 403 || status === 404) && ctx.pullRequest?.isFork) {
            core/* warning */.$e('The token of a pull request from a fork cannot comment; the plan is in the job summary.');
            return undefined;
        }
        throw error;
    }
}
function withManifestWarnings(plan, diagnostics) {
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    return warnings.length ? { ...plan, diagnostics: [...warnings, ...plan.diagnostics] } : plan;
}


/***/ })

};
