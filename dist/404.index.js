export const id = 404;
export const ids = [404];
export const modules = {

/***/ 1404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bootstrapAction: () => (/* binding */ bootstrapAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/aws/bundle.ts
// The source bundle the pipeline's S3 source action reads: cloudformation/** and buildspecs/** of
// the action, zipped deterministically (sorted entries, fixed timestamps and modes, fixed
// compression level) so an unchanged bundle has the same bytes and the same hash, and the upload
// can be skipped.




const BUNDLE_DIRECTORIES = ['cloudformation', 'buildspecs'];
/** Midnight 1980-01-01 in local time: the earliest ZIP (DOS) timestamp, stored the same in every zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--, in the Unix attribute bits of the central directory. */
const FILE_ATTRS = (0o100644 << 16) >>> 0;
function buildBundle(actionRoot) {
    const files = BUNDLE_DIRECTORIES.flatMap((dir) => listFiles(actionRoot, dir)).sort();
    if (!files.some((f) => f === 'cloudformation/bootstrap.yaml')) {
        throw new Error(`${actionRoot} holds no cloudformation/bootstrap.yaml; actionRoot must be the directory with cloudformation/ and buildspecs/`);
    }
    const entries = {};
    for (const file of files) {
        entries[file] = [(0,external_node_fs_.readFileSync)(external_node_path_default().join(actionRoot, ...file.split('/'))), { level: 9, mtime: FIXED_MTIME, os: 3, attrs: FILE_ATTRS }];
    }
    const bytes = (0,esm/* zipSync */.L)(entries);
    return { bytes, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'), files };
}
/** Regular files under `dir`, relative to `root`, skipping dotfiles and dot-directories. */
function listFiles(root, dir) {
    const out = [];
    const visit = (rel) => {
        for (const entry of (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, ...rel.split('/')), { withFileTypes: true })) {
            if (entry.name.startsWith('.'))
                continue;
            const child = `${rel}/${entry.name}`;
            if (entry.isDirectory())
                visit(child);
            else if (entry.isFile())
                out.push(child);
        }
    };
    visit(dir);
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/aws/template-body.ts
// The bootstrap template is sent as TemplateBody, which CloudFormation caps at 51,200 bytes. The
// YAML on disk keeps its comments and layout for people; what is sent is the same template as
// compact JSON (short-form tags in their long form), which CloudFormation reads just the same.

/** CreateStack/UpdateStack TemplateBody limit, in bytes. */
const TEMPLATE_BODY_LIMIT = 51_200;
const SHORT = ['Ref', 'Condition', 'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Contains', 'ToJsonString', 'Length'];
const longName = (name) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);
/** `!GetAtt Resource.Attribute.Path` is `["Resource", "Attribute.Path"]`. */
function splitGetAtt(value) {
    const dot = value.indexOf('.');
    return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}
const TAGS = SHORT.flatMap((name) => [
    { tag: `!${name}`, resolve: (value) => ({ [longName(name)]: name === 'GetAtt' ? splitGetAtt(value) : value }) },
    { tag: `!${name}`, collection: 'seq', resolve: (seq) => ({ [longName(name)]: seq.toJSON() }) },
    { tag: `!${name}`, collection: 'map', resolve: (map) => ({ [longName(name)]: map.toJSON() }) }
]);
/** The YAML template as compact JSON; throws when it does not fit in a TemplateBody. */
function compactTemplateBody(yamlText) {
    const body = JSON.stringify((0,dist/* parse */.qg)(yamlText, { customTags: TAGS }));
    const bytes = Buffer.byteLength(body);
    if (bytes > TEMPLATE_BODY_LIMIT) {
        throw new Error(`the template is ${bytes} bytes as compact JSON; CloudFormation takes at most ${TEMPLATE_BODY_LIMIT} in TemplateBody`);
    }
    return body;
}

// EXTERNAL MODULE: ./src/aws/pipeline-contract.ts
var pipeline_contract = __webpack_require__(1130);
// EXTERNAL MODULE: ./src/aws/stack-events.ts
var stack_events = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/modes/bootstrap.ts
// bootstrap mode: create or update the <prefix>-bootstrap stack (cloudformation/bootstrap.yaml),
// follow its events, and upload the source bundle (cloudformation/ + buildspecs/) the pipeline
// deploys from. Run once per account and region, and again after upgrading the action.








const BOOTSTRAP_CAPABILITIES = ['CAPABILITY_NAMED_IAM'];
const BUNDLE_HASH_METADATA = 'sha256';
const NO_UPDATES = /No updates are to be performed/i;
const DOES_NOT_EXIST = /does not exist/i;
/**
 * Subjects the deploying role allows by default: runs on the default branch, plus the one
 * environment the user names (bootstrap-oidc-environment). Never `environment:*`: any branch can
 * run a job in an environment created on the fly, unprotected, and its token then matches. Not pull
 * requests either: a pull request runs the workflow file of its own branch, so it plans with the
 * read-only plan role.
 */
function defaultOidcSubjects(repository, defaultBranch = 'main', environment) {
    const subjects = [`repo:${repository}:ref:refs/heads/${defaultBranch}`];
    if (environment)
        subjects.push(`repo:${repository}:environment:${environment}`);
    return subjects;
}
/**
 * A GitHub environment name the deploying role may trust: one name, no wildcard (`*`, `?`), and
 * nothing that would split or extend the subject (`:`, `,`, whitespace other than spaces, control
 * characters). GitHub allows up to 255 characters.
 */
function checkEnvironmentName(name) {
    if (!/^[^*?:,\u0000-\u001f\u007f]{1,255}$/.test(name) || name.trim() !== name) {
        return `environment "${name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 80)}" must be one GitHub environment name: no wildcard (* ?), colon, comma or control character`;
    }
    return undefined;
}
/**
 * Wildcards may widen a deploying-role subject only inside a `ref:` context (e.g. release tags);
 * anywhere else, in particular after `environment:`, a wildcard lets any branch in. Mirrors the
 * AllowedPattern of GitHubOidcSubjects in cloudformation/bootstrap.yaml.
 */
const DEPLOY_SUBJECT_PATTERN = /^[^*?]*$|^repo:[^:*?]+:ref:[^:]*$/;
/**
 * Subjects of the read-only plan role: any run of the repository, `repo:owner/repo:*`, plus
 * `repo:owner@<id>/repo@<id>:*` for each immutable repository form the deploying role's subjects
 * use (checkOidcSubjects accepts both forms), so the plan role matches the same tokens.
 */
function planOidcSubjects(repository, subjects) {
    const [owner, repo] = repository.split('/');
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const immutable = new RegExp(`^repo:(${esc(owner)}@\\d+/${esc(repo)}@\\d+):`, 'i');
    const out = [`repo:${repository}:*`];
    for (const s of subjects) {
        const m = immutable.exec(s);
        if (m && !out.includes(`repo:${m[1]}:*`))
            out.push(`repo:${m[1]}:*`);
    }
    return out;
}
/**
 * A subject pattern must name the repository itself, in the name form (`repo:owner/repo:...`) or
 * the immutable form with numeric IDs (`repo:owner@123/repo@456:...`); no wildcard may widen it to
 * other repositories.
 */
function checkOidcSubjects(repository, subjects) {
    const [owner, repo] = repository.split('/');
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const named = new RegExp(`^repo:${esc(owner)}/${esc(repo)}:[^*?]*[^:]`, 'i');
    const immutable = new RegExp(`^repo:${esc(owner)}@\\d+/${esc(repo)}@\\d+:[^*?]*[^:]`, 'i');
    for (const s of subjects) {
        if (!(named.test(s) || immutable.test(s))) {
            return `OIDC subject "${s}" does not belong to ${repository}: use repo:${repository}:<context> (or repo:${owner}@<owner-id>/${repo}@<repo-id>:<context>)`;
        }
    }
    for (const s of subjects) {
        if (!DEPLOY_SUBJECT_PATTERN.test(s)) {
            return `OIDC subject "${s}" has a wildcard outside a ref: context; a wildcard environment (environment:*) or context lets any branch assume the deploying role. Name one environment instead (bootstrap-oidc-environment), and protect it`;
        }
    }
    if (subjects.length === 0)
        return 'at least one OIDC subject is needed';
    return undefined;
}
async function runBootstrap(opts) {
    const now = opts.now ?? (() => new Date());
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const stackName = pipeline_contract/* names */.Dy.bootstrapStack(opts.stackPrefix);
    const base = { stackName, region: opts.region, outputs: {}, failures: [] };
    const fail = (message, extra = {}) => {
        opts.log.error(message);
        return { ...base, status: 'failed', message, ...extra };
    };
    // ---- inputs
    if (!pipeline_contract/* STACK_PREFIX_PATTERN */.hC.test(opts.stackPrefix)) {
        return fail(`stack prefix "${opts.stackPrefix}" must be 1-20 lowercase letters, digits and dashes, starting with a letter`);
    }
    let subjects = [];
    let planSubjects = [];
    const repository = opts.repository ?? '';
    if (opts.githubOidc !== 'none') {
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
            return fail(`bootstrap-github-oidc=${opts.githubOidc} needs the repository as owner/repo (got "${repository}")`);
        }
        const environment = opts.oidcEnvironment?.trim();
        if (environment) {
            const bad = checkEnvironmentName(environment);
            if (bad)
                return fail(`bootstrap-oidc-environment: ${bad}`);
        }
        subjects = opts.oidcSubjects.map((s) => s.trim()).filter(Boolean);
        if (subjects.length === 0)
            subjects = defaultOidcSubjects(repository, 'main', environment);
        const problem = checkOidcSubjects(repository, subjects);
        if (problem)
            return fail(problem);
        planSubjects = planOidcSubjects(repository, subjects);
    }
    let templateBody;
    let bundle;
    try {
        templateBody = compactTemplateBody((0,external_node_fs_.readFileSync)(external_node_path_default().join(opts.actionRoot, 'cloudformation', 'bootstrap.yaml'), 'utf8'));
        bundle = buildBundle(opts.actionRoot);
    }
    catch (e) {
        return fail(`cannot read the action's templates: ${e.message}`);
    }
    const cfn = opts.clients.cloudFormation(opts.region);
    const parameters = [
        { ParameterKey: 'StackPrefix', ParameterValue: opts.stackPrefix },
        { ParameterKey: 'GitHubOidc', ParameterValue: opts.githubOidc },
        { ParameterKey: 'GitHubRepository', ParameterValue: opts.githubOidc === 'none' ? '' : repository },
        { ParameterKey: 'GitHubOidcSubjects', ParameterValue: subjects.join(',') },
        { ParameterKey: 'GitHubPlanOidcSubjects', ParameterValue: planSubjects.join(',') }
    ];
    const tags = [
        { Key: 'emd:stack-prefix', Value: opts.stackPrefix },
        { Key: 'emd:role', Value: 'bootstrap' }
    ];
    return opts.log.group(`Bootstrap ${stackName} in ${opts.region}`, async () => {
        /** A tail primed now, before the operation starts, so it reports only that operation's events. */
        const tailFrom = async (since, exists) => {
            const tail = new stack_events/* StackEventTail */.fc(cfn, stackName, since);
            if (exists)
                await tail.prime();
            return tail;
        };
        const waitFor = async (tail) => {
            const events = [];
            const deadline = now().getTime() + (opts.timeoutMs ?? 45 * 60_000);
            let delay = 2_000;
            for (;;) {
                const stack = await describe(cfn, stackName);
                try {
                    for (const e of await tail.poll()) {
                        events.push(e);
                        opts.log.info((0,stack_events/* formatEvent */.qF)(e));
                    }
                }
                catch (e) {
                    opts.log.debug(`stack events unavailable: ${e.message}`);
                }
                if (!stack || !(0,stack_events/* isInProgress */.LT)(stack.StackStatus))
                    return { stack, events, timedOut: false };
                if (now().getTime() >= deadline)
                    return { stack, events, timedOut: true };
                await sleep(delay);
                delay = Math.min(Math.round(delay * 1.5), 15_000);
            }
        };
        // ---- what is there now
        let existing;
        try {
            existing = await describe(cfn, stackName);
        }
        catch (e) {
            return fail(`cannot read stack ${stackName}: ${e.message}`);
        }
        if (existing && (0,stack_events/* isInProgress */.LT)(existing.StackStatus)) {
            opts.log.info(`${stackName} is ${existing.StackStatus}; waiting for it to settle first`);
            existing = (await waitFor(await tailFrom(now(), true))).stack;
        }
        if (existing?.StackStatus === 'ROLLBACK_COMPLETE' || existing?.StackStatus === 'ROLLBACK_FAILED') {
            // A first create that failed leaves a stack that can only be deleted.
            opts.log.warning(`${stackName} is ${existing.StackStatus} from an earlier failed create; deleting it before creating it again`);
            const tail = await tailFrom(now(), true);
            await cfn.send(new dist_cjs/* DeleteStackCommand */.fAr({ StackName: stackName }));
            const gone = await waitFor(tail);
            if (gone.stack && gone.stack.StackStatus !== 'DELETE_COMPLETE') {
                return fail(`could not delete ${stackName} (${gone.stack.StackStatus})`, { stackStatus: gone.stack.StackStatus, failures: (0,stack_events/* firstFailures */.wy)(gone.events) });
            }
            existing = undefined;
        }
        // ---- create or update
        const tail = await tailFrom(now(), !!existing);
        let action;
        try {
            if (!existing) {
                opts.log.info(`creating ${stackName}`);
                await cfn.send(new dist_cjs/* CreateStackCommand */.O_S({ StackName: stackName, TemplateBody: templateBody, Parameters: parameters, Capabilities: [...BOOTSTRAP_CAPABILITIES], Tags: tags, OnFailure: 'ROLLBACK' }));
                action = 'created';
            }
            else {
                opts.log.info(`updating ${stackName} (${existing.StackStatus})`);
                await cfn.send(new dist_cjs/* UpdateStackCommand */.zPv({ StackName: stackName, TemplateBody: templateBody, Parameters: parameters, Capabilities: [...BOOTSTRAP_CAPABILITIES], Tags: tags }));
                action = 'updated';
            }
        }
        catch (e) {
            if (existing && NO_UPDATES.test(e.message ?? '')) {
                opts.log.info(`${stackName} is up to date`);
                return finish('unchanged', existing);
            }
            return fail(`${existing ? 'UpdateStack' : 'CreateStack'} of ${stackName} was refused: ${e.message}`, { stackStatus: existing?.StackStatus });
        }
        const { stack, events, timedOut } = await waitFor(tail);
        if (timedOut) {
            return fail(`gave up waiting for ${stackName} (still ${stack?.StackStatus}); it goes on in CloudFormation`, { stackStatus: stack?.StackStatus, failures: (0,stack_events/* firstFailures */.wy)(events) });
        }
        if (!stack || !(0,stack_events/* isSuccess */.oJ)(stack.StackStatus)) {
            const failures = (0,stack_events/* firstFailures */.wy)(events);
            const cause = failures[0] ? `: ${failures[0].logicalId} (${failures[0].resourceType}) ${failures[0].reason}` : stack?.StackStatusReason ? `: ${stack.StackStatusReason}` : '';
            return fail(`${stackName} ended ${stack?.StackStatus ?? 'deleted'}${cause}`, { stackStatus: stack?.StackStatus, failures });
        }
        return finish(action, stack);
        // ---- outputs and bundle
        async function finish(status, stack) {
            const outputs = Object.fromEntries((stack.Outputs ?? []).filter((o) => o.OutputKey).map((o) => [o.OutputKey, o.OutputValue ?? '']));
            const result = { ...base, status, stackStatus: stack.StackStatus, outputs };
            const bucket = outputs.ArtifactBucket;
            if (!bucket)
                return { ...fail(`${stackName} has no ArtifactBucket output`), stackStatus: stack.StackStatus, outputs };
            const s3 = opts.clients.s3(opts.region);
            try {
                let stored;
                try {
                    const head = await s3.send(new client_s3_dist_cjs/* HeadObjectCommand */.l81({ Bucket: bucket, Key: pipeline_contract/* SOURCE_BUNDLE_KEY */.$V }));
                    stored = head.Metadata?.[BUNDLE_HASH_METADATA];
                }
                catch (e) {
                    const err = e;
                    if (err.name !== 'NotFound' && err.name !== 'NoSuchKey' && err.$metadata?.httpStatusCode !== 404)
                        throw e;
                }
                const uploaded = stored !== bundle.sha256;
                if (uploaded) {
                    await s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({
                        Bucket: bucket,
                        Key: pipeline_contract/* SOURCE_BUNDLE_KEY */.$V,
                        Body: bundle.bytes,
                        ContentType: 'application/zip',
                        Metadata: { [BUNDLE_HASH_METADATA]: bundle.sha256 }
                    }));
                    opts.log.info(`uploaded s3://${bucket}/${pipeline_contract/* SOURCE_BUNDLE_KEY */.$V} (${bundle.files.length} files, sha256 ${bundle.sha256.slice(0, 12)})`);
                }
                else {
                    opts.log.info(`s3://${bucket}/${pipeline_contract/* SOURCE_BUNDLE_KEY */.$V} is current (sha256 ${bundle.sha256.slice(0, 12)}); not uploaded`);
                }
                result.bundle = { bucket, key: pipeline_contract/* SOURCE_BUNDLE_KEY */.$V, sha256: bundle.sha256, files: bundle.files.length, uploaded };
            }
            catch (e) {
                return { ...fail(`uploading the source bundle to s3://${bucket}/${pipeline_contract/* SOURCE_BUNDLE_KEY */.$V} failed: ${e.message}`), stackStatus: stack.StackStatus, outputs };
            }
            for (const [k, v] of Object.entries(outputs))
                opts.log.info(`${k}: ${v}`);
            return result;
        }
    });
}
async function describe(cfn, stackName) {
    try {
        const out = await cfn.send(new dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stackName }));
        return out.Stacks?.[0];
    }
    catch (e) {
        if (DOES_NOT_EXIST.test(e.message ?? ''))
            return undefined;
        throw e;
    }
}

