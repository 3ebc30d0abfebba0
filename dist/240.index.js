export const id = 240;
export const ids = [240];
export const modules = {

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

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ actionDocsUrl)
/* harmony export */ });
// Links from comments to this action's own docs (price sources, why a change is held back): the
// runner names the action's repository and ref (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF) for
// a `uses:` step; without them (a local run) comments carry no such link.
function actionDocsUrl(env = process.env) {
    const repo = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    if (!repo || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repo))
        return undefined;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${repo}/blob/${encodeURIComponent(ref)}/docs/comments.md`;
}


/***/ }),

/***/ 4947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ readManifest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/runner/read-manifest.ts
// Reading models.yaml safely, for the action and the CLI alike. A fork controls the file: it may be
// a symbolic link to any file of the runner (whose first characters would then appear in
// annotations and the comment), to /dev/zero (endless), or a FIFO (blocks the read forever).
// So: a path that is lexically inside `root` must really be inside it once links are resolved; only
// a regular file is read; and at most MAX_MANIFEST_BYTES of it.



/** 1 MiB: a manifest of thousands of deployments is a few hundred KiB. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
class ManifestFileError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestFileError';
    }
}
const inside = (root, p) => p === root || p.startsWith(root.endsWith((external_node_path_default()).sep) ? root : `${root}${(external_node_path_default()).sep}`);
/**
 * Reads `file` (relative to `root`, or absolute). `shown` names it in errors. A path outside `root`
 * to begin with is read only when `allowOutside` (the CLI's explicit paths); one that leaves `root`
 * through a symbolic link never is.
 */
async function readManifestFile(root, file, opts = {}) {
    const shown = opts.shown ?? file;
    const lexical = external_node_path_default().resolve(root, file);
    let realRoot;
    let real;
    try {
        realRoot = await (0,promises_.realpath)(root);
        real = await (0,promises_.realpath)(lexical);
    }
    catch (error) {
        const code = error.code;
        throw new ManifestFileError(code === 'ENOENT' ? `${shown} does not exist` : `cannot read ${shown} (${code ?? error.message})`);
    }
    const lexicallyInside = inside(external_node_path_default().resolve(root), lexical);
    if (!lexicallyInside && !opts.allowOutside)
        throw new ManifestFileError(`${shown} is outside the workspace`);
    if (lexicallyInside && !inside(realRoot, real))
        throw new ManifestFileError(`${shown} is a symbolic link to a file outside the workspace; refusing to read it`);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is then checked on the open file.
    const handle = await (0,promises_.open)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch((error) => {
        throw new ManifestFileError(`cannot read ${shown} (${error.code ?? error.message})`);
    });
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new ManifestFileError(`${shown} is not a regular file`);
        if (stat.size > MAX_MANIFEST_BYTES)
            throw new ManifestFileError(`${shown} is larger than 1 MiB (${stat.size} bytes); split the fleet into several manifests`);
        // Read one byte more than allowed, in case the file grew since stat.
        const buffer = Buffer.alloc(MAX_MANIFEST_BYTES + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > MAX_MANIFEST_BYTES)
                throw new ManifestFileError(`${shown} is larger than 1 MiB; split the fleet into several manifests`);
        }
        return buffer.subarray(0, length);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/action/manifest-file.ts
// Every mode reads the manifest the same way: from the workspace, with an error that says which
// input to fix. src/runner/read-manifest.ts refuses links out of the workspace, non-regular files
// and files over 1 MiB.

async function readManifest(relative) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    try {
        return await readManifestFile(workspace, relative, { shown: relative });
    }
    catch (error) {
        if (error instanceof ManifestFileError && / does not exist$/.test(error.message)) {
            throw new Error(`manifest: ${relative} does not exist in the repository (set the manifest input)`);
        }
        throw new Error(`manifest: ${error.message}`);
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

/***/ 9597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jD: () => (/* binding */ canonicalType),
  qs: () => (/* binding */ describeAccelerators),
  YC: () => (/* binding */ editDistance),
  XD: () => (/* binding */ findInstance),
  kJ: () => (/* binding */ knownInstanceTypes),
  Kt: () => (/* binding */ suggestInstance),
  _I: () => (/* binding */ supportsService)
});

// UNUSED EXPORTS: allInstances

;// CONCATENATED MODULE: ./src/core/data/instances.json
const instances_namespaceObject = /*#__PURE__*/JSON.parse('[{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":4,"type":"c6i.large","vcpu":2},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":8,"type":"c6i.xlarge","vcpu":4},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":16,"type":"c6i.2xlarge","vcpu":8},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":32,"type":"c6i.4xlarge","vcpu":16},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":64,"type":"c6i.8xlarge","vcpu":32},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":96,"type":"c6i.12xlarge","vcpu":48},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":128,"type":"c6i.16xlarge","vcpu":64},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":192,"type":"c6i.24xlarge","vcpu":96},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":256,"type":"c6i.32xlarge","vcpu":128},{"accelerator":"cpu","family":"c6i","gpus":0,"memoryGiB":256,"type":"c6i.metal","vcpu":128},{"accelerator":"cpu","family":"c7i","gpus":0,"memoryGiB":4,"type":"c7i.large","vcpu":2},{"accelerator":"cpu","family":"c7i","gpus":0,"memoryGiB":8,"type":"c7i.xlarge","vcpu":4},{"accelerator":"cpu","family":"c7i","gpus":0,"memoryGiB":16,"type":"c7i.2xlarge","vcpu":8},{"accelerator":"cpu","family":"c7i","gpus":0,"memoryGiB":32,"type":"c7i.4xlarge","vcpu":16},{"accelerator":"cpu","family":"c7i","gpus":0,"memoryGiB":64,"type":"c7i.8xlarge","vcpu":32},{"accelerator":"cpu","family":"c7i","gpus":0,"memoryGiB":192,"type":"c7i.24xlarge","vcpu":96},{"accelerator":"cpu","family":"c7i","gpus":0,"memoryGiB":384,"type":"c7i.48xlarge","vcpu":192},{"accelerator":"cpu","family":"c7i","gpus":0,"memoryGiB":384,"type":"c7i.metal-48xl","vcpu":192},{"accelerator":"nvidia-gpu","family":"g4dn","gpuMemoryMiBReportedByEC2":16384,"gpuModel":"NVIDIA T4","gpus":1,"memoryGiB":16,"nominalGpuMemoryGiB":16,"type":"g4dn.xlarge","vcpu":4},{"accelerator":"nvidia-gpu","family":"g4dn","gpuMemoryMiBReportedByEC2":16384,"gpuModel":"NVIDIA T4","gpus":1,"memoryGiB":32,"nominalGpuMemoryGiB":16,"type":"g4dn.2xlarge","vcpu":8},{"accelerator":"nvidia-gpu","family":"g4dn","gpuMemoryMiBReportedByEC2":16384,"gpuModel":"NVIDIA T4","gpus":1,"memoryGiB":64,"nominalGpuMemoryGiB":16,"type":"g4dn.4xlarge","vcpu":16},{"accelerator":"nvidia-gpu","family":"g4dn","gpuMemoryMiBReportedByEC2":16384,"gpuModel":"NVIDIA T4","gpus":1,"memoryGiB":128,"nominalGpuMemoryGiB":16,"type":"g4dn.8xlarge","vcpu":32},{"accelerator":"nvidia-gpu","family":"g4dn","gpuMemoryMiBReportedByEC2":16384,"gpuModel":"NVIDIA T4","gpus":4,"memoryGiB":192,"nominalGpuMemoryGiB":16,"type":"g4dn.12xlarge","vcpu":48},{"accelerator":"nvidia-gpu","family":"g4dn","gpuMemoryMiBReportedByEC2":16384,"gpuModel":"NVIDIA T4","gpus":1,"memoryGiB":256,"nominalGpuMemoryGiB":16,"type":"g4dn.16xlarge","vcpu":64},{"accelerator":"nvidia-gpu","family":"g4dn","gpuMemoryMiBReportedByEC2":16384,"gpuModel":"NVIDIA T4","gpus":8,"memoryGiB":384,"nominalGpuMemoryGiB":16,"type":"g4dn.metal","vcpu":96},{"accelerator":"nvidia-gpu","family":"g5","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA A10G","gpus":1,"memoryGiB":16,"nominalGpuMemoryGiB":24,"type":"g5.xlarge","vcpu":4},{"accelerator":"nvidia-gpu","family":"g5","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA A10G","gpus":1,"memoryGiB":32,"nominalGpuMemoryGiB":24,"type":"g5.2xlarge","vcpu":8},{"accelerator":"nvidia-gpu","family":"g5","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA A10G","gpus":1,"memoryGiB":64,"nominalGpuMemoryGiB":24,"type":"g5.4xlarge","vcpu":16},{"accelerator":"nvidia-gpu","family":"g5","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA A10G","gpus":1,"memoryGiB":128,"nominalGpuMemoryGiB":24,"type":"g5.8xlarge","vcpu":32},{"accelerator":"nvidia-gpu","family":"g5","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA A10G","gpus":4,"memoryGiB":192,"nominalGpuMemoryGiB":24,"type":"g5.12xlarge","vcpu":48},{"accelerator":"nvidia-gpu","family":"g5","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA A10G","gpus":1,"memoryGiB":256,"nominalGpuMemoryGiB":24,"type":"g5.16xlarge","vcpu":64},{"accelerator":"nvidia-gpu","family":"g5","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA A10G","gpus":4,"memoryGiB":384,"nominalGpuMemoryGiB":24,"type":"g5.24xlarge","vcpu":96},{"accelerator":"nvidia-gpu","family":"g5","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA A10G","gpus":8,"memoryGiB":768,"nominalGpuMemoryGiB":24,"type":"g5.48xlarge","vcpu":192},{"accelerator":"nvidia-gpu","family":"g6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":1,"memoryGiB":16,"nominalGpuMemoryGiB":24,"type":"g6.xlarge","vcpu":4},{"accelerator":"nvidia-gpu","family":"g6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":1,"memoryGiB":32,"nominalGpuMemoryGiB":24,"type":"g6.2xlarge","vcpu":8},{"accelerator":"nvidia-gpu","family":"g6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":1,"memoryGiB":64,"nominalGpuMemoryGiB":24,"type":"g6.4xlarge","vcpu":16},{"accelerator":"nvidia-gpu","family":"g6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":1,"memoryGiB":128,"nominalGpuMemoryGiB":24,"type":"g6.8xlarge","vcpu":32},{"accelerator":"nvidia-gpu","family":"g6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":4,"memoryGiB":192,"nominalGpuMemoryGiB":24,"type":"g6.12xlarge","vcpu":48},{"accelerator":"nvidia-gpu","family":"g6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":1,"memoryGiB":256,"nominalGpuMemoryGiB":24,"type":"g6.16xlarge","vcpu":64},{"accelerator":"nvidia-gpu","family":"g6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":4,"memoryGiB":384,"nominalGpuMemoryGiB":24,"type":"g6.24xlarge","vcpu":96},{"accelerator":"nvidia-gpu","family":"g6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":8,"memoryGiB":768,"nominalGpuMemoryGiB":24,"type":"g6.48xlarge","vcpu":192},{"accelerator":"nvidia-gpu","family":"g6e","gpuMemoryMiBReportedByEC2":45776,"gpuModel":"NVIDIA L40S","gpus":1,"memoryGiB":32,"nominalGpuMemoryGiB":48,"type":"g6e.xlarge","vcpu":4},{"accelerator":"nvidia-gpu","family":"g6e","gpuMemoryMiBReportedByEC2":45776,"gpuModel":"NVIDIA L40S","gpus":1,"memoryGiB":64,"nominalGpuMemoryGiB":48,"type":"g6e.2xlarge","vcpu":8},{"accelerator":"nvidia-gpu","family":"g6e","gpuMemoryMiBReportedByEC2":45776,"gpuModel":"NVIDIA L40S","gpus":1,"memoryGiB":128,"nominalGpuMemoryGiB":48,"type":"g6e.4xlarge","vcpu":16},{"accelerator":"nvidia-gpu","family":"g6e","gpuMemoryMiBReportedByEC2":45776,"gpuModel":"NVIDIA L40S","gpus":1,"memoryGiB":256,"nominalGpuMemoryGiB":48,"type":"g6e.8xlarge","vcpu":32},{"accelerator":"nvidia-gpu","family":"g6e","gpuMemoryMiBReportedByEC2":45776,"gpuModel":"NVIDIA L40S","gpus":4,"memoryGiB":384,"nominalGpuMemoryGiB":48,"type":"g6e.12xlarge","vcpu":48},{"accelerator":"nvidia-gpu","family":"g6e","gpuMemoryMiBReportedByEC2":45776,"gpuModel":"NVIDIA L40S","gpus":1,"memoryGiB":512,"nominalGpuMemoryGiB":48,"type":"g6e.16xlarge","vcpu":64},{"accelerator":"nvidia-gpu","family":"g6e","gpuMemoryMiBReportedByEC2":45776,"gpuModel":"NVIDIA L40S","gpus":4,"memoryGiB":768,"nominalGpuMemoryGiB":48,"type":"g6e.24xlarge","vcpu":96},{"accelerator":"nvidia-gpu","family":"g6e","gpuMemoryMiBReportedByEC2":45776,"gpuModel":"NVIDIA L40S","gpus":8,"memoryGiB":1536,"nominalGpuMemoryGiB":48,"type":"g6e.48xlarge","vcpu":192},{"accelerator":"nvidia-gpu","family":"gr6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":1,"memoryGiB":128,"nominalGpuMemoryGiB":24,"type":"gr6.4xlarge","vcpu":16},{"accelerator":"nvidia-gpu","family":"gr6","gpuMemoryMiBReportedByEC2":22888,"gpuModel":"NVIDIA L4","gpus":1,"memoryGiB":256,"nominalGpuMemoryGiB":24,"type":"gr6.8xlarge","vcpu":32},{"accelerator":"neuron","family":"inf2","gpuMemoryMiBReportedByEC2":32768,"gpuModel":"AWS Inferentia2","gpus":1,"memoryGiB":16,"neuronCoresPerDevice":2,"nominalGpuMemoryGiB":32,"type":"inf2.xlarge","vcpu":4},{"accelerator":"neuron","family":"inf2","gpuMemoryMiBReportedByEC2":32768,"gpuModel":"AWS Inferentia2","gpus":1,"memoryGiB":128,"neuronCoresPerDevice":2,"nominalGpuMemoryGiB":32,"type":"inf2.8xlarge","vcpu":32},{"accelerator":"neuron","family":"inf2","gpuMemoryMiBReportedByEC2":32768,"gpuModel":"AWS Inferentia2","gpus":6,"memoryGiB":384,"neuronCoresPerDevice":2,"nominalGpuMemoryGiB":32,"type":"inf2.24xlarge","vcpu":96},{"accelerator":"neuron","family":"inf2","gpuMemoryMiBReportedByEC2":32768,"gpuModel":"AWS Inferentia2","gpus":12,"memoryGiB":768,"neuronCoresPerDevice":2,"nominalGpuMemoryGiB":32,"type":"inf2.48xlarge","vcpu":192},{"accelerator":"cpu","family":"m5","gpus":0,"memoryGiB":8,"type":"m5.large","vcpu":2},{"accelerator":"cpu","family":"m5","gpus":0,"memoryGiB":16,"type":"m5.xlarge","vcpu":4},{"accelerator":"cpu","family":"m5","gpus":0,"memoryGiB":32,"type":"m5.2xlarge","vcpu":8},{"accelerator":"cpu","family":"m5","gpus":0,"memoryGiB":64,"type":"m5.4xlarge","vcpu":16},{"accelerator":"cpu","family":"m5","gpus":0,"memoryGiB":128,"type":"m5.8xlarge","vcpu":32},{"accelerator":"cpu","family":"m5","gpus":0,"memoryGiB":384,"type":"m5.metal","vcpu":96},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":8,"type":"m7i.large","vcpu":2},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":16,"type":"m7i.xlarge","vcpu":4},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":32,"type":"m7i.2xlarge","vcpu":8},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":64,"type":"m7i.4xlarge","vcpu":16},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":128,"type":"m7i.8xlarge","vcpu":32},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":256,"type":"m7i.16xlarge","vcpu":64},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":384,"type":"m7i.24xlarge","vcpu":96},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":768,"type":"m7i.48xlarge","vcpu":192},{"accelerator":"cpu","family":"m7i","gpus":0,"memoryGiB":768,"type":"m7i.metal-48xl","vcpu":192},{"accelerator":"nvidia-gpu","family":"p3","gpuMemoryMiBReportedByEC2":null,"gpuModel":"NVIDIA V100","gpus":1,"memoryGiB":61,"nominalGpuMemoryGiB":16,"type":"p3.2xlarge","vcpu":8},{"accelerator":"nvidia-gpu","family":"p3","gpuMemoryMiBReportedByEC2":null,"gpuModel":"NVIDIA V100","gpus":4,"memoryGiB":244,"nominalGpuMemoryGiB":16,"type":"p3.8xlarge","vcpu":32},{"accelerator":"nvidia-gpu","family":"p3","gpuMemoryMiBReportedByEC2":null,"gpuModel":"NVIDIA V100","gpus":8,"memoryGiB":488,"nominalGpuMemoryGiB":16,"type":"p3.16xlarge","vcpu":64},{"accelerator":"nvidia-gpu","family":"p4d","gpuMemoryMiBReportedByEC2":null,"gpuModel":"NVIDIA A100 40GB","gpus":8,"memoryGiB":1152,"nominalGpuMemoryGiB":40,"type":"p4d.24xlarge","vcpu":96},{"accelerator":"nvidia-gpu","family":"p4de","gpuMemoryMiBReportedByEC2":null,"gpuModel":"NVIDIA A100 80GB","gpus":8,"memoryGiB":1152,"nominalGpuMemoryGiB":80,"type":"p4de.24xlarge","vcpu":96},{"accelerator":"nvidia-gpu","family":"p5","gpuMemoryMiBReportedByEC2":81920,"gpuModel":"NVIDIA H100","gpus":1,"memoryGiB":256,"nominalGpuMemoryGiB":80,"type":"p5.4xlarge","vcpu":16},{"accelerator":"nvidia-gpu","family":"p5","gpuMemoryMiBReportedByEC2":81920,"gpuModel":"NVIDIA H100","gpus":8,"memoryGiB":2048,"nominalGpuMemoryGiB":80,"type":"p5.48xlarge","vcpu":192},{"accelerator":"nvidia-gpu","family":"p5e","gpuMemoryMiBReportedByEC2":144384,"gpuModel":"NVIDIA H200","gpus":8,"memoryGiB":2048,"nominalGpuMemoryGiB":141,"type":"p5e.48xlarge","vcpu":192},{"accelerator":"nvidia-gpu","family":"p5en","gpuMemoryMiBReportedByEC2":144384,"gpuModel":"NVIDIA H200","gpus":8,"memoryGiB":2048,"nominalGpuMemoryGiB":141,"type":"p5en.48xlarge","vcpu":192},{"accelerator":"neuron","family":"trn1","gpuMemoryMiBReportedByEC2":32768,"gpuModel":"AWS Trainium","gpus":1,"memoryGiB":32,"neuronCoresPerDevice":2,"nominalGpuMemoryGiB":32,"type":"trn1.2xlarge","vcpu":8},{"accelerator":"neuron","family":"trn1","gpuMemoryMiBReportedByEC2":32768,"gpuModel":"AWS Trainium","gpus":16,"memoryGiB":512,"neuronCoresPerDevice":2,"nominalGpuMemoryGiB":32,"type":"trn1.32xlarge","vcpu":128}]');
;// CONCATENATED MODULE: ./src/core/catalog/instances.ts
// Instance types the action knows hardware for, from the bundled instances.json.

function toSpec(r) {
    const spec = { type: r.type, family: r.family, vcpu: r.vcpu, memoryGiB: r.memoryGiB, gpus: r.gpus, accelerator: r.accelerator };
    if (r.gpus > 0) {
        if (r.gpuModel)
            spec.gpuModel = r.gpuModel;
        if (r.nominalGpuMemoryGiB !== undefined)
            spec.nominalGpuMemoryGiB = r.nominalGpuMemoryGiB;
        if (typeof r.gpuMemoryMiBReportedByEC2 === 'number') {
            spec.gpuMemoryMiBPerDevice = r.gpuMemoryMiBReportedByEC2;
        }
        else if (r.nominalGpuMemoryGiB) {
            spec.gpuMemoryMiBPerDevice = r.nominalGpuMemoryGiB * 1024;
            spec.gpuMemoryIsNominal = true;
        }
    }
    return spec;
}
const INSTANCES = instances_namespaceObject.map(toSpec);
const BY_TYPE = new Map(INSTANCES.map((i) => [i.type, i]));
/**
 * Families offered for SageMaker real-time hosting: those with `ml.` prices in the data plus the
 * documented hosting families. c5 has SageMaker prices but no hardware row, so it is not listed
 * by `findInstance`.
 */
const SAGEMAKER_FAMILIES = new Set(['g4dn', 'g5', 'g6', 'g6e', 'p3', 'p4d', 'p4de', 'p5', 'p5e', 'p5en', 'inf2', 'trn1', 'c5', 'c6i', 'c7i', 'm5']);
function canonicalType(text) {
    return text.trim().toLowerCase().replace(/^ml\./, '');
}
/** Accepts `g5.2xlarge` or `ml.g5.2xlarge`, any case. */
function findInstance(type) {
    return BY_TYPE.get(canonicalType(type));
}
function supportsService(type, service) {
    const spec = findInstance(type);
    if (!spec)
        return false;
    if (service !== 'sagemaker')
        return true;
    // SageMaker has no bare-metal hosting instances.
    return SAGEMAKER_FAMILIES.has(spec.family) && !spec.type.includes('.metal');
}
function knownInstanceTypes(service) {
    return INSTANCES.filter((i) => supportsService(i.type, service)).map((i) => i.type);
}
function allInstances() {
    return INSTANCES;
}
/** Closest known type by edit distance, or undefined when nothing is reasonably close. */
function suggestInstance(text, service) {
    const wanted = canonicalType(text);
    if (!wanted)
        return undefined;
    const known = knownInstanceTypes(service);
    // An abbreviation (`g5.2xl`) is a prefix of what was meant.
    const completions = known.filter((type) => type.startsWith(wanted));
    if (completions.length > 0)
        return completions.sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
    let best;
    let bestDistance = Infinity;
    for (const type of known) {
        const d = editDistance(wanted, type);
        if (d < bestDistance) {
            best = type;
            bestDistance = d;
        }
    }
    // More than about half the name wrong is not a typo any more.
    return bestDistance <= Math.max(2, Math.floor(wanted.length / 2)) ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
/** Short hardware text for messages: `1 \u00d7 A10G`, `8 \u00d7 H100`, `2 \u00d7 Inferentia2`. */
function describeAccelerators(spec) {
    if (spec.gpus === 0 || !spec.gpuModel)
        return 'no GPU';
    return `${spec.gpus} \u00d7 ${spec.gpuModel.replace(/^(NVIDIA|AWS) /, '')}`;
}


/***/ }),

/***/ 5641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ findModel)
/* harmony export */ });
/* unused harmony export knownModels */
// Popular Hugging Face models with the facts the fit check needs. Parameter counts are the totals
// given on the model cards (MoE: all experts; `activeParamsB` per token). `contextLength` is the
// config's max_position_embeddings. KV shapes are from the configs; for models with sliding-window
// layers (Gemma 2/3, gpt-oss) a full-length KV estimate is an upper bound.
const kv = (layers, kvHeads, headDim) => ({ layers, kvHeads, headDim });
const chat = (id, paramsB, contextLength, shape, extra = {}) => ({
    id,
    paramsB,
    dtype: 'bf16',
    kind: 'chat',
    gated: false,
    contextLength,
    ...(shape ? { kv: shape } : {}),
    ...extra
});
const embedding = (id, paramsB, dtype, contextLength) => ({
    id,
    paramsB,
    dtype,
    kind: 'embedding',
    gated: false,
    contextLength
});
// Meta and Google require accepting their license; mistralai repos require sharing contact details.
const gated = { gated: true };
const MODELS = [
    // Qwen2.5
    chat('Qwen/Qwen2.5-0.5B-Instruct', 0.49, 32768, kv(24, 2, 64)),
    chat('Qwen/Qwen2.5-1.5B-Instruct', 1.54, 32768, kv(28, 2, 128)),
    chat('Qwen/Qwen2.5-3B-Instruct', 3.09, 32768, kv(36, 2, 128)),
    chat('Qwen/Qwen2.5-7B-Instruct', 7.61, 32768, kv(28, 4, 128)),
    chat('Qwen/Qwen2.5-14B-Instruct', 14.7, 32768, kv(48, 8, 128)),
    chat('Qwen/Qwen2.5-32B-Instruct', 32.5, 32768, kv(64, 8, 128)),
    chat('Qwen/Qwen2.5-72B-Instruct', 72.7, 32768, kv(80, 8, 128)),
    chat('Qwen/Qwen2.5-Coder-7B-Instruct', 7.61, 32768, kv(28, 4, 128)),
    chat('Qwen/Qwen2.5-Coder-32B-Instruct', 32.5, 32768, kv(64, 8, 128)),
    // Qwen3
    chat('Qwen/Qwen3-0.6B', 0.6, 40960, kv(28, 8, 128)),
    chat('Qwen/Qwen3-1.7B', 1.7, 40960, kv(28, 8, 128)),
    chat('Qwen/Qwen3-4B', 4.0, 40960, kv(36, 8, 128)),
    chat('Qwen/Qwen3-8B', 8.2, 40960, kv(36, 8, 128)),
    chat('Qwen/Qwen3-14B', 14.8, 40960, kv(40, 8, 128)),
    chat('Qwen/Qwen3-32B', 32.8, 40960, kv(64, 8, 128)),
    chat('Qwen/Qwen3-30B-A3B', 30.5, 40960, kv(48, 4, 128), { activeParamsB: 3.3 }),
    chat('Qwen/Qwen3-235B-A22B', 235, 40960, kv(94, 4, 128), { activeParamsB: 22 }),
    // Llama
    chat('meta-llama/Llama-3.1-8B-Instruct', 8.03, 131072, kv(32, 8, 128), gated),
    chat('meta-llama/Llama-3.1-70B-Instruct', 70.6, 131072, kv(80, 8, 128), gated),
    chat('meta-llama/Llama-3.1-405B-Instruct', 405.9, 131072, kv(126, 8, 128), gated),
    chat('meta-llama/Llama-3.2-1B-Instruct', 1.24, 131072, kv(16, 8, 64), gated),
    chat('meta-llama/Llama-3.2-3B-Instruct', 3.21, 131072, kv(28, 8, 128), gated),
    chat('meta-llama/Llama-3.3-70B-Instruct', 70.6, 131072, kv(80, 8, 128), gated),
    // Mistral
    chat('mistralai/Mistral-7B-Instruct-v0.3', 7.25, 32768, kv(32, 8, 128), gated),
    chat('mistralai/Mistral-Small-24B-Instruct-2501', 23.6, 32768, kv(40, 8, 128), gated),
    chat('mistralai/Mixtral-8x7B-Instruct-v0.1', 46.7, 32768, kv(32, 8, 128), { ...gated, activeParamsB: 12.9 }),
    chat('mistralai/Mixtral-8x22B-Instruct-v0.1', 141, 65536, kv(56, 8, 128), { ...gated, activeParamsB: 39 }),
    // Gemma (2-2b-it is published in fp32)
    chat('google/gemma-2-2b-it', 2.61, 8192, kv(26, 4, 256), { ...gated, dtype: 'fp32' }),
    chat('google/gemma-2-9b-it', 9.24, 8192, kv(42, 8, 256), gated),
    chat('google/gemma-2-27b-it', 27.2, 8192, kv(46, 16, 128), gated),
    chat('google/gemma-3-1b-it', 1.0, 32768, kv(26, 1, 256), gated),
    chat('google/gemma-3-4b-it', 4.3, 131072, kv(34, 4, 256), gated),
    chat('google/gemma-3-12b-it', 12.2, 131072, kv(48, 8, 256), gated),
    chat('google/gemma-3-27b-it', 27.4, 131072, kv(62, 16, 128), gated),
    // Phi
    chat('microsoft/Phi-3.5-mini-instruct', 3.82, 131072, kv(32, 32, 96)),
    chat('microsoft/phi-4', 14.7, 16384, kv(40, 10, 128)),
    chat('microsoft/Phi-4-mini-instruct', 3.84, 131072, kv(32, 8, 128)),
    // DeepSeek R1 distills
    chat('deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B', 1.78, 131072, kv(28, 2, 128)),
    chat('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 7.62, 131072, kv(28, 4, 128)),
    chat('deepseek-ai/DeepSeek-R1-Distill-Qwen-14B', 14.8, 131072, kv(48, 8, 128)),
    chat('deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 32.8, 131072, kv(64, 8, 128)),
    chat('deepseek-ai/DeepSeek-R1-Distill-Llama-8B', 8.03, 131072, kv(32, 8, 128)),
    chat('deepseek-ai/DeepSeek-R1-Distill-Llama-70B', 70.6, 131072, kv(80, 8, 128)),
    // gpt-oss: MoE weights in MXFP4, the rest in bf16, hence the published checkpoint size.
    chat('openai/gpt-oss-20b', 20.9, 131072, kv(24, 8, 64), { dtype: 'mxfp4', activeParamsB: 3.6, checkpointGiB: 12.8 }),
    chat('openai/gpt-oss-120b', 116.8, 131072, kv(36, 8, 64), { dtype: 'mxfp4', activeParamsB: 5.1, checkpointGiB: 60.8 }),
    // Embeddings
    embedding('BAAI/bge-m3', 0.568, 'fp32', 8194),
    embedding('intfloat/e5-mistral-7b-instruct', 7.11, 'fp16', 32768),
    embedding('Qwen/Qwen3-Embedding-0.6B', 0.6, 'bf16', 40960),
    embedding('Qwen/Qwen3-Embedding-4B', 4.02, 'bf16', 40960),
    embedding('Qwen/Qwen3-Embedding-8B', 7.57, 'bf16', 40960),
    embedding('nomic-ai/nomic-embed-text-v1.5', 0.137, 'fp32', 8192)
];
const BY_ID = new Map(MODELS.map((m) => [m.id.toLowerCase(), m]));
/** Case-insensitive exact repo id match; no fuzzy matching, a near miss is a different model. */
function findModel(id) {
    return BY_ID.get(id.trim().toLowerCase());
}
function knownModels() {
    return MODELS;
}


/***/ }),

/***/ 4022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ checkBudget),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   a3: () => (/* binding */ estimateCost)
/* harmony export */ });
/* unused harmony exports HOURS_PER_MONTH, DEFAULT_ROOT_VOLUME_GIB, summarizeCosts, formatDelta */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8571);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3241);
/* harmony import */ var _schedule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1058);
// Monthly cost estimate of one deployment, and the totals a plan shows.
//
// Rules, so every number can be explained:
// - A month is 730 hours. A schedule reduces instance hours to its up hours (schedule.ts); a ttl
//   shorter than that caps them at the deployment's lifetime; `protect` ignores both, as teardown does.
// - Instances: price \u00d7 scaling.min \u2026 price \u00d7 scaling.max for those hours. No instance price means
//   the totals are null (unknown), never a guess.
// - Extras that a stack creates: the ALB (ecs/ec2) runs all month even when instances are scaled to
//   zero or scheduled down; a generated API-key secret; a gp3 root volume per running instance
//   (ecs/ec2, size assumed). Usage charges (ALB LCUs, data transfer, the SageMaker front end's
//   requests) are not estimated.
// - An extra without a price in the deployment's region is left out of the totals and listed in
//   `unknown`; us-east-1 prices are never used for another region.



const HOURS_PER_MONTH = 730;
/** Root volume assumed per ecs/ec2 instance until the stack template states its size. */
const DEFAULT_ROOT_VOLUME_GIB = 100;
function instanceHours(spec) {
    if (spec.protect) {
        return { hours: HOURS_PER_MONTH, ...(spec.schedule || spec.ttl ? { note: 'protect: never torn down or scheduled down, so 730 h' } : {}) };
    }
    let hours = HOURS_PER_MONTH;
    const notes = [];
    if (spec.schedule) {
        hours = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .upHoursPerMonth */ .Ux)(spec.schedule);
        notes.push(`schedule: up ${round1(hours)} h of 730 h (${spec.schedule.timezone})`);
    }
    const ttlSeconds = spec.ttl ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(spec.ttl) : undefined;
    if (ttlSeconds !== undefined && ttlSeconds / 3600 < hours) {
        hours = ttlSeconds / 3600;
        notes.push(`ttl ${spec.ttl}: torn down after ${round1(hours)} h, so the month shows its whole lifetime`);
    }
    return { hours, ...(notes.length ? { note: notes.join('; ') } : {}) };
}
/** Hours the stack itself exists in the month: a ttl ends it, a schedule does not. */
function stackHours(spec) {
    const ttlSeconds = !spec.protect && spec.ttl ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(spec.ttl) : undefined;
    return ttlSeconds !== undefined ? Math.min(HOURS_PER_MONTH, ttlSeconds / 3600) : HOURS_PER_MONTH;
}
function missing(what, region, kind) {
    const known = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .extraPriceRegions */ .j0)(kind);
    return `no ${what} price for ${region} in the bundled data (known for ${known.join(', ') || 'no region'}); left out of the total`;
}
function estimateCost(spec, options = {}) {
    const lines = [];
    const unknown = [];
    const { min, max } = spec.scaling;
    const { hours, note: hoursNote } = instanceHours(spec);
    const lifetime = stackHours(spec);
    const book = options.prices;
    const price = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .instanceHourlyPrice */ .gp)(spec.service, spec.instance, spec.region, { spot: spec.spot, prices: book, subnetIds: spec.network?.subnet_ids });
    const name = spec.service === 'sagemaker' ? `ml.${spec.instance}` : spec.instance;
    const notes = [hoursNote, spec.spot && price.spotIndicative ? 'spot: indicative average, interruptions possible' : undefined];
    if (spec.spot && price.spotZone) {
        const { zone, inSubnets } = price.spotZone;
        notes.push(`spot: cheapest zone ${zone}${inSubnets === false ? ', not one of its subnets\u2019 zones' : inSubnets === true ? ', in its subnets' : ''}; interruptions possible`);
    }
    if (spec.spot && spec.service === 'sagemaker')
        notes.push('SageMaker hosting has no spot; on-demand price');
    if (price.estimate)
        notes.push('ESTIMATE');
    lines.push({
        label: `${name} \u00d7 ${min === max ? min : `${min}\u2013${max}`}${spec.spot && spec.service !== 'sagemaker' ? ' (spot)' : ''}`,
        period: 'hourly',
        usd: price.usd,
        quantity: { min, max },
        hours,
        monthlyMin: price.usd === null ? null : price.usd * min * hours,
        monthlyMax: price.usd === null ? null : price.usd * max * hours,
        ...(price.estimate ? { estimate: true } : {}),
        ...(joinNotes(notes) ? { note: joinNotes(notes) } : {}),
        ...(price.label ? { source: price.label } : {})
    });
    if (price.usd === null)
        unknown.push(price.source);
    let hourlyExtras = 0;
    if (spec.service !== 'sagemaker') {
        const alb = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .albHourlyPrice */ .ik)(spec.region, book);
        lines.push({
            label: 'Application Load Balancer',
            period: 'hourly',
            usd: alb?.usd ?? null,
            quantity: { min: 1, max: 1 },
            hours: lifetime,
            monthlyMin: alb ? alb.usd * lifetime : null,
            monthlyMax: alb ? alb.usd * lifetime : null,
            ...(alb ? {} : { excluded: true }),
            note: 'always on, also while scaled to zero or scheduled down; LCU (traffic) charges not included',
            ...(alb ? { source: alb.label } : {})
        });
        if (alb)
            hourlyExtras += alb.usd;
        else
            unknown.push(missing('ALB', spec.region, 'alb'));
        const gib = options.rootVolumeGiB ?? DEFAULT_ROOT_VOLUME_GIB;
        const ebs = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .ebsGp3MonthlyPricePerGB */ .bU)(spec.region, book);
        const perInstance = ebs ? (ebs.usd * gib * hours) / HOURS_PER_MONTH : null;
        lines.push({
            label: `EBS gp3 root volume ${gib} GiB \u00d7 ${min === max ? min : `${min}\u2013${max}`}`,
            period: 'monthly',
            usd: ebs ? ebs.usd * gib : null,
            quantity: { min, max },
            monthlyMin: perInstance === null ? null : perInstance * min,
            monthlyMax: perInstance === null ? null : perInstance * max,
            ...(ebs ? {} : { excluded: true }),
            note: `size assumed (${gib} GiB per instance); billed while instances exist`,
            ...(ebs ? { source: ebs.label } : {})
        });
        if (!ebs)
            unknown.push(missing('EBS gp3', spec.region, 'ebs'));
    }
    else {
        lines.push({
            label: 'Endpoint front end (serverless)',
            period: 'monthly',
            usd: null,
            quantity: { min: 1, max: 1 },
            monthlyMin: null,
            monthlyMax: null,
            excluded: true,
            note: 'usage-based, not included'
        });
    }
    if (spec.api_key === 'generate') {
        const secret = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .secretMonthlyPrice */ .rK)(spec.region);
        const share = lifetime / HOURS_PER_MONTH;
        lines.push({
            label: 'Secrets Manager secret (generated API key)',
            period: 'monthly',
            usd: secret?.usd ?? null,
            quantity: { min: 1, max: 1 },
            monthlyMin: secret ? secret.usd * share : null,
            monthlyMax: secret ? secret.usd * share : null,
            ...(secret ? { source: secret.label } : { excluded: true })
        });
        if (!secret)
            unknown.push(missing('Secrets Manager', spec.region, 'secret'));
    }
    const total = (pick) => {
        if (price.usd === null)
            return null;
        return lines.filter((l) => !l.excluded).reduce((sum, l) => sum + (pick(l) ?? 0), 0);
    };
    return {
        hourlyMin: price.usd === null ? null : round4(price.usd * min + hourlyExtras),
        hourlyMax: price.usd === null ? null : round4(price.usd * max + hourlyExtras),
        monthlyMin: round2(total((l) => l.monthlyMin)),
        monthlyMax: round2(total((l) => l.monthlyMax)),
        hoursPerMonth: hours,
        lines,
        unknown,
        priceDate: price.date ?? 'unknown',
        estimate: lines.some((l) => l.estimate && !l.excluded),
        ...(price.label ? { priceSource: price.label } : {})
    };
}
function sumTotals(costs) {
    const add = (pick) => costs.reduce((sum, c) => (sum === null || pick(c) === null ? null : sum + pick(c)), 0);
    return {
        hourlyMin: round4(add((c) => c.hourlyMin)),
        hourlyMax: round4(add((c) => c.hourlyMax)),
        monthlyMin: round2(add((c) => c.monthlyMin)),
        monthlyMax: round2(add((c) => c.monthlyMax))
    };
}
/** Totals before (live) and after (desired) a plan, and the change between them. */
function summarizeCosts(desired, live) {
    const d = sumTotals(desired);
    const l = sumTotals(live);
    const diff = (a, b) => (a === null || b === null ? null : round2(a - b));
    return {
        desired: d,
        live: l,
        delta: { monthlyMin: diff(d.monthlyMin, l.monthlyMin), monthlyMax: diff(d.monthlyMax, l.monthlyMax) },
        unknown: [...new Set([...desired, ...live].flatMap((c) => c.unknown))],
        headline: formatDelta(l.monthlyMin, d.monthlyMin)
    };
}
/** "Monthly estimate increases by $1,234 (+56%)" / "decreases by \u2026" / "does not change". */
function formatDelta(before, after) {
    if (before === null || after === null)
        return 'Monthly estimate change is unknown';
    const delta = round2(after - before);
    if (Math.abs(delta) < 0.005)
        return 'Monthly estimate does not change';
    const verb = delta > 0 ? 'increases' : 'decreases';
    const amount = formatUsd(Math.abs(delta), Math.abs(delta) >= 100 ? 0 : 2);
    let relative;
    if (before === 0)
        relative = `from ${formatUsd(0, 0)}`;
    else {
        const pct = (delta / before) * 100;
        relative = Math.abs(pct) < 1 ? `${delta > 0 ? '+' : '-'}<1%` : `${delta > 0 ? '+' : '-'}${Math.round(Math.abs(pct))}%`;
    }
    return `Monthly estimate ${verb} by ${amount} (${relative})`;
}
/**
 * `$1,105.95`; "unknown" for null. `digits` above 2 shows up to that many decimals where they
 * carry information (hourly prices: 1.515 \u2192 `$1.515`, 3.03 \u2192 `$3.03`); 0 gives whole dollars.
 */
function formatUsd(n, digits = 2) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return 'unknown';
    const formatted = new Intl.NumberFormat('en-US', {
        minimumFractionDigits: Math.min(2, digits),
        maximumFractionDigits: digits
    }).format(Math.abs(n));
    return `${n < 0 && formatted.replace(/[0.,]/g, '') !== '' ? '-' : ''}$${formatted}`;
}
/**
 * One message per budget that is exceeded or cannot be checked; empty when all is well. Budgets
 * hold at both ends of autoscaling: raising scaling.max can add as much to the bill as a new
 * deployment, so the maximum is checked as well and the message names the basis that failed.
 */
function checkBudget(input) {
    const problems = [];
    const why = input.unknown?.length ? `: the estimate is unknown for ${input.unknown.join('; ')}` : ': the estimate is unknown';
    const check = (budget, name, what, min, max) => {
        if (min === null) {
            problems.push(`cannot check ${name}${why}`);
            return;
        }
        if (round2(min) > budget) {
            problems.push(`${what} ${formatUsd(min)} at minimum scale exceeds ${name} ${formatUsd(budget)}`);
        }
        else if (max !== undefined && max !== null && round2(max) > budget) {
            problems.push(`${what} ${formatUsd(max)} at maximum scale (every deployment at scaling.max) exceeds ${name} ${formatUsd(budget)}; at minimum scale it is ${formatUsd(min)}`);
        }
    };
    if (input.maxMonthlyIncrease !== undefined)
        check(input.maxMonthlyIncrease, 'max-monthly-increase', 'Monthly estimate increase', input.monthlyDelta, input.monthlyDeltaMax);
    if (input.maxMonthlyTotal !== undefined)
        check(input.maxMonthlyTotal, 'max-monthly-total', 'Monthly estimate', input.monthlyTotal, input.monthlyTotalMax);
    return problems;
}
function joinNotes(notes) {
    const kept = notes.filter((n) => Boolean(n));
    return kept.length ? kept.join('; ') : undefined;
}
function round1(n) {
    return Math.round(n * 10) / 10;
}
function round2(n) {
    return (n === null ? null : Math.round(n * 100) / 100);
}
function round4(n) {
    return (n === null ? null : Math.round(n * 10000) / 10000);
}


/***/ }),

/***/ 1628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ checkFit)
/* harmony export */ });
/* unused harmony export suggestInstanceThatFits */
/* harmony import */ var _catalog_instances_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9597);
/* harmony import */ var _catalog_models_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5641);
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7808);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3241);
// Does the model fit the accelerator memory of the instance? A deliberately simple model:
//
//   needed    = weights + KV cache (when a context length is known) + headroom
//   weights   = parameters \u00d7 bits per weight (dtype, quantization, GGUF type; see weightFormat)
//   KV cache  = 2 \u00d7 layers \u00d7 KV heads \u00d7 head dim \u00d7 tokens \u00d7 bytes, for one sequence of
//               max-model-len tokens (vLLM refuses to start unless one such sequence fits)
//   headroom  = max(10 % of weights, 1.5 GiB per device used): activations, CUDA context, graphs
//   available = EC2-reported memory per device \u00d7 devices used \u00d7 the engine's memory fraction
//               (vLLM gpu-memory-utilization, default 0.9; TGI cuda-memory-fraction, default 1.0)
//
// Within 10 % of the available memory is "tight". CPU-only instances serve only with llama.cpp,
// checked against host RAM minus 2 GiB for the OS and agents; vLLM and TGI images need a GPU.




const GIB = 1024 ** 3;
const TIGHT_MARGIN = 0.1;
const HEADROOM_FRACTION = 0.1;
const HEADROOM_PER_DEVICE_GIB = 1.5;
const HOST_RESERVED_GIB = 2;
/**
 * Effective bits per weight of llama.cpp GGUF types, including the higher-precision tensors the
 * K-quant mixes keep (approximate, as reported by llama.cpp's quantize tool for Llama-class models).
 */
const GGUF_BITS = {
    Q2_K: 3.0,
    Q3_K_S: 3.5,
    Q3_K_M: 3.91,
    Q3_K_L: 4.27,
    Q4_0: 4.55,
    Q4_1: 5.0,
    Q4_K_S: 4.58,
    Q4_K_M: 4.85,
    Q5_0: 5.54,
    Q5_1: 6.0,
    Q5_K_S: 5.54,
    Q5_K_M: 5.69,
    Q6_K: 6.56,
    Q8_0: 8.5,
    F16: 16,
    BF16: 16,
    F32: 32
};
const DEFAULT_GGUF = 'Q4_K_M';
/** AWQ/GPTQ int4: 4-bit weights with group-128 scales; embeddings and lm_head usually stay 16-bit. */
const INT4_BITS = 4.5;
function argString(args, ...keys) {
    for (const k of keys)
        if (args[k] !== undefined && args[k] !== '')
            return String(args[k]).trim().toLowerCase();
    return undefined;
}
function ggufType(args, model) {
    const texts = [...Object.values(args).filter((v) => typeof v === 'string'), model];
    for (const text of texts) {
        const match = /(?:^|[^a-z0-9])(q[2-8]_k_[sml]|q[2-8]_k|q[4-8]_[01]|bf16|f16|f32)(?:[^a-z0-9]|$)/i.exec(text);
        if (match) {
            const name = match[1].toUpperCase();
            if (GGUF_BITS[name] !== undefined)
                return name;
            if (GGUF_BITS[`${name}_M`] !== undefined)
                return `${name}_M`;
        }
    }
    return DEFAULT_GGUF;
}
/** Quantization named in engine args, or failing that in the repo id (`\u2026-AWQ`, `\u2026-FP8`). */
function quantizationBits(quant) {
    if (/^(awq|gptq|awq-marlin|gptq-marlin|marlin|bitsandbytes-nf4|bitsandbytes-fp4|int4)$/.test(quant))
        return { bits: INT4_BITS, label: `${quant} 4-bit` };
    if (/^(fp8|fbgemm-fp8|modelopt|eetq|int8|w8a8|experts-int8)$/.test(quant))
        return { bits: 8, label: `${quant} 8-bit` };
    if (quant === 'mxfp4')
        return { bits: 4.25, label: 'mxfp4' };
    return undefined;
}
function weightFormat(spec, args, model) {
    if (spec.engine === 'llama.cpp') {
        const type = ggufType(args, spec.model);
        return { bits: GGUF_BITS[type], label: `GGUF ${type}` };
    }
    // TGI's plain `bitsandbytes` is 8-bit; vLLM's in-flight bitsandbytes is 4-bit.
    const quant = argString(args, 'quantization', 'quantize', 'q');
    if (quant === 'bitsandbytes')
        return spec.engine === 'tgi' ? { bits: 8, label: 'bitsandbytes 8-bit' } : { bits: INT4_BITS, label: 'bitsandbytes 4-bit' };
    if (quant)
        return quantizationBits(quant) ?? { unsupported: quant };
    const id = spec.model.toLowerCase();
    if (/(^|[-_/])(awq|gptq-int4|int4|4bit|bnb-4bit)($|[-_])/.test(id))
        return { bits: INT4_BITS, label: 'int4 (per the repo name)' };
    if (/(^|[-_/])(fp8|fp8-dynamic|int8|w8a8|gptq-int8)($|[-_])/.test(id))
        return { bits: 8, label: '8-bit (per the repo name)' };
    const dtype = argString(args, 'dtype');
    if (dtype === 'float32' || dtype === 'float')
        return { bits: 32, label: 'fp32' };
    if (dtype === 'float16' || dtype === 'half')
        return { bits: 16, label: 'fp16' };
    if (dtype === 'bfloat16')
        return { bits: 16, label: 'bf16' };
    if (!model)
        return { bits: 16, label: '16-bit (assumed)' };
    switch (model.dtype) {
        case 'mxfp4':
            return { bits: 4.25, label: 'mxfp4', ...(model.checkpointGiB ? { fixedGiB: model.checkpointGiB } : {}) };
        case 'fp8':
            return { bits: 8, label: 'fp8' };
        case 'fp32':
            // dtype auto serves fp32 checkpoints in half precision.
            return { bits: 16, label: 'fp16 (fp32 checkpoint, dtype auto)' };
        default:
            return { bits: 16, label: model.dtype };
    }
}
/** Catalog entry for the repo id itself, or for the base model of a quantized upload. */
function catalogModel(id) {
    return (0,_catalog_models_js__WEBPACK_IMPORTED_MODULE_1__/* .findModel */ .P)(id) ?? (0,_catalog_models_js__WEBPACK_IMPORTED_MODULE_1__/* .findModel */ .P)(id.replace(/-(awq|gptq-int4|gptq-int8|fp8|fp8-dynamic|gguf|bnb-4bit)$/i, ''));
}
function memoryFraction(spec, args) {
    if (spec.engine === 'vllm') {
        const f = (0,_launch_js__WEBPACK_IMPORTED_MODULE_2__/* .argNumber */ .GJ)(args, 'gpu-memory-utilization');
        return { fraction: f !== undefined && f <= 1 ? f : 0.9, label: 'gpu-memory-utilization' };
    }
    if (spec.engine === 'tgi') {
        const f = (0,_launch_js__WEBPACK_IMPORTED_MODULE_2__/* .argNumber */ .GJ)(args, 'cuda-memory-fraction');
        return { fraction: f !== undefined && f <= 1 ? f : 1, label: 'cuda-memory-fraction' };
    }
    return { fraction: 1, label: 'all device memory' };
}
function contextTokens(spec, args, model) {
    const explicit = (0,_launch_js__WEBPACK_IMPORTED_MODULE_2__/* .argNumber */ .GJ)(args, 'max-model-len', 'max-total-tokens', 'ctx-size', 'c');
    if (explicit !== undefined)
        return { tokens: explicit, explicit: true };
    // vLLM defaults to the model's full context; TGI and llama.cpp pick small defaults themselves.
    if (spec.engine === 'vllm' && model)
        return { tokens: model.contextLength, explicit: false };
    return undefined;
}
function kvGiB(model, tokens, args) {
    if (!model?.kv || model.kind !== 'chat')
        return undefined;
    const bytes = (argString(args, 'kv-cache-dtype') ?? '').startsWith('fp8') ? 1 : 2;
    return (2 * model.kv.layers * model.kv.kvHeads * model.kv.headDim * tokens * bytes) / GIB;
}
const gib = (n) => n.toFixed(1);
const COUNT = new Intl.NumberFormat('en-US');
const count = (n) => COUNT.format(n);
function checkFit(spec) {
    return fit(spec, true);
}
function fit(spec, withSuggestion) {
    const instance = (0,_catalog_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .findInstance */ .XD)(spec.instance);
    if (!instance)
        return { status: 'not-applicable', message: `not checked: unknown instance type ${spec.instance}` };
    const model = catalogModel(spec.model);
    const args = (0,_launch_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeArgs */ .Nk)(spec.engine_args);
    const paramsB = spec.params_b ?? model?.paramsB;
    if (paramsB === undefined)
        return { status: 'unknown', message: 'not checked: parameter count unknown (set params_b)' };
    const paramsSource = spec.params_b !== undefined ? 'manifest' : 'catalog';
    const format = weightFormat(spec, args, model);
    if ('unsupported' in format) {
        return { status: 'unknown', paramsSource, message: `not checked: unknown quantization "${format.unsupported}" (bits per weight unknown)` };
    }
    const weights = format.fixedGiB !== undefined && spec.params_b === undefined ? format.fixedGiB : (paramsB * 1e9 * format.bits) / 8 / GIB;
    const suggest = () => (withSuggestion ? suggestInstanceThatFits(spec) : undefined);
    const parts = [`${gib(weights)} GiB ${format.label} weights`];
    if (instance.accelerator === 'cpu' || (instance.accelerator === 'neuron' && spec.engine === 'llama.cpp')) {
        if (spec.engine !== 'llama.cpp') {
            const hint = suggest();
            return {
                status: 'no-fit',
                paramsSource,
                message: `${spec.engine} needs a GPU but ${instance.type} has none; use a GPU instance${hint ? ` such as ${hint}` : ''}, or engine llama.cpp to serve on CPU`
            };
        }
        if (instance.accelerator === 'neuron') {
            return { status: 'no-fit', paramsSource, message: `llama.cpp cannot use the Neuron accelerators of ${instance.type}; use a GPU or CPU instance` };
        }
    }
    const onCpu = instance.accelerator === 'cpu';
    // The same count the engine is started with (launch.ts), never a separate guess.
    const devices = onCpu ? 1 : (0,_launch_js__WEBPACK_IMPORTED_MODULE_2__/* .planLaunch */ .NC)(spec).devices;
    if (!onCpu && devices > instance.gpus) {
        return { status: 'no-fit', paramsSource, message: `engine_args ask for ${devices} devices but ${instance.type} has ${(0,_catalog_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAccelerators */ .qs)(instance)}` };
    }
    const context = contextTokens(spec, args, model);
    const kv = context ? kvGiB(model, context.tokens, args) : undefined;
    const headroom = Math.max(HEADROOM_FRACTION * weights, HEADROOM_PER_DEVICE_GIB * devices);
    const base = weights + headroom;
    const needed = base + (kv ?? 0);
    if (kv !== undefined && context)
        parts.push(`${gib(kv)} GiB KV cache for ${count(context.tokens)} tokens`);
    parts.push(`${gib(headroom)} GiB headroom`);
    let available;
    let where;
    if (onCpu) {
        available = instance.memoryGiB - HOST_RESERVED_GIB;
        where = `${instance.type} has no GPU and ${gib(available)} GiB RAM usable`;
    }
    else {
        if (!instance.gpuMemoryMiBPerDevice)
            return { status: 'unknown', paramsSource, message: `not checked: accelerator memory of ${instance.type} unknown` };
        const { fraction, label } = memoryFraction(spec, args);
        available = (instance.gpuMemoryMiBPerDevice * devices * fraction) / 1024;
        const used = devices < instance.gpus ? ` (${devices} used)` : '';
        const reported = `${count(instance.gpuMemoryMiBPerDevice)} MiB${instance.gpuMemoryIsNominal ? ' nominal' : ''} each`;
        where = `${instance.type} has ${(0,_catalog_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAccelerators */ .qs)(instance)}${used} with ${gib(available)} GiB usable (${reported}, ${label} ${fraction})`;
    }
    const summary = `${spec.model} needs ~${gib(needed)} GiB (${parts.join(' + ')})`;
    const result = { neededGiB: round1(needed), availableGiB: round1(available), paramsSource };
    const neuronNote = instance.accelerator === 'neuron' ? '; Neuron needs a Neuron build of the engine and a compiled model' : '';
    if (needed > available) {
        // vLLM's default context alone can be what does not fit: that is a setting, not the hardware.
        // vLLM refuses to start when one sequence of max-model-len tokens does not fit, so this is an
        // error, with the largest max-model-len that does fit.
        if (context && !context.explicit && base <= available) {
            const fitsTokens = kv ? roundDown(Math.floor(((available - base) / kv) * context.tokens)) : 0;
            return {
                ...result,
                status: 'no-fit',
                message: fitsTokens > 0
                    ? `${summary} but ${where}: the weights fit, but vLLM's default max-model-len ${count(context.tokens)} (the model's full context) does not, and vLLM refuses to start; set engine_args max-model-len: ${fitsTokens} (the largest that fits) or less`
                    : `${summary} but ${where}: the weights fit, but not even a short context does; use a larger instance`
            };
        }
        if (spec.engine === 'llama.cpp' && !onCpu && base <= available + instance.memoryGiB - HOST_RESERVED_GIB) {
            return { ...result, status: 'tight', message: `${summary} but ${where}: llama.cpp would keep part of the model in host RAM, which is slow` };
        }
        const hint = suggest();
        // Quantization is advice only for 16-bit (or wider) weights: an AWQ/GPTQ/FP8/GGUF model is already quantized.
        const alreadyQuantized = format.bits < 16;
        const advice = alreadyQuantized
            ? `try ${hint ?? 'a larger instance'} (the weights are already ${format.label})`
            : `try ${hint ? `${hint} or ` : 'a larger instance or '}quantization`;
        return { ...result, status: 'no-fit', ...(hint ? { suggestion: hint } : {}), message: `${summary} but ${where}; ${advice}` };
    }
    if (needed > available * (1 - TIGHT_MARGIN)) {
        const hint = suggest();
        return {
            ...result,
            status: 'tight',
            ...(hint ? { suggestion: hint } : {}),
            message: `${summary} and ${where}: less than 10% to spare, long prompts or many concurrent requests may run out of memory${hint ? `; ${hint} has room` : ''}${neuronNote}`
        };
    }
    return { ...result, status: 'fits', message: `${summary}; ${where}${onCpu ? '; CPU inference is slow' : ''}${neuronNote}` };
}
/**
 * Cheapest instance of the same service (by on-demand price in the spec's region, then by memory)
 * on which the spec fits with room to spare. Neuron types are never suggested: they need a
 * different engine build. Tensor/pipeline parallel settings are dropped so all devices count.
 */
function suggestInstanceThatFits(spec) {
    const args = { ...spec.engine_args };
    for (const key of Object.keys(args))
        if (/^-*(tensor|pipeline)[-_]parallel[-_]size$|^-*(tp|pp|num[-_]shard)$/i.test(key))
            delete args[key];
    const candidates = [];
    for (const type of (0,_catalog_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .knownInstanceTypes */ .kJ)(spec.service)) {
        const instance = (0,_catalog_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .findInstance */ .XD)(type);
        if (instance.accelerator === 'neuron')
            continue;
        if (instance.accelerator === 'cpu' && spec.engine !== 'llama.cpp')
            continue;
        const result = fit({ ...spec, instance: type, engine_args: args }, false);
        if (result.status !== 'fits')
            continue;
        const price = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_3__/* .instanceHourlyPrice */ .gp)(spec.service, type, spec.region).usd;
        candidates.push({ type, price, memory: (instance.gpuMemoryMiBPerDevice ?? 0) * instance.gpus + instance.memoryGiB });
    }
    candidates.sort((a, b) => {
        if (a.price !== null && b.price !== null)
            return a.price - b.price || a.memory - b.memory;
        if (a.price !== null)
            return -1;
        if (b.price !== null)
            return 1;
        return a.memory - b.memory;
    });
    return candidates[0]?.type;
}
function round1(n) {
    return Math.round(n * 10) / 10;
}
function roundDown(tokens) {
    return tokens >= 1024 ? Math.floor(tokens / 1024) * 1024 : tokens;
}


/***/ }),

/***/ 7808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ argNumber),
/* harmony export */   NC: () => (/* binding */ planLaunch),
/* harmony export */   Nk: () => (/* binding */ normalizeArgs),
/* harmony export */   X4: () => (/* binding */ launchRequest)
/* harmony export */ });
/* unused harmony exports PARALLEL_FLAGS, LLAMA_ALL_LAYERS */
/* harmony import */ var _catalog_instances_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9597);
// How the engine is started on the instance, computed in one place: the fit check (fit.ts) counts
// the devices from it, and the deployment request carries its flags to the build, which passes them
// to the engine unchanged (buildspecs/scripts/write-artifact.sh). Engines do not use every GPU on
// their own:
//   vLLM       --tensor-parallel-size defaults to 1 (one GPU, whatever the instance has);
//   TGI        counts CUDA_VISIBLE_DEVICES / NVIDIA_VISIBLE_DEVICES entries, and "all" counts as one
//              (launcher/src/main.rs, num_cuda_devices), so --num-shard is set explicitly;
//   llama.cpp  offloads layers only with --n-gpu-layers, and splits them over all visible GPUs with
//              --split-mode layer (its default, set explicitly so the plan and the command agree).
// A flag the manifest sets (in any spelling the engine accepts) always wins.

/** `--Max_Model_Len` and `max-model-len` are the same flag. */
function normalizeArgs(args) {
    const out = {};
    for (const [k, v] of Object.entries(args ?? {}))
        out[normalizeKey(k)] = v;
    return out;
}
const normalizeKey = (k) => k.replace(/^-+/, '').toLowerCase().replace(/_/g, '-');
/** A positive number given under any of the keys. */
function argNumber(args, ...keys) {
    for (const k of keys) {
        const n = Number(args[k]);
        if (args[k] !== undefined && args[k] !== '' && Number.isFinite(n) && n > 0)
            return n;
    }
    return undefined;
}
const has = (args, ...keys) => keys.some((k) => args[k] !== undefined && args[k] !== '');
/** Flag spellings per engine, as their argument parsers accept them. */
const PARALLEL_FLAGS = {
    vllm: { tensor: ['tensor-parallel-size', 'tp'], pipeline: ['pipeline-parallel-size', 'pp'] },
    tgi: { shards: ['num-shard'] },
    'llama.cpp': { layers: ['n-gpu-layers', 'ngl', 'gpu-layers'], split: ['split-mode', 'sm'] }
};
/** All layers on the GPUs: llama.cpp caps the count at the model's layers. */
const LLAMA_ALL_LAYERS = 999;
function planLaunch(spec) {
    const instance = (0,_catalog_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .findInstance */ .XD)(spec.instance);
    const gpus = instance && instance.accelerator !== 'cpu' ? instance.gpus : 0;
    const onGpu = instance?.accelerator === 'nvidia-gpu';
    const args = normalizeArgs(spec.engine_args);
    const engineArgs = { ...spec.engine_args };
    const added = [];
    const set = (key, value) => {
        engineArgs[key] = value;
        added.push(key);
    };
    let devices;
    if (spec.engine === 'vllm') {
        const { tensor, pipeline } = PARALLEL_FLAGS.vllm;
        const pp = argNumber(args, ...pipeline) ?? 1;
        let tp = argNumber(args, ...tensor);
        if (tp === undefined) {
            tp = onGpu && gpus > 1 ? Math.max(1, Math.floor(gpus / pp)) : 1;
            if (tp > 1)
                set('tensor-parallel-size', tp);
        }
        // On Neuron the engine build decides; count every chip, as before.
        devices = onGpu || has(args, ...tensor) ? Math.round(tp * pp) : Math.max(gpus, 1);
    }
    else if (spec.engine === 'tgi') {
        let shards = argNumber(args, ...PARALLEL_FLAGS.tgi.shards);
        if (shards === undefined) {
            shards = Math.max(gpus, 1);
            if (onGpu && gpus > 1)
                set('num-shard', shards);
        }
        devices = shards;
    }
    else {
        const { layers, split } = PARALLEL_FLAGS['llama.cpp'];
        if (onGpu && !has(args, ...layers))
            set('n-gpu-layers', LLAMA_ALL_LAYERS);
        if (onGpu && gpus > 1 && !has(args, ...split))
            set('split-mode', 'layer');
        devices = String(args['split-mode'] ?? args.sm ?? 'layer').toLowerCase() === 'none' ? 1 : Math.max(gpus, 1);
    }
    return { gpus, devices, engineArgs, added };
}
/** What the deployment request carries for the build (see pipeline-contract.ts). */
function launchRequest(spec) {
    const launch = planLaunch(spec);
    return { gpus: launch.gpus, devices: launch.devices, engine_args: launch.engineArgs };
}


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ loadManifest)
});

// UNUSED EXPORTS: MAX_MANIFEST_BYTES

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/manifest/schema.ts + 1 modules
var schema = __webpack_require__(8081);
;// CONCATENATED MODULE: ./src/core/manifest/positions.ts
// Maps a path inside the parsed manifest back to line and column, so every finding points at the
// exact spot in models.yaml (and becomes an annotation there).

class PositionIndex {
    doc;
    lines;
    /**
     * Each map's pairs by key, built on first use: looking every entry up through `doc.getIn` scans
     * the `models:` map from the top each time, which is quadratic in the number of deployments.
     */
    pairs = new WeakMap();
    constructor(doc, lines) {
        this.doc = doc;
        this.lines = lines;
    }
    pairOf(map, key) {
        if (!(0,dist/* isMap */.jh)(map))
            return undefined;
        let index = this.pairs.get(map);
        if (!index) {
            index = new Map();
            // The first of a duplicated key, as getIn finds it.
            for (const item of map.items)
                if ((0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && !index.has(String(item.key.value)))
                    index.set(String(item.key.value), item);
            this.pairs.set(map, index);
        }
        return index.get(String(key));
    }
    /** The node at `path` (keys through maps, indexes through lists), or undefined. */
    nodeAt(path) {
        let node = this.doc.contents;
        for (const step of path) {
            if ((0,dist/* isSeq */.oP)(node))
                node = node.items[Number(step)];
            else
                node = this.pairOf(node, step)?.value;
            if (node === undefined || node === null)
                return node;
        }
        return node;
    }
    at(offset) {
        return this.lines.linePos(offset);
    }
    /** Line and column of a character offset in the source. */
    offset(offset) {
        const p = this.at(offset);
        return { line: p.line, column: p.col };
    }
    range(node) {
        if (!node?.range)
            return undefined;
        const start = this.at(node.range[0]);
        const end = this.at(node.range[1]);
        return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    }
    /** The value at `path`, or the nearest ancestor that exists (a missing field points at its parent). */
    value(path) {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = this.nodeAt(path.slice(0, depth));
            const pos = this.range(node);
            if (pos)
                return pos;
        }
        return { line: 1, column: 1 };
    }
    /** The key `key` of the map at `path` (for unknown or duplicate keys), falling back to the map. */
    key(path, key) {
        const pair = this.pairOf(this.nodeAt(path), key);
        if (pair && (0,dist/* isScalar */.jn)(pair.key))
            return this.range(pair.key);
        return this.value(path);
    }
    /**
     * Dotted field path of the deepest key whose entry contains `offset`, for findings the YAML
     * parser reports by position only (syntax errors, tags, aliases, bad bytes).
     */
    fieldAt(offset) {
        // A broken line (a tab, a stray bracket) belongs to no node; the key written just before it
        // is where the reader should look.
        for (let at = offset; at >= Math.max(0, offset - 400); at--) {
            const field = this.fieldContaining(at);
            if (field)
                return field;
        }
        return undefined;
    }
    fieldContaining(offset) {
        const path = [];
        let node = this.doc.contents;
        // Deeper than any real field: name the entry, not a path thousands of keys long.
        while (path.length < 7) {
            if ((0,dist/* isMap */.jh)(node)) {
                const hit = node.items.find((p) => {
                    const start = ((0,dist/* isScalar */.jn)(p.key) || (0,dist/* isMap */.jh)(p.key) ? p.key.range?.[0] : undefined) ?? Infinity;
                    const end = p.value?.range?.[2] ?? ((0,dist/* isScalar */.jn)(p.key) ? p.key.range?.[2] : undefined) ?? -1;
                    return start <= offset && offset <= end;
                });
                if (!hit || !(0,dist/* isScalar */.jn)(hit.key))
                    break;
                path.push(String(hit.key.value));
                node = hit.value;
            }
            else if ((0,dist/* isSeq */.oP)(node)) {
                const index = node.items.findIndex((i) => {
                    const r = i?.range;
                    return r !== undefined && r !== null && r[0] <= offset && offset <= r[2];
                });
                if (index < 0)
                    break;
                path.push(String(index));
                node = node.items[index];
            }
            else
                break;
        }
        return path.length ? path.join('.') : undefined;
    }
    /** True when the map at `path` spells out `key` itself (not inherited from defaults). */
    has(path, key) {
        return this.pairOf(this.nodeAt(path), key) !== undefined;
    }
}

// EXTERNAL MODULE: ./src/core/manifest/rules.ts + 6 modules
var rules = __webpack_require__(2666);
// EXTERNAL MODULE: ./src/core/catalog/instances.ts + 1 modules
var instances = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/core/manifest/secrets.ts
var secrets = __webpack_require__(8156);
;// CONCATENATED MODULE: ./src/core/manifest/load.ts
// Reads models.yaml into deployment specs, collecting every problem at once (never just the
// first), each with file, line, column and field. Nothing here touches the network or AWS.






/** Files larger than this are refused before parsing: a manifest is a few kilobytes. */
const MAX_MANIFEST_BYTES = 512 * 1024;
function loadManifest(content, options) {
    const out = new Collector(options.path);
    const text = decode(content, out);
    if (text === undefined)
        return out.result([]);
    const lines = new dist/* LineCounter */.HN();
    // Duplicate keys are found below with their field path, so the parser's own check is off.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true, strict: true });
    const where = new PositionIndex(doc, lines);
    // Unknown tags (`!Ref`, `!!js/function`) resolve to plain strings with a warning; in a file
    // that drives deployments that is a silent change of meaning, so warnings are refused too.
    for (const e of [...doc.errors, ...doc.warnings]) {
        const [start] = e.linePos ?? [];
        const field = where.fieldAt(e.pos[0]);
        out.add({ severity: 'error', message: `${field ? `${field}: ` : ''}${yamlErrorText(e.code, e.message)}`, field, line: start?.line, column: start?.col });
    }
    if (doc.errors.length > 0)
        return out.result([]);
    rejectAliasesAndDuplicates(doc, where, out);
    if (out.hasErrors())
        return out.result([]);
    if (doc.contents === null) {
        out.add({ severity: 'error', message: 'version: the file is empty: expected `version: 1` and a `models:` map', field: 'version', line: 1, column: 1 });
        return out.result([]);
    }
    const secrets = [];
    const js = doc.toJS({ maxAliasCount: 0 });
    scanForSecrets(js, [], where, out, secrets);
    // A field holding something secret-like is reported above and never echoed by a later message
    // (withoutPaths works on a copy).
    const raw = withoutPaths(js, secrets);
    let parsed = (0,schema/* parseManifestShape */.A_)(raw);
    let setAside = new Set();
    if (!parsed.ok) {
        for (const issue of parsed.issues)
            reportIssue(issue, raw, where, out);
        // Every problem in one run: the fields that failed their shape are set aside and the rest
        // of each entry still goes through the rules (and, for the action, the fit check).
        setAside = new Set(parsed.issues.map((i) => String(i.path[i.path[0] === 'models' ? 2 : 1] ?? '')));
        parsed = (0,schema/* parseManifestShape */.A_)(withoutFailedFields(raw, parsed.issues));
        if (!parsed.ok)
            return out.result([]);
    }
    const specs = buildSpecs(parsed.data, options, where, out, setAside);
    for (const name of Object.keys(parsed.data.models)) {
        const pos = where.key(['models'], name);
        if (pos)
            out.positions[name] = { line: pos.line, column: pos.column };
    }
    return out.result(specs);
}
/**
 * A copy of the document without the fields a schema issue points into (for unknown keys, the
 * keys themselves), so the remaining fields can be checked. The result may still not parse (a
 * `models:` that is not a map); then there is nothing more to check.
 */
function withoutFailedFields(raw, issues) {
    const drops = [];
    const drop = (path) => drops.push(path);
    for (const issue of issues) {
        const path = issue.path;
        if (issue.code === 'unknown_key') {
            for (const key of unknownKeys(raw, path))
                drop([...path, key]);
            continue;
        }
        // The field of an entry (models.<name>.<field>) or of defaults (defaults.<field>) as a whole.
        const depth = path[0] === 'models' ? 3 : path[0] === 'defaults' ? 2 : 1;
        if (path.length >= depth && !(path[0] === 'models' && path[2] === 'model'))
            drop(path.slice(0, depth));
        else if (path[0] === 'models' && path.length >= 2)
            drop(path.slice(0, 2));
    }
    return withoutPaths(raw, drops);
}
/** A copy without the values at `paths` (a path into a field of an entry removes that field). */
function withoutPaths(raw, paths) {
    if (!paths.length || raw === null || typeof raw !== 'object')
        return raw;
    const copy = structuredClone(raw);
    for (const full of paths) {
        const depth = full[0] === 'models' ? 3 : full[0] === 'defaults' ? 2 : 1;
        const path = full.slice(0, Math.max(1, Math.min(depth, full.length)));
        let cur = copy;
        for (const p of path.slice(0, -1)) {
            if (cur === null || typeof cur !== 'object')
                break;
            cur = cur[p];
        }
        if (cur !== null && typeof cur === 'object')
            delete cur[path[path.length - 1]];
    }
    return copy;
}
function buildSpecs(manifest, options, where, out, setAside) {
    const defaults = manifest.defaults ?? {};
    const specs = [];
    for (const [name, entry] of Object.entries(manifest.models)) {
        const merged = mergeDefaults(defaults, entry);
        const origin = (field) => where.has(['models', name], field) || !(field in defaults) ? ['models', name, field] : ['defaults', field];
        const report = (severity, field, message, sub = []) => {
            const path = field ? [...origin(field), ...sub] : ['models', name];
            const label = field ? [...path].join('.') : `models.${name}`;
            const pos = field ? where.value(path) : where.key(['models'], name);
            out.add({ severity, message: `${label}: ${message}`, field: label, deployment: name, ...pos });
        };
        const spec = (0,rules/* checkEntry */.Tr)(name, merged, { stackPrefix: options.stackPrefix, defaultRegion: options.defaultRegion, setAside }, report);
        if (spec)
            specs.push(spec);
    }
    if (Object.keys(manifest.models).length === 0) {
        out.add({ severity: 'warning', message: 'models: no deployments listed', field: 'models', ...where.value(['models']) });
    }
    return specs;
}
/** Fields replace the default; `tags` merge key by key so a team tag can live in defaults. */
function mergeDefaults(defaults, entry) {
    const merged = { ...defaults, ...entry };
    if (defaults.tags || entry.tags)
        merged.tags = { ...defaults.tags, ...entry.tags };
    return merged;
}
function decode(content, out) {
    const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    if (size > MAX_MANIFEST_BYTES) {
        out.add({ severity: 'error', message: `the file is ${size} bytes; manifests are limited to ${MAX_MANIFEST_BYTES} bytes`, line: 1, column: 1 });
        return undefined;
    }
    if (typeof content === 'string')
        return content;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(content);
    }
    catch {
        const at = firstInvalidUtf8(content);
        const before = Buffer.from(content.subarray(0, at)).toString('utf8');
        const line = before.split('\n').length;
        // Parse a lenient decoding only to say which field holds the bad bytes.
        const lines = new dist/* LineCounter */.HN();
        const lenient = (0,dist/* parseDocument */.Tp)(Buffer.from(content).toString('utf8'), { lineCounter: lines });
        const field = new PositionIndex(lenient, lines).fieldAt(before.length);
        out.add({
            severity: 'error',
            message: `${field ? `${field}: ` : ''}the file is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`,
            field,
            line,
            column: before.length - before.lastIndexOf('\n')
        });
        return undefined;
    }
}
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lo = 0;
    let hi = bytes.length;
    // Binary search the longest valid prefix; a cut inside a multibyte sequence is tolerated by
    // checking a few bytes ahead.
    while (lo < hi) {
        const mid = Math.floor((lo + hi + 1) / 2);
        let ok = false;
        for (let k = 0; k < 4 && mid + k <= bytes.length && !ok; k++) {
            try {
                decoder.decode(bytes.subarray(0, mid + k));
                ok = true;
            }
            catch {
                /* keep looking */
            }
        }
        if (ok)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function yamlErrorText(code, message) {
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    switch (code) {
        case 'RESOURCE_EXHAUSTION':
            return 'nested too deeply or too large to read; no field of a manifest needs more than a few levels';
        case 'MULTIPLE_DOCS':
            return 'the file holds more than one YAML document; keep one';
        case 'TAG_RESOLVE_FAILED':
            return `${first}: custom YAML tags are not allowed in a manifest`;
        default:
            return `YAML syntax: ${first}`;
    }
}
/**
 * Anchors, aliases and merge keys (reviewers must see what is deployed), and keys written twice
 * (the parser's own check is off: this one names the field). One walk of the document for both.
 */
function rejectAliasesAndDuplicates(doc, where, out) {
    const at = (offset, message) => {
        const field = offset === undefined ? undefined : where.fieldAt(offset);
        out.add({ severity: 'error', message: `${field ? `${field}: ` : ''}${message}`, field, ...(offset === undefined ? {} : where.offset(offset)) });
    };
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            at(node.range?.[0], `alias *${node.source}: anchors and aliases are not allowed; write values out (shared values belong in defaults:) so reviewers see what is deployed`);
        },
        Pair(_key, pair) {
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === '<<')
                at(pair.key.range?.[0], 'merge key <<: not allowed; use defaults: for shared values');
        },
        Map(_key, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const name = String(pair.key.value);
                if (seen.has(name) && pair.key.range) {
                    const parent = where.fieldAt(pair.key.range[0]);
                    const field = parent?.endsWith(name) ? parent : parent ? `${parent}.${name}` : name;
                    out.add({
                        severity: 'error',
                        message: `${field}: written twice; each deployment name and field may appear once`,
                        field,
                        ...where.offset(pair.key.range[0])
                    });
                }
                seen.add(name);
            }
        }
    });
}
/** No field of the manifest nests deeper than this; anything deeper is refused before validation. */
const MAX_DEPTH = 6;
/**
 * `path` is one array pushed and popped on the way down (a copy is kept only for a finding): a
 * 1,000-deployment manifest has tens of thousands of values.
 */
function scanForSecrets(value, path, where, out, found) {
    if (path.length > MAX_DEPTH && value !== null && typeof value === 'object') {
        const field = path.join('.');
        found.push([...path]);
        out.add({ severity: 'error', message: `${field}: nested too deeply; no field of a manifest goes deeper than ${MAX_DEPTH} levels`, field, ...where.value([...path]) });
        return;
    }
    if (typeof value === 'string') {
        const kind = (0,secrets/* findSecretLikeValue */.aN)(value);
        if (kind) {
            found.push([...path]);
            const field = path.join('.') || '(document)';
            out.add({
                severity: 'error',
                message: `${field}: looks like ${kind} written in plain text; never commit secrets \u2014 store it in AWS Secrets Manager and reference the secret (api_key: { secret: <name> }, hf_token_secret: <name>)`,
                field,
                ...where.value([...path])
            });
        }
        return;
    }
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            path.push(i);
            scanForSecrets(value[i], path, where, out, found);
            path.pop();
        }
    }
    else if (value && typeof value === 'object') {
        for (const k of Object.keys(value)) {
            path.push(k);
            scanForSecrets(value[k], path, where, out, found);
            path.pop();
        }
    }
}
function reportIssue(issue, raw, where, out) {
    const path = issue.path;
    const label = path.join('.') || '(top level)';
    const actual = valueAt(raw, path);
    if (issue.code === 'unknown_key') {
        // Every unknown key of this map, not only the first the validator stopped at.
        const allowed = (0,schema/* allowedKeysAt */.a$)(path).filter((k) => k !== '$schema');
        for (const key of unknownKeys(raw, path)) {
            const hint = suggest(key, allowed);
            const field = [...path, key].join('.');
            out.add({
                severity: 'error',
                message: `${field}: unknown field${hint ? ` (did you mean \`${hint}\`?)` : ''}; allowed here: ${allowed.join(', ')}`,
                field,
                ...where.key(path, key)
            });
        }
        return;
    }
    let text;
    switch (issue.code) {
        case 'missing':
            text = 'required field is missing';
            break;
        case 'invalid_type':
            text = `expected ${issue.expected}, got ${describe(actual)}`;
            break;
        case 'invalid_value': {
            const values = issue.values ?? [];
            text = `${values.length === 1 ? `must be ${JSON.stringify(values[0])}` : `must be one of ${values.map((v) => String(v)).join(', ')}`}, got ${describe(actual)}`;
            break;
        }
        case 'invalid_union':
            text =
                path[path.length - 1] === 'api_key' && typeof actual === 'string'
                    ? 'a key must never be written in the manifest; use generate, none, or store it in AWS Secrets Manager and write { secret: <name or ARN> }'
                    : `${issue.message}, got ${describe(actual)}`;
            break;
        case 'too_small':
            text =
                typeof actual === 'string'
                    ? 'must not be empty'
                    : Array.isArray(actual)
                        ? `needs at least ${issue.minimum} item(s)`
                        : `must be ${issue.exclusive ? 'more than' : 'at least'} ${issue.minimum}, got ${describe(actual)}`;
            break;
        case 'too_big':
            text = `must be at most ${issue.maximum}, got ${describe(actual)}`;
            break;
        case 'invalid_format':
            text = `${issue.message}, got ${describe(actual)}`;
            break;
        default:
            text = issue.message;
    }
    out.add({ severity: 'error', message: `${label}: ${text}`, field: label, ...where.value(path) });
}
/** The keys of the map at `path` that the schema does not know. */
function unknownKeys(raw, path) {
    const map = valueAt(raw, path);
    if (!map || typeof map !== 'object' || Array.isArray(map))
        return [];
    const allowed = new Set((0,schema/* allowedKeysAt */.a$)(path));
    return Object.keys(map).filter((k) => !allowed.has(k));
}
function suggest(key, allowed) {
    let best;
    let bestDistance = 3;
    for (const candidate of allowed) {
        const d = (0,instances/* editDistance */.YC)(key.toLowerCase().replace(/-/g, '_'), candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
function valueAt(root, path) {
    let cur = root;
    for (const p of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[p];
    }
    return cur;
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'string' && ((0,secrets/* findSecretLikeValue */.aN)(value) || (0,secrets/* looksLikeKeyMaterial */.y1)(value)))
        return 'a value that looks like a secret (not shown)';
    if (typeof value === 'string')
        return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
    return `${typeof value} ${String(value)}`;
}
class Collector {
    file;
    items = [];
    positions = {};
    constructor(file) {
        this.file = file;
    }
    add(d) {
        this.items.push({ file: this.file, ...d });
    }
    hasErrors() {
        return this.items.some((d) => d.severity === 'error');
    }
    result(specs) {
        const diagnostics = [...this.items].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        const valid = !this.hasErrors();
        return { path: this.file, specs: valid ? specs : [], checkedSpecs: specs, diagnostics, valid, entryPositions: this.positions };
    }
}


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h2: () => (/* binding */ MAX_STACK_NAME_LENGTH),
  Tr: () => (/* binding */ checkEntry)
});

// UNUSED EXPORTS: RESERVED_NAMES, RESERVED_NAME_PATTERN

// EXTERNAL MODULE: ./src/core/catalog/instances.ts + 1 modules
var instances = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/core/data/regions.json
const regions_namespaceObject = /*#__PURE__*/JSON.parse('{"E":{"af-south-1":{"partition":"aws","description":"Africa (Cape Town)"},"ap-east-1":{"partition":"aws","description":"Asia Pacific (Hong Kong)"},"ap-east-2":{"partition":"aws","description":"Asia Pacific (Taipei)"},"ap-northeast-1":{"partition":"aws","description":"Asia Pacific (Tokyo)"},"ap-northeast-2":{"partition":"aws","description":"Asia Pacific (Seoul)"},"ap-northeast-3":{"partition":"aws","description":"Asia Pacific (Osaka)"},"ap-south-1":{"partition":"aws","description":"Asia Pacific (Mumbai)"},"ap-south-2":{"partition":"aws","description":"Asia Pacific (Hyderabad)"},"ap-southeast-1":{"partition":"aws","description":"Asia Pacific (Singapore)"},"ap-southeast-2":{"partition":"aws","description":"Asia Pacific (Sydney)"},"ap-southeast-3":{"partition":"aws","description":"Asia Pacific (Jakarta)"},"ap-southeast-4":{"partition":"aws","description":"Asia Pacific (Melbourne)"},"ap-southeast-5":{"partition":"aws","description":"Asia Pacific (Malaysia)"},"ap-southeast-6":{"partition":"aws","description":"Asia Pacific (New Zealand)"},"ap-southeast-7":{"partition":"aws","description":"Asia Pacific (Thailand)"},"ca-central-1":{"partition":"aws","description":"Canada (Central)"},"ca-west-1":{"partition":"aws","description":"Canada West (Calgary)"},"cn-north-1":{"partition":"aws-cn","description":"China (Beijing)"},"cn-northwest-1":{"partition":"aws-cn","description":"China (Ningxia)"},"eu-central-1":{"partition":"aws","description":"Europe (Frankfurt)"},"eu-central-2":{"partition":"aws","description":"Europe (Zurich)"},"eu-isoe-west-1":{"partition":"aws-iso-e","description":"EU ISOE West"},"eu-north-1":{"partition":"aws","description":"Europe (Stockholm)"},"eu-south-1":{"partition":"aws","description":"Europe (Milan)"},"eu-south-2":{"partition":"aws","description":"Europe (Spain)"},"eu-west-1":{"partition":"aws","description":"Europe (Ireland)"},"eu-west-2":{"partition":"aws","description":"Europe (London)"},"eu-west-3":{"partition":"aws","description":"Europe (Paris)"},"eusc-de-east-1":{"partition":"aws-eusc","description":"AWS European Sovereign Cloud (Germany)"},"il-central-1":{"partition":"aws","description":"Israel (Tel Aviv)"},"me-central-1":{"partition":"aws","description":"Middle East (UAE)"},"me-south-1":{"partition":"aws","description":"Middle East (Bahrain)"},"me-west-1":{"partition":"aws","description":"Middle East (Saudi Arabia)"},"mx-central-1":{"partition":"aws","description":"Mexico (Central)"},"sa-east-1":{"partition":"aws","description":"South America (Sao Paulo)"},"sa-west-1":{"partition":"aws","description":"South America (Chile)"},"us-east-1":{"partition":"aws","description":"US East (N. Virginia)"},"us-east-2":{"partition":"aws","description":"US East (Ohio)"},"us-gov-east-1":{"partition":"aws-us-gov","description":"AWS GovCloud (US-East)"},"us-gov-west-1":{"partition":"aws-us-gov","description":"AWS GovCloud (US-West)"},"us-iso-east-1":{"partition":"aws-iso","description":"US ISO East"},"us-iso-west-1":{"partition":"aws-iso","description":"US ISO WEST"},"us-isob-east-1":{"partition":"aws-iso-b","description":"US ISOB East (Ohio)"},"us-isob-west-1":{"partition":"aws-iso-b","description":"US ISOB West"},"us-isof-east-1":{"partition":"aws-iso-f","description":"US ISOF EAST"},"us-isof-south-1":{"partition":"aws-iso-f","description":"US ISOF SOUTH"},"us-west-1":{"partition":"aws","description":"US West (N. California)"},"us-west-2":{"partition":"aws","description":"US West (Oregon)"}}}');
;// CONCATENATED MODULE: ./src/core/catalog/regions.ts
// Which AWS regions exist, from the partition metadata the AWS SDK ships and resolves endpoints
// with, not from a list kept by hand. The data is copied into data/regions.json by
// scripts/regions.mjs (importing the SDK's client core for it would cost every CLI start about
// 600 KB of parsing); test/core/regions.test.ts fails when the installed SDK knows a region the
// copy does not, so a new region arrives with an SDK update and one re-run of the script.


const REGIONS = regions_namespaceObject.E;
/** A region the SDK's partitions list by name (endpoint aliases such as `aws-global` are not). */
function isKnownRegion(region) {
    return Object.hasOwn(REGIONS, region);
}
/** Every region the partitions list, sorted. */
function knownRegions() {
    return Object.keys(REGIONS);
}
/** The closest known region names (for a did-you-mean), nearest first. */
function suggestRegions(region) {
    const scored = knownRegions().map((r) => ({ r, d: (0,instances/* editDistance */.YC)(region, r) }));
    const best = Math.min(...scored.map((s) => s.d));
    return best <= 3 ? scored.filter((s) => s.d === best).map((s) => s.r).slice(0, 3) : [];
}
/** The partition metadata's name for a region ("Europe (Ireland)"), or undefined for an unknown one. */
function regionDescription(region) {
    return REGIONS[region]?.description;
}

// EXTERNAL MODULE: ./src/core/schedule.ts
var core_schedule = __webpack_require__(1058);
// EXTERNAL MODULE: ./src/core/manifest/schema.ts + 1 modules
var schema = __webpack_require__(8081);
// EXTERNAL MODULE: ./src/core/manifest/secrets.ts
var secrets = __webpack_require__(8156);
// EXTERNAL MODULE: ./src/core/catalog/models.ts
var models = __webpack_require__(5641);
;// CONCATENATED MODULE: ./src/core/manifest/engine-model.ts

/** The pinned default (buildspecs/engines.env VLLM_DEFAULT_VERSION) is newer than 0.10.1. */
function vllmHasRunnerFlag(version) {
    if (version === undefined)
        return true;
    const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
    if (!m)
        return true;
    const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    return major > 0 || minor > 10 || (minor === 10 && patch >= 1);
}
/**
 * Reports what cannot serve, and returns the engine_args the deployment needs (the pooling flag
 * added for an embedding model on vLLM, so the plan shows it and the build passes it).
 */
function checkEngineForModel(model, engine, version, args, report) {
    const kind = (0,models/* findModel */.P)(model)?.kind;
    if (engine === 'llama.cpp') {
        const file = args['hf-file'];
        if (kind !== undefined || !/gguf/i.test(model)) {
            report('error', 'model', `llama.cpp serves GGUF files, and ${model} is not a GGUF repository${kind ? ' (the catalog knows it as safetensors weights)' : ' (its name does not say GGUF)'}; use a GGUF conversion of it (a repository such as <org>/<model>-GGUF) with engine_args hf-file naming the file, or engine vllm`);
        }
        else if (file !== undefined && !/\.gguf$/i.test(String(file))) {
            report('error', 'engine_args', `hf-file "${String(file).slice(0, 80)}" is not a .gguf file; name one GGUF file of the repository (the first part of a split file)`, ['hf-file']);
        }
        else if (file === undefined) {
            report('warning', 'engine_args', 'no hf-file: the build stages the repository\'s only GGUF file and fails if it holds several (one per quantization is usual); name one, e.g. hf-file: model-Q4_K_M.gguf');
        }
        return args;
    }
    if (kind !== 'embedding')
        return args;
    if (engine === 'tgi') {
        report('error', 'engine', `${model} is an embedding model; TGI serves text generation only. Use engine vllm, which serves it on /v1/embeddings`);
        return args;
    }
    const set = ['runner', 'task', 'convert'].filter((k) => args[k] !== undefined);
    if (set.length) {
        const pooling = args.runner === 'pooling' || args.task === 'embed' || args.convert === 'embed';
        if (!pooling)
            report('error', 'engine_args', `${model} is an embedding model, but ${set.map((k) => `${k}: ${String(args[k])}`).join(', ')} does not run vLLM's pooling runner; use runner: pooling (vLLM 0.10.1 and later) or task: embed (earlier)`, [set[0]]);
        return args;
    }
    return vllmHasRunnerFlag(version) ? { ...args, runner: 'pooling' } : { ...args, task: 'embed' };
}

;// CONCATENATED MODULE: ./src/core/data/engine-flags.json
const engine_flags_namespaceObject = /*#__PURE__*/JSON.parse('{"s":{"vllm":{"version":"0.11.0","command":"vllm serve","source":{"repository":"vllm-project/vllm","files":["vllm/engine/arg_utils.py","vllm/entrypoints/openai/cli_args.py"],"reference":"https://docs.vllm.ai/en/v0.11.0/cli/serve.html","checked":"2026-12-01","note":"Curated subset of `vllm serve` flags. The v0.11.0 tag could not be read here (the repository is larger than the mirror allows), so names were checked against vLLM\'s published `vllm serve` reference (v0.12.0 page) and long-standing EngineArgs fields; flags whose presence in 0.11.0 was uncertain are left out. `runner` and `convert` (pooling models such as embeddings) are documented since v0.10.1: https://docs.vllm.ai/en/v0.10.1.1/models/pooling_models.html"},"allowed":["max-model-len","gpu-memory-utilization","max-num-seqs","max-num-batched-tokens","dtype","quantization","kv-cache-dtype","enable-prefix-caching","no-enable-prefix-caching","enable-chunked-prefill","no-enable-chunked-prefill","enforce-eager","tensor-parallel-size","pipeline-parallel-size","data-parallel-size","enable-expert-parallel","swap-space","cpu-offload-gb","block-size","seed","max-logprobs","disable-log-stats","enable-log-requests","disable-log-requests","uvicorn-log-level","disable-uvicorn-access-log","chat-template-content-format","response-role","enable-auto-tool-choice","tool-call-parser","reasoning-parser","tokenizer-mode","load-format","max-parallel-loading-workers","disable-custom-all-reduce","limit-mm-per-prompt","mm-processor-kwargs","generation-config","override-generation-config","max-lora-rank","max-loras","enable-lora","scheduling-policy","enable-request-id-headers","return-tokens-as-token-ids","max-num-partial-prefills","long-prefill-token-threshold","async-scheduling","allowed-origins","allowed-methods","allowed-headers","allow-credentials","root-path","runner","convert"],"refused":{"model":"set by emd-action to the staged weights","served-model-name":"set by emd-action to the model id clients send","host":"set by emd-action","port":"set by emd-action","api-key":"the endpoint\'s key comes from api_key (Secrets Manager), never from engine_args","trust-remote-code":"runs Python code from the model repository inside the endpoint","tokenizer":"would load a tokenizer from another repository than the reviewed model","tokenizer-revision":"would load tokenizer files from an unreviewed revision","code-revision":"would load model code from an unreviewed revision","revision":"emd-action stages the revision field; the engine reads local files","download-dir":"weights are staged by the build; a download directory would fetch unreviewed files at runtime","hf-config-path":"would read the model configuration from another repository","speculative-config":"names a draft model, which is downloaded from another repository","lora-modules":"adapters are downloaded from other repositories","allowed-local-media-path":"lets API requests read files of the container","middleware":"imports and runs Python code named by the flag","tool-parser-plugin":"imports and runs a Python file","chat-template":"a path is read from the container\'s file system; use the model\'s own template","ssl-keyfile":"TLS is terminated by the load balancer (https.certificate_arn)","ssl-certfile":"TLS is terminated by the load balancer (https.certificate_arn)","hf-overrides":"can rewrite the model configuration, including where code is loaded from","otlp-traces-endpoint":"sends request traces to another host"},"optIn":{"trust-remote-code":"allow_remote_code"}},"tgi":{"version":"3.3.5","command":"text-generation-launcher","source":{"repository":"huggingface/text-generation-inference","files":["launcher/src/main.rs"],"tag":"v3.3.5","commit":"8d029d2fc36c814e1464278b414d2d414f71cacf","checked":"2026-12-01","note":"Every field of the launcher\'s clap `Args` struct at the tag, in kebab case; each one is listed below as allowed or refused."},"allowed":["validation-workers","sharded","num-shard","quantize","speculate","dtype","kv-cache-dtype","max-concurrent-requests","max-best-of","max-stop-sequences","max-top-n-tokens","max-input-tokens","max-input-length","max-total-tokens","waiting-served-ratio","max-batch-prefill-tokens","max-batch-total-tokens","max-waiting-tokens","max-batch-size","cuda-graphs","disable-custom-kernels","cuda-memory-fraction","rope-scaling","rope-factor","json-output","cors-allow-origin","watermark-gamma","watermark-delta","disable-grammar-support","max-client-batch-size","usage-stats","payload-limit","enable-prefill-logprobs","graceful-termination-timeout"],"refused":{"model-id":"set by emd-action to the staged weights","revision":"emd-action stages the revision field; the engine reads local files","hostname":"set by emd-action","port":"set by emd-action","prometheus-port":"the container exposes one port","shard-uds-path":"internal to the launcher","master-addr":"internal to the launcher","master-port":"internal to the launcher","trust-remote-code":"runs Python code from the model repository inside the endpoint","api-key":"the endpoint\'s key comes from api_key (Secrets Manager), never from engine_args","huggingface-hub-cache":"weights are staged by the build","weights-cache-override":"weights are staged by the build","tokenizer-config-path":"reads a file other than the reviewed model\'s","lora-adapters":"adapters are downloaded from other repositories","otlp-endpoint":"sends request traces to another host","otlp-service-name":"only meaningful with otlp-endpoint","ngrok":"opens a public tunnel around the load balancer","ngrok-authtoken":"opens a public tunnel around the load balancer","ngrok-edge":"opens a public tunnel around the load balancer","env":"prints the environment and exits"},"optIn":{"trust-remote-code":"allow_remote_code"}},"llama.cpp":{"version":"b7869","command":"llama-server","source":{"repository":"ggml-org/llama.cpp","files":["tools/server/README.md (generated by llama-gen-docs from common/arg.cpp)"],"commit":"00dc8057ab28c9cb4c79a6dd6dfce07fe779f63b","checked":"2026-12-01","note":"Curated subset of llama-server flags, checked against the generated flag table at the commit above, which is newer than the pinned build b7869 (that build could not be read here); only flags present for many releases are allowed. hf-file is not passed to the server: it picks the GGUF file the build stages."},"allowed":["hf-file","ctx-size","n-predict","predict","batch-size","ubatch-size","keep","flash-attn","threads","threads-batch","rope-scaling","rope-scale","rope-freq-base","rope-freq-scale","yarn-orig-ctx","cache-type-k","cache-type-v","n-gpu-layers","gpu-layers","split-mode","tensor-split","main-gpu","parallel","cont-batching","no-cont-batching","jinja","no-jinja","reasoning-format","reasoning-budget","metrics","no-slots","cache-reuse","no-webui","embedding","embeddings","pooling","rerank","reranking","seed","temp","temperature","top-k","top-p","min-p","repeat-penalty","repeat-last-n","presence-penalty","frequency-penalty","timeout","threads-http","no-mmap","mlock","context-shift","no-context-shift","no-warmup","defrag-thold"],"refused":{"model":"set by emd-action to the staged GGUF file","alias":"set by emd-action","host":"set by emd-action","port":"set by emd-action","api-key":"the endpoint\'s key comes from api_key (Secrets Manager), never from engine_args","api-key-file":"the endpoint\'s key comes from api_key (Secrets Manager)","hf-repo":"would download another repository than the reviewed model","hf-token":"tokens come from hf_token_secret, never from the manifest","model-url":"would download a model from any URL","hf-repo-draft":"would download a draft model from another repository","model-draft":"reads a file other than the reviewed model\'s","mmproj-url":"would download a file from any URL","lora":"reads adapter files other than the reviewed model\'s","lora-scaled":"reads adapter files other than the reviewed model\'s","path":"serves files of the container over HTTP","slot-save-path":"writes files into the container on API request","chat-template-file":"reads a file of the container","system-prompt-file":"reads a file of the container","grammar-file":"reads a file of the container","log-file":"writes a file of the container","ssl-key-file":"TLS is terminated by the load balancer (https.certificate_arn)","ssl-cert-file":"TLS is terminated by the load balancer (https.certificate_arn)","props":"lets API requests change server properties","tools":"gives API requests shell and file access","agent":"gives API requests shell and file access","mcp-servers-config":"runs commands named in a file","mcp-servers-json":"runs commands named by the flag","media-path":"lets API requests read files of the container","rpc":"sends the model to other hosts"},"optIn":{}}}}');
;// CONCATENATED MODULE: ./src/core/manifest/engine-flags.ts
// engine_args against each engine's allow-list of serving flags (src/core/data/engine-flags.json):
// a flag the pinned engine version does not have is a plan error with a did-you-mean (it would cost
// a 20-minute build to find out otherwise), and a flag that runs foreign code, reads another
// repository or file, or changes authentication is refused unless the entry opts in by name
// (`allow_remote_code: true` for trust-remote-code, reported as a warning so the comment shows it).

const ENGINE_FLAGS = engine_flags_namespaceObject.s;
/** Opt-in fields an entry may set; each names the refused flag it unlocks. */
const OPT_IN_FIELDS = (/* unused pure expression or super */ null && (['allow_remote_code']));
/**
 * Checks every engine_args key of an entry whose key already has the flag character set. Values
 * that start with `-` are refused for every engine: the build hands each value to the engine as
 * its own word, and a value like `--api-key` would be read as another flag.
 */
function checkEngineFlags(entry, fail, warn) {
    const engine = entry.engine ?? 'vllm';
    const table = ENGINE_FLAGS[engine];
    const pinned = entry.engine_version === undefined || entry.engine_version.replace(/^v/, '') === table.version.replace(/^v/, '');
    const allowed = new Set(table.allowed);
    for (const [key, value] of Object.entries(entry.engine_args ?? {})) {
        // Keys and values outside the character set are reported by that rule already.
        if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(key))
            continue;
        if (typeof value === 'string' && (/[\s\u0000-\u001f\u007f]/.test(value) || value.length > 1024))
            continue;
        if (typeof value === 'string' && value.startsWith('-')) {
            fail('engine_args', `the value of ${key} starts with "-", which ${table.command} would read as another flag`, [key]);
            continue;
        }
        if (key === 'hf-file' && engine !== 'llama.cpp') {
            fail('engine_args', `hf-file picks a GGUF file for llama.cpp; ${engine} serves the whole repository`, [key]);
            continue;
        }
        const optIn = table.optIn[key];
        if (optIn && entry[optIn] === true) {
            warn('engine_args', `${key}: ${table.refused[key]}; allowed because the entry sets ${optIn}: true. Review the model repository's code at the pinned revision`, [key]);
            continue;
        }
        if (key in table.refused) {
            fail('engine_args', `${key} is not allowed: ${table.refused[key]}${optIn ? ` (set ${optIn}: true on the entry to allow it anyway)` : ''}`, [key]);
            continue;
        }
        if (allowed.has(key))
            continue;
        const hint = closestFlag(key, [...table.allowed, ...Object.keys(table.refused)]);
        const message = `${key} is not a serving flag of ${engine} ${table.version} that emd-action allows${hint ? ` (did you mean ${hint}?)` : ''}; allowed flags are listed in src/core/data/engine-flags.json`;
        // For another engine_version the table may be out of date: say so, but do not block.
        if (pinned)
            fail('engine_args', message, [key]);
        else
            warn('engine_args', `${message} (not checked strictly: engine_version ${entry.engine_version} is not the pinned ${table.version})`, [key]);
    }
}
/** The allowed or refused flag closest to `key` within 3 edits, for a did-you-mean. */
function closestFlag(key, candidates) {
    let best;
    let bestDistance = Math.min(4, Math.max(2, Math.floor(key.length / 3) + 1));
    for (const c of candidates) {
        const d = boundedEditDistance(key, c, bestDistance);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function boundedEditDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) >= limit)
        return limit;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            rowMin = Math.min(rowMin, cur[j]);
        }
        if (rowMin >= limit)
            return limit;
        prev = cur;
    }
    return Math.min(prev[b.length], limit);
}

;// CONCATENATED MODULE: ./src/core/manifest/secret-naming.ts
const API_KEY_SECRET_TAG = 'emd:api-key';
/** True when `ref` (a name or an ARN) names a secret under `<prefix>/`. */
function isPrefixSecret(ref, prefix) {
    return ref.startsWith(`${prefix}/`) || ref.includes(`:secret:${prefix}/`);
}
function checkApiKeySecretNaming(apiKey, prefix, warn) {
    if (!apiKey || typeof apiKey !== 'object')
        return;
    if (isPrefixSecret(apiKey.secret, prefix))
        return;
    warn(`the deployment may read this secret only if it is tagged ${API_KEY_SECRET_TAG}=true (the build refuses it otherwise); or name it ${prefix}/\u2026`);
}

;// CONCATENATED MODULE: ./src/core/manifest/rules.ts









/** `<prefix>-<name>` is also the base of resource names with tight limits (SageMaker, Lambda). */
const MAX_STACK_NAME_LENGTH = 40;
const RESERVED_NAMES = ['bootstrap'];
/**
 * Roles of `<prefix>-github` and `<prefix>-github-*`/`<prefix>-bootstrap-*` stacks would be named
 * like the GitHub and bootstrap roles, which the stack role is denied to touch.
 */
const RESERVED_NAME_PATTERN = /^(github|github-.*|bootstrap-.*)$/;
const MODEL_ID = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/;
const ENGINE_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ENGINE_ARG_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SECRET_REF = /^(?:arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+|[A-Za-z0-9/_+=.@-]{1,512})$/;
const TAG_KEY = /^[\p{L}\p{N} _.:/=+@-]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{N} _.:/=+@-]{0,256}$/u;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Only services whose scaling can reach zero instances; SageMaker endpoints keep at least one. */
const SCALE_TO_ZERO = new Set(['ecs', 'ec2']);
const SPOT = new Set(['ecs', 'ec2']);
function checkEntry(name, e, ctx, report) {
    let ok = true;
    const fail = (field, message, sub) => {
        ok = false;
        report('error', field, message, sub);
    };
    checkName(name, ctx.stackPrefix, fail);
    if (!MODEL_ID.test(e.model) || e.model.includes('..') || e.model.includes('--')) {
        fail('model', `"${e.model}" is not a Hugging Face repository id; expected <org>/<name> such as Qwen/Qwen2.5-7B-Instruct`);
    }
    const revision = e.revision ?? 'main';
    if (!REVISION.test(revision) || revision.includes('..')) {
        fail('revision', 'must be a branch, tag or commit: letters, digits, . _ - /');
    }
    if (e.engine_version !== undefined && !ENGINE_VERSION.test(e.engine_version)) {
        fail('engine_version', 'must be an image version such as 0.10.1: letters, digits, . _ -');
    }
    for (const [key, value] of Object.entries(e.engine_args ?? {})) {
        if (!ENGINE_ARG_KEY.test(key)) {
            fail('engine_args', `flag "${key.slice(0, 40)}" must be lowercase letters, digits and - without leading dashes (write max-model-len, not --max-model-len)`, [key]);
        }
        else if (typeof value === 'string' && (CONTROL.test(value) || /\s/.test(value) || value.length > 1024)) {
            // The build hands each flag to the engine as one argument; whitespace would split or smuggle flags.
            fail('engine_args', 'values must be a single word without spaces or line breaks, at most 1024 characters', [key]);
        }
    }
    checkEngineFlags(e, fail, (field, message, sub) => report('warning', field, message, sub));
    const engineArgs = checkEngineForModel(e.model, e.engine ?? 'vllm', e.engine_version, e.engine_args ?? {}, (severity, field, message, sub) => severity === 'error' ? fail(field, message, sub) : report(severity, field, message, sub));
    const service = e.service ?? 'sagemaker';
    const instance = checkInstance(e.instance ?? 'g5.2xlarge', service, e.instance !== undefined, fail);
    if (service === 'sagemaker' && e.engine === 'llama.cpp') {
        fail('engine', 'llama.cpp is not offered on sagemaker; use vllm or tgi there, or service ecs or ec2 for llama.cpp');
    }
    const region = e.region ?? ctx.defaultRegion;
    if (!region && ctx.setAside?.has('region'))
        ok = false;
    else if (!region)
        fail(undefined, 'no region: set region on the entry or under defaults:, or pass the aws-region input');
    else if (!isKnownRegion(region)) {
        const near = suggestRegions(region);
        const hint = near.length ? ` (did you mean ${near.join(' or ')}?)` : '';
        const from = e.region === undefined ? ' (from the aws-region input)' : '';
        fail(e.region === undefined ? undefined : 'region', `"${region}"${from} is not an AWS region the SDK's partition metadata knows${hint}`);
    }
    const min = e.scaling?.min ?? 1;
    const max = e.scaling?.max ?? Math.max(min, 1);
    if (min > max)
        fail('scaling', `min ${min} is greater than max ${max}`, ['min']);
    if (min === 0 && !SCALE_TO_ZERO.has(service)) {
        fail('scaling', `${service} endpoints cannot scale to zero; use min: 1, or service ecs or ec2 (or a schedule to switch it off)`, ['min']);
    }
    const spot = e.spot ?? false;
    if (spot && !SPOT.has(service))
        fail('spot', `${service} has no spot capacity for real-time endpoints; spot is for ecs and ec2`);
    checkServing(e, service, fail);
    const apiKey = checkApiKey(e.api_key, fail);
    checkApiKeySecretNaming(apiKey, ctx.stackPrefix, (message) => report('warning', 'api_key', message, ['secret']));
    if (e.hf_token_secret !== undefined && !SECRET_REF.test(e.hf_token_secret)) {
        fail('hf_token_secret', 'must be the name or ARN of a Secrets Manager secret');
    }
    else if (e.hf_token_secret !== undefined && !e.hf_token_secret.startsWith(`${ctx.stackPrefix}/`) && !e.hf_token_secret.includes(`:secret:${ctx.stackPrefix}/`)) {
        // The build role may read only secrets under the prefix or tagged for it (least privilege).
        report('warning', 'hf_token_secret', `the build can read this secret only if it is tagged emd:hf-token=true; or name it ${ctx.stackPrefix}/\u2026`);
    }
    if (e.ttl !== undefined && (0,duration/* parseDuration */.E)(e.ttl) === undefined) {
        fail('ttl', `"${e.ttl}" is not a duration; use a number and a unit: 30m, 8h, 2d, 1w (or combined, 1h30m)`);
    }
    let schedule;
    if (e.schedule) {
        const timezone = e.schedule.timezone ?? 'UTC';
        for (const key of ['up', 'down']) {
            const problem = (0,core_schedule/* validateCron */.JJ)(e.schedule[key]);
            if (problem)
                fail('schedule', `"${e.schedule[key]}" ${problem}`, [key]);
        }
        if (!(0,core_schedule/* isValidTimezone */._j)(timezone))
            fail('schedule', `"${timezone}" is not an IANA time zone (e.g. Europe/Berlin, America/New_York, UTC)`, ['timezone']);
        if (e.schedule.up.trim() === e.schedule.down.trim())
            fail('schedule', 'up and down are the same expression', ['down']);
        schedule = { up: e.schedule.up.trim(), down: e.schedule.down.trim(), timezone };
    }
    const protect = e.protect ?? false;
    if (protect && (e.ttl !== undefined || e.schedule)) {
        report('warning', 'protect', 'protect: true wins over ttl and schedule: this deployment is never torn down automatically');
    }
    for (const [key, value] of Object.entries(e.tags ?? {})) {
        if (/^(aws|emd):/i.test(key))
            fail('tags', `"${key}": the aws: and emd: tag prefixes are reserved`, [key]);
        else if (!TAG_KEY.test(key) || !TAG_VALUE.test(value)) {
            fail('tags', 'tag keys (\u2264128) and values (\u2264256) may hold letters, digits, spaces and _ . : / = + - @', [key]);
        }
    }
    if (Object.keys(e.tags ?? {}).length > 40)
        fail('tags', 'at most 40 tags (AWS allows 50 per resource and the action uses some)');
    if (!ok || !region || !apiKey)
        return undefined;
    return compact({
        name,
        model: e.model,
        revision,
        engine: e.engine ?? 'vllm',
        engine_version: e.engine_version,
        engine_args: engineArgs,
        service,
        instance,
        region,
        scaling: { min, max },
        spot,
        api_key: apiKey,
        hf_token_secret: e.hf_token_secret,
        https: e.https,
        network: e.network ? { vpc_id: e.network.vpc_id, subnet_ids: e.network.subnet_ids, public: e.network.public ?? true } : undefined,
        ttl: e.ttl,
        schedule,
        protect,
        params_b: e.params_b,
        allow_remote_code: e.allow_remote_code === true ? true : undefined,
        tags: e.tags ?? {}
    });
}
/** What each service's front can serve (issue 9: HTTPS a client can verify, private fronts, ALB zones). */
function checkServing(e, service, fail) {
    const balanced = service === 'ecs' || service === 'ec2';
    if (e.https && service === 'sagemaker') {
        fail('https', 'sagemaker is served through a Lambda function URL, always HTTPS with an AWS certificate; remove https (a custom domain would need CloudFront), or use ecs or ec2');
    }
    else if (e.https && balanced && !e.https.domain) {
        fail('https', 'https needs domain: the DNS name the certificate covers (the load balancer\'s own name is not on the certificate, so clients could not verify it); add hosted_zone_id to create the record');
    }
    if (e.https?.hosted_zone_id && !e.https.domain)
        fail('https', 'hosted_zone_id needs domain, the record to create in it', ['hosted_zone_id']);
    if (service === 'sagemaker' && e.network?.public === false) {
        // AWS_IAM auth on a function URL takes a SigV4 Authorization header, so the Bearer key could never arrive.
        fail('network', 'sagemaker has no private front: network.public: false would switch its function URL to IAM (SigV4) auth, which OpenAI clients cannot send with the key; omit public (the model still runs in your subnets), or use ecs or ec2 for an internal load balancer', ['public']);
    }
    if (balanced && e.network && e.network.subnet_ids.length < 2) {
        fail('network', `${service} puts an Application Load Balancer in these subnets, which needs at least two, in different Availability Zones`, ['subnet_ids']);
    }
}
function checkName(name, prefix, fail) {
    if (!schema/* NAME_PATTERN */.Vh.test(name)) {
        fail(undefined, `name "${name.slice(0, 60)}" must start with a lowercase letter and hold only lowercase letters, digits and single hyphens (not at the end)`);
        return;
    }
    if (RESERVED_NAMES.includes(name))
        fail(undefined, `name "${name}" is reserved for the ${prefix}-${name} stack`);
    else if (RESERVED_NAME_PATTERN.test(name)) {
        fail(undefined, `name "${name}" is reserved: its roles would be named like the bootstrap and GitHub roles (${prefix}-bootstrap-*, ${prefix}-github-*), which deployments may never touch`);
    }
    const stack = `${prefix}-${name}`;
    if (stack.length > MAX_STACK_NAME_LENGTH) {
        fail(undefined, `name too long: stack "${stack}" has ${stack.length} characters, at most ${MAX_STACK_NAME_LENGTH} keep derived AWS resource names within their limits (use at most ${MAX_STACK_NAME_LENGTH - prefix.length - 1} characters)`);
    }
}
function checkInstance(written, service, explicit, fail) {
    const hasMl = /^ml\./i.test(written);
    const canonical = written.toLowerCase().replace(/^ml\./, '');
    if (hasMl && service !== 'sagemaker') {
        fail('instance', `the ml. prefix names SageMaker instances; for ${service} write ${canonical}`);
        return canonical;
    }
    const spec = (0,instances/* findInstance */.XD)(canonical);
    if (!spec) {
        const hint = (0,instances/* suggestInstance */.Kt)(canonical, service);
        fail('instance', `"${written}" is not a known instance type${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    else if (!(0,instances/* supportsService */._I)(canonical, service)) {
        fail('instance', `${canonical} is not offered for ${service}${service === 'sagemaker' ? ' real-time hosting' : ''}`);
    }
    else if (!explicit) {
        return spec.type;
    }
    return canonical;
}
function checkApiKey(value, fail) {
    if (value === undefined || value === 'generate')
        return 'generate';
    if (value === 'none')
        return 'none';
    if ((0,secrets/* looksLikeKeyMaterial */.y1)(value.secret)) {
        fail('api_key', 'secret looks like the key itself; store the key in Secrets Manager and write the secret name or ARN here');
        return undefined;
    }
    if (!SECRET_REF.test(value.secret)) {
        fail('api_key', 'secret must be the name or ARN of a Secrets Manager secret');
        return undefined;
    }
    return { secret: value.secret };
}
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 8081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vh: () => (/* binding */ NAME_PATTERN),
  a$: () => (/* binding */ allowedKeysAt),
  A_: () => (/* binding */ parseManifestShape)
});

// UNUSED EXPORTS: ACM_CERTIFICATE_ARN, DOMAIN_PATTERN, MANIFEST_VERSION, defaultsSchema, entrySchema, manifestJsonSchema, manifestSchema

// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(7934);
;// CONCATENATED MODULE: ./src/core/types.ts
// Shared vocabulary of the pure core. Nothing here knows about AWS SDKs or GitHub.
const SERVICES = ['sagemaker', 'ecs', 'ec2'];
const ENGINES = ['vllm', 'tgi', 'llama.cpp'];

;// CONCATENATED MODULE: ./src/core/manifest/schema.ts
// The manifest's shape, written once: the validator uses it and `schema/models.schema.json`
// (for editors speaking yaml-language-server) is generated from it. Semantic rules that need
// more than shape (cron, durations, instance catalog, service limits) live in rules.ts.
//
// Valibot, not zod: its schemas are plain functions, so the CLI's start does not pay for a
// validator class hierarchy it never uses (importing zod cost about 80 ms of each start, as much
// as the rest of an offline plan). What the loader needs from a failed parse is `ShapeIssue`, so
// the library stays inside this file.


const MANIFEST_VERSION = 1;
/** Deployment names become `<prefix>-<name>` stack names and resource names. */
const NAME_PATTERN = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*$/;
/** A DNS name for an alias record: lowercase labels, at most 253 characters. */
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
/**
 * The whole shape of an ACM certificate ARN (partition, region, account, certificate/<uuid>), not
 * just its prefix: the value becomes a CloudFormation parameter of the load balancer's listener.
 */
const ACM_CERTIFICATE_ARN = /^arn:aws(?:-[a-z]+)*:acm:[a-z]{2}(?:-[a-z]+)+-\d{1,2}:\d{12}:certificate\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const described = (schema, text) => dist/* pipe */.FsL(schema, dist/* description */.h_(text));
const nonEmpty = () => dist/* pipe */.FsL(dist/* string */.YjP(), dist/* minLength */.BpQ(1));
const schema_int = () => dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf());
const scalar = dist/* union */.KCZ([dist/* string */.YjP(), dist/* number */.aig(), dist/* boolean */.zMY()], 'must be a string, a number or true/false');
const apiKey = dist/* union */.KCZ([dist/* literal */.euz('generate'), dist/* literal */.euz('none'), dist/* strictObject */.rej({ secret: described(nonEmpty(), 'Secrets Manager secret name or ARN holding the key') })], 'must be `generate`, `none` or `{ secret: <name or ARN> }`');
const scaling = dist/* strictObject */.rej({
    min: dist/* optional */.lqM(described(dist/* pipe */.FsL(schema_int(), dist/* minValue */.Wwf(0)), 'Instances kept running (0 only for ecs and ec2)')),
    max: dist/* optional */.lqM(described(dist/* pipe */.FsL(schema_int(), dist/* minValue */.Wwf(1), dist/* maxValue */.cGV(100)), 'Upper bound for autoscaling'))
});
const schedule = dist/* strictObject */.rej({
    up: described(dist/* string */.YjP(), '5-field cron: when the deployment comes up'),
    down: described(dist/* string */.YjP(), '5-field cron: when it is torn down'),
    timezone: dist/* optional */.lqM(described(dist/* string */.YjP(), 'IANA time zone of the cron expressions, e.g. Europe/Berlin'))
});
/** Every field an entry may carry; all optional so the same object describes `defaults:`. */
const entryFields = {
    revision: described(nonEmpty(), 'Branch, tag or commit of the model repository (default main)'),
    engine: described(dist/* picklist */.KIO(ENGINES), 'Serving engine (default vllm)'),
    engine_version: described(nonEmpty(), 'Pin of the engine image version'),
    engine_args: described(dist/* record */.g1P(dist/* string */.YjP(), scalar), 'Extra engine flags, e.g. { max-model-len: 8192 }'),
    service: described(dist/* picklist */.KIO(SERVICES), 'Where it runs (default sagemaker)'),
    instance: described(nonEmpty(), 'Instance type, e.g. g5.2xlarge (ml. prefix optional for sagemaker)'),
    region: described(dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1')), 'AWS region'),
    scaling,
    spot: described(dist/* boolean */.zMY(), 'Spot capacity (ecs and ec2 only)'),
    api_key: described(apiKey, 'generate | none | { secret: <name or ARN> }'),
    hf_token_secret: described(nonEmpty(), 'Secrets Manager secret (name or ARN) with a Hugging Face token, for gated models'),
    https: described(dist/* strictObject */.rej({
        certificate_arn: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(ACM_CERTIFICATE_ARN, 'must be an ACM certificate ARN: arn:<partition>:acm:<region>:<12-digit account>:certificate/<uuid>')),
        domain: dist/* optional */.lqM(described(dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(DOMAIN_PATTERN, 'must be a DNS name such as llm.example.com (lowercase, no wildcard)')), 'DNS name the certificate covers; BaseUrl uses it (required on ecs and ec2)')),
        hosted_zone_id: dist/* optional */.lqM(described(dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ')), 'Route 53 public hosted zone of the domain: the alias record to the load balancer is created there'))
    }), 'Serve HTTPS with this ACM certificate under this domain (ecs and ec2)'),
    network: described(dist/* strictObject */.rej({
        vpc_id: dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^vpc-[0-9a-f]+$/, 'must look like vpc-0123abcd')),
        subnet_ids: dist/* pipe */.FsL(dist/* array */.YOg(dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^subnet-[0-9a-f]+$/, 'must look like subnet-0123abcd'))), dist/* minLength */.BpQ(1)),
        public: dist/* optional */.lqM(dist/* boolean */.zMY())
    }), 'Existing VPC and subnets; a minimal VPC is created when omitted'),
    ttl: described(dist/* string */.YjP(), 'Tear down this long after the last deploy, e.g. 8h, 2d'),
    schedule: described(schedule, 'Keep it up only inside a weekly window'),
    protect: described(dist/* boolean */.zMY(), 'Never deleted or torn down automatically'),
    allow_remote_code: described(dist/* boolean */.zMY(), 'Allow engine_args trust-remote-code: run Python code from the model repository (shown as a warning)'),
    params_b: described(dist/* pipe */.FsL(dist/* number */.aig(), dist/* gtValue */.zYL(0), dist/* maxValue */.cGV(10000)), 'Parameter count in billions, where the catalog lacks the model'),
    tags: described(dist/* record */.g1P(dist/* string */.YjP(), dist/* string */.YjP()), 'Extra tags on every resource')
};
const optionalFields = Object.fromEntries(Object.entries(entryFields).map(([k, s]) => [k, dist/* optional */.lqM(s)]));
const entrySchema = dist/* strictObject */.rej({
    model: described(nonEmpty(), 'Hugging Face repository id, e.g. Qwen/Qwen2.5-7B-Instruct'),
    ...optionalFields
});
const defaultsSchema = dist/* strictObject */.rej(optionalFields);
const manifestSchema = dist/* strictObject */.rej({
    $schema: dist/* optional */.lqM(dist/* string */.YjP()),
    version: described(dist/* literal */.euz(MANIFEST_VERSION, `must be ${MANIFEST_VERSION}`), 'Manifest format version'),
    defaults: dist/* optional */.lqM(described(defaultsSchema, 'Merged under every entry (tags merge key by key)')),
    models: described(dist/* record */.g1P(dist/* string */.YjP(), entrySchema), 'Deployments keyed by name: lowercase letters, digits and -')
});
function parseManifestShape(raw) {
    const lists = [];
    misplacedLists(raw, manifestSchema, [], lists);
    const result = dist/* safeParse */.xLC(manifestSchema, raw);
    if (result.success && !lists.length)
        return { ok: true, data: result.output };
    const under = (path, prefix) => prefix.every((p, i) => path[i] === p);
    const issues = (result.issues ?? []).map(shapeIssue).filter((i) => !lists.some((l) => under(i.path, l.path)));
    return { ok: false, issues: [...lists, ...issues] };
}
/**
 * Valibot's object and record schemas take a list as a map with keys 0, 1, \u2026, so `models:` written
 * as a list would be reported entry by entry as `models.0`. A list where a map belongs is one
 * problem, reported at the field; what lies under it is not looked at.
 */
function misplacedLists(value, schema, path, out) {
    const s = unwrap(schema);
    const isMap = s.type === 'strict_object' || s.type === 'object' || s.type === 'record';
    // `path` is pushed and popped on the way down; an issue keeps a copy.
    if (Array.isArray(value)) {
        if (isMap)
            out.push({ path: [...path], code: 'invalid_type', expected: 'map', message: 'expected a map' });
        else if (s.type === 'union' && s.options?.some((o) => o.entries) && typeof s.message === 'string')
            out.push({ path: [...path], code: 'invalid_union', message: s.message });
        else if (s.type === 'array' && s.item) {
            for (let i = 0; i < value.length; i++) {
                path.push(i);
                misplacedLists(value[i], s.item, path, out);
                path.pop();
            }
        }
        return;
    }
    if (!isMap || !value || typeof value !== 'object')
        return;
    for (const key of Object.keys(value)) {
        const childSchema = s.type === 'record' ? s.value : s.entries?.[key];
        if (!childSchema)
            continue;
        path.push(key);
        misplacedLists(value[key], childSchema, path, out);
        path.pop();
    }
}
const TYPE_NAMES = { Object: 'map', Array: 'list', string: 'string', number: 'number', boolean: 'true or false' };
function shapeIssue(issue) {
    const path = (issue.path ?? []).map((p) => p.key);
    const base = { path, message: issue.message };
    const requirement = typeof issue.requirement === 'number' ? issue.requirement : undefined;
    if (issue.type === 'strict_object' && issue.expected === 'never')
        return { ...base, path: path.slice(0, -1), code: 'unknown_key' };
    if (issue.kind === 'schema' && issue.received === 'undefined' && issue.path?.at(-1)?.origin === 'key')
        return { ...base, code: 'missing' };
    switch (issue.type) {
        case 'literal':
        case 'picklist': {
            const at = schemaAt(path);
            return { ...base, code: 'invalid_value', values: at?.options ?? (at && 'literal' in at ? [at.literal] : []) };
        }
        case 'union':
            return { ...base, code: 'invalid_union' };
        case 'integer':
            return { ...base, code: 'invalid_type', expected: 'whole number' };
        case 'min_length':
        case 'min_value':
            return { ...base, code: 'too_small', minimum: requirement };
        case 'gt_value':
            return { ...base, code: 'too_small', minimum: requirement, exclusive: true };
        case 'max_value':
            return { ...base, code: 'too_big', maximum: requirement };
        case 'regex':
            return { ...base, code: 'invalid_format' };
    }
    if (issue.kind === 'schema')
        return { ...base, code: 'invalid_type', expected: TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'something else' };
    return { ...base, code: 'other' };
}
function unwrap(schema) {
    let s = schema;
    while (s.type === 'optional' && s.wrapped)
        s = s.wrapped;
    return s;
}
/** The schema of the field at `path` (a record's key is any name), or undefined. */
function schemaAt(path) {
    let s = unwrap(manifestSchema);
    for (const p of path) {
        if (s.type === 'record' && s.value)
            s = unwrap(s.value);
        else if (s.entries?.[p])
            s = unwrap(s.entries[p]);
        else
            return undefined;
    }
    return s;
}
/** The keys the map at `path` may hold (for "allowed here" and did-you-mean), read from the schema. */
function allowedKeysAt(path) {
    let s = schemaAt(path);
    if (s?.type === 'union')
        s = s.options?.find((o) => o.entries) ?? s;
    return Object.keys(s?.entries ?? {});
}
/** JSON Schema for editors. Names are constrained here too so completion flags bad keys early. */
async function manifestJsonSchema() {
    // Loaded only for `emd-action schema` and `npm run schema`: plans never need it.
    const { toJsonSchema } = await __webpack_require__.e(/* import() */ 667).then(__webpack_require__.bind(__webpack_require__, 7667));
    const schema = toJsonSchema(manifestSchema, { target: 'draft-2020-12', errorMode: 'ignore' });
    schema.title = 'emd-action models.yaml';
    const models = schema.properties.models;
    models.propertyNames = { pattern: NAME_PATTERN.source, maxLength: 50 };
    return schema;
}


/***/ }),

/***/ 8156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aN: () => (/* binding */ findSecretLikeValue),
/* harmony export */   y1: () => (/* binding */ looksLikeKeyMaterial)
/* harmony export */ });
/* unused harmony export containsJwt */
// Recognises credentials pasted into the manifest. The manifest lives in git and in PR comments,
// so a key written there is already leaked; the fix is always Secrets Manager.
const PATTERNS = [
    [/\bhf_[A-Za-z0-9]{30,}\b/, 'a Hugging Face token'],
    [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/, 'an API key'],
    [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
    [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/, 'a GitHub token'],
    [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'a GitHub token'],
    [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key']
];
function findSecretLikeValue(value) {
    for (const [pattern, kind] of PATTERNS)
        if (pattern.test(value))
            return kind;
    if (containsJwt(value))
        return 'a JSON web token';
    return undefined;
}
/**
 * Whether `value` holds what /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/
 * matches, in one pass. The regex itself is quadratic: from every "eyJ" it scans the rest of the
 * run of segment characters looking for a dot ("eyJ-" \u00d7 120,000 took minutes). Here each
 * dot-separated segment is looked at a bounded number of times (as the first, second or third part).
 * `steps`, when given, counts the characters examined (for the test of that bound).
 */
function containsJwt(value, steps) {
    // Every match starts with "eyJ"; most values (names, regions, model ids) have none.
    if (!value.includes('eyJ'))
        return false;
    const isWord = (c) => c !== undefined && /[A-Za-z0-9_]/.test(c);
    // Runs of segment characters and dots; anything else ends a token (and is a non-word character).
    for (const token of value.match(/[A-Za-z0-9_.-]+/g) ?? []) {
        const parts = token.split('.');
        let offset = 0;
        const starts = [];
        for (const p of parts) {
            starts.push(offset);
            offset += p.length + 1;
        }
        for (let i = 0; i + 2 < parts.length; i++) {
            const [first, second, third] = [parts[i], parts[i + 1], parts[i + 2]];
            if (steps)
                steps.count += first.length + second.length + third.length;
            // First part: "eyJ" at a word boundary, followed by at least 10 segment characters.
            let opened = false;
            for (let at = first.indexOf('eyJ'); at !== -1 && first.length - (at + 3) >= 10; at = first.indexOf('eyJ', at + 1)) {
                const before = at === 0 ? token[starts[i] - 1] : first[at - 1];
                if (!isWord(before)) {
                    opened = true;
                    break;
                }
            }
            if (!opened || second.length < 10 || third.length < 10)
                continue;
            // Third part: a word boundary after at least 10 of its characters.
            const next = token[starts[i + 2] + third.length];
            for (let q = 10; q <= third.length; q++) {
                if (isWord(third[q - 1]) !== isWord(q === third.length ? next : third[q]))
                    return true;
            }
        }
    }
    return false;
}
/**
 * A plain string where a secret's name was expected: long, unbroken by separators, and mixing
 * upper case, lower case and digits the way generated keys do (names like `prod/llm-key` do not).
 */
function looksLikeKeyMaterial(value) {
    return value.length >= 24 && /^[A-Za-z0-9_+=.]+$/.test(value) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}


/***/ }),

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gg: () => (/* binding */ buildPlan),
  _h: () => (/* reexport */ diffSpecs),
  FL: () => (/* reexport */ formatInZone),
  ay: () => (/* reexport */ formatUtc),
  bz: () => (/* reexport */ isProtected),
  b1: () => (/* reexport */ latestTombstone),
  CE: () => (/* reexport */ lifecycleDeleteEntry),
  yh: () => (/* binding */ planFromEntries),
  GA: () => (/* reexport */ scheduledDown),
  m2: () => (/* reexport */ ttlExpiry)
});

// UNUSED EXPORTS: isChange

// EXTERNAL MODULE: ./src/core/live.ts
var core_live = __webpack_require__(8045);
// EXTERNAL MODULE: ./src/core/fit.ts
var fit = __webpack_require__(1628);
// EXTERNAL MODULE: ./src/core/cost.ts
var cost = __webpack_require__(4022);
// EXTERNAL MODULE: ./src/core/catalog/models.ts
var models = __webpack_require__(5641);
;// CONCATENATED MODULE: ./src/core/catalog/cuda.ts
/** The versions buildspecs/engines.env builds when a deployment sets no engine_version (the test ties them). */
const DEFAULT_ENGINE_VERSIONS = { vllm: '0.11.0', tgi: '3.3.5', 'llama.cpp': 'b7869' };
/** By engine, then by version as buildspecs/engines.env writes it. */
const ENGINE_CUDA = {
    vllm: {
        '0.11.0': { cuda: '12.8', source: 'vllm-project/vllm docker/Dockerfile: ARG CUDA_VERSION=12.8.1 (final image nvidia/cuda:12.8.1-devel, with its compat package)' }
    },
    tgi: {
        '3.3.5': { cuda: '12.4', source: 'huggingface/text-generation-inference v3.3.5 Dockerfile: FROM nvidia/cuda:12.4.0-base-ubuntu22.04 AS base' }
    },
    'llama.cpp': {
        b7869: { cuda: '12.8', source: 'ggml-org/llama.cpp .devops/cuda.Dockerfile: ARG CUDA_VERSION=12.8.1 (server-cuda images)' }
    }
};
/**
 * SageMaker API Reference, ProductionVariant.InferenceAmiVersion (and "Updating inference containers
 * to comply with the NVIDIA Container Toolkit", SageMaker developer guide).
 */
const SAGEMAKER_INFERENCE_AMIS = [
    { version: 'al2-ami-sagemaker-inference-gpu-2', driver: 535, cuda: '12.2', mountsCompat: true },
    { version: 'al2-ami-sagemaker-inference-gpu-2-1', driver: 535, cuda: '12.2', mountsCompat: false },
    { version: 'al2-ami-sagemaker-inference-gpu-3-1', driver: 550, cuda: '12.4', mountsCompat: false }
];
/**
 * CUDA forward compatibility (NVIDIA "CUDA Compatibility" guide): an image's cuda-compat package runs
 * a newer CUDA 12.x on an older driver of a supported long-term branch, on data-center GPUs (every
 * SageMaker GPU instance has one). The container must put the package on its library path itself
 * when the toolkit does not mount it (buildspecs/images/entrypoint.sh).
 */
const FORWARD_COMPAT_DRIVER_BRANCHES = [535, 550];
const newer = (a, b) => {
    const [am, an] = a.split('.').map(Number);
    const [bm, bn] = b.split('.').map(Number);
    return am > bm || (am === bm && an > bn);
};
/** The host image with the newest driver: the one the SageMaker template uses. */
function chosenInferenceAmi() {
    return [...SAGEMAKER_INFERENCE_AMIS].sort((a, b) => b.driver - a.driver || Number(a.mountsCompat) - Number(b.mountsCompat))[0];
}
function sagemakerHost(engine, version) {
    const ami = chosenInferenceAmi();
    const engineCuda = ENGINE_CUDA[engine]?.[version.replace(/^v/, '')];
    const host = `${ami.version} (NVIDIA driver ${ami.driver}, CUDA ${ami.cuda})`;
    if (!engineCuda) {
        return { ami, fit: 'unknown', message: `the CUDA version of ${engine} ${version} is not in the project's table; the SageMaker host is ${host}, and images newer than CUDA ${ami.cuda} start only through CUDA forward compatibility` };
    }
    if (!newer(engineCuda.cuda, ami.cuda))
        return { ami, engineCuda, fit: 'native', message: `${engine} ${version} (CUDA ${engineCuda.cuda}) runs natively on ${host}` };
    const major = (v) => v.split('.')[0];
    if (major(engineCuda.cuda) === major(ami.cuda) && FORWARD_COMPAT_DRIVER_BRANCHES.includes(ami.driver)) {
        return { ami, engineCuda, fit: 'forward-compat', message: `${engine} ${version} (CUDA ${engineCuda.cuda}) runs on ${host} through the image's CUDA compat libraries, which the entrypoint loads` };
    }
    return { ami, engineCuda, fit: 'unsupported', message: `${engine} ${version} needs CUDA ${engineCuda.cuda}, which ${host} cannot run even with forward compatibility` };
}

;// CONCATENATED MODULE: ./src/core/plan-diff.ts
/** Fields that cannot change in place: a different template or region means a different stack. */
const REPLACE_FIELDS = new Set(['service', 'region']);
/**
 * SageMaker refuses to move an endpoint registered for autoscaling to another instance type, so
 * that change is a replacement too.
 */
function replaces(field, service) {
    return REPLACE_FIELDS.has(field) || (service === 'sagemaker' && field === 'instance');
}
const ROLLING_FIELDS = new Set(['model', 'revision', 'engine', 'engine_version', 'engine_args', 'instance', 'params_b']);
/** Field-level diff in manifest vocabulary: `scaling.max: 2 \u2192 4`. */
function diffSpecs(before, after) {
    const a = flatten(before);
    const b = flatten(after);
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => f !== 'name').sort();
    const changes = [];
    for (const field of fields) {
        if (JSON.stringify(a[field]) === JSON.stringify(b[field]))
            continue;
        changes.push({ field, old: a[field], new: b[field], impact: impactOf(field, after.service) });
    }
    return changes;
}
function impactOf(field, service) {
    const root = field.split('.')[0];
    if (replaces(root, service))
        return 'replaces the stack';
    if (ROLLING_FIELDS.has(root)) {
        if (service === 'sagemaker')
            return 'new endpoint config, swapped in without downtime';
        return service === 'ecs' ? 'tasks are replaced one by one' : 'a new group of instances starts beside the old one, which is removed once the new engines answer';
    }
    if (root === 'api_key')
        return 'clients need the new key';
    if (root === 'https' || root === 'network')
        return 'load balancer and listeners change; URL may change';
    return undefined;
}
function flatten(value, prefix = '', out = {}) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        // An empty map is the same as an absent one: `tags: {}` is not a change.
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (value !== undefined) {
        out[prefix] = value;
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/schedule.ts
var schedule = __webpack_require__(1058);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/spec-hash.ts
var spec_hash = __webpack_require__(2829);
;// CONCATENATED MODULE: ./src/core/plan-lifecycle.ts






/** Automation leaves a deployment alone when either the manifest or what runs says `protect`. */
function isProtected(spec, deployed) {
    return Boolean(spec?.protect || deployed?.protect);
}
/** When the ttl of the manifest entry runs out for this stack; undefined without a usable ttl. */
function ttlExpiry(spec, stack) {
    const seconds = spec.ttl ? (0,duration/* parseDuration */.E)(spec.ttl) : undefined;
    const from = (0,core_live/* deployedAt */.av)(stack);
    if (seconds === undefined || !from)
        return undefined;
    return new Date(from.getTime() + seconds * 1000);
}
/** The newest record for a stack name; records of every region count, the hash includes the region. */
function latestTombstone(state, stackName) {
    if (!state.known)
        return undefined;
    let latest;
    for (const t of state.items) {
        if (t.stackName === stackName && (!latest || t.tornDownAt.getTime() > latest.tornDownAt.getTime()))
            latest = t;
    }
    return latest;
}
/** Down by its schedule at `now`, with the next `up` firing (undefined when none is found). */
function scheduledDown(spec, now) {
    if (!spec.schedule || (0,schedule/* isUp */.ie)(spec.schedule, now))
        return { down: false };
    const next = (0,schedule/* nextChange */.G4)(spec.schedule, now);
    return { down: true, nextUp: next?.up ? next.at : undefined };
}
/** `Mon 2026-10-26 08:00 CET (Europe/Berlin)`: the wall clock a schedule is written in. */
function formatInZone(at, timezone) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
        timeZone: timezone,
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short'
    })
        .formatToParts(at)
        .map((p) => [p.type, p.value]));
    const local = `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
    return timezone === 'UTC' ? local : `${local} (${timezone})`;
}
/** `2026-10-26 07:00 UTC`, for ttl times, which belong to no zone. */
function formatUtc(at) {
    return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function untilText(spec, nextUp) {
    return nextUp && spec.schedule ? formatInZone(nextUp, spec.schedule.timezone) : 'its schedule fires `up` again (no up time found)';
}
/**
 * Makes the plan agree with what teardown does, so the next merge does not undo it: a deployment
 * whose window is closed is not created (and a running one is left for teardown to remove), and one
 * whose ttl ran out stays gone until its entry changes. `protect` turns both off, as it does in
 * teardown and in the cost estimate.
 */
function applyLifecycle(entry, spec, stack, tombstones, now, diagnostics, costOf = cost/* estimateCost */.a3) {
    if (isProtected(spec, entry.deployed))
        return;
    const schedule = scheduledDown(spec, now);
    const record = latestTombstone(tombstones, entry.stackName);
    const at = { deployment: spec.name, field: `models.${spec.name}` };
    // A stack left by a failed create runs nothing; for the lifecycle it is as good as absent.
    const running = stack !== undefined && !(0,core_live/* holdsNothing */.aZ)(stack.status);
    if (!stack) {
        if (record?.reason === 'ttl' && record.specHash === (0,spec_hash/* specHash */.A)(spec)) {
            entry.action = 'unchanged';
            entry.lifecycle = { state: 'expired', because: 'ttl', at: record.tornDownAt.toISOString() };
            entry.notes.unshift(`expired ${formatUtc(record.tornDownAt)}: its ttl ran out and teardown removed it; change the entry to deploy it again`);
            return;
        }
        if (!tombstones.known && spec.ttl) {
            entry.action = 'unknown';
            entry.notes.unshift('not created: it has a ttl, and whether teardown already removed it for good cannot be told without the teardown records');
            diagnostics.push({ severity: 'warning', message: `${spec.name}: ${tombstones.reason}`, ...at });
            return;
        }
    }
    if (schedule.down) {
        const nextUp = schedule.nextUp;
        if (!stack) {
            entry.lifecycle = { state: 'dormant', because: 'schedule', ...(nextUp ? { nextUp: nextUp.toISOString() } : {}) };
            if (record?.reason !== 'schedule') {
                // Never deployed: a new deployment, even if its first window opens later. Apply records it
                // as dormant (no stack yet) and the hourly teardown creates the stack when the window opens.
                entry.action = 'create';
                entry.notes.unshift(`new, dormant: its schedule window is closed, so apply records it without a stack and the hourly teardown creates it at ${untilText(spec, nextUp)}`);
                return;
            }
            entry.action = 'unchanged';
            entry.notes.unshift(`scheduled down until ${untilText(spec, nextUp)}; the hourly teardown brings it up then`);
            {
                // What it ran before going dormant is what the month's estimate is compared with.
                if (record.spec) {
                    entry.deployed = record.spec;
                    entry.changes = diffSpecs(record.spec, spec);
                    entry.liveCost = costOf(record.spec);
                }
                else if (record.specHash === (0,spec_hash/* specHash */.A)(spec)) {
                    entry.liveCost = costOf(spec);
                }
                if (entry.changes.length)
                    entry.notes.push('the changes below take effect when it is brought up');
            }
            return;
        }
        const wanted = entry.action;
        entry.action = 'unchanged';
        entry.downtime = undefined;
        if (entry.blocked?.kind === 'busy')
            entry.blocked = undefined;
        entry.lifecycle = { state: 'teardown-due', because: 'schedule', ...(nextUp ? { nextUp: nextUp.toISOString() } : {}) };
        entry.notes.unshift(`outside its schedule window, up again ${untilText(spec, nextUp)}: apply leaves the stack as it is${running ? '' : ' (left by a failed create)'} and the hourly teardown removes it`);
        if (wanted !== 'unchanged' && entry.changes.length)
            entry.notes.push('the changes below take effect when it is brought up');
        return;
    }
    if (!stack && record?.reason === 'ttl') {
        entry.notes.push(`an earlier version expired ${formatUtc(record.tornDownAt)}; this changed entry deploys again and its ttl starts over`);
        return;
    }
    if (stack && running && spec.ttl) {
        const expiry = ttlExpiry(spec, stack);
        if (!expiry)
            return;
        if (entry.action === 'update' || entry.action === 'replace') {
            entry.notes.push(`ttl ${spec.ttl}: this deploy starts the clock again`);
        }
        else if (expiry.getTime() <= now.getTime()) {
            entry.lifecycle = { state: 'teardown-due', because: 'ttl', at: expiry.toISOString() };
            entry.notes.unshift(`ttl ${spec.ttl} ran out ${formatUtc(expiry)}; the hourly teardown removes it`);
        }
        else if (entry.action === 'unchanged') {
            entry.notes.push(`ttl ${spec.ttl}: torn down after ${formatUtc(expiry)}`);
        }
    }
}
/** A delete that teardown decided on: never blocked by allow-destroy, which is about the manifest. */
function lifecycleDeleteEntry(stack, note) {
    const recovered = (0,core_live/* deployedSpec */._o)(stack);
    return {
        name: stack.tags[core_live/* TAG */.Dk.deployment] ?? stack.stackName,
        stackName: stack.stackName,
        region: stack.region,
        action: 'delete',
        ...(recovered.ok ? { deployed: recovered.spec } : {}),
        live: { stackName: stack.stackName, region: stack.region, status: stack.status, stackId: stack.stackId },
        changes: [],
        notes: [note],
        ...(recovered.ok && !(0,core_live/* holdsNothing */.aZ)(stack.status) ? { liveCost: (0,cost/* estimateCost */.a3)(recovered.spec) } : {})
    };
}

;// CONCATENATED MODULE: ./src/core/plan-totals.ts
function isChange(entry) {
    return ['create', 'update', 'replace', 'delete'].includes(entry.action) && !isHeld(entry);
}
/** A change apply will not make (protected, a delete without allow-destroy, a stack not ours). */
function isHeld(entry) {
    const kind = entry.blocked?.kind;
    return kind === 'destroy-not-allowed' || kind === 'protected' || kind === 'not-ours';
}
function countActions(entries) {
    const counts = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0, unknown: 0, blocked: 0 };
    for (const e of entries) {
        // A change that will not happen (protected, or deletes without allow-destroy) is only "blocked".
        if (!isHeld(e))
            counts[e.action] += 1;
        if (e.blocked)
            counts.blocked += 1;
    }
    return counts;
}
function totals(entries, beforeKnown) {
    const sum = (pick, filter) => {
        let total = 0;
        for (const e of entries.filter(filter)) {
            const v = pick(e);
            if (v === null)
                return null;
            total += v ?? 0;
        }
        return total;
    };
    const after = (e) => e.cost !== undefined;
    const monthlyAfter = sum((e) => e.cost?.monthlyMin, after);
    const monthlyAfterMax = sum((e) => e.cost?.monthlyMax, after);
    const hourlyAfter = sum((e) => e.cost?.hourlyMin, after);
    const before = (e) => e.liveCost !== undefined;
    const monthlyBefore = beforeKnown ? sum((e) => e.liveCost?.monthlyMin, before) : null;
    const monthlyBeforeMax = beforeKnown ? sum((e) => e.liveCost?.monthlyMax, before) : null;
    return {
        monthlyAfter,
        monthlyAfterMax,
        hourlyAfter,
        monthlyBefore,
        monthlyBeforeMax,
        monthlyDelta: monthlyAfter !== null && monthlyBefore !== null ? round2(monthlyAfter - monthlyBefore) : null,
        monthlyDeltaMax: monthlyAfterMax !== null && monthlyBeforeMax !== null ? round2(monthlyAfterMax - monthlyBeforeMax) : null
    };
}
function round2(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: ./src/core/plan.ts












function buildPlan(specs, live, options) {
    // Without live stacks, the base branch's manifest stands in for them: the same diff, read as
    // "what this pull request changes". Its stacks are made up, so entries do not keep them.
    const baseline = !live.known && options.baseline ? options.baseline : undefined;
    const stacks = live.known ? live.stacks : baseline ? baselineStacks(baseline.specs, options) : [];
    const compared = live.known || baseline !== undefined;
    const ours = stacks.filter((s) => (0,core_live/* isManaged */.yF)(s, options.stackPrefix) && (0,core_live/* belongsToManifest */.TQ)(s, options.manifestPath));
    const byName = new Map();
    for (const stack of ours) {
        const name = stack.tags[core_live/* TAG */.Dk.deployment];
        byName.set(name, [...(byName.get(name) ?? []), stack]);
    }
    const oursSet = new Set(ours);
    // Every other stack, by region and name: a deployment must never be applied over one of them.
    const foreign = new Map();
    for (const s of stacks)
        if (!oursSet.has(s) && s.status !== 'DELETE_COMPLETE')
            foreign.set(`${s.region}\u0000${s.stackName}`, s);
    const entries = [];
    const diagnostics = [];
    const claimed = new Set();
    const now = options.now ?? new Date();
    const tombstones = (live.known && live.tombstones) || { known: true, items: [] };
    const warnings = [...(live.known ? (live.warnings ?? []) : []), ...(tombstones.known ? (tombstones.warnings ?? []) : [])];
    for (const message of warnings)
        diagnostics.push({ severity: 'warning', message });
    const costOf = (s) => (0,cost/* estimateCost */.a3)(s, { prices: options.prices });
    for (const spec of specs) {
        const stackName = `${options.stackPrefix}-${spec.name}`;
        const candidates = byName.get(spec.name) ?? [];
        const here = candidates.find((s) => s.region === spec.region);
        const elsewhere = candidates.filter((s) => s !== here);
        const entry = compared
            ? classify(spec, stackName, here, elsewhere[0])
            : { name: spec.name, stackName, region: spec.region, action: 'unknown', desired: spec, changes: [], notes: [] };
        if (here)
            claimed.add(here);
        if (!here && elsewhere[0])
            claimed.add(elsewhere[0]);
        entries.push(entry);
        const squatter = foreign.get(`${spec.region}\u0000${stackName}`);
        if (squatter && !here)
            blockNotOurs(entry, squatter, options, diagnostics);
        // Against the base branch only a new entry has a lifecycle to show: when it would come up.
        if (live.known || (baseline && !here && !elsewhere[0]))
            applyLifecycle(entry, spec, here ?? elsewhere[0], tombstones, now, diagnostics, costOf);
        decorate(entry, spec, diagnostics, costOf);
        // Nothing runs and nothing will until the entry changes.
        if (entry.lifecycle?.state === 'expired')
            entry.cost = undefined;
    }
    // Managed stacks no longer in the manifest (or stale copies in another region).
    const recorded = new Set(live.known ? (live.recordedRegions ?? []) : []);
    for (const stack of ours) {
        if (claimed.has(stack))
            continue;
        const entry = planDelete(stack, options.allowDestroy);
        if (recorded.has(stack.region)) {
            entry.notes.push(`left behind in ${stack.region}, a region the manifest no longer names (found through the record of regions deployed to)`);
        }
        entries.push(entry);
    }
    for (const entry of entries) {
        if (entry.deployed && entry.live && compared) {
            entry.liveCost = (0,core_live/* holdsNothing */.aZ)(entry.live.status) ? undefined : costOf(entry.deployed);
        }
        if (entry.action === 'delete' && !entry.blocked)
            entry.cost = undefined;
        else if (entry.action === 'delete')
            entry.cost = entry.liveCost;
        if (baseline)
            entry.live = undefined;
    }
    const plan = planFromEntries(entries, {
        manifestPath: options.manifestPath,
        stackPrefix: options.stackPrefix,
        live: live.known ? { known: true, regions: live.regions } : { known: false, reason: live.reason, regions: live.regions },
        diagnostics,
        beforeKnown: compared
    });
    if (baseline)
        plan.baseline = { kind: 'base-branch', source: baseline.source, deployments: baseline.specs.length };
    if (live.known && live.recordedRegions?.length)
        plan.recordedRegions = live.recordedRegions;
    return plan;
}
/** The base branch's entries as the stacks apply would have left: managed, tagged, healthy. */
function baselineStacks(specs, options) {
    return specs.map((spec) => {
        const stackName = `${options.stackPrefix}-${spec.name}`;
        return {
            stackName,
            stackId: `base:${stackName}`,
            region: spec.region,
            status: 'CREATE_COMPLETE',
            tags: { [core_live/* TAG */.Dk.managed]: 'true', [core_live/* TAG */.Dk.deployment]: spec.name, [core_live/* TAG */.Dk.stackPrefix]: options.stackPrefix, [core_live/* TAG */.Dk.manifest]: options.manifestPath },
            parameters: { [core_live/* SPEC_PARAMETER */.cA]: (0,core_live/* specParameterValue */.Am)(spec) },
            outputs: {}
        };
    });
}
/**
 * A stack with the deployment's name that this manifest does not own: the pipeline would deploy
 * the entry's template onto it (CloudFormation updates a stack by name), so apply refuses.
 */
function blockNotOurs(entry, stack, options, diagnostics) {
    const where = `${stack.stackName} in ${stack.region}`;
    const managed = stack.tags[core_live/* TAG */.Dk.managed] === 'true';
    const owner = stack.tags[core_live/* TAG */.Dk.manifest];
    const prefix = stack.tags[core_live/* TAG */.Dk.stackPrefix];
    let reason;
    let fix;
    if (managed && owner !== undefined && (0,core_live/* canonicalManifestPath */.tz)(owner) !== (0,core_live/* canonicalManifestPath */.tz)(options.manifestPath)) {
        reason = `${where} belongs to the manifest ${owner} (tag emd:manifest), not ${options.manifestPath}; deploying this entry would overwrite that deployment`;
        fix = `rename this deployment, or move the entry into ${owner}; one name cannot be deployed from two manifests with the same stack-prefix`;
    }
    else if (managed && prefix !== undefined && prefix !== options.stackPrefix) {
        reason = `${where} was deployed with stack-prefix ${prefix}, not ${options.stackPrefix}`;
        fix = 'rename this deployment, or use a stack-prefix whose names do not collide';
    }
    else {
        reason = `${where} exists but was not created by emd-action (no emd:managed tag for this manifest); the pipeline would deploy over it`;
        fix = `rename this deployment, or delete or rename that stack yourself if it is no longer used (aws cloudformation delete-stack --stack-name ${stack.stackName} --region ${stack.region})`;
    }
    entry.blocked = { kind: 'not-ours', reason, fix };
    entry.notes.unshift(`blocked: ${reason}`);
    diagnostics.push({ severity: 'error', message: `${entry.name}: ${reason}; ${fix}`, deployment: entry.name, field: `models.${entry.name}` });
}
/** Counts, totals and `hasChanges` for a list of entries: how teardown hands a partial plan to apply. */
function planFromEntries(entries, meta) {
    return {
        manifest: meta.manifestPath,
        stackPrefix: meta.stackPrefix,
        live: meta.live,
        entries,
        totals: totals(entries, meta.beforeKnown ?? meta.live.known),
        diagnostics: meta.diagnostics ?? [],
        counts: countActions(entries),
        hasChanges: entries.some((e) => isChange(e))
    };
}
function classify(spec, stackName, here, elsewhere) {
    const base = { name: spec.name, stackName, region: spec.region, desired: spec, notes: [] };
    const stack = here ?? elsewhere;
    if (!stack)
        return { ...base, action: 'create', changes: [] };
    const recovered = (0,core_live/* deployedSpec */._o)(stack);
    const deployed = recovered.ok ? recovered.spec : undefined;
    const liveRef = { stackName: stack.stackName, region: stack.region, status: stack.status, stackId: stack.stackId };
    let entry;
    if (!here && elsewhere) {
        entry = {
            ...base,
            action: 'replace',
            deployed,
            live: liveRef,
            changes: [{ field: 'region', old: elsewhere.region, new: spec.region, impact: 'replaces the stack' }, ...(deployed ? diffSpecs(deployed, spec).filter((c) => c.field !== 'region') : [])],
            downtime: `a new stack is created in ${spec.region}, then the one in ${elsewhere.region} is deleted: the endpoint URL changes (and a generated API key is new)`
        };
    }
    else if (stack.status === 'ROLLBACK_COMPLETE') {
        entry = {
            ...base,
            action: 'create',
            deployed,
            live: liveRef,
            changes: [],
            notes: ['the previous create failed and rolled back; apply deletes that stack and creates it again']
        };
    }
    else if (stack.status === core_live/* NEVER_EXECUTED */.hH) {
        entry = {
            ...base,
            action: 'create',
            deployed,
            live: liveRef,
            changes: [],
            notes: [
                `the stack is ${core_live/* NEVER_EXECUTED */.hH}: a change set was created and never executed (or a create was abandoned before it ran), so it holds no resources; apply deletes the empty stack and creates it (to clear it yourself: aws cloudformation delete-stack --stack-name ${stack.stackName} --region ${stack.region})`
            ]
        };
    }
    else if (!deployed) {
        entry = { ...base, action: 'update', live: liveRef, changes: [], notes: [`deployed spec unknown (${recovered.ok ? '' : recovered.reason}); apply redeploys it in full`] };
    }
    else {
        const changes = diffSpecs(deployed, spec);
        const replaceBy = changes.filter((c) => replaces(c.field, spec.service));
        entry = {
            ...base,
            action: changes.length === 0 ? 'unchanged' : replaceBy.length > 0 ? 'replace' : 'update',
            deployed,
            live: liveRef,
            changes
        };
        if (entry.action === 'replace') {
            entry.downtime = `${replaceBy.map((c) => c.field).join(' and ')} cannot change in place: the stack is deleted and created again under the same name, so the endpoint is down for the whole deploy (typically 10\u201330 minutes) and a generated API key changes`;
        }
    }
    if ((0,core_live/* isBusy */.A5)(stack.status)) {
        entry.blocked = { kind: 'busy', reason: `stack is ${stack.status}; apply waits for it to finish (up to timeout-minutes)` };
    }
    else if ((0,core_live/* needsHuman */.tv)(stack.status)) {
        entry.blocked = { kind: 'failed', reason: `stack is ${stack.status}${stack.statusReason ? `: ${stack.statusReason}` : ''}`, fix: (0,core_live/* fixFor */.jc)(stack) };
    }
    else if (stack.status === 'UPDATE_ROLLBACK_COMPLETE') {
        entry.notes.push('the last update failed and was rolled back; the stack runs its previous version');
    }
    if (entry.action === 'replace' && deployed?.protect) {
        entry.blocked = { kind: 'protected', reason: 'replacing deletes the running stack, and its deployed spec has protect: true; set protect: false in one change, then make this one' };
    }
    return entry;
}
function planDelete(stack, allowDestroy) {
    const recovered = (0,core_live/* deployedSpec */._o)(stack);
    const deployed = recovered.ok ? recovered.spec : undefined;
    const entry = {
        name: stack.tags[core_live/* TAG */.Dk.deployment],
        stackName: stack.stackName,
        region: stack.region,
        action: 'delete',
        deployed,
        live: { stackName: stack.stackName, region: stack.region, status: stack.status, stackId: stack.stackId },
        changes: [],
        notes: []
    };
    if (deployed?.protect) {
        entry.blocked = { kind: 'protected', reason: 'protect: true in its deployed spec; set protect: false and apply before removing it' };
    }
    else if (!allowDestroy) {
        entry.blocked = { kind: 'destroy-not-allowed', reason: 'no longer in the manifest, but allow-destroy is not set: it keeps running' };
    }
    else if ((0,core_live/* isBusy */.A5)(stack.status)) {
        entry.blocked = { kind: 'busy', reason: `stack is ${stack.status}; apply waits for it to finish` };
    }
    return entry;
}
function decorate(entry, spec, diagnostics, costOf = cost/* estimateCost */.a3) {
    entry.fit = (0,fit/* checkFit */._)(spec);
    entry.cost = costOf(spec);
    const at = { deployment: spec.name, field: `models.${spec.name}` };
    if (entry.fit.status === 'no-fit')
        diagnostics.push({ severity: 'error', message: `${spec.name}: ${entry.fit.message}`, ...at });
    else if (entry.fit.status === 'tight' || entry.fit.status === 'unknown')
        diagnostics.push({ severity: 'warning', message: `${spec.name}: ${entry.fit.message}`, ...at });
    if (!spec.https && spec.service !== 'sagemaker')
        entry.notes.push('plain HTTP: no https.certificate_arn, so requests and the API key cross the network unencrypted');
    if (spec.https?.domain && !spec.https.hosted_zone_id) {
        entry.notes.push(`no https.hosted_zone_id: point ${spec.https.domain} at the load balancer (LoadBalancerDnsName output) yourself; the smoke test reaches the endpoint by that name`);
    }
    if (spec.api_key === 'none')
        entry.notes.push('api_key: none \u2014 anyone who can reach the endpoint can use it');
    if (typeof spec.api_key === 'object')
        entry.notes.push(`api_key secret ${spec.api_key.secret} must hold the key itself as plain text: a JSON or empty value is refused on every path`);
    const known = (0,models/* findModel */.P)(spec.model);
    if (known?.gated && !spec.hf_token_secret) {
        diagnostics.push({ severity: 'warning', message: `${spec.name}: ${spec.model} is a gated model; the build needs hf_token_secret (a Secrets Manager secret with a Hugging Face token whose account accepted the license)`, ...at });
    }
    if (spec.service === 'sagemaker') {
        // The SageMaker host's NVIDIA driver is fixed by its inference AMI (core/catalog/cuda.ts).
        const host = sagemakerHost(spec.engine, spec.engine_version ?? DEFAULT_ENGINE_VERSIONS[spec.engine]);
        if (host.fit === 'unsupported')
            diagnostics.push({ severity: 'error', message: `${spec.name}: ${host.message}`, ...at });
        else if (host.fit === 'unknown')
            diagnostics.push({ severity: 'warning', message: `${spec.name}: ${host.message}`, ...at });
    }
    if (spec.spot) {
        const alone = spec.scaling.min <= 1;
        diagnostics.push({
            severity: 'warning',
            message: `${spec.name}: spot capacity can be reclaimed with two minutes' notice; instances are drained and replaced (capacity rebalancing), but ${alone ? 'with a single instance the endpoint is down' : 'capacity is short'} until the replacement has loaded the model (minutes, longer for large models or when spot capacity is scarce)`,
            ...at
        });
    }
    for (const reason of entry.cost.unknown)
        entry.notes.push(`cost: ${reason}`);
}


/***/ }),

/***/ 4930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ bundledLabel),
/* harmony export */   J$: () => (/* binding */ quoteLabel),
/* harmony export */   M$: () => (/* binding */ extraKey),
/* harmony export */   kJ: () => (/* binding */ spotKey),
/* harmony export */   yj: () => (/* binding */ onDemandKey)
/* harmony export */ });
/* unused harmony export emptyPriceBook */
// Live price quotes handed to the pure core. The AWS adapters (src/aws/pricing.ts, spot.ts) fill a
// PriceBook from the Price List Query API and EC2 spot price history, or from a dated cache of an
// earlier run; the core reads it and falls back to the bundled table for anything it lacks. Every
// quote carries where it came from and the day it was read, so each figure can say so.
function emptyPriceBook() {
    return { onDemand: {}, spot: {}, extras: {}, subnetZones: {} };
}
/** `table` is the price table: SageMaker hosting or EC2 (which ECS on EC2 also pays). */
function onDemandKey(table, region, type) {
    return `${table}|${region}|${type}`;
}
function spotKey(region, type) {
    return `${region}|${type}`;
}
function extraKey(kind, region) {
    return `${kind}|${region}`;
}
/** `live of 2026-12-01` / `cache of 2026-11-30`: what each figure says about itself. */
function quoteLabel(quote) {
    return `${quote.origin} of ${quote.date}`;
}
/** `bundled table of 2026-01-21`, the same wording for the offline fallback. */
function bundledLabel(date) {
    return `bundled table of ${date ?? 'unknown date'}`;
}


/***/ }),

/***/ 3241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ik: () => (/* binding */ albHourlyPrice),
  bU: () => (/* binding */ ebsGp3MonthlyPricePerGB),
  j0: () => (/* binding */ extraPriceRegions),
  gp: () => (/* binding */ instanceHourlyPrice),
  E2: () => (/* binding */ priceDataSummary),
  rK: () => (/* binding */ secretMonthlyPrice)
});

// UNUSED EXPORTS: priceSources

;// CONCATENATED MODULE: ./src/core/data/prices.json
const prices_namespaceObject = /*#__PURE__*/JSON.parse('{"currency":"USD","extras":{"albPerHour":{"ap-northeast-1":{"source":"alb-hourly@2026-09","usd":0.0243},"us-east-1":{"source":"infracost-us-east-1@2024-07-01","usd":0.0225},"us-west-2":{"source":"alb-hourly@2026-09","usd":0.0225}},"ebsGp3PerGBMonth":{"us-east-1":{"source":"infracost-us-east-1@2024-07-01","usd":0.08}},"secretPerMonth":{"us-east-1":{"source":"infracost-us-east-1@2024-07-01","usd":0.4}}},"note":"Generated by scripts/build-price-table.mjs. Absent key = no price found in the sources; never guessed.","regions":{"af-south-1":{"ec2":[{"prices":{"g4dn.12xlarge":5.19,"g4dn.16xlarge":5.774,"g4dn.2xlarge":0.998,"g4dn.4xlarge":1.597,"g4dn.8xlarge":2.887,"g4dn.metal":10.381,"g4dn.xlarge":0.698},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":0.519,"interrupt":"<5%"},"g4dn.16xlarge":{"avg":0.5774,"interrupt":"<5%"},"g4dn.2xlarge":{"avg":0.0998,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.17567,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.46192,"interrupt":"<5%"},"g4dn.metal":{"avg":10.17338,"interrupt":"<5%"},"g4dn.xlarge":{"avg":0.07678,"interrupt":">20%"}},"source":"ec2-spot@2025-11-30"}},"ap-east-1":{"ec2":[{"prices":{"g4dn.12xlarge":6.024,"g4dn.16xlarge":6.702,"g4dn.2xlarge":1.158,"g4dn.4xlarge":1.854,"g4dn.8xlarge":3.351,"g4dn.metal":12.048,"g4dn.xlarge":0.81,"g5.12xlarge":8.7324,"g5.16xlarge":6.30605,"g5.24xlarge":12.5382,"g5.2xlarge":1.86595,"g5.48xlarge":25.0764,"g5.4xlarge":2.50025,"g5.8xlarge":3.76885,"g5.xlarge":1.5488},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":3.25296,"interrupt":"15-20%"},"g4dn.16xlarge":{"avg":0.6702,"interrupt":"<5%"},"g4dn.2xlarge":{"avg":0.2895,"interrupt":"5-10%"},"g4dn.4xlarge":{"avg":0.22248,"interrupt":"<5%"},"g4dn.8xlarge":{"avg":0.3351,"interrupt":"<5%"},"g4dn.metal":{"avg":6.38544,"interrupt":"<5%"},"g4dn.xlarge":{"avg":0.1377,"interrupt":"10-15%"}},"source":"ec2-spot@2025-11-30"}},"ap-northeast-1":{"ec2":[{"prices":{"c6i.16xlarge":3.424,"c6i.24xlarge":5.136,"c6i.2xlarge":0.428,"c6i.32xlarge":6.848,"c6i.4xlarge":0.856,"c6i.8xlarge":1.712,"c6i.large":0.107,"c6i.metal":6.848,"c6i.xlarge":0.214,"c7i.2xlarge":0.4494,"c7i.48xlarge":10.7856,"c7i.4xlarge":0.8988,"c7i.8xlarge":1.7976,"c7i.large":0.11235,"c7i.metal-48xl":10.7856,"c7i.xlarge":0.2247,"m5.4xlarge":0.992,"m5.8xlarge":1.984,"m5.large":0.124,"m5.metal":5.952,"m5.xlarge":0.248,"m7i.24xlarge":6.2496,"m7i.2xlarge":0.5208,"m7i.48xlarge":12.4992,"m7i.4xlarge":1.0416,"m7i.8xlarge":2.0832,"m7i.large":0.1302,"m7i.metal-48xl":12.4992,"m7i.xlarge":0.2604},"sources":["ec2-cpu@skypilot-v8"]},{"prices":{"g4dn.12xlarge":5.281,"g4dn.16xlarge":5.875,"g4dn.2xlarge":1.015,"g4dn.4xlarge":1.625,"g4dn.8xlarge":2.938,"g4dn.metal":10.562,"g4dn.xlarge":0.71,"g5.12xlarge":8.22609,"g5.16xlarge":5.94042,"g5.24xlarge":11.81123,"g5.2xlarge":1.75776,"g5.48xlarge":23.62246,"g5.4xlarge":2.35528,"g5.8xlarge":3.55033,"g5.xlarge":1.459,"g6.12xlarge":6.67369,"g6.16xlarge":4.92637,"g6.24xlarge":9.68103,"g6.2xlarge":1.41781,"g6.48xlarge":19.36206,"g6.4xlarge":1.91903,"g6.8xlarge":2.92148,"g6.xlarge":1.1672,"g6e.12xlarge":15.21742,"g6e.16xlarge":10.98917,"g6e.24xlarge":21.84956,"g6e.2xlarge":3.25168,"g6e.48xlarge":43.69912,"g6e.4xlarge":4.35703,"g6e.8xlarge":6.56775,"g6e.xlarge":2.699,"gr6.4xlarge":2.2323,"gr6.8xlarge":3.54801,"inf2.24xlarge":9.73595,"inf2.48xlarge":19.4719,"inf2.8xlarge":2.95179,"inf2.xlarge":1.1373,"p3.16xlarge":33.552,"p3.2xlarge":4.194,"p3.8xlarge":16.776,"p4d.24xlarge":30.09784,"p4de.24xlarge":37.6223,"p5.48xlarge":68.8,"p5.4xlarge":8.6,"p5en.48xlarge":79.12},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":2.3948,"interrupt":">20%"},"g4dn.16xlarge":{"avg":1.273533,"interrupt":">20%"},"g4dn.2xlarge":{"avg":0.480533,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.555767,"interrupt":">20%"},"g4dn.8xlarge":{"avg":1.1403,"interrupt":">20%"},"g4dn.metal":{"avg":4.706267,"interrupt":">20%"},"g4dn.xlarge":{"avg":0.262167,"interrupt":"15-20%"},"g5.12xlarge":{"avg":4.5079,"interrupt":"<5%"},"g5.16xlarge":{"avg":2.6158,"interrupt":"<5%"},"g5.24xlarge":{"avg":11.8112,"interrupt":"<5%"},"g5.2xlarge":{"avg":0.75535,"interrupt":">20%"},"g5.48xlarge":{"avg":23.6225,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.94885,"interrupt":">20%"},"g5.8xlarge":{"avg":1.58505,"interrupt":">20%"},"g5.xlarge":{"avg":0.52915,"interrupt":">20%"},"g6.12xlarge":{"avg":2.2321,"interrupt":">20%"},"g6.16xlarge":{"avg":1.58465,"interrupt":"<5%"},"g6.24xlarge":{"avg":2.4179,"interrupt":"15-20%"},"g6.2xlarge":{"avg":0.58475,"interrupt":">20%"},"g6.48xlarge":{"avg":4.9209,"interrupt":">20%"},"g6.4xlarge":{"avg":0.5893,"interrupt":"15-20%"},"g6.8xlarge":{"avg":1.03785,"interrupt":"<5%"},"g6.xlarge":{"avg":0.4755,"interrupt":">20%"},"g6e.12xlarge":{"avg":4.2471,"interrupt":"5-10%"},"g6e.16xlarge":{"avg":2.7572,"interrupt":"5-10%"},"g6e.24xlarge":{"avg":7.97055,"interrupt":">20%"},"g6e.2xlarge":{"avg":1.38045,"interrupt":">20%"},"g6e.48xlarge":{"avg":14.0352,"interrupt":"10-15%"},"g6e.4xlarge":{"avg":1.59475,"interrupt":"5-10%"},"g6e.8xlarge":{"avg":2.05825,"interrupt":"15-20%"},"g6e.xlarge":{"avg":1.41095,"interrupt":"15-20%"},"gr6.4xlarge":{"avg":0.56825,"interrupt":"10-15%"},"gr6.8xlarge":{"avg":0.8314,"interrupt":"10-15%"},"inf2.24xlarge":{"avg":2.71625,"interrupt":"<5%"},"inf2.48xlarge":{"avg":7.6658,"interrupt":"<5%"},"inf2.8xlarge":{"avg":2.0796,"interrupt":">20%"},"inf2.xlarge":{"avg":0.30715,"interrupt":"5-10%"},"p3.16xlarge":{"avg":20.00985,"interrupt":">20%"},"p3.2xlarge":{"avg":1.46985,"interrupt":">20%"},"p3.8xlarge":{"avg":3.5873,"interrupt":">20%"},"p4d.24xlarge":{"avg":21.89995,"interrupt":">20%"},"p4de.24xlarge":{"avg":11.26255,"interrupt":"10-15%"},"p5.48xlarge":{"avg":48.8017,"interrupt":"<5%"},"p5.4xlarge":{"avg":8.6,"interrupt":"<5%"},"p5en.48xlarge":{"avg":23.7776,"interrupt":">20%"}},"source":"ec2-spot@2025-11-30"}},"ap-northeast-2":{"ec2":[{"prices":{"g4dn.12xlarge":4.812,"g4dn.16xlarge":5.353,"g4dn.2xlarge":0.925,"g4dn.4xlarge":1.481,"g4dn.8xlarge":2.677,"g4dn.metal":9.624,"g4dn.xlarge":0.647,"g5.12xlarge":6.97442,"g5.16xlarge":5.03653,"g5.24xlarge":10.01404,"g5.2xlarge":1.4903,"g5.48xlarge":20.02809,"g5.4xlarge":1.99691,"g5.8xlarge":3.01012,"g5.xlarge":1.237,"g6.12xlarge":5.65823,"g6.16xlarge":4.17678,"g6.24xlarge":8.20797,"g6.2xlarge":1.20208,"g6.48xlarge":16.41595,"g6.4xlarge":1.62704,"g6.8xlarge":2.47695,"g6.xlarge":0.9896,"g6e.12xlarge":12.90014,"g6e.16xlarge":9.31575,"g6e.24xlarge":18.52234,"g6e.2xlarge":2.75652,"g6e.48xlarge":37.04468,"g6e.4xlarge":3.69355,"g6e.8xlarge":5.56762,"g6e.xlarge":2.288,"gr6.4xlarge":1.8926,"gr6.8xlarge":3.00809,"inf2.xlarge":0.90984,"p3.16xlarge":33.872,"p3.2xlarge":4.234,"p3.8xlarge":16.936,"p4d.24xlarge":30.41028,"p5.48xlarge":75.9552,"p5en.48xlarge":87.34848},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":2.578633,"interrupt":">20%"},"g4dn.16xlarge":{"avg":0.689933,"interrupt":"<5%"},"g4dn.2xlarge":{"avg":0.299933,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.3962,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.354733,"interrupt":"5-10%"},"g4dn.metal":{"avg":5.439767,"interrupt":">20%"},"g4dn.xlarge":{"avg":0.256033,"interrupt":"5-10%"},"g5.12xlarge":{"avg":1.609233,"interrupt":"<5%"},"g5.16xlarge":{"avg":0.5037,"interrupt":"<5%"},"g5.24xlarge":{"avg":1.774733,"interrupt":"<5%"},"g5.2xlarge":{"avg":0.418333,"interrupt":"<5%"},"g5.48xlarge":{"avg":4.418,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.400733,"interrupt":"<5%"},"g5.8xlarge":{"avg":0.367967,"interrupt":"10-15%"},"g5.xlarge":{"avg":0.3515,"interrupt":"<5%"},"g6.12xlarge":{"avg":1.248667,"interrupt":"5-10%"},"g6.16xlarge":{"avg":0.556433,"interrupt":"10-15%"},"g6.24xlarge":{"avg":1.112433,"interrupt":"15-20%"},"g6.2xlarge":{"avg":0.3334,"interrupt":"15-20%"},"g6.48xlarge":{"avg":2.185833,"interrupt":"5-10%"},"g6.4xlarge":{"avg":0.358133,"interrupt":"5-10%"},"g6.8xlarge":{"avg":0.370333,"interrupt":"10-15%"},"g6.xlarge":{"avg":0.2893,"interrupt":"5-10%"},"g6e.12xlarge":{"avg":3.8433,"interrupt":"10-15%"},"g6e.16xlarge":{"avg":1.55435,"interrupt":"5-10%"},"g6e.24xlarge":{"avg":3.30075,"interrupt":"10-15%"},"g6e.2xlarge":{"avg":0.671,"interrupt":">20%"},"g6e.48xlarge":{"avg":5.60645,"interrupt":"5-10%"},"g6e.4xlarge":{"avg":0.7535,"interrupt":"10-15%"},"g6e.8xlarge":{"avg":0.7889,"interrupt":"10-15%"},"g6e.xlarge":{"avg":0.464,"interrupt":"5-10%"},"gr6.4xlarge":{"avg":0.34885,"interrupt":"5-10%"},"gr6.8xlarge":{"avg":0.40975,"interrupt":"15-20%"},"inf2.xlarge":{"avg":0.19405,"interrupt":">20%"},"p3.16xlarge":{"avg":33.872,"interrupt":">20%"},"p3.2xlarge":{"avg":1.64785,"interrupt":">20%"},"p3.8xlarge":{"avg":9.3148,"interrupt":">20%"},"p4d.24xlarge":{"avg":9.64675,"interrupt":"5-10%"},"p5en.48xlarge":{"avg":17.0734,"interrupt":"5-10%"}},"source":"ec2-spot@2025-11-30"}},"ap-northeast-3":{"ec2":[{"prices":{"g4dn.12xlarge":5.281,"g4dn.16xlarge":5.875,"g4dn.2xlarge":1.015,"g4dn.4xlarge":1.625,"g4dn.8xlarge":2.938,"g4dn.metal":10.562,"g4dn.xlarge":0.71},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.37355,"interrupt":"<5%"},"g4dn.16xlarge":{"avg":1.70095,"interrupt":"<5%"},"g4dn.2xlarge":{"avg":0.44885,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.56845,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.6925,"interrupt":"<5%"},"g4dn.metal":{"avg":3.30235,"interrupt":"<5%"},"g4dn.xlarge":{"avg":0.32905,"interrupt":"5-10%"}},"source":"ec2-spot@2025-11-30"}},"ap-south-1":{"ec2":[{"prices":{"g4dn.12xlarge":4.306,"g4dn.16xlarge":4.791,"g4dn.2xlarge":0.828,"g4dn.4xlarge":1.325,"g4dn.8xlarge":2.395,"g4dn.metal":8.612,"g4dn.xlarge":0.579,"g5.12xlarge":6.81091,"g5.16xlarge":4.91846,"g5.24xlarge":9.77928,"g5.2xlarge":1.45536,"g5.48xlarge":19.55855,"g5.4xlarge":1.95009,"g5.8xlarge":2.93955,"g5.xlarge":1.208,"g6.12xlarge":5.52558,"g6.16xlarge":4.07886,"g6.24xlarge":8.01555,"g6.2xlarge":1.1739,"g6.48xlarge":16.0311,"g6.4xlarge":1.58889,"g6.8xlarge":2.41888,"g6.xlarge":0.9664,"gr6.4xlarge":1.8483,"gr6.8xlarge":2.93768,"inf2.24xlarge":8.43782,"inf2.48xlarge":16.87565,"inf2.8xlarge":2.55822,"inf2.xlarge":0.98566,"p4d.24xlarge":26.3444,"p5.48xlarge":66.048,"p5.4xlarge":8.256,"p5en.48xlarge":75.9552},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":2.0352,"interrupt":"5-10%"},"g4dn.16xlarge":{"avg":1.273833,"interrupt":"15-20%"},"g4dn.2xlarge":{"avg":0.292267,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.5555,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.833133,"interrupt":">20%"},"g4dn.metal":{"avg":3.899333,"interrupt":"15-20%"},"g4dn.xlarge":{"avg":0.2314,"interrupt":"15-20%"},"g5.12xlarge":{"avg":2.7443,"interrupt":">20%"},"g5.16xlarge":{"avg":1.2503,"interrupt":">20%"},"g5.24xlarge":{"avg":2.38375,"interrupt":">20%"},"g5.2xlarge":{"avg":0.50615,"interrupt":"10-15%"},"g5.48xlarge":{"avg":5.1207,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.8854,"interrupt":">20%"},"g5.8xlarge":{"avg":1.03295,"interrupt":">20%"},"g5.xlarge":{"avg":0.5008,"interrupt":"10-15%"},"g6.12xlarge":{"avg":2.06415,"interrupt":">20%"},"g6.16xlarge":{"avg":0.91445,"interrupt":"10-15%"},"g6.24xlarge":{"avg":2.82805,"interrupt":">20%"},"g6.2xlarge":{"avg":0.4453,"interrupt":"<5%"},"g6.48xlarge":{"avg":3.45075,"interrupt":"10-15%"},"g6.4xlarge":{"avg":0.60895,"interrupt":"15-20%"},"g6.8xlarge":{"avg":0.7793,"interrupt":"<5%"},"g6.xlarge":{"avg":0.4271,"interrupt":"15-20%"},"gr6.4xlarge":{"avg":0.34125,"interrupt":"5-10%"},"gr6.8xlarge":{"avg":0.931,"interrupt":"5-10%"},"inf2.24xlarge":{"avg":1.3516,"interrupt":"15-20%"},"inf2.48xlarge":{"avg":2.75755,"interrupt":"15-20%"},"inf2.8xlarge":{"avg":0.59555,"interrupt":"10-15%"},"inf2.xlarge":{"avg":0.228,"interrupt":"10-15%"},"p4d.24xlarge":{"avg":26.3444,"interrupt":"<5%"},"p5.48xlarge":{"avg":36.802133,"interrupt":"<5%"},"p5.4xlarge":{"avg":8.256,"interrupt":"<5%"},"p5en.48xlarge":{"avg":48.94935,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"ap-south-2":{"ec2":[{"prices":{"g6.12xlarge":5.52558,"g6.16xlarge":4.07886,"g6.24xlarge":8.01555,"g6.2xlarge":1.1739,"g6.48xlarge":16.0311,"g6.4xlarge":1.58889,"g6.8xlarge":2.41888,"g6.xlarge":0.9664},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[]},"ap-southeast-1":{"ec2":[{"prices":{"c6i.12xlarge":2.352,"c6i.16xlarge":3.136,"c6i.24xlarge":4.704,"c6i.2xlarge":0.392,"c6i.32xlarge":6.272,"c6i.4xlarge":0.784,"c6i.8xlarge":1.568,"c6i.large":0.098,"c6i.metal":6.272,"c6i.xlarge":0.196,"c7i.24xlarge":4.9392,"c7i.2xlarge":0.4116,"c7i.48xlarge":9.8784,"c7i.4xlarge":0.8232,"c7i.8xlarge":1.6464,"c7i.large":0.1029,"c7i.metal-48xl":9.8784,"c7i.xlarge":0.2058,"m5.4xlarge":0.96,"m5.8xlarge":1.92,"m5.large":0.12,"m5.metal":5.76,"m5.xlarge":0.24,"m7i.16xlarge":4.032,"m7i.24xlarge":6.048,"m7i.2xlarge":0.504,"m7i.48xlarge":12.096,"m7i.4xlarge":1.008,"m7i.8xlarge":2.016,"m7i.large":0.126,"m7i.metal-48xl":12.096,"m7i.xlarge":0.252},"sources":["ec2-cpu@skypilot-v8"]},{"prices":{"g4dn.12xlarge":5.474,"g4dn.16xlarge":6.089,"g4dn.2xlarge":1.052,"g4dn.4xlarge":1.685,"g4dn.8xlarge":3.045,"g4dn.metal":10.948,"g4dn.xlarge":0.736,"inf2.24xlarge":9.08689,"inf2.48xlarge":18.17377,"inf2.8xlarge":2.755,"inf2.xlarge":1.06148,"p3.16xlarge":33.872,"p3.2xlarge":4.234,"p3.8xlarge":16.936,"p4d.24xlarge":26.34917,"p4de.24xlarge":32.93646},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.966967,"interrupt":"10-15%"},"g4dn.16xlarge":{"avg":1.471533,"interrupt":"5-10%"},"g4dn.2xlarge":{"avg":0.3587,"interrupt":"5-10%"},"g4dn.4xlarge":{"avg":0.718467,"interrupt":"10-15%"},"g4dn.8xlarge":{"avg":1.066767,"interrupt":"10-15%"},"g4dn.metal":{"avg":3.314233,"interrupt":"<5%"},"g4dn.xlarge":{"avg":0.316467,"interrupt":"<5%"},"inf2.24xlarge":{"avg":1.78915,"interrupt":"5-10%"},"inf2.48xlarge":{"avg":3.51605,"interrupt":">20%"},"inf2.8xlarge":{"avg":0.6627,"interrupt":">20%"},"inf2.xlarge":{"avg":0.20345,"interrupt":"15-20%"},"p3.16xlarge":{"avg":31.8945,"interrupt":">20%"},"p3.2xlarge":{"avg":0.7956,"interrupt":">20%"},"p3.8xlarge":{"avg":4.30955,"interrupt":">20%"},"p4de.24xlarge":{"avg":32.9365,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"ap-southeast-2":{"ec2":[{"prices":{"g4dn.12xlarge":5.087,"g4dn.16xlarge":5.659,"g4dn.2xlarge":0.978,"g4dn.4xlarge":1.566,"g4dn.8xlarge":2.83,"g4dn.metal":10.174,"g4dn.xlarge":0.684,"g5.12xlarge":7.37473,"g5.16xlarge":5.32561,"g5.24xlarge":10.58882,"g5.2xlarge":1.57584,"g5.48xlarge":21.17764,"g5.4xlarge":2.11152,"g5.8xlarge":3.18289,"g5.xlarge":1.308,"g6.12xlarge":5.98299,"g6.16xlarge":4.41652,"g6.24xlarge":8.67909,"g6.2xlarge":1.27107,"g6.48xlarge":17.35817,"g6.4xlarge":1.72042,"g6.8xlarge":2.61912,"g6.xlarge":1.0464,"gr6.4xlarge":2.0012,"gr6.8xlarge":3.1807,"inf2.24xlarge":8.43782,"inf2.48xlarge":16.87565,"inf2.8xlarge":2.55822,"inf2.xlarge":0.98566,"p3.16xlarge":33.872,"p3.2xlarge":4.234,"p3.8xlarge":16.936,"p4d.24xlarge":28.54493,"p5.48xlarge":71.552,"p5.4xlarge":8.944},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":2.0135,"interrupt":"15-20%"},"g4dn.16xlarge":{"avg":0.945567,"interrupt":"10-15%"},"g4dn.2xlarge":{"avg":0.378867,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.512767,"interrupt":"15-20%"},"g4dn.8xlarge":{"avg":0.954467,"interrupt":"5-10%"},"g4dn.metal":{"avg":4.2604,"interrupt":"5-10%"},"g4dn.xlarge":{"avg":0.2678,"interrupt":"10-15%"},"g5.12xlarge":{"avg":2.4876,"interrupt":"<5%"},"g5.16xlarge":{"avg":1.31095,"interrupt":"<5%"},"g5.24xlarge":{"avg":8.31945,"interrupt":"<5%"},"g5.2xlarge":{"avg":0.6094,"interrupt":">20%"},"g5.48xlarge":{"avg":21.1776,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.95975,"interrupt":">20%"},"g5.8xlarge":{"avg":0.94155,"interrupt":">20%"},"g5.xlarge":{"avg":0.48615,"interrupt":">20%"},"g6.12xlarge":{"avg":2.0694,"interrupt":">20%"},"g6.16xlarge":{"avg":1.513833,"interrupt":">20%"},"g6.24xlarge":{"avg":1.919867,"interrupt":"15-20%"},"g6.2xlarge":{"avg":0.499733,"interrupt":"15-20%"},"g6.48xlarge":{"avg":4.957933,"interrupt":"10-15%"},"g6.4xlarge":{"avg":0.856233,"interrupt":">20%"},"g6.8xlarge":{"avg":0.924167,"interrupt":">20%"},"g6.xlarge":{"avg":0.411633,"interrupt":"10-15%"},"gr6.4xlarge":{"avg":0.73415,"interrupt":">20%"},"gr6.8xlarge":{"avg":0.92585,"interrupt":"15-20%"},"inf2.24xlarge":{"avg":1.77765,"interrupt":"10-15%"},"inf2.48xlarge":{"avg":2.76815,"interrupt":"10-15%"},"inf2.8xlarge":{"avg":0.6105,"interrupt":"5-10%"},"inf2.xlarge":{"avg":0.167,"interrupt":"5-10%"},"p3.16xlarge":{"avg":29.9447,"interrupt":">20%"},"p3.2xlarge":{"avg":0.7846,"interrupt":">20%"},"p3.8xlarge":{"avg":4.5357,"interrupt":">20%"},"p4d.24xlarge":{"avg":5.6893,"interrupt":"<5%"},"p5.48xlarge":{"avg":55.914467,"interrupt":"10-15%"}},"source":"ec2-spot@2025-11-30"}},"ap-southeast-3":{"ec2":[{"prices":{"g5.12xlarge":7.93854,"g5.16xlarge":5.73277,"g5.24xlarge":11.39836,"g5.2xlarge":1.69632,"g5.48xlarge":22.79672,"g5.4xlarge":2.27295,"g5.8xlarge":3.42623,"g5.xlarge":1.408,"p5.48xlarge":75.9552,"p5.4xlarge":9.4944,"p5en.48xlarge":87.34848},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g5.12xlarge":{"avg":1.03201,"interrupt":">20%"},"g5.16xlarge":{"avg":0.573277,"interrupt":"10-15%"},"g5.24xlarge":{"avg":6.155114,"interrupt":"<5%"},"g5.2xlarge":{"avg":0.220522,"interrupt":">20%"},"g5.48xlarge":{"avg":4.559344,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.272754,"interrupt":">20%"},"g5.8xlarge":{"avg":0.44541,"interrupt":">20%"},"g5.xlarge":{"avg":0.33792,"interrupt":">20%"},"p5.48xlarge":{"avg":7.59552,"interrupt":"<5%"},"p5.4xlarge":{"avg":1.329216,"interrupt":">20%"},"p5en.48xlarge":{"avg":11.355302,"interrupt":">20%"}},"source":"ec2-spot@2025-11-30"}},"ap-southeast-5":{"ec2":[{"prices":{"g6.12xlarge":5.7966,"g6.16xlarge":4.27892,"g6.24xlarge":8.4087,"g6.2xlarge":1.23147,"g6.48xlarge":16.81739,"g6.4xlarge":1.66682,"g6.8xlarge":2.53752,"g6.xlarge":1.0138,"gr6.4xlarge":1.9388,"gr6.8xlarge":3.08152},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g6.12xlarge":{"avg":2.8983,"interrupt":"15-20%"},"g6.16xlarge":{"avg":2.011092,"interrupt":">20%"},"g6.24xlarge":{"avg":4.120263,"interrupt":">20%"},"g6.2xlarge":{"avg":0.60342,"interrupt":">20%"},"g6.48xlarge":{"avg":7.904173,"interrupt":">20%"},"g6.4xlarge":{"avg":0.800074,"interrupt":"15-20%"},"g6.8xlarge":{"avg":1.116509,"interrupt":"10-15%"},"g6.xlarge":{"avg":0.496762,"interrupt":">20%"},"gr6.4xlarge":{"avg":0.87246,"interrupt":">20%"},"gr6.8xlarge":{"avg":1.386684,"interrupt":">20%"}},"source":"ec2-spot@2025-11-30"}},"ca-central-1":{"ec2":[{"prices":{"g4dn.12xlarge":4.343,"g4dn.16xlarge":4.832,"g4dn.2xlarge":0.835,"g4dn.4xlarge":1.337,"g4dn.8xlarge":2.416,"g4dn.metal":8.687,"g4dn.xlarge":0.584,"g5.12xlarge":6.29784,"g5.16xlarge":4.54794,"g5.24xlarge":9.04259,"g5.2xlarge":1.34573,"g5.48xlarge":18.08518,"g5.4xlarge":1.80319,"g5.8xlarge":2.71811,"g5.xlarge":1.117,"g6.12xlarge":5.10933,"g6.16xlarge":3.7716,"g6.24xlarge":7.41173,"g6.2xlarge":1.08547,"g6.48xlarge":14.82346,"g6.4xlarge":1.4692,"g6.8xlarge":2.23666,"g6.xlarge":0.8936,"gr6.4xlarge":1.709,"gr6.8xlarge":2.71628,"p3.16xlarge":26.928,"p3.2xlarge":3.366,"p3.8xlarge":13.464,"p4d.24xlarge":25.25174,"p5.48xlarge":63.296},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.06985,"interrupt":">20%"},"g4dn.16xlarge":{"avg":0.6937,"interrupt":"15-20%"},"g4dn.2xlarge":{"avg":0.31105,"interrupt":"<5%"},"g4dn.4xlarge":{"avg":0.41755,"interrupt":"10-15%"},"g4dn.8xlarge":{"avg":0.40155,"interrupt":">20%"},"g4dn.metal":{"avg":2.7616,"interrupt":"<5%"},"g4dn.xlarge":{"avg":0.1843,"interrupt":"5-10%"},"g5.12xlarge":{"avg":2.006,"interrupt":">20%"},"g5.16xlarge":{"avg":1.1655,"interrupt":">20%"},"g5.24xlarge":{"avg":3.48245,"interrupt":">20%"},"g5.2xlarge":{"avg":0.4662,"interrupt":">20%"},"g5.48xlarge":{"avg":12.05905,"interrupt":">20%"},"g5.4xlarge":{"avg":0.60045,"interrupt":">20%"},"g5.8xlarge":{"avg":0.49765,"interrupt":">20%"},"g5.xlarge":{"avg":0.4599,"interrupt":">20%"},"g6.12xlarge":{"avg":1.6295,"interrupt":">20%"},"g6.16xlarge":{"avg":1.09635,"interrupt":"10-15%"},"g6.24xlarge":{"avg":1.57375,"interrupt":"5-10%"},"g6.2xlarge":{"avg":0.4679,"interrupt":"5-10%"},"g6.48xlarge":{"avg":4.13165,"interrupt":"5-10%"},"g6.4xlarge":{"avg":0.56505,"interrupt":"10-15%"},"g6.8xlarge":{"avg":0.77875,"interrupt":"5-10%"},"g6.xlarge":{"avg":0.39425,"interrupt":"5-10%"},"gr6.4xlarge":{"avg":0.72795,"interrupt":"15-20%"},"gr6.8xlarge":{"avg":0.71385,"interrupt":"10-15%"},"p3.16xlarge":{"avg":12.6522,"interrupt":">20%"},"p3.2xlarge":{"avg":1.3104,"interrupt":">20%"},"p3.8xlarge":{"avg":3.2436,"interrupt":">20%"},"p4d.24xlarge":{"avg":9.9888,"interrupt":">20%"},"p5.48xlarge":{"avg":63.296,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"eu-central-1":{"ec2":[{"prices":{"c6i.12xlarge":2.328,"c6i.16xlarge":3.104,"c6i.24xlarge":4.656,"c6i.2xlarge":0.388,"c6i.32xlarge":6.208,"c6i.4xlarge":0.776,"c6i.8xlarge":1.552,"c6i.large":0.097,"c6i.metal":6.208,"c6i.xlarge":0.194,"c7i.24xlarge":4.8888,"c7i.2xlarge":0.4074,"c7i.48xlarge":9.7776,"c7i.4xlarge":0.8148,"c7i.8xlarge":1.6296,"c7i.large":0.10185,"c7i.metal-48xl":9.7776,"c7i.xlarge":0.2037,"m5.4xlarge":0.92,"m5.8xlarge":1.84,"m5.large":0.115,"m5.metal":5.52,"m5.xlarge":0.23,"m7i.16xlarge":3.864,"m7i.24xlarge":5.796,"m7i.2xlarge":0.483,"m7i.48xlarge":11.592,"m7i.4xlarge":0.966,"m7i.8xlarge":1.932,"m7i.large":0.12075,"m7i.metal-48xl":11.592,"m7i.xlarge":0.2415},"sources":["ec2-cpu@skypilot-v8"]},{"prices":{"g4dn.12xlarge":4.89,"g4dn.16xlarge":5.44,"g4dn.2xlarge":0.94,"g4dn.4xlarge":1.505,"g4dn.8xlarge":2.72,"g4dn.metal":9.78,"g4dn.xlarge":0.658,"g5.12xlarge":7.09282,"g5.16xlarge":5.12204,"g5.24xlarge":10.18405,"g5.2xlarge":1.5156,"g5.48xlarge":20.3681,"g5.4xlarge":2.03081,"g5.8xlarge":3.06122,"g5.xlarge":1.258,"g6.12xlarge":5.75429,"g6.16xlarge":4.24769,"g6.24xlarge":8.34732,"g6.2xlarge":1.22249,"g6.48xlarge":16.69464,"g6.4xlarge":1.65466,"g6.8xlarge":2.519,"g6.xlarge":1.0064,"g6e.12xlarge":13.12002,"g6e.16xlarge":9.47454,"g6e.24xlarge":18.83806,"g6e.2xlarge":2.8035,"g6e.48xlarge":37.67612,"g6e.4xlarge":3.75651,"g6e.8xlarge":5.66252,"g6e.xlarge":2.327,"gr6.4xlarge":1.9248,"gr6.8xlarge":3.05927,"inf2.24xlarge":9.73595,"inf2.48xlarge":19.4719,"inf2.8xlarge":2.95179,"inf2.xlarge":1.1373,"p3.16xlarge":30.584,"p3.2xlarge":3.823,"p3.8xlarge":15.292,"p4d.24xlarge":27.43298,"p4de.24xlarge":34.29122},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.921867,"interrupt":">20%"},"g4dn.16xlarge":{"avg":1.797567,"interrupt":">20%"},"g4dn.2xlarge":{"avg":0.299067,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.5739,"interrupt":">20%"},"g4dn.8xlarge":{"avg":1.1137,"interrupt":">20%"},"g4dn.metal":{"avg":3.378067,"interrupt":">20%"},"g4dn.xlarge":{"avg":0.2679,"interrupt":">20%"},"g5.12xlarge":{"avg":2.729967,"interrupt":">20%"},"g5.16xlarge":{"avg":1.339733,"interrupt":">20%"},"g5.24xlarge":{"avg":7.655133,"interrupt":"<5%"},"g5.2xlarge":{"avg":0.689767,"interrupt":">20%"},"g5.48xlarge":{"avg":9.962967,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.709067,"interrupt":">20%"},"g5.8xlarge":{"avg":0.864367,"interrupt":">20%"},"g5.xlarge":{"avg":0.509967,"interrupt":"10-15%"},"g6.12xlarge":{"avg":2.73165,"interrupt":">20%"},"g6.16xlarge":{"avg":1.37165,"interrupt":">20%"},"g6.24xlarge":{"avg":3.13585,"interrupt":">20%"},"g6.2xlarge":{"avg":0.48695,"interrupt":"10-15%"},"g6.48xlarge":{"avg":4.0382,"interrupt":">20%"},"g6.4xlarge":{"avg":0.57725,"interrupt":"15-20%"},"g6.8xlarge":{"avg":1.06425,"interrupt":"15-20%"},"g6.xlarge":{"avg":0.48295,"interrupt":"10-15%"},"g6e.12xlarge":{"avg":3.9171,"interrupt":">20%"},"g6e.16xlarge":{"avg":2.0172,"interrupt":">20%"},"g6e.24xlarge":{"avg":6.41945,"interrupt":">20%"},"g6e.2xlarge":{"avg":1.0924,"interrupt":">20%"},"g6e.48xlarge":{"avg":12.5319,"interrupt":">20%"},"g6e.4xlarge":{"avg":1.3889,"interrupt":">20%"},"g6e.8xlarge":{"avg":1.5673,"interrupt":">20%"},"g6e.xlarge":{"avg":1.03465,"interrupt":">20%"},"gr6.4xlarge":{"avg":0.6574,"interrupt":">20%"},"gr6.8xlarge":{"avg":0.9971,"interrupt":">20%"},"inf2.24xlarge":{"avg":1.3805,"interrupt":">20%"},"inf2.48xlarge":{"avg":4.67415,"interrupt":"<5%"},"inf2.8xlarge":{"avg":0.8369,"interrupt":"5-10%"},"inf2.xlarge":{"avg":0.1888,"interrupt":"10-15%"},"p3.16xlarge":{"avg":19.09375,"interrupt":">20%"},"p3.2xlarge":{"avg":0.54565,"interrupt":">20%"},"p3.8xlarge":{"avg":8.4106,"interrupt":">20%"},"p4d.24xlarge":{"avg":14.871633,"interrupt":"5-10%"},"p4de.24xlarge":{"avg":10.7588,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"eu-central-2":{"ec2":[{"prices":{"g6.12xlarge":6.2037,"g6.16xlarge":4.57943,"g6.24xlarge":8.99924,"g6.2xlarge":1.31796,"g6.48xlarge":17.99849,"g6.4xlarge":1.78389,"g6.8xlarge":2.71574,"g6.xlarge":1.085,"gr6.4xlarge":2.1649,"gr6.8xlarge":3.44089},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g6.12xlarge":{"avg":2.295369,"interrupt":"10-15%"},"g6.16xlarge":{"avg":1.694389,"interrupt":"15-20%"},"g6.24xlarge":{"avg":3.329719,"interrupt":"5-10%"},"g6.2xlarge":{"avg":0.487645,"interrupt":"10-15%"},"g6.48xlarge":{"avg":6.839426,"interrupt":"15-20%"},"g6.4xlarge":{"avg":0.660039,"interrupt":"15-20%"},"g6.8xlarge":{"avg":1.004824,"interrupt":"15-20%"},"g6.xlarge":{"avg":0.3906,"interrupt":"10-15%"},"gr6.4xlarge":{"avg":0.801013,"interrupt":"10-15%"},"gr6.8xlarge":{"avg":1.204312,"interrupt":"10-15%"}},"source":"ec2-spot@2025-11-30"}},"eu-north-1":{"ec2":[{"prices":{"g4dn.12xlarge":4.15,"g4dn.16xlarge":4.617,"g4dn.2xlarge":0.798,"g4dn.4xlarge":1.277,"g4dn.8xlarge":2.308,"g4dn.metal":8.3,"g4dn.xlarge":0.558,"g5.12xlarge":6.01593,"g5.16xlarge":4.34437,"g5.24xlarge":8.63782,"g5.2xlarge":1.28549,"g5.48xlarge":17.27564,"g5.4xlarge":1.72247,"g5.8xlarge":2.59644,"g5.xlarge":1.067,"g6.12xlarge":4.88062,"g6.16xlarge":3.60277,"g6.24xlarge":7.07996,"g6.2xlarge":1.03688,"g6.48xlarge":14.15992,"g6.4xlarge":1.40343,"g6.8xlarge":2.13655,"g6.xlarge":0.8536,"g6e.12xlarge":11.12975,"g6e.16xlarge":8.03728,"g6e.24xlarge":15.98037,"g6e.2xlarge":2.37822,"g6e.48xlarge":31.96075,"g6e.4xlarge":3.18666,"g6e.8xlarge":4.80353,"g6e.xlarge":1.974,"gr6.4xlarge":1.6326,"gr6.8xlarge":2.59485,"inf2.24xlarge":7.1397,"inf2.48xlarge":14.27939,"inf2.8xlarge":2.16465,"inf2.xlarge":0.83402,"p4d.24xlarge":23.71569,"p5.48xlarge":58.8928,"p5en.48xlarge":67.72672},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.8489,"interrupt":">20%"},"g4dn.16xlarge":{"avg":0.5314,"interrupt":"<5%"},"g4dn.2xlarge":{"avg":0.248,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.4203,"interrupt":"15-20%"},"g4dn.8xlarge":{"avg":0.5091,"interrupt":">20%"},"g4dn.metal":{"avg":5.584367,"interrupt":">20%"},"g4dn.xlarge":{"avg":0.191833,"interrupt":">20%"},"g5.12xlarge":{"avg":2.13825,"interrupt":">20%"},"g5.16xlarge":{"avg":1.5667,"interrupt":">20%"},"g5.24xlarge":{"avg":2.7238,"interrupt":">20%"},"g5.2xlarge":{"avg":0.5124,"interrupt":">20%"},"g5.48xlarge":{"avg":4.6627,"interrupt":">20%"},"g5.4xlarge":{"avg":0.50655,"interrupt":">20%"},"g5.8xlarge":{"avg":0.89055,"interrupt":"10-15%"},"g5.xlarge":{"avg":0.4309,"interrupt":">20%"},"g6.12xlarge":{"avg":1.45965,"interrupt":">20%"},"g6.16xlarge":{"avg":0.6248,"interrupt":"15-20%"},"g6.24xlarge":{"avg":2.05115,"interrupt":">20%"},"g6.2xlarge":{"avg":0.40085,"interrupt":"15-20%"},"g6.48xlarge":{"avg":1.90325,"interrupt":">20%"},"g6.4xlarge":{"avg":0.428,"interrupt":"15-20%"},"g6.8xlarge":{"avg":0.598,"interrupt":"15-20%"},"g6.xlarge":{"avg":0.31695,"interrupt":">20%"},"g6e.12xlarge":{"avg":2.66395,"interrupt":">20%"},"g6e.16xlarge":{"avg":1.09455,"interrupt":"15-20%"},"g6e.24xlarge":{"avg":4.38565,"interrupt":">20%"},"g6e.2xlarge":{"avg":0.95445,"interrupt":">20%"},"g6e.48xlarge":{"avg":14.3622,"interrupt":">20%"},"g6e.4xlarge":{"avg":1.19645,"interrupt":">20%"},"g6e.8xlarge":{"avg":1.2565,"interrupt":"15-20%"},"g6e.xlarge":{"avg":0.9312,"interrupt":">20%"},"gr6.4xlarge":{"avg":0.21035,"interrupt":"15-20%"},"gr6.8xlarge":{"avg":0.36735,"interrupt":">20%"},"inf2.24xlarge":{"avg":0.91095,"interrupt":"15-20%"},"inf2.48xlarge":{"avg":1.77765,"interrupt":"15-20%"},"inf2.8xlarge":{"avg":0.27175,"interrupt":"10-15%"},"inf2.xlarge":{"avg":0.1023,"interrupt":"15-20%"},"p4d.24xlarge":{"avg":7.6498,"interrupt":null},"p5.48xlarge":{"avg":7.3262,"interrupt":"<5%"},"p5en.48xlarge":{"avg":14.82505,"interrupt":"15-20%"}},"source":"ec2-spot@2025-11-30"}},"eu-south-1":{"ec2":[{"prices":{"g4dn.12xlarge":4.58,"g4dn.16xlarge":5.095,"g4dn.2xlarge":0.88,"g4dn.4xlarge":1.41,"g4dn.8xlarge":2.547,"g4dn.metal":9.16,"g4dn.xlarge":0.616},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.7404,"interrupt":">20%"},"g4dn.16xlarge":{"avg":0.5095,"interrupt":"<5%"},"g4dn.2xlarge":{"avg":0.1144,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.1692,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.2547,"interrupt":"<5%"},"g4dn.metal":{"avg":3.0228,"interrupt":">20%"},"g4dn.xlarge":{"avg":0.0924,"interrupt":"10-15%"}},"source":"ec2-spot@2025-11-30"}},"eu-south-2":{"ec2":[{"prices":{"g6.12xlarge":4.8486,"g6.16xlarge":3.57913,"g6.24xlarge":7.03351,"g6.2xlarge":1.03008,"g6.48xlarge":14.06702,"g6.4xlarge":1.39423,"g6.8xlarge":2.12253,"g6.xlarge":0.848,"g6e.12xlarge":11.05645,"g6e.16xlarge":7.98435,"g6e.24xlarge":15.87513,"g6e.2xlarge":2.36256,"g6e.48xlarge":31.75027,"g6e.4xlarge":3.16567,"g6e.8xlarge":4.7719,"g6e.xlarge":1.961,"gr6.4xlarge":1.6218,"gr6.8xlarge":2.57768,"p5en.48xlarge":68.35968},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g6.12xlarge":{"avg":1.793982,"interrupt":"10-15%"},"g6.16xlarge":{"avg":1.360069,"interrupt":"15-20%"},"g6.24xlarge":{"avg":2.672734,"interrupt":"10-15%"},"g6.2xlarge":{"avg":0.350227,"interrupt":"<5%"},"g6.48xlarge":{"avg":5.204797,"interrupt":"10-15%"},"g6.4xlarge":{"avg":0.474038,"interrupt":"10-15%"},"g6.8xlarge":{"avg":0.700435,"interrupt":"10-15%"},"g6.xlarge":{"avg":0.2968,"interrupt":"<5%"},"g6e.12xlarge":{"avg":4.201451,"interrupt":"5-10%"},"g6e.16xlarge":{"avg":3.034053,"interrupt":"10-15%"},"g6e.24xlarge":{"avg":6.032549,"interrupt":">20%"},"g6e.2xlarge":{"avg":0.80327,"interrupt":"10-15%"},"g6e.48xlarge":{"avg":12.382605,"interrupt":">20%"},"g6e.4xlarge":{"avg":1.107985,"interrupt":"10-15%"},"g6e.8xlarge":{"avg":1.670165,"interrupt":"15-20%"},"g6e.xlarge":{"avg":0.70596,"interrupt":">20%"},"gr6.4xlarge":{"avg":0.551412,"interrupt":"15-20%"},"gr6.8xlarge":{"avg":0.850634,"interrupt":">20%"},"p5en.48xlarge":{"avg":34.863437,"interrupt":"10-15%"}},"source":"ec2-spot@2025-11-30"}},"eu-west-1":{"ec2":[{"prices":{"c6i.12xlarge":2.1888,"c6i.16xlarge":2.9184,"c6i.24xlarge":4.3776,"c6i.2xlarge":0.3648,"c6i.32xlarge":5.8368,"c6i.4xlarge":0.7296,"c6i.8xlarge":1.4592,"c6i.large":0.0912,"c6i.metal":5.8368,"c6i.xlarge":0.1824,"c7i.24xlarge":4.59648,"c7i.2xlarge":0.38304,"c7i.48xlarge":9.19296,"c7i.4xlarge":0.76608,"c7i.8xlarge":1.53216,"c7i.large":0.09576,"c7i.metal-48xl":9.19296,"c7i.xlarge":0.19152,"m5.2xlarge":0.428,"m5.4xlarge":0.856,"m5.8xlarge":1.712,"m5.large":0.107,"m5.metal":5.136,"m5.xlarge":0.214,"m7i.16xlarge":3.5952,"m7i.24xlarge":5.3928,"m7i.2xlarge":0.4494,"m7i.48xlarge":10.7856,"m7i.4xlarge":0.8988,"m7i.8xlarge":1.7976,"m7i.large":0.11235,"m7i.metal-48xl":10.7856,"m7i.xlarge":0.2247},"sources":["ec2-cpu@skypilot-v8"]},{"prices":{"g4dn.12xlarge":4.362,"g4dn.16xlarge":4.853,"g4dn.2xlarge":0.838,"g4dn.4xlarge":1.342,"g4dn.8xlarge":2.426,"g4dn.metal":8.724,"g4dn.xlarge":0.587,"g5.12xlarge":6.33167,"g5.16xlarge":4.57237,"g5.24xlarge":9.09117,"g5.2xlarge":1.35296,"g5.48xlarge":18.18233,"g5.4xlarge":1.81287,"g5.8xlarge":2.73271,"g5.xlarge":1.123,"inf2.24xlarge":8.11329,"inf2.48xlarge":16.22658,"inf2.8xlarge":2.45982,"inf2.xlarge":0.94775,"p3.16xlarge":26.44,"p3.2xlarge":3.305,"p3.8xlarge":13.22,"p4d.24xlarge":23.71569},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.985033,"interrupt":"15-20%"},"g4dn.16xlarge":{"avg":1.2726,"interrupt":"10-15%"},"g4dn.2xlarge":{"avg":0.410933,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.641767,"interrupt":"10-15%"},"g4dn.8xlarge":{"avg":1.077367,"interrupt":">20%"},"g4dn.metal":{"avg":4.2671,"interrupt":">20%"},"g4dn.xlarge":{"avg":0.330333,"interrupt":"10-15%"},"g5.12xlarge":{"avg":3.123867,"interrupt":">20%"},"g5.16xlarge":{"avg":1.773567,"interrupt":">20%"},"g5.24xlarge":{"avg":3.631533,"interrupt":">20%"},"g5.2xlarge":{"avg":0.6704,"interrupt":"5-10%"},"g5.48xlarge":{"avg":5.611833,"interrupt":"<5%"},"g5.4xlarge":{"avg":1.173733,"interrupt":"<5%"},"g5.8xlarge":{"avg":1.2368,"interrupt":">20%"},"g5.xlarge":{"avg":0.580233,"interrupt":"5-10%"},"inf2.24xlarge":{"avg":2.582567,"interrupt":">20%"},"inf2.48xlarge":{"avg":4.1822,"interrupt":"10-15%"},"inf2.8xlarge":{"avg":0.945967,"interrupt":"5-10%"},"inf2.xlarge":{"avg":0.370567,"interrupt":"15-20%"},"p3.16xlarge":{"avg":7.2574,"interrupt":">20%"},"p3.2xlarge":{"avg":0.87385,"interrupt":">20%"},"p3.8xlarge":{"avg":3.53445,"interrupt":">20%"},"p4d.24xlarge":{"avg":9.0542,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"eu-west-2":{"ec2":[{"prices":{"g4dn.12xlarge":4.577,"g4dn.16xlarge":5.092,"g4dn.2xlarge":0.88,"g4dn.4xlarge":1.409,"g4dn.8xlarge":2.546,"g4dn.metal":9.154,"g4dn.xlarge":0.615,"g5.12xlarge":7.19994,"g5.16xlarge":5.1994,"g5.24xlarge":10.33786,"g5.2xlarge":1.53849,"g5.48xlarge":20.67572,"g5.4xlarge":2.06148,"g5.8xlarge":3.10745,"g5.xlarge":1.277,"g6.12xlarge":5.8412,"g6.16xlarge":4.31184,"g6.24xlarge":8.47339,"g6.2xlarge":1.24095,"g6.48xlarge":16.94678,"g6.4xlarge":1.67965,"g6.8xlarge":2.55705,"g6.xlarge":1.0216,"gr6.4xlarge":1.9539,"gr6.8xlarge":3.10552,"inf2.24xlarge":9.73595,"inf2.48xlarge":19.4719,"inf2.8xlarge":2.95179,"inf2.xlarge":1.1373,"p3.16xlarge":28.712,"p3.2xlarge":3.589,"p3.8xlarge":14.356,"p4d.24xlarge":28.54493,"p5.48xlarge":71.552,"p5.4xlarge":8.944},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.5795,"interrupt":">20%"},"g4dn.16xlarge":{"avg":1.1219,"interrupt":">20%"},"g4dn.2xlarge":{"avg":0.232833,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.383933,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.578567,"interrupt":">20%"},"g4dn.metal":{"avg":2.5638,"interrupt":"5-10%"},"g4dn.xlarge":{"avg":0.1742,"interrupt":"10-15%"},"g5.12xlarge":{"avg":5.7893,"interrupt":"<5%"},"g5.16xlarge":{"avg":1.0458,"interrupt":"<5%"},"g5.24xlarge":{"avg":10.3379,"interrupt":"<5%"},"g5.2xlarge":{"avg":0.45545,"interrupt":">20%"},"g5.48xlarge":{"avg":20.6757,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.6783,"interrupt":">20%"},"g5.8xlarge":{"avg":1.1248,"interrupt":">20%"},"g5.xlarge":{"avg":0.3922,"interrupt":">20%"},"g6.12xlarge":{"avg":2.483,"interrupt":"15-20%"},"g6.16xlarge":{"avg":1.1297,"interrupt":">20%"},"g6.24xlarge":{"avg":1.757,"interrupt":"10-15%"},"g6.2xlarge":{"avg":0.38765,"interrupt":">20%"},"g6.48xlarge":{"avg":2.7916,"interrupt":">20%"},"g6.4xlarge":{"avg":0.64405,"interrupt":">20%"},"g6.8xlarge":{"avg":0.8689,"interrupt":">20%"},"g6.xlarge":{"avg":0.3579,"interrupt":"15-20%"},"gr6.4xlarge":{"avg":0.3825,"interrupt":">20%"},"gr6.8xlarge":{"avg":0.575,"interrupt":"15-20%"},"inf2.24xlarge":{"avg":1.5542,"interrupt":">20%"},"inf2.48xlarge":{"avg":2.8597,"interrupt":"10-15%"},"inf2.8xlarge":{"avg":0.4633,"interrupt":">20%"},"inf2.xlarge":{"avg":0.2179,"interrupt":"5-10%"},"p3.16xlarge":{"avg":28.712,"interrupt":">20%"},"p3.2xlarge":{"avg":0.88715,"interrupt":">20%"},"p3.8xlarge":{"avg":7.19395,"interrupt":">20%"},"p4d.24xlarge":{"avg":15.26305,"interrupt":null},"p5.48xlarge":{"avg":17.991467,"interrupt":"10-15%"},"p5.4xlarge":{"avg":8.944,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"eu-west-3":{"ec2":[{"prices":{"g4dn.12xlarge":4.574,"g4dn.16xlarge":5.088,"g4dn.2xlarge":0.879,"g4dn.4xlarge":1.408,"g4dn.8xlarge":2.544,"g4dn.metal":9.148,"g4dn.xlarge":0.615,"g6.12xlarge":5.8412,"g6.16xlarge":4.31184,"g6.24xlarge":8.47339,"g6.2xlarge":1.24095,"g6.48xlarge":16.94678,"g6.4xlarge":1.67965,"g6.8xlarge":2.55705,"g6.xlarge":1.0216,"gr6.4xlarge":1.9538,"gr6.8xlarge":3.10536,"inf2.24xlarge":9.08689,"inf2.48xlarge":18.17377,"inf2.8xlarge":2.755,"inf2.xlarge":1.06148},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.165333,"interrupt":">20%"},"g4dn.16xlarge":{"avg":1.0442,"interrupt":"<5%"},"g4dn.2xlarge":{"avg":0.250333,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.461933,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.977967,"interrupt":">20%"},"g4dn.metal":{"avg":5.936,"interrupt":"<5%"},"g4dn.xlarge":{"avg":0.1998,"interrupt":">20%"},"g6.12xlarge":{"avg":1.51425,"interrupt":"10-15%"},"g6.16xlarge":{"avg":0.92305,"interrupt":"10-15%"},"g6.24xlarge":{"avg":2.65505,"interrupt":"<5%"},"g6.2xlarge":{"avg":0.4052,"interrupt":">20%"},"g6.48xlarge":{"avg":4.11665,"interrupt":"<5%"},"g6.4xlarge":{"avg":0.4582,"interrupt":">20%"},"g6.8xlarge":{"avg":0.9316,"interrupt":">20%"},"g6.xlarge":{"avg":0.43535,"interrupt":">20%"},"gr6.4xlarge":{"avg":0.48665,"interrupt":"5-10%"},"gr6.8xlarge":{"avg":0.6688,"interrupt":"5-10%"},"inf2.24xlarge":{"avg":1.67715,"interrupt":"15-20%"},"inf2.48xlarge":{"avg":3.7191,"interrupt":"10-15%"},"inf2.8xlarge":{"avg":0.54375,"interrupt":"15-20%"},"inf2.xlarge":{"avg":0.3283,"interrupt":"15-20%"}},"source":"ec2-spot@2025-11-30"}},"il-central-1":{"ec2":[{"prices":{"g5.12xlarge":6.64825,"g5.16xlarge":4.80099,"g5.24xlarge":9.54572,"g5.2xlarge":1.42061,"g5.48xlarge":19.09145,"g5.4xlarge":1.90352,"g5.8xlarge":2.86934,"g5.xlarge":1.17915,"p4de.24xlarge":35.57346},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g5.12xlarge":{"avg":2.12744,"interrupt":"<5%"},"g5.16xlarge":{"avg":1.440297,"interrupt":"<5%"},"g5.24xlarge":{"avg":4.200117,"interrupt":"<5%"},"g5.2xlarge":{"avg":0.454595,"interrupt":"15-20%"},"g5.48xlarge":{"avg":19.09145,"interrupt":"<5%"},"g5.4xlarge":{"avg":1.161147,"interrupt":"<5%"},"g5.8xlarge":{"avg":0.889495,"interrupt":"<5%"},"g5.xlarge":{"avg":0.377328,"interrupt":">20%"},"p4de.24xlarge":{"avg":17.075261,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"me-central-1":{"ec2":[{"prices":{"g5.12xlarge":6.9575,"g5.16xlarge":5.02432,"g5.24xlarge":9.98976,"g5.2xlarge":1.48669,"g5.48xlarge":19.97951,"g5.4xlarge":1.99206,"g5.8xlarge":3.00282,"g5.xlarge":1.234,"g6.12xlarge":5.65045,"g6.16xlarge":4.17104,"g6.24xlarge":8.19669,"g6.2xlarge":1.20043,"g6.48xlarge":16.39339,"g6.4xlarge":1.6248,"g6.8xlarge":2.47355,"g6.xlarge":0.98824,"p5en.48xlarge":75.9552},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g5.12xlarge":{"avg":6.9575,"interrupt":"<5%"},"g5.16xlarge":{"avg":2.66289,"interrupt":"<5%"},"g5.24xlarge":{"avg":9.98976,"interrupt":"<5%"},"g5.2xlarge":{"avg":1.48669,"interrupt":"<5%"},"g5.48xlarge":{"avg":19.57992,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.796824,"interrupt":"5-10%"},"g5.8xlarge":{"avg":1.771664,"interrupt":"<5%"},"g5.xlarge":{"avg":0.9255,"interrupt":"5-10%"},"g6.12xlarge":{"avg":1.412613,"interrupt":"15-20%"},"g6.16xlarge":{"avg":1.167891,"interrupt":">20%"},"g6.24xlarge":{"avg":2.049173,"interrupt":"15-20%"},"g6.2xlarge":{"avg":0.396142,"interrupt":">20%"},"g6.48xlarge":{"avg":4.262281,"interrupt":"15-20%"},"g6.4xlarge":{"avg":0.48744,"interrupt":">20%"},"g6.8xlarge":{"avg":0.7668,"interrupt":"15-20%"},"g6.xlarge":{"avg":0.424943,"interrupt":">20%"}},"source":"ec2-spot@2025-11-30"}},"me-south-1":{"ec2":[{"prices":{"g4dn.12xlarge":4.798,"g4dn.16xlarge":5.338,"g4dn.2xlarge":0.922,"g4dn.4xlarge":1.477,"g4dn.8xlarge":2.669,"g4dn.metal":9.596,"g4dn.xlarge":0.645},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":0.76768,"interrupt":"<5%"},"g4dn.16xlarge":{"avg":1.38788,"interrupt":"<5%"},"g4dn.2xlarge":{"avg":0.2766,"interrupt":"<5%"},"g4dn.4xlarge":{"avg":0.42833,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.72063,"interrupt":"<5%"},"g4dn.metal":{"avg":2.97476,"interrupt":"<5%"},"g4dn.xlarge":{"avg":0.1677,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"sa-east-1":{"ec2":[{"prices":{"g4dn.12xlarge":6.649,"g4dn.16xlarge":7.397,"g4dn.2xlarge":1.278,"g4dn.4xlarge":2.046,"g4dn.8xlarge":3.698,"g4dn.metal":13.298,"g4dn.xlarge":0.894,"g5.12xlarge":9.64127,"g5.16xlarge":6.96239,"g5.24xlarge":13.84318,"g5.2xlarge":2.06016,"g5.48xlarge":27.68636,"g5.4xlarge":2.76048,"g5.8xlarge":4.16111,"g5.xlarge":1.71,"g6.12xlarge":7.82181,"g6.16xlarge":5.77388,"g6.24xlarge":11.34651,"g6.2xlarge":1.66173,"g6.48xlarge":22.69303,"g6.4xlarge":2.24918,"g6.8xlarge":3.42408,"g6.xlarge":1.368,"gr6.4xlarge":2.6164,"gr6.8xlarge":4.1585,"inf2.24xlarge":11.03408,"inf2.48xlarge":22.06815,"inf2.8xlarge":3.34536,"inf2.xlarge":1.28894,"p4d.24xlarge":35.5569,"p5.48xlarge":92.4672,"p5.4xlarge":11.5584},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.882133,"interrupt":"15-20%"},"g4dn.16xlarge":{"avg":0.7397,"interrupt":"5-10%"},"g4dn.2xlarge":{"avg":0.222467,"interrupt":"10-15%"},"g4dn.4xlarge":{"avg":1.0502,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.595967,"interrupt":"15-20%"},"g4dn.metal":{"avg":4.528433,"interrupt":"5-10%"},"g4dn.xlarge":{"avg":0.134567,"interrupt":"5-10%"},"g5.12xlarge":{"avg":4.66025,"interrupt":">20%"},"g5.16xlarge":{"avg":1.19355,"interrupt":"<5%"},"g5.24xlarge":{"avg":8.0524,"interrupt":">20%"},"g5.2xlarge":{"avg":0.79745,"interrupt":">20%"},"g5.48xlarge":{"avg":16.6187,"interrupt":"<5%"},"g5.4xlarge":{"avg":0.4831,"interrupt":">20%"},"g5.8xlarge":{"avg":0.80205,"interrupt":"10-15%"},"g5.xlarge":{"avg":0.4791,"interrupt":"15-20%"},"g6.12xlarge":{"avg":0.98065,"interrupt":"10-15%"},"g6.16xlarge":{"avg":1.2329,"interrupt":"15-20%"},"g6.24xlarge":{"avg":1.1347,"interrupt":"10-15%"},"g6.2xlarge":{"avg":0.46665,"interrupt":"<5%"},"g6.48xlarge":{"avg":3.1135,"interrupt":"5-10%"},"g6.4xlarge":{"avg":0.4626,"interrupt":"15-20%"},"g6.8xlarge":{"avg":0.6391,"interrupt":"5-10%"},"g6.xlarge":{"avg":0.402,"interrupt":"<5%"},"gr6.4xlarge":{"avg":0.6053,"interrupt":"5-10%"},"gr6.8xlarge":{"avg":0.8454,"interrupt":"10-15%"},"inf2.24xlarge":{"avg":1.1034,"interrupt":">20%"},"inf2.48xlarge":{"avg":2.2068,"interrupt":">20%"},"inf2.8xlarge":{"avg":0.6786,"interrupt":"15-20%"},"inf2.xlarge":{"avg":0.2185,"interrupt":">20%"},"p4d.24xlarge":{"avg":10.97255,"interrupt":"<5%"},"p5.48xlarge":{"avg":15.8209,"interrupt":">20%"},"p5.4xlarge":{"avg":2.3708,"interrupt":"15-20%"}},"source":"ec2-spot@2025-11-30"}},"us-east-1":{"ec2":[{"prices":{"c6i.12xlarge":2.04,"c6i.16xlarge":2.72,"c6i.24xlarge":4.08,"c6i.2xlarge":0.34,"c6i.32xlarge":5.44,"c6i.4xlarge":0.68,"c6i.8xlarge":1.36,"c6i.large":0.085,"c6i.metal":5.44,"c6i.xlarge":0.17,"c7i.24xlarge":4.284,"c7i.2xlarge":0.357,"c7i.48xlarge":8.568,"c7i.4xlarge":0.714,"c7i.8xlarge":1.428,"c7i.large":0.08925,"c7i.metal-48xl":8.568,"c7i.xlarge":0.1785,"m5.2xlarge":0.384,"m5.4xlarge":0.768,"m5.8xlarge":1.536,"m5.large":0.096,"m5.metal":4.608,"m5.xlarge":0.192,"m7i.16xlarge":3.2256,"m7i.24xlarge":4.8384,"m7i.2xlarge":0.4032,"m7i.48xlarge":9.6768,"m7i.4xlarge":0.8064,"m7i.8xlarge":1.6128,"m7i.large":0.1008,"m7i.metal-48xl":9.6768,"m7i.xlarge":0.2016},"sources":["ec2-cpu@skypilot-v8","ec2-us-east-1@2026-07-20"]},{"prices":{"g4dn.12xlarge":3.912,"g4dn.16xlarge":4.352,"g4dn.2xlarge":0.752,"g4dn.4xlarge":1.204,"g4dn.8xlarge":2.176,"g4dn.metal":7.824,"g4dn.xlarge":0.526,"g5.12xlarge":5.672,"g5.16xlarge":4.096,"g5.24xlarge":8.144,"g5.2xlarge":1.212,"g5.48xlarge":16.288,"g5.4xlarge":1.624,"g5.8xlarge":2.448,"g5.xlarge":1.006,"g6.12xlarge":4.6016,"g6.16xlarge":3.3968,"g6.24xlarge":6.6752,"g6.2xlarge":0.9776,"g6.48xlarge":13.3504,"g6.4xlarge":1.3232,"g6.8xlarge":2.0144,"g6.xlarge":0.8048,"g6e.12xlarge":10.49264,"g6e.16xlarge":7.57719,"g6e.24xlarge":15.06559,"g6e.2xlarge":2.24208,"g6e.48xlarge":30.13118,"g6e.4xlarge":3.00424,"g6e.8xlarge":4.52856,"g6e.xlarge":1.861,"gr6.4xlarge":1.5392,"gr6.8xlarge":2.4464,"inf2.24xlarge":6.49063,"inf2.48xlarge":12.98127,"inf2.8xlarge":1.96786,"inf2.xlarge":0.7582,"p3.16xlarge":24.48,"p3.2xlarge":3.06,"p3.8xlarge":12.24,"p4d.24xlarge":21.957642,"p4de.24xlarge":27.44705,"p5.48xlarge":55.04,"p5.4xlarge":6.88,"p5en.48xlarge":63.296,"trn1.2xlarge":1.34375,"trn1.32xlarge":21.5},"sources":["ec2-gpu@2026-01-21","ec2-us-east-1@2026-07-20"]}],"sagemaker":[{"prices":{"ml.c5.2xlarge":0.408,"ml.c5.4xlarge":0.816,"ml.c5.xlarge":0.204,"ml.c7i.xlarge":0.214,"ml.g4dn.12xlarge":4.89,"ml.g4dn.16xlarge":5.44,"ml.g4dn.2xlarge":0.94,"ml.g4dn.4xlarge":1.505,"ml.g4dn.8xlarge":2.72,"ml.g4dn.xlarge":0.7364,"ml.g5.24xlarge":10.18,"ml.g5.48xlarge":20.36,"ml.g5.4xlarge":2.03,"ml.g5.8xlarge":3.06,"ml.g6.16xlarge":4.246,"ml.g6.24xlarge":8.344,"ml.g6.48xlarge":16.688,"ml.inf2.24xlarge":7.79,"ml.inf2.48xlarge":15.58,"ml.inf2.8xlarge":2.36,"ml.inf2.xlarge":0.99,"ml.m5.xlarge":0.23,"ml.p3.2xlarge":3.825,"ml.trn1.32xlarge":28.497},"sources":["sagemaker-us-east-1@2025-01-26"]},{"note":"value predates the June-2025 AWS P4/P5 price reductions; may be outdated","prices":{"ml.p4d.24xlarge":37.688,"ml.p5.48xlarge":113.068},"sources":["sagemaker-us-east-1@2025-01-26"]},{"prices":{"ml.g5.12xlarge":7.09,"ml.g5.2xlarge":1.515,"ml.g6.12xlarge":5.752,"ml.g6.2xlarge":1.222},"sources":["sagemaker-us-east-1@2026-08","sagemaker-us-east-1@2025-01-26"]},{"prices":{"ml.g6.4xlarge":1.654,"ml.g6e.12xlarge":13.12},"sources":["sagemaker-us-east-1@2026-08"]},{"prices":{"ml.g6e.4xlarge":3.76,"ml.g6e.8xlarge":5.6607,"ml.g6e.xlarge":2.61},"sources":["sagemaker-us-east-1@2026-08-17"]},{"note":"fmbench 2025-01 had 1.4084","prices":{"ml.g5.xlarge":1.408},"sources":["sagemaker-us-east-1@2026-08-17"]},{"note":"usagetype USE1-Host:ml.g6e.2xlarge; S2/S3 round to 2.80","prices":{"ml.g6e.2xlarge":2.8026},"sources":["sagemaker-us-east-1@2026-09-20"]}],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.1079,"interrupt":">20%"},"g4dn.16xlarge":{"avg":0.81738,"interrupt":">20%"},"g4dn.2xlarge":{"avg":0.2554,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.3507,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.67748,"interrupt":">20%"},"g4dn.metal":{"avg":2.83202,"interrupt":">20%"},"g4dn.xlarge":{"avg":0.1766,"interrupt":">20%"},"g5.12xlarge":{"avg":2.137,"interrupt":">20%"},"g5.16xlarge":{"avg":1.0079,"interrupt":">20%"},"g5.24xlarge":{"avg":2.75672,"interrupt":">20%"},"g5.2xlarge":{"avg":0.43682,"interrupt":"15-20%"},"g5.48xlarge":{"avg":5.64696,"interrupt":">20%"},"g5.4xlarge":{"avg":0.63246,"interrupt":"10-15%"},"g5.8xlarge":{"avg":0.7276,"interrupt":">20%"},"g5.xlarge":{"avg":0.39388,"interrupt":">20%"},"g6.12xlarge":{"avg":1.86565,"interrupt":"5-10%"},"g6.16xlarge":{"avg":0.90525,"interrupt":">20%"},"g6.24xlarge":{"avg":2.2868,"interrupt":">20%"},"g6.2xlarge":{"avg":0.428225,"interrupt":">20%"},"g6.48xlarge":{"avg":3.884,"interrupt":"10-15%"},"g6.4xlarge":{"avg":0.5206,"interrupt":">20%"},"g6.8xlarge":{"avg":0.738575,"interrupt":">20%"},"g6.xlarge":{"avg":0.35575,"interrupt":">20%"},"g6e.12xlarge":{"avg":3.819875,"interrupt":">20%"},"g6e.16xlarge":{"avg":1.980925,"interrupt":"5-10%"},"g6e.24xlarge":{"avg":3.489625,"interrupt":">20%"},"g6e.2xlarge":{"avg":0.97975,"interrupt":"10-15%"},"g6e.48xlarge":{"avg":12.591875,"interrupt":">20%"},"g6e.4xlarge":{"avg":0.81305,"interrupt":">20%"},"g6e.8xlarge":{"avg":1.4459,"interrupt":">20%"},"g6e.xlarge":{"avg":0.876075,"interrupt":">20%"},"gr6.4xlarge":{"avg":0.529375,"interrupt":">20%"},"gr6.8xlarge":{"avg":0.721725,"interrupt":">20%"},"inf2.24xlarge":{"avg":1.450625,"interrupt":"10-15%"},"inf2.48xlarge":{"avg":1.896,"interrupt":">20%"},"inf2.8xlarge":{"avg":0.512675,"interrupt":"10-15%"},"inf2.xlarge":{"avg":0.12975,"interrupt":">20%"},"p3.16xlarge":{"avg":5.26115,"interrupt":">20%"},"p3.2xlarge":{"avg":0.316025,"interrupt":">20%"},"p3.8xlarge":{"avg":2.51855,"interrupt":">20%"},"p4d.24xlarge":{"avg":8.59075,"interrupt":">20%"},"p4de.24xlarge":{"avg":13.3483,"interrupt":"5-10%"},"p5.48xlarge":{"avg":28.106467,"interrupt":"5-10%"},"p5en.48xlarge":{"avg":17.50195,"interrupt":"10-15%"},"trn1.2xlarge":{"avg":0.29135,"interrupt":"5-10%"},"trn1.32xlarge":{"avg":3.505367,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"us-east-2":{"ec2":[{"prices":{"g4dn.12xlarge":3.912,"g4dn.16xlarge":4.352,"g4dn.2xlarge":0.752,"g4dn.4xlarge":1.204,"g4dn.8xlarge":2.176,"g4dn.metal":7.824,"g4dn.xlarge":0.526,"g5.12xlarge":5.672,"g5.16xlarge":4.096,"g5.24xlarge":8.144,"g5.2xlarge":1.212,"g5.48xlarge":16.288,"g5.4xlarge":1.624,"g5.8xlarge":2.448,"g5.xlarge":1.006,"g6.12xlarge":4.6016,"g6.16xlarge":3.3968,"g6.24xlarge":6.6752,"g6.2xlarge":0.9776,"g6.48xlarge":13.3504,"g6.4xlarge":1.3232,"g6.8xlarge":2.0144,"g6.xlarge":0.8048,"g6e.12xlarge":10.49264,"g6e.16xlarge":7.57719,"g6e.24xlarge":15.06559,"g6e.2xlarge":2.24208,"g6e.48xlarge":30.13118,"g6e.4xlarge":3.00424,"g6e.8xlarge":4.52856,"g6e.xlarge":1.861,"gr6.4xlarge":1.5392,"gr6.8xlarge":2.4464,"inf2.24xlarge":6.49063,"inf2.48xlarge":12.98127,"inf2.8xlarge":1.96786,"inf2.xlarge":0.7582,"p3.16xlarge":24.48,"p3.2xlarge":3.06,"p3.8xlarge":12.24,"p4d.24xlarge":21.95764,"p5.48xlarge":55.04,"p5.4xlarge":6.88,"p5en.48xlarge":63.296,"trn1.2xlarge":1.34375,"trn1.32xlarge":21.5},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.119133,"interrupt":">20%"},"g4dn.16xlarge":{"avg":0.7971,"interrupt":"10-15%"},"g4dn.2xlarge":{"avg":0.244033,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.4526,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.8155,"interrupt":">20%"},"g4dn.metal":{"avg":2.950533,"interrupt":"10-15%"},"g4dn.xlarge":{"avg":0.189,"interrupt":"10-15%"},"g5.12xlarge":{"avg":2.0776,"interrupt":">20%"},"g5.16xlarge":{"avg":0.968833,"interrupt":">20%"},"g5.24xlarge":{"avg":3.033333,"interrupt":">20%"},"g5.2xlarge":{"avg":0.353167,"interrupt":"10-15%"},"g5.48xlarge":{"avg":5.211933,"interrupt":">20%"},"g5.4xlarge":{"avg":0.631867,"interrupt":">20%"},"g5.8xlarge":{"avg":0.812267,"interrupt":">20%"},"g5.xlarge":{"avg":0.406667,"interrupt":"15-20%"},"g6.12xlarge":{"avg":1.650633,"interrupt":">20%"},"g6.16xlarge":{"avg":1.0107,"interrupt":"<5%"},"g6.24xlarge":{"avg":2.6816,"interrupt":"15-20%"},"g6.2xlarge":{"avg":0.2889,"interrupt":"10-15%"},"g6.48xlarge":{"avg":2.851967,"interrupt":"5-10%"},"g6.4xlarge":{"avg":0.453833,"interrupt":"10-15%"},"g6.8xlarge":{"avg":0.745933,"interrupt":">20%"},"g6.xlarge":{"avg":0.280967,"interrupt":"5-10%"},"g6e.12xlarge":{"avg":2.933633,"interrupt":"<5%"},"g6e.16xlarge":{"avg":2.504433,"interrupt":"15-20%"},"g6e.24xlarge":{"avg":3.640667,"interrupt":"15-20%"},"g6e.2xlarge":{"avg":1.023,"interrupt":">20%"},"g6e.48xlarge":{"avg":6.1968,"interrupt":"10-15%"},"g6e.4xlarge":{"avg":0.853467,"interrupt":"15-20%"},"g6e.8xlarge":{"avg":1.212533,"interrupt":"15-20%"},"g6e.xlarge":{"avg":0.559333,"interrupt":"5-10%"},"gr6.4xlarge":{"avg":0.3916,"interrupt":"5-10%"},"gr6.8xlarge":{"avg":0.597233,"interrupt":"5-10%"},"inf2.24xlarge":{"avg":1.390333,"interrupt":"5-10%"},"inf2.48xlarge":{"avg":1.5995,"interrupt":"<5%"},"inf2.8xlarge":{"avg":0.5306,"interrupt":"<5%"},"inf2.xlarge":{"avg":0.108433,"interrupt":"<5%"},"p3.16xlarge":{"avg":8.11845,"interrupt":">20%"},"p3.2xlarge":{"avg":0.38785,"interrupt":">20%"},"p3.8xlarge":{"avg":2.1228,"interrupt":">20%"},"p4d.24xlarge":{"avg":12.238733,"interrupt":"<5%"},"p5.48xlarge":{"avg":13.888,"interrupt":"5-10%"},"p5en.48xlarge":{"avg":16.786433,"interrupt":"<5%"},"trn1.2xlarge":{"avg":0.2509,"interrupt":"<5%"},"trn1.32xlarge":{"avg":2.15,"interrupt":"10-15%"}},"source":"ec2-spot@2025-11-30"}},"us-gov-east-1":{"ec2":[{"prices":{"g4dn.12xlarge":4.931,"g4dn.16xlarge":5.486,"g4dn.2xlarge":0.948,"g4dn.4xlarge":1.518,"g4dn.8xlarge":2.743,"g4dn.xlarge":0.663,"g6.12xlarge":5.80003,"g6.16xlarge":4.28145,"g6.24xlarge":8.41367,"g6.2xlarge":1.2322,"g6.48xlarge":16.82734,"g6.4xlarge":1.66781,"g6.8xlarge":2.53903,"g6.xlarge":1.0144,"gr6.4xlarge":1.9401,"gr6.8xlarge":3.08359},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[]},"us-gov-west-1":{"ec2":[{"prices":{"g4dn.12xlarge":4.931,"g4dn.16xlarge":5.486,"g4dn.2xlarge":0.948,"g4dn.4xlarge":1.518,"g4dn.8xlarge":2.743,"g4dn.metal":9.862,"g4dn.xlarge":0.663,"g6.12xlarge":5.80003,"g6.16xlarge":4.28145,"g6.24xlarge":8.41367,"g6.2xlarge":1.2322,"g6.48xlarge":16.82734,"g6.4xlarge":1.66781,"g6.8xlarge":2.53903,"g6.xlarge":1.0144,"gr6.4xlarge":1.9401,"gr6.8xlarge":3.08359,"p3.16xlarge":29.376,"p3.2xlarge":3.672,"p3.8xlarge":14.688,"p4d.24xlarge":26.3511,"p5.48xlarge":66.048,"p5.4xlarge":8.256,"p5en.48xlarge":75.9552},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[]},"us-west-1":{"ec2":[{"prices":{"g4dn.12xlarge":4.694,"g4dn.16xlarge":5.222,"g4dn.2xlarge":0.902,"g4dn.4xlarge":1.445,"g4dn.8xlarge":2.611,"g4dn.metal":9.389,"g4dn.xlarge":0.631,"p5.48xlarge":68.8,"p5en.48xlarge":79.12},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.81225,"interrupt":">20%"},"g4dn.16xlarge":{"avg":1.25175,"interrupt":">20%"},"g4dn.2xlarge":{"avg":0.50635,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.80925,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.45995,"interrupt":">20%"},"g4dn.metal":{"avg":2.79,"interrupt":"5-10%"},"g4dn.xlarge":{"avg":0.34335,"interrupt":">20%"},"p5.48xlarge":{"avg":22.8103,"interrupt":"<5%"},"p5en.48xlarge":{"avg":26.5277,"interrupt":"<5%"}},"source":"ec2-spot@2025-11-30"}},"us-west-2":{"ec2":[{"prices":{"c6i.12xlarge":2.04,"c6i.16xlarge":2.72,"c6i.24xlarge":4.08,"c6i.2xlarge":0.34,"c6i.32xlarge":5.44,"c6i.4xlarge":0.68,"c6i.8xlarge":1.36,"c6i.large":0.085,"c6i.metal":5.44,"c6i.xlarge":0.17,"c7i.24xlarge":4.284,"c7i.2xlarge":0.357,"c7i.48xlarge":8.568,"c7i.4xlarge":0.714,"c7i.8xlarge":1.428,"c7i.large":0.08925,"c7i.metal-48xl":8.568,"c7i.xlarge":0.1785,"m5.2xlarge":0.384,"m5.4xlarge":0.768,"m5.8xlarge":1.536,"m5.large":0.096,"m5.metal":4.608,"m5.xlarge":0.192,"m7i.16xlarge":3.2256,"m7i.24xlarge":4.8384,"m7i.2xlarge":0.4032,"m7i.48xlarge":9.6768,"m7i.4xlarge":0.8064,"m7i.8xlarge":1.6128,"m7i.large":0.1008,"m7i.metal-48xl":9.6768,"m7i.xlarge":0.2016},"sources":["ec2-cpu@skypilot-v8"]},{"prices":{"g4dn.12xlarge":3.912,"g4dn.16xlarge":4.352,"g4dn.2xlarge":0.752,"g4dn.4xlarge":1.204,"g4dn.8xlarge":2.176,"g4dn.metal":7.824,"g4dn.xlarge":0.526,"g5.12xlarge":5.672,"g5.16xlarge":4.096,"g5.24xlarge":8.144,"g5.2xlarge":1.212,"g5.48xlarge":16.288,"g5.4xlarge":1.624,"g5.8xlarge":2.448,"g5.xlarge":1.006,"g6.12xlarge":4.6016,"g6.16xlarge":3.3968,"g6.24xlarge":6.6752,"g6.2xlarge":0.9776,"g6.48xlarge":13.3504,"g6.4xlarge":1.3232,"g6.8xlarge":2.0144,"g6.xlarge":0.8048,"g6e.12xlarge":10.49264,"g6e.16xlarge":7.57719,"g6e.24xlarge":15.06559,"g6e.2xlarge":2.24208,"g6e.48xlarge":30.13118,"g6e.4xlarge":3.00424,"g6e.8xlarge":4.52856,"g6e.xlarge":1.861,"gr6.4xlarge":1.5392,"gr6.8xlarge":2.4464,"inf2.24xlarge":6.49063,"inf2.48xlarge":12.98127,"inf2.8xlarge":1.96786,"inf2.xlarge":0.7582,"p3.16xlarge":24.48,"p3.2xlarge":3.06,"p3.8xlarge":12.24,"p4d.24xlarge":21.95764,"p4de.24xlarge":27.44705,"p5.48xlarge":55.04,"p5.4xlarge":6.88,"p5en.48xlarge":63.296,"trn1.2xlarge":1.34375,"trn1.32xlarge":21.5},"sources":["ec2-gpu@2026-01-21"]}],"sagemaker":[{"estimate":true,"note":"ESTIMATE: training rate used as hosting rate","prices":{"ml.g5.12xlarge":7.09,"ml.g5.16xlarge":5.12,"ml.g5.24xlarge":10.18,"ml.g5.2xlarge":1.515,"ml.g5.48xlarge":20.36,"ml.g5.4xlarge":2.03,"ml.g5.8xlarge":3.06,"ml.g5.xlarge":1.408,"ml.g6.12xlarge":5.752,"ml.g6.24xlarge":8.344,"ml.g6.2xlarge":1.222,"ml.g6.48xlarge":16.688,"ml.g6.4xlarge":1.654,"ml.g6.8xlarge":2.518,"ml.g6.xlarge":1.127,"ml.g6e.12xlarge":13.12,"ml.g6e.24xlarge":18.83,"ml.g6e.2xlarge":2.8,"ml.g6e.48xlarge":37.66,"ml.g6e.4xlarge":3.76,"ml.g6e.8xlarge":5.66,"ml.g6e.xlarge":2.61},"sources":["sagemaker-us-west-2-estimate"]}],"spot":{"prices":{"g4dn.12xlarge":{"avg":1.594867,"interrupt":">20%"},"g4dn.16xlarge":{"avg":1.310633,"interrupt":">20%"},"g4dn.2xlarge":{"avg":0.3354,"interrupt":">20%"},"g4dn.4xlarge":{"avg":0.391367,"interrupt":">20%"},"g4dn.8xlarge":{"avg":0.7057,"interrupt":">20%"},"g4dn.metal":{"avg":3.217533,"interrupt":">20%"},"g4dn.xlarge":{"avg":0.249667,"interrupt":">20%"},"g5.12xlarge":{"avg":2.546967,"interrupt":">20%"},"g5.16xlarge":{"avg":1.232633,"interrupt":"15-20%"},"g5.24xlarge":{"avg":3.212267,"interrupt":">20%"},"g5.2xlarge":{"avg":0.403033,"interrupt":">20%"},"g5.48xlarge":{"avg":5.7608,"interrupt":">20%"},"g5.4xlarge":{"avg":0.5681,"interrupt":">20%"},"g5.8xlarge":{"avg":0.798133,"interrupt":">20%"},"g5.xlarge":{"avg":0.532767,"interrupt":">20%"},"g6.12xlarge":{"avg":2.1169,"interrupt":">20%"},"g6.16xlarge":{"avg":1.591825,"interrupt":">20%"},"g6.24xlarge":{"avg":2.38525,"interrupt":">20%"},"g6.2xlarge":{"avg":0.501025,"interrupt":">20%"},"g6.48xlarge":{"avg":4.223475,"interrupt":">20%"},"g6.4xlarge":{"avg":0.6095,"interrupt":">20%"},"g6.8xlarge":{"avg":0.975025,"interrupt":">20%"},"g6.xlarge":{"avg":0.4152,"interrupt":">20%"},"g6e.12xlarge":{"avg":4.00065,"interrupt":"10-15%"},"g6e.16xlarge":{"avg":2.602625,"interrupt":"10-15%"},"g6e.24xlarge":{"avg":4.69455,"interrupt":">20%"},"g6e.2xlarge":{"avg":1.4759,"interrupt":">20%"},"g6e.48xlarge":{"avg":8.614875,"interrupt":">20%"},"g6e.4xlarge":{"avg":1.591675,"interrupt":">20%"},"g6e.8xlarge":{"avg":1.493175,"interrupt":"10-15%"},"g6e.xlarge":{"avg":0.78465,"interrupt":">20%"},"gr6.4xlarge":{"avg":0.550325,"interrupt":"15-20%"},"gr6.8xlarge":{"avg":1.112475,"interrupt":"10-15%"},"inf2.24xlarge":{"avg":2.057725,"interrupt":">20%"},"inf2.48xlarge":{"avg":2.620125,"interrupt":">20%"},"inf2.8xlarge":{"avg":0.652025,"interrupt":"10-15%"},"inf2.xlarge":{"avg":0.214925,"interrupt":"15-20%"},"p3.16xlarge":{"avg":6.869333,"interrupt":">20%"},"p3.2xlarge":{"avg":1.012733,"interrupt":">20%"},"p3.8xlarge":{"avg":3.012467,"interrupt":">20%"},"p4d.24xlarge":{"avg":13.931575,"interrupt":"15-20%"},"p4de.24xlarge":{"avg":15.153233,"interrupt":">20%"},"p5.48xlarge":{"avg":18.037475,"interrupt":"15-20%"},"p5en.48xlarge":{"avg":20.5268,"interrupt":"15-20%"},"trn1.2xlarge":{"avg":0.28885,"interrupt":"5-10%"},"trn1.32xlarge":{"avg":4.05755,"interrupt":"10-15%"}},"source":"ec2-spot@2025-11-30"}}},"sources":{"alb-hourly@2026-09":{"date":"2026-09","label":"ALB hourly rate quoted from the AWS Price List (third-party ops doc)"},"ec2-cpu@skypilot-v8":{"date":"undated, late 2025 or later","label":"EC2 on-demand, CPU types (SkyPilot catalog v8, transcribed by hand)"},"ec2-gpu@2026-01-21":{"date":"2026-01-21","label":"EC2 on-demand, GPU/accelerator types (instances.vantage.sh via tsaol/aws-gpu)"},"ec2-spot@2025-11-30":{"date":"2025-11-30","indicative":true,"label":"EC2 spot averages, indicative only (instances.vantage.sh snapshot)"},"ec2-us-east-1@2026-07-20":{"date":"2026-07-20","label":"EC2 on-demand us-east-1 cross-check (Karpenter generated price table)"},"infracost-us-east-1@2024-07-01":{"date":"2024-07-01","label":"AWS list prices in Infracost golden tests (us-east-1)"},"sagemaker-us-east-1@2025-01-26":{"date":"2025-01-26","label":"SageMaker hosting us-east-1 (AWS sample FMBench fallback table)"},"sagemaker-us-east-1@2026-08":{"date":"2026-08","label":"SageMaker hosting us-east-1 (third-party AWS Price List offer file)"},"sagemaker-us-east-1@2026-08-17":{"date":"2026-08-17","label":"SageMaker hosting us-east-1 (third-party AWS Price List capture)"},"sagemaker-us-east-1@2026-09-20":{"date":"2026-09-20","label":"SageMaker hosting us-east-1 (third-party AWS Price List offer file)"},"sagemaker-us-west-2-estimate":{"date":"undated","estimate":true,"label":"SageMaker us-west-2 ESTIMATE: training rates used as hosting rates (third-party)"}}}');
;// CONCATENATED MODULE: ./src/core/catalog/price-data.ts
// Typed view of the bundled price table. The JSON is generated by scripts/build-price-table.mjs
// and committed; nothing here reads outside the repository at run time.

const PRICE_TABLE = prices_namespaceObject;
function lookupPrice(region, table, key) {
    const groups = PRICE_TABLE.regions[region]?.[table] ?? [];
    for (const group of groups) {
        const usd = group.prices[key];
        if (typeof usd === 'number')
            return { usd, group };
    }
    return undefined;
}
function sourceInfo(id) {
    return PRICE_TABLE.sources[id] ?? { label: id, date: 'unknown' };
}

// EXTERNAL MODULE: ./src/core/catalog/instances.ts + 1 modules
var instances = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/core/price-book.ts
var price_book = __webpack_require__(4930);
;// CONCATENATED MODULE: ./src/core/pricing.ts
// Price look-ups in the bundled table, with the provenance a reader needs to judge the number.
// An absent price is unknown (null), never borrowed from another region or service.



const SERVICE_NAME = { ec2: 'EC2', sagemaker: 'SageMaker' };
function describeGroup(group) {
    const [origin, ...confirmations] = group.sources.map(sourceInfo);
    let text = `${origin.label}, ${origin.date}`;
    for (const c of confirmations)
        text += `; confirmed by ${c.label}, ${c.date}`;
    // The estimate sources already say ESTIMATE in their label.
    if (group.note && !(group.estimate && group.note.startsWith('ESTIMATE')))
        text += ` (${group.note})`;
    return text;
}
function groupDate(group) {
    const [origin, ...confirmations] = group.sources.map(sourceInfo);
    const later = confirmations.filter((c) => c.date > origin.date).map((c) => c.date);
    return later.length ? `${origin.date} (confirmed ${later.join(', ')})` : origin.date;
}
/** Regions that have any price in a table, for "unknown" messages. */
function coverage(table) {
    const regions = Object.entries(PRICE_TABLE.regions)
        .filter(([, r]) => r[table].some((g) => Object.keys(g.prices).length > 0))
        .map(([name, r]) => (r[table].every((g) => g.estimate) ? `${name} (estimate)` : name));
    return regions.length > 6 ? `${regions.length} regions` : regions.join(', ');
}
function fromQuote(what, quote) {
    const via = quote.origin === 'live' ? 'AWS Price List Query API' : 'cached AWS Price List answer';
    return { usd: quote.usd, source: `${what}: ${via}, read ${quote.date}`, estimate: false, date: quote.date, label: (0,price_book/* quoteLabel */.J$)(quote), origin: quote.origin };
}
function onDemand(service, type, region, book) {
    const table = service === 'sagemaker' ? 'sagemaker' : 'ec2';
    const key = table === 'sagemaker' ? `ml.${type}` : type;
    const quote = book?.onDemand[(0,price_book/* onDemandKey */.yj)(table, region, type)];
    if (quote)
        return fromQuote(`${SERVICE_NAME[table]} on-demand ${key} in ${region}`, quote);
    const hit = lookupPrice(region, table, key);
    if (!hit) {
        return {
            usd: null,
            source: `no ${SERVICE_NAME[table]} price for ${key} in ${region} in the bundled data (often: not offered there; ${SERVICE_NAME[table]} prices cover ${coverage(table)})`,
            estimate: false
        };
    }
    return {
        usd: hit.usd,
        source: `${SERVICE_NAME[table]} on-demand ${key} in ${region}: ${describeGroup(hit.group)}`,
        estimate: hit.group.estimate === true,
        date: groupDate(hit.group),
        label: (0,price_book/* bundledLabel */.D_)(groupDate(hit.group)),
        origin: 'bundled'
    };
}
function instanceHourlyPrice(service, instance, region, options = {}) {
    const type = (0,instances/* canonicalType */.jD)(instance);
    if (!options.spot)
        return onDemand(service, type, region, options.prices);
    if (service === 'sagemaker') {
        const price = onDemand(service, type, region, options.prices);
        return { ...price, source: `SageMaker real-time hosting has no spot capacity; on-demand price. ${price.source}` };
    }
    const live = options.prices?.spot[(0,price_book/* spotKey */.kJ)(region, type)];
    if (live && live.zones.length) {
        const [cheapest] = live.zones;
        const zones = (options.subnetIds ?? []).map((id) => options.prices?.subnetZones[id]);
        const inSubnets = !options.subnetIds?.length || zones.some((z) => z === undefined) ? 'unknown' : zones.includes(cheapest.zone);
        const where = inSubnets === 'unknown'
            ? options.subnetIds?.length
                ? 'whether its subnets are in that zone is unknown'
                : 'the default VPC subnets may be in any zone'
            : inSubnets
                ? "one of the deployment's subnets is in that zone"
                : `none of the deployment's subnets is in that zone (zones: ${live.zones.map((z) => `${z.zone} $${z.usd}`).join(', ')})`;
        const via = live.origin === 'live' ? 'EC2 spot price history' : 'cached EC2 spot price history';
        return {
            usd: cheapest.usd,
            source: `EC2 spot ${type} in ${region}: ${via}, read ${live.date}, cheapest zone ${cheapest.zone}; ${where}; spot prices move and instances can be interrupted`,
            estimate: false,
            date: live.date,
            label: (0,price_book/* quoteLabel */.J$)(live),
            origin: live.origin,
            spotZone: { zone: cheapest.zone, inSubnets }
        };
    }
    const spot = PRICE_TABLE.regions[region]?.spot;
    const entry = spot?.prices[type];
    if (!spot || !entry) {
        return { usd: null, source: `no indicative spot price for ${type} in ${region} in the bundled data`, estimate: false, spotIndicative: true };
    }
    const info = sourceInfo(spot.source);
    const interruptions = entry.interrupt ? `, interruptions ${entry.interrupt}` : '';
    return {
        usd: entry.avg,
        source: `EC2 spot ${type} in ${region}: average in ${info.label}, ${info.date}${interruptions}; spot prices move, treat as indicative`,
        estimate: false,
        spotIndicative: true,
        date: info.date,
        label: (0,price_book/* bundledLabel */.D_)(info.date),
        origin: 'bundled'
    };
}
function extra(table, region, kind, book) {
    const quote = kind ? book?.extras[(0,price_book/* extraKey */.M$)(kind, region)] : undefined;
    if (quote) {
        const via = quote.origin === 'live' ? 'AWS Price List Query API' : 'cached AWS Price List answer';
        return { usd: quote.usd, source: `${via}, read ${quote.date}`, date: quote.date, label: (0,price_book/* quoteLabel */.J$)(quote) };
    }
    const hit = table[region];
    if (!hit)
        return undefined;
    const info = sourceInfo(hit.source);
    return { usd: hit.usd, source: `${info.label}, ${info.date}`, date: info.date, label: (0,price_book/* bundledLabel */.D_)(info.date) };
}
function albHourlyPrice(region, book) {
    return extra(PRICE_TABLE.extras.albPerHour, region, 'alb', book);
}
/** Secrets Manager stays on the bundled table: the Price List attributes for it were not verified. */
function secretMonthlyPrice(region) {
    return extra(PRICE_TABLE.extras.secretPerMonth, region);
}
function ebsGp3MonthlyPricePerGB(region, book) {
    return extra(PRICE_TABLE.extras.ebsGp3PerGBMonth, region, 'ebs-gp3', book);
}
function extraPriceRegions(kind) {
    const table = { alb: PRICE_TABLE.extras.albPerHour, secret: PRICE_TABLE.extras.secretPerMonth, ebs: PRICE_TABLE.extras.ebsGp3PerGBMonth }[kind];
    return Object.keys(table).sort();
}
function priceSources() {
    return Object.entries(PRICE_TABLE.sources)
        .map(([id, s]) => ({ id, label: s.label, date: s.date, estimate: s.estimate === true, indicative: s.indicative === true }))
        .sort((a, b) => a.id.localeCompare(b.id));
}
function datesOf(prefix) {
    return priceSources()
        .filter((s) => s.id.startsWith(prefix) && !s.estimate)
        .map((s) => s.date)
        .sort();
}
function span(dates) {
    if (dates.length === 0)
        return 'unknown';
    return dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]}\u2026${dates[dates.length - 1]}`;
}
/** One line for a comment footer: which dates the prices are from and what is an estimate. */
function priceDataSummary() {
    const parts = [`EC2 on-demand prices of ${span(datesOf('ec2-gpu@'))} (us-east-1 confirmed ${span(datesOf('ec2-us-east-1@'))})`];
    const cpu = datesOf('ec2-cpu@');
    if (cpu.length)
        parts.push(`CPU types ${span(cpu)}`);
    parts.push(`SageMaker us-east-1 of ${span(datesOf('sagemaker-us-east-1@'))}`);
    const estimates = priceSources().filter((s) => s.estimate);
    if (estimates.some((s) => s.id.startsWith('sagemaker-us-west-2')))
        parts.push('us-west-2 SageMaker ESTIMATE (training rates)');
    const spot = datesOf('ec2-spot@');
    if (spot.length)
        parts.push(`spot indicative of ${span(spot)}`);
    return `${parts.join('; ')}. SageMaker prices exist only for ${coverage('sagemaker')}.`;
}


/***/ }),

/***/ 322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Se: () => (/* binding */ groupPerDeployment),
/* harmony export */   pF: () => (/* binding */ attentionItems)
/* harmony export */ });
/* unused harmony export brief */
/** Topics in the order they are shown; a lower number is more severe. */
const TOPIC_ORDER = ['Budget', 'Will not start', 'Stack needs a fix', 'Not ours', 'Downtime', 'Deleted', 'Check fails', 'Live state not read', 'Held back', 'Waits', 'Orphan', 'GPU fit', 'Gated model', 'Warning'];
function topicRank(topic) {
    const i = TOPIC_ORDER.indexOf(topic);
    return i === -1 ? TOPIC_ORDER.length : i;
}
/** A message without its parenthesised working-out: the alert says what, the details say how. */
function brief(message) {
    let out = message;
    for (let i = 0; i < 3; i++)
        out = out.replace(/ \([^()]*\)/g, '');
    return out;
}
/** The deployment's name is said by the renderer; drop a leading `name: ` from messages. */
function withoutName(message, name) {
    return name && message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}
function attentionItems(plan, failures = []) {
    const items = [];
    for (const f of failures)
        items.push({ level: 'caution', topic: 'Budget', message: f });
    if (!plan.live.known && !plan.baseline) {
        items.push({
            level: 'warning',
            topic: 'Live state not read',
            message: `${plan.live.reason}. Nothing is assumed about what runs: the table shows what the manifest asks for, and deletes cannot be seen.`
        });
    }
    for (const d of plan.diagnostics) {
        if (d.severity === 'notice')
            continue;
        const entry = d.deployment ? plan.entries.find((e) => e.name === d.deployment) : undefined;
        const fitMessage = entry?.fit && d.message.endsWith(entry.fit.message);
        const topic = d.severity === 'error' ? (d.deployment ? 'Will not start' : 'Check fails') : fitMessage ? 'GPU fit' : /gated model/.test(d.message) ? 'Gated model' : 'Warning';
        items.push({ level: d.severity === 'error' ? 'caution' : 'warning', topic, deployment: d.deployment, message: brief(withoutName(d.message, d.deployment)), full: withoutName(d.message, d.deployment), diagnostic: d });
    }
    for (const e of plan.entries)
        items.push(...entryItems(e));
    return items.sort((a, b) => levelRank(a.level) - levelRank(b.level) || topicRank(a.topic) - topicRank(b.topic));
}
function levelRank(level) {
    return level === 'caution' ? 0 : 1;
}
function entryItems(e) {
    const out = [];
    const at = { deployment: e.name };
    const b = e.blocked;
    if (b?.kind === 'failed') {
        const full = `${b.reason}${b.fix ? `; fix: ${b.fix}` : ''}`;
        out.push({ level: 'caution', topic: 'Stack needs a fix', ...at, message: brief(full), full });
    }
    else if (b?.kind === 'busy') {
        out.push({ level: 'warning', topic: 'Waits', ...at, message: b.reason });
    }
    else if (b?.kind === 'not-ours') {
        out.push({ level: 'caution', topic: 'Not ours', ...at, message: `${b.reason}${b.fix ? `; ${b.fix}` : ''}` });
    }
    else if (b) {
        out.push({ level: 'warning', topic: 'Held back', ...at, message: `${e.action}: ${b.reason}` });
    }
    const goesThrough = !b || b.kind === 'busy';
    if (e.action === 'replace' && goesThrough) {
        out.push({ level: 'caution', topic: 'Downtime', ...at, message: e.downtime ?? 'the stack is deleted and created again' });
    }
    if (e.action === 'delete' && goesThrough) {
        out.push({ level: 'caution', topic: 'Deleted', ...at, message: `its stack ${e.stackName} in ${e.region} is deleted and the endpoint stops answering` });
    }
    return out;
}
/**
 * At most one item per deployment (its most severe, the others counted in it), then one per plan-
 * wide topic: what the action annotates, since GitHub shows ten warning annotations per step.
 */
function groupPerDeployment(items) {
    const seen = new Map();
    const out = [];
    for (const item of items) {
        const key = item.deployment ?? `plan:${item.topic}:${item.message}`;
        const existing = seen.get(key);
        if (existing) {
            existing.more += 1;
            continue;
        }
        const slot = { item, more: 0 };
        seen.set(key, slot);
        out.push(slot);
    }
    const suffix = (more) => ` (+${more} more finding${more === 1 ? '' : 's'} in the plan)`;
    return out.map(({ item, more }) => (more ? { ...item, message: item.message + suffix(more), ...(item.full ? { full: item.full + suffix(more) } : {}) } : item));
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


/***/ }),

/***/ 9649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   G: () => (/* binding */ baselineLine),
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   H0: () => (/* binding */ entryDelta),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   IC: () => (/* binding */ spec),
/* harmony export */   J7: () => (/* binding */ countsLine),
/* harmony export */   NH: () => (/* binding */ changeRank),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   UN: () => (/* binding */ costHeadline),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   Wt: () => (/* binding */ isShownAsChange),
/* harmony export */   ZJ: () => (/* binding */ actionLabel),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   cO: () => (/* binding */ beforeCell),
/* harmony export */   fn: () => (/* binding */ unbreakable),
/* harmony export */   gE: () => (/* binding */ monthlyCell),
/* harmony export */   k8: () => (/* binding */ runsOn),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   li: () => (/* binding */ costCompared),
/* harmony export */   mM: () => (/* binding */ modelLabel),
/* harmony export */   oT: () => (/* binding */ RESULT_MARK)
/* harmony export */ });
/* unused harmony exports beforeAfterCell, hourlyCell */
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6745);


/** Why a change is held, short enough for a table cell. Kinds added later fall back to `blocked`. */
function heldLabel(entry) {
    const b = entry.blocked;
    if (!b)
        return undefined;
    switch (b.kind) {
        case 'busy':
            return 'waits: stack busy';
        case 'failed':
            return 'stack failed';
        case 'protected':
            return 'protected';
        case 'destroy-not-allowed':
            return 'allow-destroy off';
        case 'not-ours':
            return 'stack not ours';
        default:
            return 'blocked';
    }
}
/**
 * The marks the apply comment and the teardown summary put before a result, one spelling for both
 * so a failure stands out the same way wherever it is read.
 */
const RESULT_MARK = {
    succeeded: '\u2705',
    failed: '\u274c',
    timedOut: '\u23f1\ufe0f',
    cancelled: '\u23f9\ufe0f',
    heldBack: '\u23f8\ufe0f',
    unchanged: '\u2796',
    attention: '\u26a0\ufe0f'
};
/** `update`, `delete \u00b7 allow-destroy off`, `stack failed`, `scheduled down`: one level, no nested parentheses. */
function actionLabel(entry) {
    const base = entry.action === 'unknown' ? 'create or update' : lifecycleLabel(entry) ?? entry.action;
    const held = heldLabel(entry);
    if (!held)
        return base;
    return base === 'unchanged' ? held : `${base} \u00b7 ${held}`;
}
/** Unchanged entries that schedule or ttl keep down say so, not only in the details. */
function lifecycleLabel(entry) {
    if (entry.action === 'create' && entry.lifecycle?.state === 'dormant')
        return 'create \u00b7 dormant';
    if (entry.action !== 'unchanged')
        return undefined;
    switch (entry.lifecycle?.state) {
        case 'expired':
            return 'expired: ttl';
        case 'dormant':
            return 'scheduled down';
        case 'teardown-due':
            return 'teardown due';
        default:
            return undefined;
    }
}
/** Deltas are known when live stacks were read, or when the base branch's manifest stood in. */
function costCompared(plan) {
    return plan.live.known || plan.baseline !== undefined;
}
/** The one line that says live stacks were not read and what the plan was compared with instead. */
function baselineLine(plan) {
    if (plan.live.known || !plan.baseline)
        return undefined;
    return `Live stacks not read (${plan.live.reason}); compared with the base branch's manifest (${plan.baseline.source}) instead: this shows what the pull request changes, not what runs now.`;
}
/** In the changes table: everything apply would act on, plus what it holds back and what is not known. */
function isShownAsChange(entry) {
    return entry.action !== 'unchanged' || entry.blocked !== undefined;
}
/** Order of the changes table: what can hurt first, then what is held, then additions. */
function changeRank(entry) {
    if (entry.blocked?.kind === 'failed')
        return 0;
    if (entry.action === 'replace' && !entry.blocked)
        return 1;
    if (entry.action === 'delete' && !entry.blocked)
        return 2;
    if (entry.blocked)
        return 3;
    return { update: 4, create: 5, unknown: 6, replace: 1, delete: 2, unchanged: 7 }[entry.action] ?? 7;
}
function spec(entry) {
    return entry.desired ?? entry.deployed;
}
/** `ml.g5.2xlarge \u00d71\u20132` (SageMaker), `ecs g6.2xlarge spot \u00d70\u20132`; the region only when asked. */
function runsOn(entry, withRegion = false) {
    const s = spec(entry);
    if (!s)
        return withRegion ? entry.region : '\u2013';
    // `ml.` says SageMaker; ecs and ec2 name their service.
    const instance = s.service === 'sagemaker' ? `ml.${s.instance}` : `${s.service} ${s.instance}`;
    const { min, max } = s.scaling;
    const scale = min === max ? `\u00d7${min}` : `\u00d7${min}\u2013${max}`;
    return `${instance}${s.spot && s.service !== 'sagemaker' ? ' spot' : ''} ${scale}${withRegion ? ` \u00b7 ${s.region}` : ''}`;
}
function modelLabel(entry) {
    return spec(entry)?.model ?? '';
}
/** Monthly cost this entry has after the plan: nothing for a delete that goes through, or an expired one. */
function afterCost(entry) {
    if (entry.action === 'delete' && !entry.blocked)
        return undefined;
    return entry.cost;
}
/** What runs now costs a month (`\u2013` when nothing runs, `unknown` when its spec cannot be read). */
function beforeCell(entry) {
    if (entry.liveCost)
        return (0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyRange */ .Uv)(entry.liveCost.monthlyMin, entry.liveCost.monthlyMax, 'mo', { unit: false });
    return entry.live && !entry.deployed && entry.live.status !== 'ROLLBACK_COMPLETE' ? 'unknown' : '\u2013';
}
/** `$1,106 \u2192 $1,106\u2013$2,212`, `\u2013 \u2192 $1,106`, `$1,106 \u2192 \u2013`: before and after, ranges min\u2013max scale. */
function beforeAfterCell(entry, liveKnown) {
    const a = monthlyCell(entry);
    return liveKnown ? `${beforeCell(entry)} \u2192 ${a}` : a;
}
function monthlyCell(entry) {
    const after = afterCost(entry);
    return after ? (0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyRange */ .Uv)(after.monthlyMin, after.monthlyMax, 'mo', { unit: false }) : '\u2013';
}
function hourlyCell(entry) {
    const after = afterCost(entry);
    return after ? moneyRange(after.hourlyMin, after.hourlyMax, 'h', { unit: false }) : '\u2013';
}
/** Monthly change this entry brings, at minimum scale. */
function entryDelta(entry, liveKnown) {
    if (!liveKnown)
        return undefined;
    const after = afterCost(entry) ? entry.cost.monthlyMin : 0;
    const before = entry.liveCost ? entry.liveCost.monthlyMin : entry.live && entry.live.status !== 'ROLLBACK_COMPLETE' && !entry.deployed ? null : 0;
    if (after === null || before === null)
        return null;
    return after - before;
}
/** `1 to create \u00b7 2 to update \u00b7 1 held back \u00b7 5 unchanged \u00b7 1 stack needs a fix`: each deployment counted once, plus stacks that need a person. */
function countsLine(plan) {
    const held = (e) => e.blocked !== undefined && e.blocked.kind !== 'busy' && e.blocked.kind !== 'failed';
    const n = (pred) => plan.entries.filter(pred).length;
    const goes = (action) => n((e) => e.action === action && !held(e));
    const failed = n((e) => e.blocked?.kind === 'failed');
    const fix = failed ? ` \u00b7 ${failed} stack${failed === 1 ? '' : 's'} need${failed === 1 ? 's' : ''} a fix` : '';
    const changes = goes('create') + goes('update') + goes('replace') + goes('delete') + goes('unknown');
    if (changes === 0) {
        const h = n(held);
        return `No changes: ${goes('unchanged')} deployment${goes('unchanged') === 1 ? '' : 's'} up to date${h ? ` \u00b7 ${h} held back` : ''}${fix}`;
    }
    const parts = [];
    const add = (count, words) => count > 0 && parts.push(`${count} ${words}`);
    add(goes('create'), 'to create');
    add(goes('update'), 'to update');
    add(goes('replace'), 'to replace');
    add(goes('delete'), 'to delete');
    add(goes('unknown'), 'to create or update');
    add(n(held), 'held back');
    add(goes('unchanged'), 'unchanged');
    return parts.join(' \u00b7 ') + fix;
}
/**
 * `$2,167 \u2192 $3,482/mo (+$1,315, +61%)` at minimum scale, with the change at maximum scale when it
 * differs (`; +$2,430 at maximum scale`); against the base branch when live stacks were not read.
 */
function costHeadline(plan) {
    const { monthlyAfter, monthlyAfterMax, monthlyBefore, monthlyDelta, monthlyDeltaMax } = plan.totals;
    if (!costCompared(plan)) {
        return monthlyAfter === null ? 'monthly estimate unknown' : `${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyRange */ .Uv)(monthlyAfter, monthlyAfterMax)} for everything in the manifest`;
    }
    if (monthlyDelta === null || monthlyAfter === null || monthlyBefore === null)
        return 'monthly change unknown: a price is missing';
    const against = plan.live.known ? '' : ' against the base branch';
    const atMax = monthlyDeltaMax !== null && monthlyDeltaMax !== undefined && Math.abs(monthlyDeltaMax - monthlyDelta) >= 0.5 ? `; ${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyDelta */ .dZ)(monthlyDeltaMax, 'mo', { unit: false })} at maximum scale` : '';
    if (Math.abs(monthlyDelta) < 0.005 && !atMax)
        return `${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .money */ .TG)(monthlyAfter)}, no change${against}`;
    const pct = monthlyBefore > 0 && Math.abs(monthlyDelta) >= 0.005 ? `, ${monthlyDelta > 0 ? '+' : '\u2212'}${Math.max(1, Math.round((Math.abs(monthlyDelta) / monthlyBefore) * 100))}%` : '';
    return `${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .money */ .TG)(monthlyBefore, 'mo', { unit: false })} \u2192 ${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .money */ .TG)(monthlyAfter)} (${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyDelta */ .dZ)(monthlyDelta, 'mo', { unit: false })}${pct}${atMax})${against}`;
}
function position(d) {
    if (!d.file)
        return '';
    return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}
function formatValue(value) {
    if (value === undefined)
        return '(unset)';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
/**
 * Every piece of manifest or AWS text that reaches markdown goes through here (one place to
 * harden): one line (its line breaks cannot start markdown of their own), no control characters,
 * no links or images it could start, no HTML, no @-mentions that ping.
 */
function text(value) {
    const oneLine = value.replace(/\s*[\r\n]+\s*/g, ' ');
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownLinks */ .a2)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControl */ .hN)(oneLine)).replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@(?=\w)/g, '@\u200b');
}
/** `text()` for a table cell, where a pipe ends the cell. */
function cell(value) {
    return text(value).replace(/\|/g, '\\|');
}
/** Inline code that survives backticks in the value; in a table cell a pipe must be escaped even there. */
function code(value, inCell = false) {
    const flat = value.replace(/\s*[\r\n]+\s*/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${inCell ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}
/**
 * A short identifier (a region) that a squeezed table column must not break at its hyphens:
 * GitHub strips styles, so the hyphens become non-breaking hyphens (U+2011). For display only.
 */
function unbreakable(value) {
    return value.replace(/-/g, '\u2011');
}
/** Kept for callers of the old names: both are `text()` now. */
const escapeInline = text;
const escapeCell = cell;


/***/ }),

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ planRenderer),
/* harmony export */   _m: () => (/* binding */ renderInvalidManifestMarkdown),
/* harmony export */   su: () => (/* binding */ DEFAULT_BUDGET)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, renderPlanMarkdown, costLine, priceDates */
/* harmony import */ var _attention_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(322);
/* harmony import */ var _text_up_to_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1072);
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9649);




/** GitHub refuses comment bodies over 65,536 characters; keep room for the marker line. */
const COMMENT_LIMIT = 65536;
const DEFAULT_BUDGET = 60000;
/** Alert lines per block before the rest is counted. */
const ALERT_LINES = 8;
/** Lines of the visible field diff before the rest is left to the details. */
const DIFF_LINES = 60;
function renderPlanMarkdown(plan, options) {
    return planRenderer(plan)(options);
}
/**
 * Renders one plan for several readers (the sticky comment, the job summary) from per-deployment
 * text made once: the summary reuses what the comment made. The plan must not change in between.
 */
function planRenderer(plan) {
    const entries = entryParts(plan);
    return (options) => {
        const budget = options.maxLength ?? DEFAULT_BUDGET;
        const changes = entries.changed.length;
        const unchanged = entries.unchanged.length;
        const tries = [
            { detail: 'full', unchangedRows: unchanged, changeRows: changes },
            { detail: 'compact', unchangedRows: unchanged, changeRows: changes },
            { detail: 'none', unchangedRows: unchanged, changeRows: changes },
            { detail: 'none', unchangedRows: 0, changeRows: changes }
        ];
        const parts = { ...entries, ...optionParts(plan, options) };
        for (const shape of tries) {
            const body = compose(plan, options, shape, parts, budget);
            if (body !== undefined)
                return body;
        }
        // Thousands of changes: keep the headline, the alerts and as many rows as fit (with no rows
        // left, the body is what it is).
        for (let rows = Math.floor(changes * 0.8);; rows = Math.floor(rows * 0.8)) {
            const body = compose(plan, options, { detail: 'none', unchangedRows: 0, changeRows: rows }, parts, rows > 0 ? budget : Number.POSITIVE_INFINITY);
            if (body !== undefined)
                return body;
        }
    };
}
function memo(make) {
    const made = new Map();
    return (e) => {
        if (!made.has(e))
            made.set(e, make(e));
        return made.get(e);
    };
}
function entryParts(plan) {
    // Notes that several deployments share are said once, under the tables.
    const shared = sharedNotes(plan);
    const sharedSet = new Set(shared.map((n) => n.note));
    const multiRegion = new Set(plan.entries.map((e) => e.region)).size > 1;
    const known = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .costCompared */ .li)(plan);
    return {
        shared,
        sharedSet,
        changed: plan.entries.filter(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .isShownAsChange */ .Wt).sort((a, b) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .changeRank */ .NH)(a) - (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .changeRank */ .NH)(b)),
        unchanged: plan.entries.filter((e) => !(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .isShownAsChange */ .Wt)(e)),
        changeRow: memo((e) => {
            const costs = known ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .beforeCell */ .cO)(e)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .monthlyCell */ .gE)(e)} | ${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyDelta */ .dZ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .entryDelta */ .H0)(e, known), 'mo', { unit: false })}` : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .monthlyCell */ .gE)(e);
            return `| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(e.name, true)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .actionLabel */ .ZJ)(e))} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(e, multiRegion))} | ${costs} |`;
        }),
        unchangedRow: memo((e) => `| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(e.name, true)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(stateLabel(e))} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(e, multiRegion))} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .monthlyCell */ .gE)(e)} |`),
        details: { full: memo((e) => details(e, 'full', sharedSet)), compact: memo((e) => details(e, 'compact', sharedSet)) }
    };
}
function optionParts(plan, options) {
    const top = [`### emd-action plan for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(plan.manifest)}`, ''];
    const counts = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .countsLine */ .J7)(plan);
    const head = counts.startsWith('No changes') ? `**No changes**${counts.slice('No changes'.length)}` : `**${counts}**`;
    top.push(`${head} \u00b7 ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .costHeadline */ .UN)(plan)}`);
    top.push(...alerts((0,_attention_js__WEBPACK_IMPORTED_MODULE_2__/* .attentionItems */ .pF)(plan, options.failures), options.alertLines ?? ALERT_LINES));
    const baseline = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .baselineLine */ .G)(plan);
    if (baseline)
        top.push('', `> [!NOTE]\n> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(baseline)}`);
    return { top, footer: footer(plan, options), howEstimated: howEstimated(plan, options.priceNote) };
}
/** The body in one shape, or undefined as soon as it is over `limit` (the next shape is smaller). */
function compose(plan, options, shape, parts, limit) {
    const { shared, changed, unchanged } = parts;
    const out = new _text_up_to_js__WEBPACK_IMPORTED_MODULE_3__/* .TextUpTo */ .G(limit, '\n');
    out.add(...parts.top);
    const shown = changed.slice(0, shape.changeRows);
    if (changed.length) {
        if (!out.add('', changesTable(plan, shown, parts)))
            return undefined;
        if (shape.changeRows < changed.length) {
            out.add('', `\u2026and ${changed.length - shape.changeRows} more changes: the full plan is in the job summary and the \`plan-file\` output.`);
        }
    }
    if (shape.detail !== 'none') {
        const diff = fieldDiff(shown, DIFF_LINES);
        if (diff && !out.add('', diff))
            return undefined;
        // Made one by one: in a shape that cannot fit, the sections after the limit are never made.
        const sections = new _text_up_to_js__WEBPACK_IMPORTED_MODULE_3__/* .TextUpTo */ .G(out.room, '\n\n');
        let count = 0;
        for (const e of shown) {
            const section = parts.details[shape.detail](e);
            if (section === undefined)
                continue;
            count++;
            if (!sections.add(section))
                return undefined;
        }
        if (count) {
            const summary = `<details><summary>Details of ${count === 1 ? 'the change' : `the ${count} changes`}: impact, notes, cost</summary>`;
            if (!out.add('', summary, '', sections.text() ?? '', '', '</details>'))
                return undefined;
        }
    }
    else if (changed.some((e) => e.changes.length || e.notes.length)) {
        out.add('', '_Field-level details were left out to stay within GitHub\u2019s comment size limit; they are in the job summary._');
    }
    if (unchanged.length && !out.add('', unchangedSection(unchanged, shape, parts)))
        return undefined;
    if (shared.length) {
        out.add('');
        for (const s of shared)
            out.add(`**Note** (${s.names.length === plan.entries.length ? (plan.entries.length === 2 ? 'both deployments' : `all ${plan.entries.length} deployments`) : s.names.map((n) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(n)).join(', ')}): ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(s.note)}`);
    }
    if (options.quotas?.length && shape.detail !== 'none') {
        out.add('', `<details><summary>Quotas checked (${options.quotas.length})</summary>`, '', ...options.quotas.map((q) => `- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(q)}`), '', '</details>');
    }
    if (shape.detail === 'full')
        out.add('', parts.howEstimated);
    out.add('', parts.footer);
    return out.text();
}
// ---- alerts --------------------------------------------------------------------------------------
function alerts(items, max) {
    const out = [];
    for (const level of ['caution', 'warning']) {
        const mine = items.filter((i) => i.level === level);
        if (!mine.length)
            continue;
        out.push('', `> [!${level.toUpperCase()}]`);
        for (const i of mine.slice(0, max)) {
            out.push(`> - **${i.topic}**${i.deployment ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(i.deployment)}` : ''}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(i.message)}`);
        }
        if (mine.length > max)
            out.push(`> - \u2026and ${mine.length - max} more: see the table and the job summary.`);
    }
    return out;
}
// ---- tables ----------------------------------------------------------------------------------------
function changesTable(plan, entries, parts) {
    const known = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .costCompared */ .li)(plan);
    const lines = known
        ? ['| Deployment | Change | Runs on | $/mo before | $/mo after | \u0394 $/mo |', '|---|---|---|--:|--:|--:|']
        : ['| Deployment | Change | Runs on | $/mo |', '|---|---|---|--:|'];
    for (const e of entries)
        lines.push(parts.changeRow(e));
    const t = plan.totals;
    const after = (0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyRange */ .Uv)(t.monthlyAfter, t.monthlyAfterMax, 'mo', { unit: false });
    const totals = known ? `**${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .money */ .TG)(t.monthlyBefore, 'mo', { unit: false })}** | **${after}** | **${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyDelta */ .dZ)(t.monthlyDelta, 'mo', { unit: false })}**` : `**${after}**`;
    lines.push(`| **Total** | all ${plan.entries.length} | | ${totals} |`);
    return lines.join('\n');
}
function stateLabel(e) {
    if (e.lifecycle)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .actionLabel */ .ZJ)(e);
    return e.live ? 'running' : 'unchanged';
}
function unchangedSection(entries, shape, parts) {
    const monthly = entries.reduce((sum, e) => (sum === null || !e.cost || e.cost.monthlyMin === null ? (e.cost ? null : sum) : sum + e.cost.monthlyMin), 0);
    const summary = `${entries.length} unchanged deployment${entries.length === 1 ? '' : 's'} \u00b7 ${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .money */ .TG)(monthly)}`;
    const out = [`<details><summary>${summary}</summary>`, ''];
    if (shape.unchangedRows > 0) {
        out.push('| Deployment | State | Runs on | $/mo |', '|---|---|---|--:|');
        for (const e of entries.slice(0, shape.unchangedRows))
            out.push(parts.unchangedRow(e));
        if (shape.unchangedRows < entries.length)
            out.push('', `\u2026and ${entries.length - shape.unchangedRows} more.`);
        if (shape.detail === 'full') {
            const lines = entries.flatMap((e) => {
                const notes = e.notes.filter((n) => !parts.sharedSet.has(n));
                return notes.length ? [`- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(e.name)}: ${notes.map(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq).join('; ')}`] : [];
            });
            if (lines.length)
                out.push('', ...lines);
        }
    }
    else {
        out.push('_The list was left out to stay within GitHub\u2019s comment size limit; it is in the job summary._');
    }
    out.push('', '</details>');
    return out.join('\n');
}
// ---- per-change details ------------------------------------------------------------------------------
/** Notes that several deployments share, said once under the table instead of in every section. */
function sharedNotes(plan) {
    const by = new Map();
    for (const e of plan.entries) {
        for (const n of new Set(e.notes)) {
            const names = by.get(n);
            if (names)
                names.push(e.name);
            else
                by.set(n, [e.name]);
        }
    }
    return [...by.entries()].filter(([, names]) => names.length > 1).map(([note, names]) => ({ note, names }));
}
/** Every changed field of the shown changes in one diff block, one `@@ name: action @@` hunk each. */
function fieldDiff(entries, maxLines) {
    const lines = [];
    let left = 0;
    for (const e of entries.filter((e) => e.changes.length)) {
        const hunk = [`@@ ${fence(e.name)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .actionLabel */ .ZJ)(e)} @@`];
        for (const c of e.changes) {
            if (c.old !== undefined)
                hunk.push(`- ${c.field}: ${fence((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(c.old))}`);
            if (c.new !== undefined)
                hunk.push(`+ ${c.field}: ${fence((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(c.new))}`);
        }
        if (lines.length + hunk.length > maxLines)
            left++;
        else
            lines.push(...hunk);
    }
    if (!lines.length)
        return undefined;
    const more = left ? `\n\n_\u2026and the fields of ${left} more deployment${left === 1 ? '' : 's'}: see the job summary._` : '';
    return ['```diff', ...lines, '```'].join('\n') + more;
}
function details(entry, detail, sharedSet) {
    const s = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .spec */ .IC)(entry);
    const body = [];
    if (s) {
        const hourly = entry.cost && !(entry.action === 'delete' && !entry.blocked) ? ` \u00b7 ${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyRange */ .Uv)(entry.cost.hourlyMin, entry.cost.hourlyMax, 'h')} while up` : '';
        body.push(`- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .modelLabel */ .mM)(entry))} on ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(entry))} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(s.region)}${hourly}`);
    }
    // Fields with the same effect are named together.
    const byImpact = new Map();
    for (const c of entry.changes.filter((c) => c.impact))
        byImpact.set(c.impact, [...(byImpact.get(c.impact) ?? []), c.field]);
    for (const [impact, fields] of byImpact)
        body.push(`- ${fields.map((f) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f)).join(', ')}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(impact)}`);
    if (entry.downtime)
        body.push(`- **Downtime:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(entry.downtime)}`);
    if (entry.blocked) {
        body.push(`- **${entry.blocked.kind === 'busy' ? 'Waits' : 'Blocked'}:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(entry.blocked.reason)}${entry.blocked.fix ? `. Fix: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(entry.blocked.fix)}` : ''}`);
    }
    if (entry.fit && entry.fit.status !== 'not-applicable' && entry.fit.status !== 'fits')
        body.push(`- **GPU fit, ${entry.fit.status}:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(entry.fit.message)}`);
    for (const note of entry.notes.filter((n) => !sharedSet.has(n)))
        body.push(`- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(note)}`);
    if (detail === 'full' && entry.cost && !(entry.action === 'delete' && !entry.blocked)) {
        for (const line of entry.cost.lines)
            body.push(`- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(costLine(line))}`);
    }
    if (body.length === 0)
        return undefined;
    return `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(entry.name)}** \u00b7 ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .actionLabel */ .ZJ)(entry))}\n\n${body.join('\n')}`;
}
/** Where a figure's price came from (live, cache, or the bundled table of a date), when known. */
function source(line) {
    return line.source ? ` \u00b7 ${line.source}` : '';
}
/** `ml.g5.2xlarge \u00d7 1\u20132: $1.515/h \u00d7 730 h = $1,106\u2013$2,212/mo`. */
function costLine(line) {
    if (line.excluded)
        return `${line.label}: not included${line.note && !line.note.includes('not included') ? `; ${line.note}` : ''}`;
    if (line.usd === null)
        return `${line.label}: price unknown`;
    const monthly = (0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .moneyRange */ .Uv)(line.monthlyMin, line.monthlyMax);
    if (line.period === 'monthly') {
        const single = line.quantity.min === 1 && line.quantity.max === 1;
        return single ? `${line.label}: ${monthly}${source(line)}` : `${line.label}: ${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .money */ .TG)(line.usd)} each = ${monthly}${source(line)}`;
    }
    return `${line.label}: ${(0,_money_js__WEBPACK_IMPORTED_MODULE_0__/* .money */ .TG)(line.usd, 'h')}${line.hours !== undefined ? ` \u00d7 ${round1(line.hours)} h` : ''} = ${monthly}${source(line)}`;
}
// ---- how the numbers are made, and the footer -----------------------------------------------------
function howEstimated(plan, priceNote) {
    const lines = [
        '- **$/mo** is the monthly estimate at minimum scale, written `min\u2013max` when scaling goes higher; **\u0394** compares minimum scale before and after. A month is 730 h.',
        '- **Schedules** count only their up hours; the load balancer and the key secret run all month.',
        '- **ttl** counts one lifetime a month: an `8h` deployment is 8 h of instance time (one deploy a month); every redeploy adds one more lifetime.',
        '- **Before** is what the running stack costs, from the spec it was deployed with; **unknown** means a price or the deployed spec is missing, never $0.',
        '- Not included: load-balancer capacity units, data transfer and SageMaker request charges.'
    ];
    const notes = new Set();
    for (const e of plan.entries)
        for (const l of e.cost?.lines ?? [])
            if (l.note)
                notes.add(`${l.label.replace(/ \u00d7 .*$/, '')}: ${l.note}`);
    return [`<details><summary>How the estimate is made</summary>`, '', ...lines, ...[...notes].slice(0, 20).map((n) => `- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(n)}`), `- Prices: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(priceNote)}`, '', '</details>'].join('\n');
}
/** `2026-01-21` or `2025-01-26 to 2026-09-20`: the dates of the prices this plan used. */
function priceDates(plan) {
    const dates = new Set();
    for (const e of plan.entries)
        for (const c of [e.cost, e.liveCost])
            for (const d of c?.priceDate.match(/\d{4}-\d{2}(?:-\d{2})?/g) ?? [])
                dates.add(d);
    const sorted = [...dates].sort();
    if (!sorted.length)
        return 'of unknown date';
    return sorted.length === 1 ? `of ${sorted[0]}` : `of ${sorted[0]} to ${sorted[sorted.length - 1]}`;
}
function footer(plan, options) {
    const estimate = plan.entries.some((e) => e.cost?.estimate) ? ', some estimated' : '';
    const prices = `Prices ${priceDates(plan)}${estimate}${options.sourcesUrl ? ` ([sources](${options.sourcesUrl}))` : ''}`;
    const parts = ['Estimates at minimum scale, 730 h a month', prices, options.runUrl ? `[workflow run](${options.runUrl})` : undefined];
    return `<sub>${parts.filter(Boolean).join(' \u00b7 ')}</sub>`;
}
/** One finding of an invalid manifest: a value can be long, the line stays readable. */
const MAX_FINDING_CHARS = 1000;
function renderInvalidManifestMarkdown(manifest, diagnostics, options) {
    const budget = options.maxLength ?? DEFAULT_BUDGET;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const head = [`### emd-action plan for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(manifest)}`, '', `> [!CAUTION]\n> **The manifest is invalid** (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was planned.`, ''];
    const tail = options.runUrl ? ['', `<sub>[workflow run](${options.runUrl})</sub>`] : [];
    const findings = diagnostics.map((d) => {
        const message = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(d.message);
        const shown = message.length > MAX_FINDING_CHARS ? `${message.slice(0, MAX_FINDING_CHARS).replace(/\\$/, '')}\u2026` : message;
        return `- ${d.severity === 'error' ? '\u274c' : '\u26a0\ufe0f'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(d) ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(d))} ` : ''}${shown}`;
    });
    // As many findings as fit, and a line that says how many were left out (the annotations and the
    // job summary have them all).
    const more = (n) => `- \u2026and ${n} more finding${n === 1 ? '' : 's'} not shown here: see the annotations and the job summary`;
    let size = [...head, ...tail].join('\n').length + more(diagnostics.length).length + 2;
    const shown = [];
    for (const line of findings) {
        if (size + line.length + 1 > budget)
            break;
        shown.push(line);
        size += line.length + 1;
    }
    const left = findings.length - shown.length;
    return [...head, ...shown, ...(left > 0 ? [more(left)] : []), ...tail].join('\n');
}
function fence(value) {
    return value.replace(/```/g, "'''").replace(/\n/g, ' ');
}
function round1(n) {
    return Math.round(n * 10) / 10;
}


/***/ }),

/***/ 724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TG: () => (/* binding */ money),
/* harmony export */   Uv: () => (/* binding */ moneyRange),
/* harmony export */   dZ: () => (/* binding */ moneyDelta)
/* harmony export */ });
/* unused harmony export roundMoney */
// The one money formatter of every report (PR comments, job summaries, the terminal), so the same
// figure reads the same everywhere:
// - a month: whole dollars from $10 up (`$1,383/mo`), cents below (`$0.40/mo`);
// - an hour: up to three decimals where they carry information (`$1.515/h`, `$3.03/h`);
// - a range: `$1,383\u2013$5,483/mo`, one unit after both ends; equal ends collapse to one figure;
// - a change: `+$1,383/mo`, `\u2212$95/mo` (a real minus sign), `$0/mo`;
// - unknown (null) is the word `unknown`, never $0.
// Sums are taken from unrounded figures and rounded once, when they are written.
const EPSILON = 0.005;
// Made once: building an Intl.NumberFormat costs far more than using one.
const HOURLY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 3 });
const DOLLARS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// A fleet repeats the same few figures (one price per instance type); formatting is an ICU call.
const FORMATTED = { h: new Map(), mo: new Map() };
const FORMATTED_MAX = 10_000;
function amount(n, period) {
    const abs = Math.abs(n);
    if (abs < 0.005)
        return '$0';
    const made = FORMATTED[period];
    let text = made.get(abs);
    if (text === undefined) {
        text = `$${(period === 'h' ? HOURLY : abs >= 10 ? DOLLARS : CENTS).format(abs)}`;
        if (made.size < FORMATTED_MAX)
            made.set(abs, text);
    }
    return text;
}
/** `$1,383/mo`, `$1.515/h`; `unit: false` leaves the unit off (table cells whose header says it). */
function money(n, period = 'mo', options = {}) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return 'unknown';
    const unit = options.unit === false ? '' : `/${period}`;
    return `${n < 0 && amount(n, period) !== '$0' ? '\u2212' : ''}${amount(n, period)}${unit}`;
}
/** `$1,383\u2013$5,483/mo`; one figure when both ends are equal (or max is unknown and min is not). */
function moneyRange(min, max, period = 'mo', options = {}) {
    if (min === null || min === undefined)
        return money(min, period, options);
    if (max === null || max === undefined || Math.abs(max - min) < EPSILON || amount(min, period) === amount(max, period))
        return money(min, period, options);
    const unit = options.unit === false ? '' : `/${period}`;
    return `${money(min, period, { unit: false })}\u2013${money(max, period, { unit: false })}${unit}`;
}
/** `+$1,383/mo`, `\u2212$95/mo`, `$0/mo`; undefined (not comparable) is `\u2013`. */
function moneyDelta(n, period = 'mo', options = {}) {
    if (n === undefined)
        return '\u2013';
    if (n === null)
        return 'unknown';
    const unit = options.unit === false ? '' : `/${period}`;
    if (Math.abs(n) < EPSILON || amount(n, period) === '$0')
        return `$0${unit}`;
    return `${n > 0 ? '+' : '\u2212'}${amount(n, period)}${unit}`;
}
/** Money in JSON: cents for totals and monthly figures, 4 decimals for hourly and unit prices. */
function roundMoney(n, decimals) {
    const f = 10 ** decimals;
    return Math.round(n * f) / f;
}


/***/ }),

/***/ 1058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ nextChange),
/* harmony export */   JJ: () => (/* binding */ validateCron),
/* harmony export */   Ux: () => (/* binding */ upHoursPerMonth),
/* harmony export */   _j: () => (/* binding */ isValidTimezone),
/* harmony export */   ie: () => (/* binding */ isUp)
/* harmony export */ });
/* unused harmony exports MAX_FIRINGS_PER_WEEK, upHoursPerWeek */
/* harmony import */ var croner__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5814);
// Up/down schedules: two 5-field cron expressions read in one IANA time zone. The deployment is
// up when the latest `up` firing is later than the latest `down` firing (a tie counts as down).

const FIELDS = 'minute hour day-of-month month day-of-week';
const HOUR_MS = 3_600_000;
const WEEK_MS = 168 * HOUR_MS;
/**
 * At most hourly: a deployment takes minutes to come up or go down, and every firing costs the plan
 * and teardown work (overlapping minute schedules cost seconds per entry). validateCron refuses more.
 */
const MAX_FIRINGS_PER_WEEK = 168;
/** Bounds the search for an up firing that is not cancelled by a simultaneous down firing (10 weeks at the most frequent). */
const MAX_STEPS = 10 * MAX_FIRINGS_PER_WEEK;
/**
 * Weekly hours are measured from a fixed Monday so an estimate does not change from one run to
 * the next; early January has no DST change in either hemisphere's usual rules.
 */
const DEFAULT_WEEK_START = new Date('2026-01-05T00:00:00Z');
function cron(expr, timezone) {
    return new croner__WEBPACK_IMPORTED_MODULE_0__/* .Cron */ .l4(expr.trim(), { mode: '5-part', timezone, paused: true });
}
/** Undefined when `expr` is usable; otherwise text that reads after the quoted expression. */
function validateCron(expr) {
    if (typeof expr !== 'string' || expr.trim() === '')
        return `is empty; use 5-field cron (${FIELDS}), e.g. "0 8 * * 1-5"`;
    const parts = expr.trim().split(/\s+/);
    if (parts.length !== 5) {
        return `has ${parts.length} field${parts.length === 1 ? '' : 's'}; only 5-field cron is supported (${FIELDS}), no seconds, years or @nicknames`;
    }
    let job;
    try {
        job = cron(expr, 'UTC');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, '') : String(error);
        return `is not valid 5-field cron (${FIELDS}): ${reason}`;
    }
    const from = new Date('2026-01-01T00:00:00Z');
    if (job.nextRun(from) === null && job.previousRuns(1, from).length === 0)
        return 'never fires (no such date)';
    // More than one minute of an hour matches exactly when the first two firings share an hour, so
    // two firings tell (at most MAX_FIRINGS_PER_WEEK firings a week remain).
    const first = job.nextRun(from);
    const second = first ? job.nextRun(first) : null;
    if (first && second && second.getTime() - first.getTime() < HOUR_MS) {
        return 'fires more often than hourly; deployments take minutes to come up or down, so schedule them at most once an hour';
    }
    return undefined;
}
function isValidTimezone(tz) {
    // Offsets like "+01:00" pass Intl in recent engines but are not IANA names.
    if (typeof tz !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+)*$/.test(tz))
        return false;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
/** Latest firing at or before `at`. */
function lastFiring(job, at) {
    return job.previousRuns(1, new Date(at.getTime() + 1))[0];
}
function isUp(schedule, at) {
    const lastUp = lastFiring(cron(schedule.up, schedule.timezone), at);
    if (!lastUp)
        return false;
    const lastDown = lastFiring(cron(schedule.down, schedule.timezone), at);
    return !lastDown || lastUp.getTime() > lastDown.getTime();
}
/** First firing strictly after `after` that flips the state; undefined if none is found. */
function nextChange(schedule, after) {
    return changeAfter(cron(schedule.up, schedule.timezone), cron(schedule.down, schedule.timezone), after, isUp(schedule, after));
}
/**
 * The next flip from state `up` at `after`, with the jobs built once: while up only a down firing
 * changes anything; while down, an up firing that does not coincide with a down firing. Each step is
 * one firing; `until` stops the search early.
 */
function changeAfter(upJob, downJob, after, up, until, stats) {
    if (up) {
        if (stats)
            stats.steps++;
        const at = downJob.nextRun(after);
        return at ? { at, up: false } : undefined;
    }
    let cursor = after;
    for (let step = 0; step < MAX_STEPS; step++) {
        if (stats)
            stats.steps++;
        const at = upJob.nextRun(cursor);
        if (!at || (until !== undefined && at.getTime() > until))
            return undefined;
        const down = downJob.nextRun(new Date(at.getTime() - 1));
        if (!down || down.getTime() !== at.getTime())
            return { at, up: true };
        cursor = at;
    }
    return undefined;
}
/**
 * Up hours in the 168 real hours from `weekStart` (a DST change inside makes the week 167/169 h long
 * on the clock). The work is one step per firing in the week: at most MAX_FIRINGS_PER_WEEK of each.
 */
function upHoursPerWeek(schedule, weekStart = DEFAULT_WEEK_START, stats) {
    const end = weekStart.getTime() + WEEK_MS;
    const upJob = cron(schedule.up, schedule.timezone);
    const downJob = cron(schedule.down, schedule.timezone);
    let cursor = weekStart;
    let up = isUp(schedule, weekStart);
    let upMs = 0;
    while (cursor.getTime() < end) {
        const change = changeAfter(upJob, downJob, cursor, up, end, stats);
        const until = change ? Math.min(change.at.getTime(), end) : end;
        if (up)
            upMs += until - cursor.getTime();
        if (!change)
            break;
        cursor = new Date(until);
        up = change.up;
    }
    return upMs / HOUR_MS;
}
/** Weekly hours scaled to the 730-hour month used for all monthly prices. */
function upHoursPerMonth(schedule, weekStart) {
    return Math.min(730, (upHoursPerWeek(schedule, weekStart) * 730) / 168);
}


/***/ }),

/***/ 1072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ TextUpTo)
/* harmony export */ });
// Text built from pieces that is only wanted while it stays within a limit (a comment shape, the
// `plan` output): the pieces are dropped as soon as the limit is passed, and callers stop early.
/** Pieces joined by `separator` while they total at most `limit` characters; past that, none. */
class TextUpTo {
    limit;
    separator;
    pieces = [];
    length;
    constructor(limit, separator = '') {
        this.limit = limit;
        this.separator = separator;
        // The first piece has no separator before it.
        this.length = -separator.length;
    }
    /** False once the text is over the limit (and nothing is kept). */
    add(...pieces) {
        for (const piece of pieces) {
            if (!this.pieces)
                return false;
            this.length += this.separator.length + piece.length;
            if (this.length > this.limit)
                this.pieces = undefined;
            else
                this.pieces.push(piece);
        }
        return this.pieces !== undefined;
    }
    /** Characters left before the limit. */
    get room() {
        return this.limit - this.length;
    }
    /** The text, or undefined when it went over the limit. */
    text() {
        return this.pieces?.join(this.separator);
    }
}


/***/ }),

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/retry.ts
// Retries for GitHub REST calls, installed once on the octokit so that every call the action makes
// (comments, issues, pagination pages) rides out rate limits and transient server errors the same
// way. Validation errors (4xx other than rate limiting) are the caller's problem and never retried.
const RETRY_DEFAULTS = {
    maxRetries: 3,
    maxTotalWaitMs: 5 * 60_000,
    baseDelayMs: 1_000,
    defaultRateLimitWaitMs: 60_000
};
function header(err, name) {
    const v = err.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
}
function bodyMessage(err) {
    const data = err.response?.data;
    if (data && typeof data === 'object' && 'message' in data)
        return String(data.message);
    return err.message ?? '';
}
function classifyGitHubError(error, now, defaultRateLimitWaitMs) {
    const err = (error ?? {});
    const status = typeof err.status === 'number' ? err.status : undefined;
    if (status === undefined)
        return { kind: 'fatal' };
    if (status === 403 || status === 429) {
        const retryAfter = header(err, 'retry-after');
        if (retryAfter !== undefined) {
            const seconds = Number(retryAfter);
            if (Number.isFinite(seconds) && seconds >= 0) {
                return { kind: 'rate-limit', waitMs: Math.ceil(seconds * 1000), why: `${status} retry-after ${retryAfter}s` };
            }
            const at = Date.parse(retryAfter);
            if (Number.isFinite(at))
                return { kind: 'rate-limit', waitMs: Math.max(0, at - now), why: `${status} retry-after ${retryAfter}` };
        }
        if (header(err, 'x-ratelimit-remaining') === '0') {
            const reset = Number(header(err, 'x-ratelimit-reset'));
            // One extra second: the reset instant is rounded down to whole seconds by GitHub.
            const waitMs = Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : defaultRateLimitWaitMs;
            return { kind: 'rate-limit', waitMs, why: `${status} rate limit exhausted, resets at ${new Date(now + waitMs).toISOString()}` };
        }
        if (status === 429 || /secondary rate limit|abuse/i.test(bodyMessage(err))) {
            return { kind: 'rate-limit', waitMs: defaultRateLimitWaitMs, why: `${status} secondary rate limit` };
        }
        return { kind: 'fatal' };
    }
    // @octokit/request reports network failures as status 500 without a response.
    if (status >= 500 || status === 0) {
        return { kind: 'transient', why: err.response ? `HTTP ${status}` : `network error: ${err.message ?? 'unknown'}` };
    }
    return { kind: 'fatal' };
}
class RetryBudgetExceededError extends Error {
    cause;
    constructor(message, cause) {
        super(message);
        this.cause = cause;
        this.name = 'RetryBudgetExceededError';
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Runs `attempt` until it succeeds, a fatal error occurs, or the retry budget is spent. */
async function withGitHubRetry(attempt, label, options = {}) {
    const maxRetries = options.maxRetries ?? RETRY_DEFAULTS.maxRetries;
    const maxTotalWaitMs = options.maxTotalWaitMs ?? RETRY_DEFAULTS.maxTotalWaitMs;
    const baseDelayMs = options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs;
    const defaultRateLimitWaitMs = options.defaultRateLimitWaitMs ?? RETRY_DEFAULTS.defaultRateLimitWaitMs;
    const sleep = options.sleep ?? realSleep;
    const now = options.now ?? Date.now;
    const random = options.random ?? Math.random;
    let waited = 0;
    for (let retry = 0;; retry++) {
        try {
            return await attempt();
        }
        catch (error) {
            const decision = classifyGitHubError(error, now(), defaultRateLimitWaitMs);
            if (decision.kind === 'fatal')
                throw error;
            if (retry >= maxRetries) {
                if (decision.kind === 'rate-limit') {
                    throw new RetryBudgetExceededError(`GitHub ${label}: still rate limited after ${retry} retries (${decision.why})`, error);
                }
                throw error;
            }
            const waitMs = decision.kind === 'rate-limit' ? decision.waitMs : Math.round(random() * baseDelayMs * 2 ** retry);
            if (waited + waitMs > maxTotalWaitMs) {
                throw new RetryBudgetExceededError(`GitHub ${label}: ${decision.why}; waiting ${Math.ceil(waitMs / 1000)}s more would exceed the retry budget of ${Math.ceil(maxTotalWaitMs / 1000)}s`, error);
            }
            options.log?.warning(`GitHub ${label}: ${decision.why}; retry ${retry + 1}/${maxRetries} in ${Math.ceil(waitMs / 1000)}s`);
            waited += waitMs;
            await sleep(waitMs);
        }
    }
}
/** Wraps every request the octokit makes (including each pagination page) with `withGitHubRetry`. */
function installRetry(octokit, options = {}) {
    octokit.hook.wrap('request', (request, requestOptions) => withGitHubRetry(async () => request(requestOptions), `${requestOptions.method} ${requestOptions.url}`, options));
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/github/http-fetch.ts

/** A GitHub call that gets no answer in this long fails (and the retry policy decides). */
const SOCKET_TIMEOUT_MS = 120_000;
function httpClientFetch() {
    // Connections are kept for the next call (a plan makes three or four); idle ones do not keep the
    // process alive.
    const client = new lib/* HttpClient */.Qq(undefined, [], { keepAlive: true, socketTimeout: SOCKET_TIMEOUT_MS });
    // Octokit sends its own user-agent (with the runner's orchestration id, added by @actions/github);
    // the client would replace it with its default one.
    client.userAgent = undefined;
    return async (url, init = {}) => {
        const href = String(url);
        const body = init.body;
        if (body !== undefined && body !== null && typeof body !== 'string') {
            throw new TypeError(`GitHub request ${init.method ?? 'GET'} ${href}: only text bodies are sent, not ${Object.prototype.toString.call(body)}`);
        }
        const response = await client.request(init.method ?? 'GET', href, body ?? null, { ...init.headers });
        const message = response.message;
        const bytes = await readAll(message);
        return {
            status: message.statusCode ?? 0,
            statusText: message.statusMessage ?? '',
            url: href,
            headers: headerMap(message.headers),
            text: async () => bytes.toString('utf8'),
            json: async () => JSON.parse(bytes.toString('utf8')),
            arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
        };
    };
}
// Not the client's readBodyBuffer: it never settles when the connection breaks mid-body.
async function readAll(message) {
    const chunks = [];
    for await (const chunk of message)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
function headerMap(headers) {
    const out = new Map();
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one place the GitHub client is made, so every call goes through the same retry policy and
// the same API base URL (GITHUB_API_URL, which the end-to-end tests point at a loopback fake).



function createOctokit(token, apiUrl, retry = {}) {
    if (!token)
        throw new Error('A GitHub token is required (input github-token)');
    const baseUrl = apiUrl.replace(/\/+$/, '');
    // Every call goes through @actions/http-client (src/github/http-fetch.ts), which reads the proxy
    // settings for each URL: a loopback API (the end-to-end fakes) is reached directly.
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl, request: { fetch: httpClientFetch() } });
    installRetry(octokit, retry);
    return octokit;
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ commentAuthor),
/* harmony export */   gz: () => (/* binding */ CommentTooLongError),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports MAX_COMMENT_CHARS, markerLine, withMarker, parseMarker, GITHUB_ACTIONS_BOT */
/** GitHub's limit on an issue comment body, in characters. */
const MAX_COMMENT_CHARS = 65_536;
class CommentTooLongError extends Error {
    length;
    limit;
    constructor(length, limit, detail = '') {
        super(`Sticky comment body is ${length} characters, over GitHub's limit of ${limit}${detail}; the plan renderer must trim it`);
        this.length = length;
        this.limit = limit;
        this.name = 'CommentTooLongError';
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function markerPattern(marker) {
    return new RegExp(`^<!-- ${escapeRegExp(marker)}(?: valid-at=(\\S+))? -->[ \\t]*$`, 'm');
}
function validateMarker(marker) {
    if (!marker || /[\r\n]/.test(marker) || marker.includes('--') || /\s/.test(marker)) {
        throw new Error(`Invalid sticky comment marker "${marker}": it must be one word without "--"`);
    }
}
function markerLine(marker, validAt) {
    return `<!-- ${marker} valid-at=${validAt.toISOString()} -->`;
}
/** The body as posted: the marker line first, then the rendered text. */
function withMarker(marker, body, validAt) {
    return `${markerLine(marker, validAt)}\n${body}`;
}
function parseMarker(marker, body) {
    const match = markerPattern(marker).exec(body);
    if (!match)
        return undefined;
    const at = match[1] ? new Date(match[1]) : undefined;
    const before = body.slice(0, match.index);
    let after = body.slice(match.index + match[0].length);
    if (after.startsWith('\r\n'))
        after = after.slice(2);
    else if (after.startsWith('\n'))
        after = after.slice(1);
    return { validAt: at && !Number.isNaN(at.getTime()) ? at : undefined, content: before + after };
}
function normalise(text) {
    // GitHub stores bodies with CRLF in places; the rendered plan is LF.
    return text.replace(/\r\n/g, '\n').replace(/\s+$/, '');
}
/** The author of comments made with the workflow's GITHUB_TOKEN. */
const GITHUB_ACTIONS_BOT = 'github-actions[bot]';
/**
 * Who the token writes comments as. `GET /user` answers for personal access tokens and user
 * tokens; an installation token (GITHUB_TOKEN, a GitHub App) gets 403 "Resource not accessible by
 * integration" there, and GITHUB_TOKEN's comments are written by github-actions[bot]. A token of
 * another GitHub App writes as `<app-slug>[bot]`, which the token cannot tell: callers with such a
 * token pass `author` (the action itself uses GITHUB_TOKEN or a personal token).
 */
async function commentAuthor(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        const status = error.status;
        if (status === 401 || status === 403 || status === 404)
            return GITHUB_ACTIONS_BOT;
        throw error;
    }
}
async function findNewest(opts, author) {
    const { octokit, owner, repo, issueNumber, marker } = opts;
    let foreign = 0;
    let newest;
    let scanned = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100
    })) {
        for (const comment of page.data) {
            scanned++;
            if (!comment.body)
                continue;
            const parsed = parseMarker(marker, comment.body);
            if (!parsed)
                continue;
            if (comment.user?.login !== author) {
                foreign++;
                continue;
            }
            const newer = !newest ||
                Date.parse(comment.created_at) > Date.parse(newest.comment.created_at) ||
                (comment.created_at === newest.comment.created_at && comment.id > newest.comment.id);
            if (newer)
                newest = { comment, parsed };
        }
    }
    opts.log?.debug(`sticky comment: scanned ${scanned} comments on #${issueNumber}, marker ${newest ? `found in ${newest.comment.id}` : 'not found'} among ${author}'s`);
    if (foreign > 0)
        opts.log?.info(`Ignored ${foreign} comment${foreign === 1 ? '' : 's'} with the plan marker not written by ${author}.`);
    return newest;
}
function explain422(error, length) {
    const err = error;
    if (err?.status === 422) {
        const tooLong = /too long|maximum is|body is too/i.test(err.message ?? '');
        // The limit GitHub applied, when it says: a body under ours was refused, so ours is not it.
        const stated = /maximum is ([\d,]+)/i.exec(err.message ?? '')?.[1];
        const limit = stated ? Number(stated.replace(/,/g, '')) : MAX_COMMENT_CHARS;
        if (tooLong)
            throw new CommentTooLongError(length, limit, ` (GitHub answered 422: ${err.message})`);
        throw new Error(`GitHub refused the sticky comment (422): ${err.message ?? 'validation failed'}`, { cause: error });
    }
    throw error;
}
async function upsertStickyComment(opts) {
    validateMarker(opts.marker);
    const validAt = opts.validAt ?? new Date();
    const body = withMarker(opts.marker, opts.body, validAt);
    if (body.length > MAX_COMMENT_CHARS)
        throw new CommentTooLongError(body.length, MAX_COMMENT_CHARS);
    const { octokit, owner, repo, issueNumber } = opts;
    const author = opts.author ?? (await commentAuthor(octokit));
    const existing = await findNewest(opts, author);
    if (!existing) {
        if (!opts.hasChanges) {
            opts.log?.info('No changes and no plan comment yet: not commenting.');
            return { action: 'skipped', reason: 'no changes and no existing comment' };
        }
        try {
            const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
            opts.log?.info(`Comment created: ${data.html_url}`);
            return { action: 'created', id: data.id, url: data.html_url, reason: 'no existing comment' };
        }
        catch (error) {
            explain422(error, body.length);
        }
    }
    const { comment, parsed } = existing;
    if (parsed.validAt && parsed.validAt.getTime() > validAt.getTime()) {
        opts.log?.info(`Comment ${comment.html_url} was written by a newer run; leaving it.`);
        return {
            action: 'skipped',
            id: comment.id,
            url: comment.html_url,
            reason: `existing comment is newer (valid at ${parsed.validAt.toISOString()}, this plan at ${validAt.toISOString()})`
        };
    }
    if (normalise(parsed.content) === normalise(opts.body)) {
        opts.log?.info(`Comment ${comment.html_url} is already up to date.`);
        return { action: 'unchanged', id: comment.id, url: comment.html_url, reason: 'body is identical' };
    }
    try {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body });
        opts.log?.info(`Comment updated: ${data.html_url}`);
        return { action: 'updated', id: data.id, url: data.html_url, reason: 'body changed' };
    }
    catch (error) {
        explain422(error, body.length);
    }
}


/***/ }),

/***/ 2317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ runPlan),
/* harmony export */   w: () => (/* binding */ homeRegion)
/* harmony export */ });
/* harmony import */ var _core_manifest_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7224);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8371);
/* harmony import */ var _core_cost_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4022);
/* harmony import */ var _core_fit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1628);
/* harmony import */ var _core_pricing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3241);
// The plan path shared by the action and the CLI: manifest \u2192 live state \u2192 plan \u2192 budget checks.
// Rendering and posting are left to the caller, which knows where the report goes.





async function runPlan(request) {
    const priceNote = (0,_core_pricing_js__WEBPACK_IMPORTED_MODULE_4__/* .priceDataSummary */ .E2)();
    const manifest = (0,_core_manifest_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadManifest */ .e)(request.content, {
        path: request.manifestPath,
        stackPrefix: request.stackPrefix,
        defaultRegion: request.defaultRegion
    });
    if (!manifest.valid) {
        addFitErrors(manifest);
        return { manifest, failures: [], priceNote, ok: false };
    }
    const regions = [...new Set([...manifest.specs.map((s) => s.region), ...(request.defaultRegion ? [request.defaultRegion] : [])])].sort();
    // Live prices and quota preflight (modes/plan-live.ts): only with credentials, loaded lazily. The
    // manifest's prices are read while the stacks are listed (a Price List answer takes a few hundred
    // ms); a run that then finds it has no credentials drops them rather than warn about each.
    const extraModule = request.clients ? __webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 2727)) : undefined;
    const pricing = extraModule?.then((m) => m.startLivePrices(request.clients, manifest.specs, request.defaultRegion));
    pricing?.catch(() => undefined);
    // Loaded only when live state is read: an offline plan (the CLI without AWS) loads no SDK code.
    const live = request.clients
        ? await (await __webpack_require__.e(/* import() */ 596).then(__webpack_require__.bind(__webpack_require__, 3596))).listStacks(request.clients, regions, {
            stackPrefix: request.stackPrefix,
            homeRegion: homeRegion(request.defaultRegion, manifest.specs),
            recordsFor: new Set(manifest.specs.map((s) => `${request.stackPrefix}-${s.name}`))
        })
        : { known: false, reason: request.offlineReason ?? 'offline: deployed stacks were not read', regions };
    // Read only when needed: with live state the base branch is not what the plan compares with.
    const baseline = live.known ? undefined : await readBaseline(request);
    const credentials = request.clients && !(live.known === false && live.noCredentials);
    const extra = credentials ? await extraModule : undefined;
    const prices = extra && pricing ? await (await pricing).finish(live) : undefined;
    const plan = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPlan */ .Gg)(manifest.specs, live, {
        manifestPath: request.manifestPath,
        stackPrefix: request.stackPrefix,
        allowDestroy: request.allowDestroy,
        ...(baseline && 'specs' in baseline ? { baseline } : {}),
        prices: prices?.book
    });
    if (baseline && 'problem' in baseline)
        plan.diagnostics.push({ severity: 'warning', message: baseline.problem });
    if (prices)
        plan.diagnostics.push(...prices.warnings);
    const quotas = extra && request.clients ? await extra.quotaPreflight(request.clients, plan) : undefined;
    // Plan findings (fit, gated models) point at the entry they concern in the manifest.
    for (const d of plan.diagnostics) {
        const pos = d.deployment ? manifest.entryPositions[d.deployment] : undefined;
        Object.assign(d, { file: request.manifestPath, ...pos });
    }
    const failures = (0,_core_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBudget */ .Ik)({
        monthlyTotal: plan.totals.monthlyAfter,
        monthlyDelta: plan.totals.monthlyDelta,
        monthlyTotalMax: plan.totals.monthlyAfterMax,
        monthlyDeltaMax: plan.totals.monthlyDeltaMax,
        maxMonthlyIncrease: request.maxMonthlyIncrease,
        maxMonthlyTotal: request.maxMonthlyTotal
    });
    const fitErrors = plan.diagnostics.some((d) => d.severity === 'error');
    const note = prices?.note ? `${prices.note} ${priceNote}` : priceNote;
    return { manifest, plan, live, failures, priceNote: note, ...(quotas ? { quotas } : {}), ok: failures.length === 0 && !fitErrors };
}
/** The base branch's specs, or why they could not be used (then the plan says live state is unknown). */
async function readBaseline(request) {
    let found;
    try {
        found = await request.base?.();
    }
    catch (error) {
        return { problem: `the base branch's ${request.manifestPath} could not be read (${error.message}), so the plan cannot show what this pull request changes` };
    }
    if (!found)
        return undefined;
    const { content, source } = found;
    if (content === undefined)
        return { specs: [], source: `${source}; the manifest did not exist there` };
    const base = (0,_core_manifest_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadManifest */ .e)(content, { path: request.manifestPath, stackPrefix: request.stackPrefix, defaultRegion: request.defaultRegion });
    if (!base.valid) {
        return { problem: `the base branch's ${request.manifestPath} (${source}) is invalid, so the plan cannot show what this pull request changes` };
    }
    return { specs: base.specs, source };
}
/**
 * Where the record of regions deployed to is kept: the action's aws-region, else the first region
 * the manifest names. Apply writes the record in every region it deploys to, so a manifest that
 * moves all its entries still finds the regions it left in the region it moved to.
 */
function homeRegion(defaultRegion, specs) {
    return defaultRegion ?? [...new Set(specs.map((s) => s.region))].sort()[0];
}
/**
 * An invalid manifest is not planned, but the entries that passed every rule are still checked
 * for fit, so a file with several mistakes shows all of them in one run, each on its line.
 */
function addFitErrors(manifest) {
    for (const spec of manifest.checkedSpecs) {
        const fit = (0,_core_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .checkFit */ ._)(spec);
        if (fit.status !== 'no-fit')
            continue;
        const pos = manifest.entryPositions[spec.name];
        manifest.diagnostics.push({ severity: 'error', message: `${spec.name}: ${fit.message}`, file: manifest.path, deployment: spec.name, field: `models.${spec.name}`, ...pos });
    }
    manifest.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}


/***/ })

};