// EXTERNAL MODULE: ./src/action/core-logger.ts
var core_logger = __webpack_require__(2048);
;// CONCATENATED MODULE: ./src/action/bootstrap.ts
// `mode: bootstrap` on the runner: one-time AWS setup from the templates shipped with the action.






/** cloudformation/ and buildspecs/ sit beside dist/ in the action's checkout. */
function actionRoot() {
    return process.env.GITHUB_ACTION_PATH ?? external_node_path_default().resolve(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), '..');
}
async function bootstrapAction(inputs, ctx) {
    if (!inputs.awsRegion)
        return { failed: 'bootstrap needs a region: set the aws-region input (or AWS_REGION)' };
    if (ctx.pullRequest)
        return { failed: 'bootstrap does not run on pull request events; run it from a push or workflow_dispatch' };
    const repository = `${ctx.owner}/${ctx.repo}`;
    const environment = inputs.bootstrapOidcEnvironment || undefined;
    const subjects = inputs.bootstrapOidcSubjects.length ? inputs.bootstrapOidcSubjects : defaultOidcSubjects(repository, ctx.defaultBranch ?? 'main', environment);
    const result = await runBootstrap({
        clients: new clients/* AwsClients */.c(),
        region: inputs.awsRegion,
        stackPrefix: inputs.stackPrefix,
        actionRoot: actionRoot(),
        githubOidc: inputs.bootstrapGithubOidc,
        oidcSubjects: subjects,
        oidcEnvironment: environment,
        repository,
        log: core_logger/* coreLogger */.W
    });
    const rows = Object.entries(result.outputs).map(([k, v]) => [k, v]);
    await core/* summary */.z
        .addHeading(`emd-action bootstrap: ${result.stackName} in ${result.region} \u2014 ${result.status}`, 3)
        .addTable([[{ data: 'Output', header: true }, { data: 'Value', header: true }], ...rows])
        .addRaw(result.bundle ? `Source bundle: s3://${result.bundle.bucket}/${result.bundle.key} (${result.bundle.files} files, ${result.bundle.uploaded ? 'uploaded' : 'unchanged'})\n` : '', true)
        .write();
    if (result.status === 'failed') {
        const events = result.failures.map((f) => `${f.logicalId} (${f.resourceType}): ${f.reason}`).join('\n- ');
        return { failed: `${result.message ?? 'bootstrap failed'}${events ? `\n- ${events}` : ''}` };
    }
    core/* info */.pq(`Bootstrap ${result.status}. Use GitHubRoleArn as role-to-assume: ${result.outputs.GitHubRoleArn ?? '(no GitHub role requested)'}`);
    if (result.outputs.GitHubPlanRoleArn)
        core/* info */.pq(`Use GitHubPlanRoleArn as plan-role-to-assume (pull requests): ${result.outputs.GitHubPlanRoleArn}`);
    return {};
}


/***/ }),

/***/ 2048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger),
/* harmony export */   f: () => (/* binding */ annotate)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _core_render_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6745);
// The Logger that modes use, backed by the runner's log: groups fold, warnings annotate.


// Manifest and AWS text can carry terminal escape sequences: the log gets them written out.
const coreLogger = {
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControlLines */ .Sz)(m)),
    warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControlLines */ .Sz)(m)),
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControlLines */ .Sz)(m)),
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControlLines */ .Sz)(m)),
    group: (title, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn)
};
/** Manifest findings become annotations on the file, at the line and column they concern. */
function annotate(diagnostics) {
    for (const d of diagnostics) {
        const props = {
            title: (0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControl */ .hN)(`emd-action${d.field ? `: ${d.field}` : ''}`),
            file: d.file,
            startLine: d.line,
            startColumn: d.line !== undefined && d.endLine === d.line ? d.column : undefined,
            endLine: d.endLine,
            endColumn: d.line !== undefined && d.endLine === d.line ? d.endColumn : undefined
        };
        const message = (0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControl */ .hN)(d.message);
        if (d.severity === 'error')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, props);
        else if (d.severity === 'warning')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, props);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, props);
    }
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ AwsClients)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3805);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
// The one place SDK clients are made: region, retries and user agent are decided here and nowhere
// else. Endpoints come from the SDK's own AWS_ENDPOINT_URL_<SERVICE> variables, which is how the
// end-to-end tests point the built action at loopback fakes.
//
// Every mode reads stacks and state (CloudFormation, S3), so those two are loaded with this module.
// The others are loaded on first use (`await import`): a plan never loads the pipeline, registry,
// secret or price clients it does not call, and the bundle it parses at start stays small.


const USER_AGENT = ['emd-action', '1'];
/**
 * Adaptive retries ride out throttling bursts with client-side rate limiting, not just backoff.
 * A hung connection must end as a retryable timeout, not hold the job until the runner kills it.
 */
const common = (region) => ({
    region,
    maxAttempts: 8,
    retryMode: 'adaptive',
    customUserAgent: [USER_AGENT],
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000, throwOnRequestTimeout: true }
});
class AwsClients {
    cache = new Map();
    get(ctor, region) {
        const key = `${ctor.name}:${region}`;
        let client = this.cache.get(key);
        if (!client) {
            client = new ctor(common(region));
            this.cache.set(key, client);
        }
        return client;
    }
    cloudFormation(region) {
        return this.get(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__/* .CloudFormationClient */ .m1N, region);
    }
    s3(region) {
        return this.get(_aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .S3Client */ .YxF, region);
    }
    async codePipeline(region) {
        const { CodePipelineClient: ctor } = await __webpack_require__.e(/* import() */ 232).then(__webpack_require__.t.bind(__webpack_require__, 8232, 19));
        return this.get(ctor, region);
    }
    async ecr(region) {
        const { ECRClient: ctor } = await __webpack_require__.e(/* import() */ 249).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
        return this.get(ctor, region);
    }
    async secretsManager(region) {
        const { SecretsManagerClient: ctor } = await __webpack_require__.e(/* import() */ 994).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19));
        return this.get(ctor, region);
    }
    /** The Price List Query API answers only in us-east-1, eu-central-1 and ap-south-1 (see pricing.ts). */
    async pricing(endpointRegion) {
        const { PricingClient: ctor } = await __webpack_require__.e(/* import() */ 453).then(__webpack_require__.t.bind(__webpack_require__, 4453, 19));
        return this.get(ctor, endpointRegion);
    }
    async ec2(region) {
        const { EC2Client: ctor } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
        return this.get(ctor, region);
    }
    async serviceQuotas(region) {
        const { ServiceQuotasClient: ctor } = await __webpack_require__.e(/* import() */ 924).then(__webpack_require__.t.bind(__webpack_require__, 2924, 19));
        return this.get(ctor, region);
    }
    async sageMaker(region) {
        const { SageMakerClient: ctor } = await __webpack_require__.e(/* import() */ 459).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19));
        return this.get(ctor, region);
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

/***/ 6745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ escapeControlLines),
/* harmony export */   a2: () => (/* binding */ escapeMarkdownLinks),
/* harmony export */   hN: () => (/* binding */ escapeControl)
/* harmony export */ });
// Small escapes for text that came from a manifest (or AWS) on its way to a reader: markdown in PR
// comments and the job summary, and a terminal or the runner's log. Kept apart from the renderers
// so each renderer can call them wherever foreign text is printed.
/**
 * Control characters (C0, DEL, C1) and the Unicode bidirectional overrides, written out as `\uXXXX`.
 * A value like "\e]8;;https://evil\e\\" would otherwise reach a terminal or the log as an escape
 * sequence (hyperlinks, cleared screens, rewritten lines); bidi overrides reorder what is shown.
 */
function escapeControl(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Markdown that foreign text could start: links and images (`[text](url)`, `![alt](src)`,
 * `[ref]: url`) lose their brackets' meaning, and bare URLs (which GitHub links by itself) get a
 * zero-width space after the scheme or `www.` so they stay text.
 */
function escapeMarkdownLinks(text) {
    return text
        .replace(/[\\[\]]/g, (c) => `\\${c}`)
        .replace(/\b([a-z][a-z0-9+.-]*:)\/\//gi, '$1//\u200b')
        .replace(/\bwww\./gi, 'www.\u200b');
}
/** escapeControl line by line, for multi-line text whose line breaks are its own. */
function escapeControlLines(text) {
    return text.split('\n').map(escapeControl).join('\n');
}


/***/ })

};
