/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 1978:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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

/***/ 8045:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ isBusy),
/* harmony export */   Am: () => (/* binding */ specParameterValue),
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   TQ: () => (/* binding */ belongsToManifest),
/* harmony export */   _o: () => (/* binding */ deployedSpec),
/* harmony export */   aZ: () => (/* binding */ holdsNothing),
/* harmony export */   av: () => (/* binding */ deployedAt),
/* harmony export */   cA: () => (/* binding */ SPEC_PARAMETER),
/* harmony export */   f2: () => (/* binding */ parseTombstone),
/* harmony export */   hH: () => (/* binding */ NEVER_EXECUTED),
/* harmony export */   jc: () => (/* binding */ fixFor),
/* harmony export */   te: () => (/* binding */ TOMBSTONE_PREFIX),
/* harmony export */   tv: () => (/* binding */ needsHuman),
/* harmony export */   tz: () => (/* binding */ canonicalManifestPath),
/* harmony export */   yF: () => (/* binding */ isManaged)
/* harmony export */ });
/* unused harmony exports tombstoneKey, tombstoneBody, isPreview */
/* harmony import */ var _spec_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2829);

const TAG = {
    managed: 'emd:managed',
    deployment: 'emd:deployment',
    stackPrefix: 'emd:stack-prefix',
    manifest: 'emd:manifest',
    commit: 'emd:commit',
    deployedAt: 'emd:deployed-at',
    specHash: 'emd:spec-hash',
    /** On a preview stack (`<prefix>-pr<N>-<name>`): the pull request it previews. See core/preview.ts. */
    previewPr: 'emd:preview-pr'
};
const SPEC_PARAMETER = 'DeploymentSpec';
/** Key of a deployment's record in the bootstrap bucket (`ArtifactBucket`). */
const TOMBSTONE_PREFIX = 'state/tombstones/';
function tombstoneKey(stackName) {
    return `${TOMBSTONE_PREFIX}${stackName}.json`;
}
function tombstoneBody(t) {
    return {
        spec_hash: t.specHash,
        reason: t.reason,
        torn_down_at: t.tornDownAt.toISOString(),
        ...(t.spec ? { spec: t.spec } : {}),
        ...(t.imageUri ? { image_uri: t.imageUri } : {})
    };
}
/** Undefined for a body that is not a record (the caller says which key it came from). */
function parseTombstone(stackName, region, raw) {
    let body;
    try {
        body = JSON.parse(raw);
    }
    catch {
        return undefined;
    }
    if (!body || typeof body !== 'object' || typeof body.spec_hash !== 'string' || (body.reason !== 'ttl' && body.reason !== 'schedule'))
        return undefined;
    const at = new Date(String(body.torn_down_at));
    if (Number.isNaN(at.getTime()))
        return undefined;
    return {
        stackName,
        region,
        specHash: body.spec_hash,
        reason: body.reason,
        tornDownAt: at,
        ...(body.spec && typeof body.spec === 'object' && typeof body.spec.model === 'string' ? { spec: body.spec } : {}),
        ...(typeof body.image_uri === 'string' && body.image_uri ? { imageUri: body.image_uri } : {})
    };
}
/**
 * A pull request's preview: managed like any deployment, but no manifest on any branch lists it, so
 * plans and teardown's manifest sweep must not see it (it would be an orphan to delete). Previews are
 * removed by their own paths (stop, close, ttl: modes/preview.ts).
 */
function isPreview(stack) {
    return stack.tags[TAG.previewPr] !== undefined;
}
/** A stack this action created: tagged as managed, under our prefix, not the bootstrap stack, not a preview. */
function isManaged(stack, stackPrefix) {
    return (stack.tags[TAG.managed] === 'true' &&
        !isPreview(stack) &&
        stack.stackName !== `${stackPrefix}-bootstrap` &&
        stack.stackName.startsWith(`${stackPrefix}-`) &&
        (stack.tags[TAG.stackPrefix] === undefined || stack.tags[TAG.stackPrefix] === stackPrefix) &&
        typeof stack.tags[TAG.deployment] === 'string' &&
        stack.stackName === `${stackPrefix}-${stack.tags[TAG.deployment]}`);
}
/** Stacks of another manifest in the same repository share the prefix; they are not ours to touch. */
function belongsToManifest(stack, manifestPath) {
    const recorded = stack.tags[TAG.manifest];
    return recorded === undefined || canonicalManifestPath(recorded) === canonicalManifestPath(manifestPath);
}
/**
 * One spelling of a repository-relative manifest path: forward slashes, no `./`, no empty or `.`
 * segments. Stacks record it (emd:manifest) and the sticky comment's marker carries it, so
 * `./models.yaml`, `models.yaml` and `a//b/../models.yaml` must all be the same manifest. Callers
 * turn an absolute path into a repository-relative one first (see cli.ts).
 */
function canonicalManifestPath(p) {
    const parts = [];
    for (const seg of p.replace(/\\/g, '/').split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..' && parts.length && parts[parts.length - 1] !== '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return parts.join('/');
}
function deployedSpec(stack) {
    const raw = stack.parameters[SPEC_PARAMETER];
    if (raw === undefined)
        return { ok: false, reason: `the stack has no ${SPEC_PARAMETER} parameter` };
    try {
        const spec = JSON.parse(raw);
        if (!spec || typeof spec !== 'object' || typeof spec.model !== 'string')
            throw new Error('not a deployment spec');
        return { ok: true, spec };
    }
    catch (e) {
        return { ok: false, reason: `the ${SPEC_PARAMETER} parameter is not readable (${e.message})` };
    }
}
/** The value the build writes into the stack's DeploymentSpec parameter. */
function specParameterValue(spec) {
    return (0,_spec_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(spec);
}
function deployedAt(stack) {
    const tagged = stack.tags[TAG.deployedAt];
    const parsed = tagged ? new Date(tagged) : undefined;
    if (parsed && !Number.isNaN(parsed.getTime()))
        return parsed;
    return stack.updatedAt ?? stack.createdAt;
}
const BUSY = /_IN_PROGRESS$/;
/**
 * CreateChangeSet on a new stack name leaves the stack in REVIEW_IN_PROGRESS until someone
 * executes the change set: nothing runs and nothing is about to finish, so it is not busy. It holds
 * no resources; DeleteStack removes it (AWS CloudFormation User Guide, "Stack status codes").
 */
const NEVER_EXECUTED = 'REVIEW_IN_PROGRESS';
const NEEDS_HUMAN = new Set(['UPDATE_ROLLBACK_FAILED', 'DELETE_FAILED', 'ROLLBACK_FAILED', 'CREATE_FAILED', 'IMPORT_ROLLBACK_FAILED']);
/** A stack that exists but holds no resources: a failed create rolled back, or a change set never run. */
function holdsNothing(status) {
    return status === 'ROLLBACK_COMPLETE' || status === NEVER_EXECUTED;
}
function isBusy(status) {
    return BUSY.test(status) && status !== NEVER_EXECUTED;
}
function needsHuman(status) {
    return NEEDS_HUMAN.has(status);
}
/** The exact way out of each state that automation must not try to fix by itself. */
function fixFor(stack) {
    const ref = `--stack-name ${stack.stackName} --region ${stack.region}`;
    switch (stack.status) {
        case 'UPDATE_ROLLBACK_FAILED':
            return `aws cloudformation continue-update-rollback ${ref} (add --resources-to-skip <LogicalId> for resources that cannot roll back), then re-run`;
        case 'DELETE_FAILED':
            return `find the resource named in the stack events that could not be deleted, remove or retain it, then aws cloudformation delete-stack ${ref} (use --retain-resources <LogicalId> to keep it)`;
        case 'ROLLBACK_FAILED':
        case 'CREATE_FAILED':
            return `aws cloudformation delete-stack ${ref}, then re-run the apply`;
        case 'ROLLBACK_COMPLETE':
            return 'apply deletes the stack left by the failed create and creates it again';
        case NEVER_EXECUTED:
            return `apply deletes the empty stack and creates it; or remove it yourself: aws cloudformation delete-stack ${ref}`;
        default:
            return undefined;
    }
}


/***/ }),

/***/ 4930:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 2829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ specHash),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Canonical JSON (sorted keys, no undefined) makes the same spec serialise to the same bytes,
// so the hash recorded on a stack can be compared with the manifest's without field-by-field work.

function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
function specHash(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // \u2192 key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '\u2026' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '\u2026';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '\u2026\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` \u2013 Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` \u2013 Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` \u2013 Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` \u2013 The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./node_modules/valibot/dist/index.mjs
//#region src/storages/globalConfig/globalConfig.ts
let store$4;
const DEFAULT_CONFIG = {
	lang: void 0,
	message: void 0,
	abortEarly: void 0,
	abortPipeEarly: void 0
};
/**
* Sets the global configuration.
*
* @param config The configuration.
*/
function setGlobalConfig(config$1) {
	store$4 = {
		...store$4,
		...config$1
	};
}
/**
* Returns the global configuration.
*
* @param config The config to merge.
*
* @returns The configuration.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalConfig(config$1) {
	if (!config$1 && !store$4) return DEFAULT_CONFIG;
	return {
		lang: config$1?.lang ?? store$4?.lang,
		message: config$1?.message,
		abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
		abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
	};
}
/**
* Deletes the global configuration.
*/
function deleteGlobalConfig() {
	store$4 = void 0;
}

//#endregion
//#region src/storages/globalMessage/globalMessage.ts
let store$3;
/**
* Sets a global error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setGlobalMessage(message$1, lang) {
	if (!store$3) store$3 = /* @__PURE__ */ new Map();
	store$3.set(lang, message$1);
}
/**
* Returns a global error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalMessage(lang) {
	return store$3?.get(lang);
}
/**
* Deletes a global error message.
*
* @param lang The language of the message.
*/
function deleteGlobalMessage(lang) {
	store$3?.delete(lang);
}

//#endregion
//#region src/storages/schemaMessage/schemaMessage.ts
let store$2;
/**
* Sets a schema error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setSchemaMessage(message$1, lang) {
	if (!store$2) store$2 = /* @__PURE__ */ new Map();
	store$2.set(lang, message$1);
}
/**
* Returns a schema error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSchemaMessage(lang) {
	return store$2?.get(lang);
}
/**
* Deletes a schema error message.
*
* @param lang The language of the message.
*/
function deleteSchemaMessage(lang) {
	store$2?.delete(lang);
}

//#endregion
//#region src/storages/specificMessage/specificMessage.ts
let store$1;
/**
* Sets a specific error message.
*
* @param reference The identifier reference.
* @param message The error message.
* @param lang The language of the message.
*/
function setSpecificMessage(reference, message$1, lang) {
	if (!store$1) store$1 = /* @__PURE__ */ new Map();
	if (!store$1.get(reference)) store$1.set(reference, /* @__PURE__ */ new Map());
	store$1.get(reference).set(lang, message$1);
}
/**
* Returns a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSpecificMessage(reference, lang) {
	return store$1?.get(reference)?.get(lang);
}
/**
* Deletes a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*/
function deleteSpecificMessage(reference, lang) {
	store$1?.get(reference)?.delete(lang);
}

//#endregion
//#region src/utils/_stringify/_stringify.ts
/**
* Stringifies an unknown input to a literal or type string.
*
* @param input The unknown input.
*
* @returns A literal or type string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _stringify(input) {
	const type = typeof input;
	if (type === "string") return `"${input}"`;
	if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
	if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
	return type;
}

//#endregion
//#region src/utils/_addIssue/_addIssue.ts
/**
* Adds an issue to the dataset.
*
* @param context The issue context.
* @param label The issue label.
* @param dataset The input dataset.
* @param config The configuration.
* @param other The optional props.
*
* @internal
*/
function _addIssue(context, label, dataset, config$1, other) {
	const input = other && "input" in other ? other.input : dataset.value;
	const expected = other?.expected ?? context.expects ?? null;
	const received = other?.received ?? /* @__PURE__ */ _stringify(input);
	const issue = {
		kind: context.kind,
		type: context.type,
		input,
		expected,
		received,
		message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
		requirement: context.requirement,
		path: other?.path,
		issues: other?.issues,
		lang: config$1.lang,
		abortEarly: config$1.abortEarly,
		abortPipeEarly: config$1.abortPipeEarly
	};
	const isSchema = context.kind === "schema";
	const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
	if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
	if (isSchema) dataset.typed = false;
	if (dataset.issues) dataset.issues.push(issue);
	else dataset.issues = [issue];
}

//#endregion
//#region src/utils/_cloneDataset/_cloneDataset.ts
/**
* Creates a shallow copy of a dataset.
*
* Hint: The `value` is copied by reference, but the `issues` array, its issues
* and their `path` arrays are cloned to avoid reusing mutable dataset state
* across multiple runs. Mutating a returned object or array value can
* therefore affect later cache hits that reuse the same cached output.
*
* @param dataset The output dataset.
*
* @returns The copied output dataset.
*/
/* @__NO_SIDE_EFFECTS__ */
function _cloneDataset(dataset) {
	return {
		typed: dataset.typed,
		value: dataset.value,
		issues: dataset.issues?.map((issue) => ({
			...issue,
			path: issue.path && [...issue.path]
		}))
	};
}

//#endregion
//#region src/utils/_formatCase/_formatCase.ts
/**
* Splits a string into lowercase words and rejoins them with the given
* separator and capitalization rules.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries. Whether the first or subsequent words are
* capitalized is controlled by `capFirst` and `capRest`.
*
* Hint: Implemented in a single pass that emits directly to the result
* string to avoid an intermediate `string[]` allocation. ASCII chars are
* classified via char codes to skip `.toLowerCase()` and `.toUpperCase()`
* method calls in the common case.
*
* Hint: Digits are treated as a separate character class, so `item2Name`
* yields `item2` and `name` rather than `item`, `2` and `name`.
*
* @param input The input string.
* @param separator The string inserted between words.
* @param capFirst Whether to capitalize the first word.
* @param capRest Whether to capitalize subsequent words.
*
* @returns The formatted string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _formatCase(input, separator, capFirst, capRest) {
	let result = "";
	let firstWord = true;
	let start = 0;
	let prev = 0;
	let prevPrev = 0;
	const flush = (end) => {
		if (end > start) {
			let word = input.slice(start, end).toLowerCase();
			if (firstWord ? capFirst : capRest) {
				const firstCode = word.charCodeAt(0);
				if (firstCode >= 97 && firstCode <= 122) word = String.fromCharCode(firstCode - 32) + word.slice(1);
				else {
					const charLen = firstCode >= 55296 && firstCode <= 56319 ? 2 : 1;
					word = word.slice(0, charLen).toUpperCase() + word.slice(charLen);
				}
			}
			result += firstWord ? word : separator + word;
			firstWord = false;
		}
	};
	for (let index = 0; index < input.length; index++) {
		const code = input.charCodeAt(index);
		let type;
		if (code === 32 || code === 9 || code === 10 || code === 11 || code === 12 || code === 13 || code === 45 || code === 95) {
			flush(index);
			start = index + 1;
			type = 0;
		} else if (code < 128) type = code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? 2 : 3;
		else {
			const char = input[index];
			const charLower = char.toLowerCase();
			type = charLower === char.toUpperCase() ? 3 : char === charLower ? 2 : 1;
		}
		if (type === 1 && (prev === 2 || prev === 3) && index > start) {
			flush(index);
			start = index;
		} else if (type === 2 && prev === 1 && prevPrev === 1 && index - 1 > start) {
			flush(index - 1);
			start = index - 1;
		}
		prevPrev = prev;
		prev = type;
	}
	flush(input.length);
	return result;
}

//#endregion
//#region src/utils/_getByteCount/_getByteCount.ts
let textEncoder;
/**
* Returns the byte count of the input.
*
* @param input The input to be measured.
*
* @returns The byte count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getByteCount(input) {
	if (!textEncoder) textEncoder = new TextEncoder();
	return textEncoder.encode(input).length;
}

//#endregion
//#region src/utils/_getCodePointCount/_getCodePointCount.ts
/**
* Returns the code point count of the input.
*
* @param input The input to be measured.
*
* @returns The code point count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getCodePointCount(input) {
	let count = input.length;
	const lengthMinus1 = input.length - 1;
	for (let i = 0; i < lengthMinus1;) if (input.codePointAt(i) <= 65535) i++;
	else {
		i += 2;
		count--;
	}
	return count;
}

//#endregion
//#region src/utils/_getGraphemeCount/_getGraphemeCount.ts
let segmenter;
/**
* Returns the grapheme count of the input.
*
* @param input The input to be measured.
*
* @returns The grapheme count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getGraphemeCount(input) {
	if (!segmenter) segmenter = new Intl.Segmenter();
	const segments = segmenter.segment(input);
	let count = 0;
	for (const _ of segments) count++;
	return count;
}

//#endregion
//#region src/utils/_getLastMetadata/_getLastMetadata.ts
/**
* Returns the last top-level value of a given metadata type from a schema
* using a breadth-first search that starts with the last item in the pipeline.
*
* @param schema The schema to search.
* @param type The metadata type.
*
* @returns The value, if any.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getLastMetadata(schema, type) {
	if ("pipe" in schema) {
		const nestedSchemas = [];
		for (let index = schema.pipe.length - 1; index >= 0; index--) {
			const item = schema.pipe[index];
			if (item.kind === "schema" && "pipe" in item) nestedSchemas.push(item);
			else if (item.kind === "metadata" && item.type === type) return item[type];
		}
		for (const nestedSchema of nestedSchemas) {
			const result = /* @__PURE__ */ _getLastMetadata(nestedSchema, type);
			if (result !== void 0) return result;
		}
	}
}

//#endregion
//#region src/utils/_getWordCount/_getWordCount.ts
let store;
/**
* Returns the word count of the input.
*
* @param locales The locales to be used.
* @param input The input to be measured.
*
* @returns The word count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getWordCount(locales, input) {
	if (!store) store = /* @__PURE__ */ new Map();
	const key = String(locales);
	let segmenter$1 = store.get(key);
	if (!segmenter$1) {
		segmenter$1 = new Intl.Segmenter(locales, { granularity: "word" });
		store.set(key, segmenter$1);
	}
	const segments = segmenter$1.segment(input);
	let count = 0;
	for (const segment of segments) if (segment.isWordLike) count++;
	return count;
}

//#endregion
//#region src/utils/_isLuhnAlgo/_isLuhnAlgo.ts
/**
* Non-digit regex.
*/
const NON_DIGIT_REGEX = /\D/gu;
/**
* Checks whether a string with numbers corresponds to the luhn algorithm.
*
* @param input The input to be checked.
*
* @returns Whether input is valid.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isLuhnAlgo(input) {
	const number$1 = input.replace(NON_DIGIT_REGEX, "");
	let length$1 = number$1.length;
	let bit = 1;
	let sum = 0;
	while (length$1) {
		const value$1 = +number$1[--length$1];
		bit ^= 1;
		sum += bit ? [
			0,
			2,
			4,
			6,
			8,
			1,
			3,
			5,
			7,
			9
		][value$1] : value$1;
	}
	return sum % 10 === 0;
}

//#endregion
//#region src/utils/_isSameValueZero/_isSameValueZero.ts
/**
* Compares two values using the SameValueZero algorithm, which treats `NaN`
* as equal to itself unlike `===`.
*
* @param value1 The first value.
* @param value2 The second value.
*
* @returns Whether the values are equal.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isSameValueZero(value1, value2) {
	return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}

//#endregion
//#region src/utils/_isValidObjectKey/_isValidObjectKey.ts
/**
* Disallows inherited object properties and prevents object prototype
* pollution by disallowing certain keys.
*
* @param object The object to check.
* @param key The key to check.
*
* @returns Whether the key is allowed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValidObjectKey(object$1, key) {
	return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}

//#endregion
//#region src/utils/_isValueMatch/_isValueMatch.ts
/**
* Checks whether a value matches a value action requirement.
*
* @param requirement The value action requirement.
* @param value The value to check.
*
* @returns Whether the value matches the requirement.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValueMatch(requirement, value$1) {
	return Number.isNaN(requirement) && Number.isNaN(value$1) || requirement <= value$1 && requirement >= value$1;
}

//#endregion
//#region src/utils/_joinExpects/_joinExpects.ts
/**
* Joins multiple `expects` values with the given separator.
*
* @param values The `expects` values.
* @param separator The separator.
*
* @returns The joined `expects` property.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _joinExpects(values$1, separator) {
	const list = [...new Set(values$1)];
	if (list.length > 1) return `(${list.join(` ${separator} `)})`;
	return list[0] ?? "never";
}

//#endregion
//#region src/utils/_standardSchema/_standardSchema.ts
/**
* Eagerly creates and attaches the Standard Schema properties of a schema.
*
* Hint: The contextual `this` type includes the standard properties that are
* attached before the schema is returned.
*
* @param schema The schema to attach standard properties to.
*
* @returns The schema with standard properties attached.
*
* @internal
*/
function _standardSchema(schema) {
	schema["~standard"] = {
		version: 1,
		vendor: "valibot",
		validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
	};
	return schema;
}

//#endregion
//#region src/utils/entriesFromList/entriesFromList.ts
/**
* Creates an object entries definition from a list of keys and a schema.
*
* @param list A list of keys.
* @param schema The schema of the keys.
*
* @returns The object entries.
*/
/* @__NO_SIDE_EFFECTS__ */
function entriesFromList(list, schema) {
	const entries$1 = {};
	for (const key of list) entries$1[key] = schema;
	return entries$1;
}

//#endregion
//#region src/utils/entriesFromObjects/entriesFromObjects.ts
/* @__NO_SIDE_EFFECTS__ */
function entriesFromObjects(schemas) {
	const entries$1 = {};
	for (const schema of schemas) Object.assign(entries$1, schema.entries);
	return entries$1;
}

//#endregion
//#region src/utils/getDotPath/getDotPath.ts
/* @__NO_SIDE_EFFECTS__ */
function getDotPath(issue) {
	if (issue.path) {
		let key = "";
		for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
		else key += item.key;
		else return null;
		return key;
	}
	return null;
}

//#endregion
//#region src/utils/isOfKind/isOfKind.ts
/**
* A generic type guard to check the kind of an object.
*
* @param kind The kind to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfKind(kind, object$1) {
	return object$1.kind === kind;
}

//#endregion
//#region src/utils/isOfType/isOfType.ts
/**
* A generic type guard to check the type of an object.
*
* @param type The type to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfType(type, object$1) {
	return object$1.type === type;
}

//#endregion
//#region src/utils/ValiError/ValiError.ts
/**
* A Valibot error with useful information.
*/
var ValiError = class extends Error {
	/**
	* Creates a Valibot error with useful information.
	*
	* @param issues The error issues.
	*/
	constructor(issues) {
		super(issues[0].message);
		this.name = "ValiError";
		this.issues = issues;
	}
};

//#endregion
//#region src/utils/isValiError/isValiError.ts
/**
* A type guard to check if an error is a ValiError.
*
* @param error The error to check.
*
* @returns Whether its a ValiError.
*/
/* @__NO_SIDE_EFFECTS__ */
function isValiError(error) {
	return error instanceof ValiError;
}

//#endregion
//#region src/actions/args/args.ts
/* @__NO_SIDE_EFFECTS__ */
function args(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: args,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const argsDataset = this.schema["~run"]({ value: args_ }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/args/argsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function argsAsync(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: argsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args$1) => {
				const argsDataset = await schema["~run"]({ value: args$1 }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/await/awaitAsync.ts
/**
* Creates an await transformation action.
*
* @returns An await action.
*/
/* @__NO_SIDE_EFFECTS__ */
function awaitAsync() {
	return {
		kind: "transformation",
		type: "await",
		reference: awaitAsync,
		async: true,
		async "~run"(dataset) {
			dataset.value = await dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/regex.ts
/**
* [Base64](https://en.wikipedia.org/wiki/Base64) regex.
*/
const BASE64_REGEX = /^(?:[\da-z+/]{4})*(?:[\da-z+/]{2}==|[\da-z+/]{3}=)?$/iu;
/**
* [BIC](https://en.wikipedia.org/wiki/ISO_9362) regex.
*/
const BIC_REGEX = /^[A-Z]{6}(?!00)[\dA-Z]{2}(?:[\dA-Z]{3})?$/u;
/**
* [Cuid2](https://github.com/paralleldrive/cuid2) regex.
*/
const CUID2_REGEX = /^[a-z][\da-z]*$/u;
/**
* [Decimal](https://en.wikipedia.org/wiki/Decimal) regex.
*/
const DECIMAL_REGEX = /^[+-]?(?:\d*\.)?\d+$/u;
/**
* [Digits](https://en.wikipedia.org/wiki/Numerical_digit) regex.
*/
const DIGITS_REGEX = /^\d+$/u;
/**
* [Domain name](https://en.wikipedia.org/wiki/Domain_name) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* ASCII-only validation. Internationalized domain names (IDNs) are not
* supported, including Punycode-encoded labels.
*/
const DOMAIN_REGEX = /^(?=.{1,253}$)(?:(?![Xx][Nn]--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/u;
/**
* [Email address](https://en.wikipedia.org/wiki/Email_address) regex.
*
* Hint: We decided against the `i` flag to avoid matching non-ASCII characters.
*/
const EMAIL_REGEX = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
/**
* Emoji regex from [emoji-regex-xs](https://github.com/slevithan/emoji-regex-xs) v1.0.0 (MIT license).
*
* Hint: We decided against the newer `/^\p{RGI_Emoji}+$/v` regex because it is
* not supported in older runtimes and does not match all emoji.
*/
const EMOJI_REGEX = /^(?:[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}|(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation})(?:\u200D(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation}))*)+$/u;
/**
* [Hexadecimal](https://en.wikipedia.org/wiki/Hexadecimal) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEXADECIMAL_REGEX = /^(?:0[hx])?[\da-fA-F]+$/u;
/**
* [Hex color](https://en.wikipedia.org/wiki/Web_colors#Hex_triplet) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEX_COLOR_REGEX = /^#(?:[\da-fA-F]{3,4}|[\da-fA-F]{6}|[\da-fA-F]{8})$/u;
/**
* [IMEI](https://en.wikipedia.org/wiki/International_Mobile_Equipment_Identity) regex.
*/
const IMEI_REGEX = /^\d{15}$|^\d{2}-\d{6}-\d{6}-\d$/u;
/**
* [IPv4](https://en.wikipedia.org/wiki/IPv4) regex.
*/
const IPV4_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$/u;
/**
* [IPv6](https://en.wikipedia.org/wiki/IPv6) regex.
*/
const IPV6_REGEX = /^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [IP](https://en.wikipedia.org/wiki/IP_address) regex.
*/
const IP_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$|^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date regex.
*/
const ISO_DATE_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time regex.
*/
const ISO_DATE_TIME_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time with seconds regex.
*/
const ISO_DATE_TIME_SECOND_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time regex.
*/
const ISO_TIME_REGEX = /^(?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time with seconds regex.
*/
const ISO_TIME_SECOND_REGEX = /^(?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp regex. Allows a
* space as a date/time separator and an optional space before the UTC offset.
*/
const ISO_TIMESTAMP_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) week regex.
*/
const ISO_WEEK_REGEX = /^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/u;
/**
* [JWS compact serialization](https://datatracker.ietf.org/doc/html/rfc7515#section-3.1)
* regex.
*
* Hint: Empty payload and signature segments are allowed because the
* Base64URL-encoded representation of an empty octet sequence is an empty
* string.
*/
const JWS_COMPACT_REGEX = /^(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?$/u;
/**
* [ISRC](https://en.wikipedia.org/wiki/International_Standard_Recording_Code) regex.
*/
const ISRC_REGEX = /^(?:[A-Z]{2}[A-Z\d]{3}\d{7}|[A-Z]{2}-[A-Z\d]{3}-\d{2}-\d{5})$/u;
/**
* [KSUID](https://github.com/segmentio/ksuid) regex.
*/
const KSUID_REGEX = /^[a-zA-Z0-9]{27}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 48 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC48_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 64 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC64_REGEX = /^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$|^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [Nano ID](https://github.com/ai/nanoid) regex.
*/
const NANO_ID_REGEX = /^[\w-]+$/u;
/**
* [Octal](https://en.wikipedia.org/wiki/Octal) regex.
*/
const OCTAL_REGEX = /^(?:0o)?[0-7]+$/u;
/**
* [RFC 5322 email address](https://datatracker.ietf.org/doc/html/rfc5322#section-3.4.1) regex.
*
* Hint: This regex was taken from the [HTML Living Standard Specification](https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address) and does not perfectly represent RFC 5322.
*/
const RFC_EMAIL_REGEX = /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/**
* [Slug](https://en.wikipedia.org/wiki/Clean_URL#Slug) regex.
*/
const SLUG_REGEX = /^[\da-z]+(?:[-_][\da-z]+)*$/u;
/**
* [ULID](https://github.com/ulid/spec) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* Hint: The first character is restricted to `[0-7]` because the 48-bit
* timestamp cannot exceed 2^48-1, making the maximum valid ULID
* `7ZZZZZZZZZZZZZZZZZZZZZZZZZ` in Crockford's Base32 encoding.
*/
const ULID_REGEX = /^[0-7][\da-hjkmnp-tv-zA-HJKMNP-TV-Z]{25}$/u;
/**
* [UUID](https://en.wikipedia.org/wiki/Universally_unique_identifier) regex.
*/
const UUID_REGEX = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;

//#endregion
//#region src/actions/base64/base64.ts
/* @__NO_SIDE_EFFECTS__ */
function base64(message$1) {
	return {
		kind: "validation",
		type: "base64",
		reference: base64,
		async: false,
		expects: null,
		requirement: BASE64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Base64", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bic/bic.ts
/* @__NO_SIDE_EFFECTS__ */
function bic(message$1) {
	return {
		kind: "validation",
		type: "bic",
		reference: bic,
		async: false,
		expects: null,
		requirement: BIC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "BIC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/brand/brand.ts
/**
* Creates a brand transformation action.
*
* @param name The brand name.
*
* @returns A brand action.
*/
/* @__NO_SIDE_EFFECTS__ */
function brand(name) {
	return {
		kind: "transformation",
		type: "brand",
		reference: brand,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bytes/bytes.ts
/* @__NO_SIDE_EFFECTS__ */
function bytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "bytes",
		reference: bytes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 !== this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/check.ts
/* @__NO_SIDE_EFFECTS__ */
function check(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: check,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/checkAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: checkAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItems.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItems(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItems,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) for (let index = 0; index < dataset.value.length; index++) {
				const item = dataset.value[index];
				if (!this.requirement(item, index, dataset.value)) _addIssue(this, "item", dataset, config$1, {
					input: item,
					path: [{
						type: "array",
						origin: "value",
						input: dataset.value,
						key: index,
						value: item
					}]
				});
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItemsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItemsAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItemsAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed) {
				const requirementResults = await Promise.all(dataset.value.map(this.requirement));
				for (let index = 0; index < dataset.value.length; index++) if (!requirementResults[index]) {
					const item = dataset.value[index];
					_addIssue(this, "item", dataset, config$1, {
						input: item,
						path: [{
							type: "array",
							origin: "value",
							input: dataset.value,
							key: index,
							value: item
						}]
					});
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/codePoints/codePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function codePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "code_points",
		reference: codePoints,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/creditCard/creditCard.ts
/**
* Credit card regex.
*/
const CREDIT_CARD_REGEX = /^(?:\d{13,19}|\d{4}(?: \d{3,6}){2,4}|\d{4}(?:-\d{3,6}){2,4})$/u;
/**
* Sanitize regex.
*/
const SANITIZE_REGEX = /[- ]/gu;
/**
* Provider regex list.
*/
const PROVIDER_REGEX_LIST = (/* unused pure expression or super */ null && ([
	/^3[47]\d{13}$/u,
	/^3(?:0[0-5]|[68]\d)\d{11,13}$/u,
	/^6(?:011|5\d{2})\d{12,15}$/u,
	/^(?:2131|1800|35\d{3})\d{11}$/u,
	/^(?:5[1-5]\d{2}|222\d|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}$/u,
	/^(?:6[27]\d{14,17}|81\d{14,17})$/u,
	/^4\d{12}(?:\d{3,6})?$/u
]));
/* @__NO_SIDE_EFFECTS__ */
function creditCard(message$1) {
	return {
		kind: "validation",
		type: "credit_card",
		reference: creditCard,
		async: false,
		expects: null,
		requirement(input) {
			let sanitized;
			return CREDIT_CARD_REGEX.test(input) && (sanitized = input.replace(SANITIZE_REGEX, "")) && PROVIDER_REGEX_LIST.some((regex$1) => regex$1.test(sanitized)) && /* @__PURE__ */ _isLuhnAlgo(sanitized);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "credit card", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/cuid2/cuid2.ts
/* @__NO_SIDE_EFFECTS__ */
function cuid2(message$1) {
	return {
		kind: "validation",
		type: "cuid2",
		reference: cuid2,
		async: false,
		expects: null,
		requirement: CUID2_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Cuid2", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/decimal/decimal.ts
/* @__NO_SIDE_EFFECTS__ */
function decimal(message$1) {
	return {
		kind: "validation",
		type: "decimal",
		reference: decimal,
		async: false,
		expects: null,
		requirement: DECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "decimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/description/description.ts
/**
* Creates a description metadata action.
*
* @param description_ The description text.
*
* @returns A description action.
*/
/* @__NO_SIDE_EFFECTS__ */
function description(description_) {
	return {
		kind: "metadata",
		type: "description",
		reference: description,
		description: description_
	};
}

//#endregion
//#region src/actions/digits/digits.ts
/* @__NO_SIDE_EFFECTS__ */
function digits(message$1) {
	return {
		kind: "validation",
		type: "digits",
		reference: digits,
		async: false,
		expects: null,
		requirement: DIGITS_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "digits", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/domain/domain.ts
/* @__NO_SIDE_EFFECTS__ */
function domain(message$1) {
	return {
		kind: "validation",
		type: "domain",
		reference: domain,
		expects: null,
		async: false,
		requirement: DOMAIN_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "domain", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/email/email.ts
/* @__NO_SIDE_EFFECTS__ */
function email(message$1) {
	return {
		kind: "validation",
		type: "email",
		reference: email,
		expects: null,
		async: false,
		requirement: EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/emoji/emoji.ts
/* @__NO_SIDE_EFFECTS__ */
function emoji(message$1) {
	return {
		kind: "validation",
		type: "emoji",
		reference: emoji,
		async: false,
		expects: null,
		requirement: EMOJI_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "emoji", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/empty/empty.ts
/* @__NO_SIDE_EFFECTS__ */
function empty(message$1) {
	return {
		kind: "validation",
		type: "empty",
		reference: empty,
		async: false,
		expects: "0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > 0) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/endsWith/endsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function endsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "ends_with",
		reference: endsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.endsWith(this.requirement)) _addIssue(this, "end", dataset, config$1, { received: `"${dataset.value.slice(-this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/entries/entries.ts
/* @__NO_SIDE_EFFECTS__ */
function entries(requirement, message$1) {
	return {
		kind: "validation",
		type: "entries",
		reference: entries,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count !== this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/everyItem/everyItem.ts
/* @__NO_SIDE_EFFECTS__ */
function everyItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "every_item",
		reference: everyItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.every(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/examples/examples.ts
/**
* Creates an examples metadata action.
*
* @param examples_ The examples.
*
* @returns An examples action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function examples(examples_) {
	return {
		kind: "metadata",
		type: "examples",
		reference: examples,
		examples: examples_
	};
}

//#endregion
//#region src/actions/excludes/excludes.ts
/* @__NO_SIDE_EFFECTS__ */
function excludes(requirement, message$1) {
	const received = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "excludes",
		reference: excludes,
		async: false,
		expects: `!${received}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/filterItems/filterItems.ts
/* @__NO_SIDE_EFFECTS__ */
function filterItems(operation) {
	return {
		kind: "transformation",
		type: "filter_items",
		reference: filterItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.filter(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/findItem/findItem.ts
/* @__NO_SIDE_EFFECTS__ */
function findItem(operation) {
	return {
		kind: "transformation",
		type: "find_item",
		reference: findItem,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.find(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/finite/finite.ts
/* @__NO_SIDE_EFFECTS__ */
function finite(message$1) {
	return {
		kind: "validation",
		type: "finite",
		reference: finite,
		async: false,
		expects: null,
		requirement: Number.isFinite,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "finite", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/flavor/flavor.ts
/**
* Creates a flavor transformation action.
*
* @param name The flavor name.
*
* @returns A flavor action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function flavor(name) {
	return {
		kind: "transformation",
		type: "flavor",
		reference: flavor,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/graphemes/graphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function graphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "graphemes",
		reference: graphemes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/gtValue/gtValue.ts
/* @__NO_SIDE_EFFECTS__ */
function gtValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "gt_value",
		reference: gtValue,
		async: false,
		expects: `>${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value > this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/guard/guard.ts
/* @__NO_SIDE_EFFECTS__ */
function guard(requirement, message$1) {
	return {
		kind: "transformation",
		type: "guard",
		reference: guard,
		async: false,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) {
				_addIssue(this, "input", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hash/hash.ts
/**
* Hash lengths object.
*/
const HASH_LENGTHS = {
	md4: 32,
	md5: 32,
	sha1: 40,
	sha256: 64,
	sha384: 96,
	sha512: 128,
	ripemd128: 32,
	ripemd160: 40,
	tiger128: 32,
	tiger160: 40,
	tiger192: 48,
	crc32: 8,
	crc32b: 8,
	adler32: 8
};
/* @__NO_SIDE_EFFECTS__ */
function hash(types, message$1) {
	return {
		kind: "validation",
		type: "hash",
		reference: hash,
		expects: null,
		async: false,
		requirement: RegExp(types.map((type) => `^[a-fA-F0-9]{${HASH_LENGTHS[type]}}$`).join("|"), "u"),
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hash", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexadecimal/hexadecimal.ts
/* @__NO_SIDE_EFFECTS__ */
function hexadecimal(message$1) {
	return {
		kind: "validation",
		type: "hexadecimal",
		reference: hexadecimal,
		async: false,
		expects: null,
		requirement: HEXADECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hexadecimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexColor/hexColor.ts
/* @__NO_SIDE_EFFECTS__ */
function hexColor(message$1) {
	return {
		kind: "validation",
		type: "hex_color",
		reference: hexColor,
		async: false,
		expects: null,
		requirement: HEX_COLOR_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hex color", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/imei/imei.ts
/* @__NO_SIDE_EFFECTS__ */
function imei(message$1) {
	return {
		kind: "validation",
		type: "imei",
		reference: imei,
		async: false,
		expects: null,
		requirement(input) {
			return IMEI_REGEX.test(input) && /* @__PURE__ */ _isLuhnAlgo(input);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "IMEI", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/includes/includes.ts
/* @__NO_SIDE_EFFECTS__ */
function includes(requirement, message$1) {
	const expects = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "includes",
		reference: includes,
		async: false,
		expects,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received: `!${expects}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/integer/integer.ts
/* @__NO_SIDE_EFFECTS__ */
function integer(message$1) {
	return {
		kind: "validation",
		type: "integer",
		reference: integer,
		async: false,
		expects: null,
		requirement: Number.isInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ip/ip.ts
/* @__NO_SIDE_EFFECTS__ */
function ip(message$1) {
	return {
		kind: "validation",
		type: "ip",
		reference: ip,
		async: false,
		expects: null,
		requirement: IP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IP", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv4/ipv4.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv4(message$1) {
	return {
		kind: "validation",
		type: "ipv4",
		reference: ipv4,
		async: false,
		expects: null,
		requirement: IPV4_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv4", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv6/ipv6.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv6(message$1) {
	return {
		kind: "validation",
		type: "ipv6",
		reference: ipv6,
		async: false,
		expects: null,
		requirement: IPV6_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv6", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn10.ts
/**
* [Validates an ISBN-10](https://en.wikipedia.org/wiki/ISBN#ISBN-10_check_digits).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-10, `false` otherwise.
*
* @internal
*/
function _isIsbn10(input) {
	const digits$1 = input.split("").map((c) => c === "X" ? 10 : parseInt(c));
	let sum = 0;
	for (let i = 0; i < 10; i++) sum += digits$1[i] * (10 - i);
	return sum % 11 === 0;
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn13.ts
/**
* [Validates an ISBN-13](https://en.wikipedia.org/wiki/ISBN#ISBN-13_check_digit_calculation).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-13, `false` otherwise.
*
* @internal
*/
function _isIsbn13(input) {
	const digits$1 = input.split("").map((c) => parseInt(c));
	let sum = 0;
	for (let i = 0; i < 13; i++) sum += digits$1[i] * (i % 2 === 0 ? 1 : 3);
	return sum % 10 === 0;
}

//#endregion
//#region src/actions/isbn/isbn.ts
/**
* ISBN separator regex.
*/
const ISBN_SEPARATOR_REGEX = /[- ]/gu;
/**
* ISBN-10 detection regex.
*/
const ISBN_10_DETECTION_REGEX = /^\d{9}[\dX]$/u;
/**
* ISBN-13 detection regex.
*/
const ISBN_13_DETECTION_REGEX = /^\d{13}$/u;
/* @__NO_SIDE_EFFECTS__ */
function isbn(message$1) {
	return {
		kind: "validation",
		type: "isbn",
		reference: isbn,
		async: false,
		expects: null,
		requirement(input) {
			const replacedInput = input.replace(ISBN_SEPARATOR_REGEX, "");
			if (ISBN_10_DETECTION_REGEX.test(replacedInput)) return _isIsbn10(replacedInput);
			else if (ISBN_13_DETECTION_REGEX.test(replacedInput)) return _isIsbn13(replacedInput);
			return false;
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "ISBN", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isrc/isrc.ts
/* @__NO_SIDE_EFFECTS__ */
function isrc(message$1) {
	return {
		kind: "validation",
		type: "isrc",
		reference: isrc,
		async: false,
		expects: null,
		requirement: ISRC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ISRC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDate/isoDate.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDate(message$1) {
	return {
		kind: "validation",
		type: "iso_date",
		reference: isoDate,
		async: false,
		expects: null,
		requirement: ISO_DATE_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTime/isoDateTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTime(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time",
		reference: isoDateTime,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTimeSecond/isoDateTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time_second",
		reference: isoDateTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTime/isoTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTime(message$1) {
	return {
		kind: "validation",
		type: "iso_time",
		reference: isoTime,
		async: false,
		expects: null,
		requirement: ISO_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimeSecond/isoTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_time_second",
		reference: isoTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimestamp/isoTimestamp.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimestamp(message$1) {
	return {
		kind: "validation",
		type: "iso_timestamp",
		reference: isoTimestamp,
		async: false,
		expects: null,
		requirement: ISO_TIMESTAMP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoWeek/isoWeek.ts
/* @__NO_SIDE_EFFECTS__ */
function isoWeek(message$1) {
	return {
		kind: "validation",
		type: "iso_week",
		reference: isoWeek,
		async: false,
		expects: null,
		requirement: ISO_WEEK_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "week", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/jwsCompact/jwsCompact.ts
/* @__NO_SIDE_EFFECTS__ */
function jwsCompact(message$1) {
	return {
		kind: "validation",
		type: "jws_compact",
		reference: jwsCompact,
		async: false,
		expects: null,
		requirement: JWS_COMPACT_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "JWS compact", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ksuid/ksuid.ts
/* @__NO_SIDE_EFFECTS__ */
function ksuid(message$1) {
	return {
		kind: "validation",
		type: "ksuid",
		reference: ksuid,
		async: false,
		expects: null,
		requirement: KSUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "KSUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/length/length.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_length(requirement, message$1) {
	return {
		kind: "validation",
		type: "length",
		reference: dist_length,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length !== this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ltValue/ltValue.ts
/* @__NO_SIDE_EFFECTS__ */
function ltValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "lt_value",
		reference: ltValue,
		async: false,
		expects: `<${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value < this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac/mac.ts
/* @__NO_SIDE_EFFECTS__ */
function mac(message$1) {
	return {
		kind: "validation",
		type: "mac",
		reference: mac,
		async: false,
		expects: null,
		requirement: MAC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac48/mac48.ts
/* @__NO_SIDE_EFFECTS__ */
function mac48(message$1) {
	return {
		kind: "validation",
		type: "mac48",
		reference: mac48,
		async: false,
		expects: null,
		requirement: MAC48_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "48-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac64/mac64.ts
/* @__NO_SIDE_EFFECTS__ */
function mac64(message$1) {
	return {
		kind: "validation",
		type: "mac64",
		reference: mac64,
		async: false,
		expects: null,
		requirement: MAC64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "64-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mapItems/mapItems.ts
/* @__NO_SIDE_EFFECTS__ */
function mapItems(operation) {
	return {
		kind: "transformation",
		type: "map_items",
		reference: mapItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.map(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxBytes/maxBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_bytes",
		reference: maxBytes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 > this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxCodePoints/maxCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function maxCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_code_points",
		reference: maxCodePoints,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxEntries/maxEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function maxEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_entries",
		reference: maxEntries,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count > this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxGraphemes/maxGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_graphemes",
		reference: maxGraphemes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxLength/maxLength.ts
/* @__NO_SIDE_EFFECTS__ */
function maxLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_length",
		reference: maxLength,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxSize/maxSize.ts
/* @__NO_SIDE_EFFECTS__ */
function maxSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_size",
		reference: maxSize,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size > this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxValue/maxValue.ts
/* @__NO_SIDE_EFFECTS__ */
function maxValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_value",
		reference: maxValue,
		async: false,
		expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxWords/maxWords.ts
/* @__NO_SIDE_EFFECTS__ */
function maxWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "max_words",
		reference: maxWords,
		async: false,
		expects: `<=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count > this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/metadata/metadata.ts
/**
* Creates a custom metadata action.
*
* @param metadata_ The metadata object.
*
* @returns A metadata action.
*/
/* @__NO_SIDE_EFFECTS__ */
function metadata(metadata_) {
	return {
		kind: "metadata",
		type: "metadata",
		reference: metadata,
		metadata: metadata_
	};
}

//#endregion
//#region src/actions/mimeType/mimeType.ts
/* @__NO_SIDE_EFFECTS__ */
function mimeType(requirement, message$1) {
	return {
		kind: "validation",
		type: "mime_type",
		reference: mimeType,
		async: false,
		expects: /* @__PURE__ */ _joinExpects(requirement.map((option) => `"${option}"`), "|"),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.includes(dataset.value.type)) _addIssue(this, "MIME type", dataset, config$1, { received: `"${dataset.value.type}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minBytes/minBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function minBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_bytes",
		reference: minBytes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 < this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minCodePoints/minCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function minCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_code_points",
		reference: minCodePoints,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minEntries/minEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function minEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_entries",
		reference: minEntries,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count < this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minGraphemes/minGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function minGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_graphemes",
		reference: minGraphemes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minLength/minLength.ts
/* @__NO_SIDE_EFFECTS__ */
function minLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_length",
		reference: minLength,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minSize/minSize.ts
/* @__NO_SIDE_EFFECTS__ */
function minSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_size",
		reference: minSize,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size < this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minValue/minValue.ts
/* @__NO_SIDE_EFFECTS__ */
function minValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_value",
		reference: minValue,
		async: false,
		expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minWords/minWords.ts
/* @__NO_SIDE_EFFECTS__ */
function minWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "min_words",
		reference: minWords,
		async: false,
		expects: `>=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count < this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/multipleOf/multipleOf.ts
/* @__NO_SIDE_EFFECTS__ */
function multipleOf(requirement, message$1) {
	return {
		kind: "validation",
		type: "multiple_of",
		reference: multipleOf,
		async: false,
		expects: `%${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value % this.requirement != 0) _addIssue(this, "multiple", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nanoid/nanoid.ts
/* @__NO_SIDE_EFFECTS__ */
function nanoid(message$1) {
	return {
		kind: "validation",
		type: "nanoid",
		reference: nanoid,
		async: false,
		expects: null,
		requirement: NANO_ID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Nano ID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nonEmpty/nonEmpty.ts
/* @__NO_SIDE_EFFECTS__ */
function nonEmpty(message$1) {
	return {
		kind: "validation",
		type: "non_empty",
		reference: nonEmpty,
		async: false,
		expects: "!0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === 0) _addIssue(this, "length", dataset, config$1, { received: "0" });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/normalize/normalize.ts
/* @__NO_SIDE_EFFECTS__ */
function normalize(form) {
	return {
		kind: "transformation",
		type: "normalize",
		reference: normalize,
		async: false,
		form,
		"~run"(dataset) {
			dataset.value = dataset.value.normalize(this.form);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notBytes/notBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function notBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_bytes",
		reference: notBytes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 === this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notCodePoints/notCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function notCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_code_points",
		reference: notCodePoints,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notEntries/notEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function notEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_entries",
		reference: notEntries,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count === this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notGraphemes/notGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function notGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_graphemes",
		reference: notGraphemes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notLength/notLength.ts
/* @__NO_SIDE_EFFECTS__ */
function notLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_length",
		reference: notLength,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notSize/notSize.ts
/* @__NO_SIDE_EFFECTS__ */
function notSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_size",
		reference: notSize,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size === this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValue/notValue.ts
/* @__NO_SIDE_EFFECTS__ */
function notValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_value",
		reference: notValue,
		async: false,
		expects: requirement instanceof Date ? `!${requirement.toJSON()}` : `!${/* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && /* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValues/notValues.ts
/* @__NO_SIDE_EFFECTS__ */
function notValues(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_values",
		reference: notValues,
		async: false,
		expects: `!${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notWords/notWords.ts
/* @__NO_SIDE_EFFECTS__ */
function notWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "not_words",
		reference: notWords,
		async: false,
		expects: `!${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count === this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/octal/octal.ts
/* @__NO_SIDE_EFFECTS__ */
function octal(message$1) {
	return {
		kind: "validation",
		type: "octal",
		reference: octal,
		async: false,
		expects: null,
		requirement: OCTAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "octal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseBoolean/parseBoolean.ts
const TRUTHY = (/* unused pure expression or super */ null && ([
	true,
	1,
	"true",
	"1",
	"yes",
	"y",
	"on",
	"enabled"
]));
const FALSY = (/* unused pure expression or super */ null && ([
	false,
	0,
	"false",
	"0",
	"no",
	"n",
	"off",
	"disabled"
]));
/* @__NO_SIDE_EFFECTS__ */
function parseBoolean(config$1, message$1) {
	const normalize$1 = (v) => typeof v === "string" ? v.toLowerCase() : v;
	const truthyRaw = config$1?.truthy ?? TRUTHY;
	const falsyRaw = config$1?.falsy ?? FALSY;
	const truthy = config$1?.truthy ? config$1.truthy.map(normalize$1) : TRUTHY;
	const falsy = config$1?.falsy ? config$1.falsy.map(normalize$1) : FALSY;
	return {
		kind: "transformation",
		type: "parse_boolean",
		reference: parseBoolean,
		expects: /* @__PURE__ */ _joinExpects([...truthyRaw, ...falsyRaw].map(_stringify), "|"),
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			const input = normalize$1(dataset.value);
			if (truthy.includes(input)) dataset.value = true;
			else if (falsy.includes(input)) dataset.value = false;
			else {
				_addIssue(this, "boolean", dataset, config$2);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseJson/parseJson.ts
/* @__NO_SIDE_EFFECTS__ */
function parseJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "parse_json",
		reference: parseJson,
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				dataset.value = JSON.parse(dataset.value, this.config?.reviver);
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/utils/_isPartiallyTyped/_isPartiallyTyped.ts
/**
* Checks if a dataset is partially typed.
*
* @param dataset The dataset to check.
* @param paths The paths to check.
*
* @returns Whether it is partially typed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isPartiallyTyped(dataset, paths) {
	if (dataset.issues) for (const path of paths) for (const issue of dataset.issues) {
		let typed = false;
		const bound = Math.min(path.length, issue.path?.length ?? 0);
		for (let index = 0; index < bound; index++) if (path[index] !== issue.path[index].key && (path[index] !== "$" || issue.path[index].type !== "array")) {
			typed = true;
			break;
		}
		if (!typed) return false;
	}
	return true;
}

//#endregion
//#region src/actions/partialCheck/partialCheck.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheck(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheck,
		async: false,
		expects: null,
		paths,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/partialCheckAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheckAsync(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheckAsync,
		async: true,
		expects: null,
		paths,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheck.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheck(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheck,
		async: false,
		expects: null,
		"~run"(dataset, config$1) {
			action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheckAsync.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheckAsync(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheckAsync,
		async: true,
		expects: null,
		async "~run"(dataset, config$1) {
			await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransform.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransform(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransform,
		async: false,
		"~run"(dataset, config$1) {
			const output = action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransformAsync.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransformAsync(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransformAsync,
		async: true,
		async "~run"(dataset, config$1) {
			const output = await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/readonly/readonly.ts
/* @__NO_SIDE_EFFECTS__ */
function readonly() {
	return {
		kind: "transformation",
		type: "readonly",
		reference: readonly,
		async: false,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/reduceItems/reduceItems.ts
/* @__NO_SIDE_EFFECTS__ */
function reduceItems(operation, initial) {
	return {
		kind: "transformation",
		type: "reduce_items",
		reference: reduceItems,
		async: false,
		operation,
		initial,
		"~run"(dataset) {
			dataset.value = dataset.value.reduce(this.operation, this.initial);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/regex/regex.ts
/* @__NO_SIDE_EFFECTS__ */
function regex(requirement, message$1) {
	return {
		kind: "validation",
		type: "regex",
		reference: regex,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returns.ts
/* @__NO_SIDE_EFFECTS__ */
function returns(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returns,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const returnsDataset = this.schema["~run"]({ value: func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returnsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function returnsAsync(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returnsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args_) => {
				const returnsDataset = await this.schema["~run"]({ value: await func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rfcEmail/rfcEmail.ts
/* @__NO_SIDE_EFFECTS__ */
function rfcEmail(message$1) {
	return {
		kind: "validation",
		type: "rfc_email",
		reference: rfcEmail,
		expects: null,
		async: false,
		requirement: RFC_EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/safeInteger/safeInteger.ts
/* @__NO_SIDE_EFFECTS__ */
function safeInteger(message$1) {
	return {
		kind: "validation",
		type: "safe_integer",
		reference: safeInteger,
		async: false,
		expects: null,
		requirement: Number.isSafeInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "safe integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/size/size.ts
/* @__NO_SIDE_EFFECTS__ */
function size(requirement, message$1) {
	return {
		kind: "validation",
		type: "size",
		reference: size,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size !== this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/slug/slug.ts
/* @__NO_SIDE_EFFECTS__ */
function slug(message$1) {
	return {
		kind: "validation",
		type: "slug",
		reference: slug,
		async: false,
		expects: null,
		requirement: SLUG_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "slug", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/someItem/someItem.ts
/* @__NO_SIDE_EFFECTS__ */
function someItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "some_item",
		reference: someItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.some(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/sortItems/sortItems.ts
/* @__NO_SIDE_EFFECTS__ */
function sortItems(operation) {
	return {
		kind: "transformation",
		type: "sort_items",
		reference: sortItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.sort(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/startsWith/startsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function startsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "starts_with",
		reference: startsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.startsWith(this.requirement)) _addIssue(this, "start", dataset, config$1, { received: `"${dataset.value.slice(0, this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/stringifyJson/stringifyJson.ts
/* @__NO_SIDE_EFFECTS__ */
function stringifyJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "stringify_json",
		reference: stringifyJson,
		message: message$1,
		config: config$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				const output = JSON.stringify(dataset.value, this.config?.replacer, this.config?.space);
				if (output === void 0) {
					_addIssue(this, "JSON", dataset, config$2);
					dataset.typed = false;
				} else dataset.value = output;
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/title/title.ts
/**
* Creates a title metadata action.
*
* @param title_ The title text.
*
* @returns A title action.
*/
/* @__NO_SIDE_EFFECTS__ */
function title(title_) {
	return {
		kind: "metadata",
		type: "title",
		reference: title,
		title: title_
	};
}

//#endregion
//#region src/actions/toBigint/toBigint.ts
/* @__NO_SIDE_EFFECTS__ */
function toBigint(message$1) {
	return {
		kind: "transformation",
		type: "to_bigint",
		reference: toBigint,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = BigInt(dataset.value);
			} catch {
				_addIssue(this, "bigint", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toBoolean/toBoolean.ts
/**
* Creates a to boolean transformation action.
*
* @returns A to boolean action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toBoolean() {
	return {
		kind: "transformation",
		type: "to_boolean",
		reference: toBoolean,
		async: false,
		"~run"(dataset) {
			dataset.value = Boolean(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toCamelCase/toCamelCase.ts
/**
* Creates a to camel case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` \u2192
* `parseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` \u2192 `item2Name`).
*
* @returns A to camel case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toCamelCase() {
	return {
		kind: "transformation",
		type: "to_camel_case",
		reference: toCamelCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", false, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toDate/toDate.ts
/* @__NO_SIDE_EFFECTS__ */
function toDate(message$1) {
	return {
		kind: "transformation",
		type: "to_date",
		reference: toDate,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = new Date(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "date", dataset, config$1, { received: "\"Invalid Date\"" });
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "date", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toKebabCase/toKebabCase.ts
/**
* Creates a to kebab case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` \u2192
* `parse-url-value`) and digits stay attached to the preceding token (e.g.
* `item2Name` \u2192 `item2-name`).
*
* @returns A to kebab case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toKebabCase() {
	return {
		kind: "transformation",
		type: "to_kebab_case",
		reference: toKebabCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "-", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toLowerCase/toLowerCase.ts
/**
* Creates a to lower case transformation action.
*
* @returns A to lower case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toLowerCase() {
	return {
		kind: "transformation",
		type: "to_lower_case",
		reference: toLowerCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toLowerCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMaxValue/toMaxValue.ts
/**
* Creates a to max value transformation action.
*
* @param requirement The maximum value.
*
* @returns A to max value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMaxValue(requirement) {
	return {
		kind: "transformation",
		type: "to_max_value",
		reference: toMaxValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value > this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMinValue/toMinValue.ts
/**
* Creates a to min value transformation action.
*
* @param requirement The minimum value.
*
* @returns A to min value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMinValue(requirement) {
	return {
		kind: "transformation",
		type: "to_min_value",
		reference: toMinValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value < this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toNumber/toNumber.ts
/* @__NO_SIDE_EFFECTS__ */
function toNumber(message$1) {
	return {
		kind: "transformation",
		type: "to_number",
		reference: toNumber,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = Number(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "number", dataset, config$1);
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "number", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toPascalCase/toPascalCase.ts
/**
* Creates a to pascal case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` \u2192
* `ParseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` \u2192 `Item2Name`).
*
* @returns A to pascal case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toPascalCase() {
	return {
		kind: "transformation",
		type: "to_pascal_case",
		reference: toPascalCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", true, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toSnakeCase/toSnakeCase.ts
/**
* Creates a to snake case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` \u2192
* `parse_url_value`) and digits stay attached to the preceding token (e.g.
* `item2Name` \u2192 `item2_name`).
*
* @returns A to snake case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toSnakeCase() {
	return {
		kind: "transformation",
		type: "to_snake_case",
		reference: toSnakeCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "_", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toString/toString.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_toString(message$1) {
	return {
		kind: "transformation",
		type: "to_string",
		reference: dist_toString,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = String(dataset.value);
			} catch {
				_addIssue(this, "string", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toUpperCase/toUpperCase.ts
/**
* Creates a to upper case transformation action.
*
* @returns A to upper case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toUpperCase() {
	return {
		kind: "transformation",
		type: "to_upper_case",
		reference: toUpperCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toUpperCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transform.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transform(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transform,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transformAsync.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transformAsync(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transformAsync,
		async: true,
		operation,
		async "~run"(dataset) {
			dataset.value = await this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trim/trim.ts
/**
* Creates a trim transformation action.
*
* @returns A trim action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trim() {
	return {
		kind: "transformation",
		type: "trim",
		reference: trim,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trim();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimEnd/trimEnd.ts
/**
* Creates a trim end transformation action.
*
* @returns A trim end action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimEnd() {
	return {
		kind: "transformation",
		type: "trim_end",
		reference: trimEnd,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimEnd();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimStart/trimStart.ts
/**
* Creates a trim start transformation action.
*
* @returns A trim start action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimStart() {
	return {
		kind: "transformation",
		type: "trim_start",
		reference: trimStart,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimStart();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ulid/ulid.ts
/* @__NO_SIDE_EFFECTS__ */
function ulid(message$1) {
	return {
		kind: "validation",
		type: "ulid",
		reference: ulid,
		async: false,
		expects: null,
		requirement: ULID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ULID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/url/url.ts
/* @__NO_SIDE_EFFECTS__ */
function url(message$1) {
	return {
		kind: "validation",
		type: "url",
		reference: url,
		async: false,
		expects: null,
		requirement(input) {
			try {
				if (URL.canParse) return URL.canParse(input);
				new URL(input);
				return true;
			} catch {
				return false;
			}
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "URL", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/uuid/uuid.ts
/* @__NO_SIDE_EFFECTS__ */
function uuid(message$1) {
	return {
		kind: "validation",
		type: "uuid",
		reference: uuid,
		async: false,
		expects: null,
		requirement: UUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "UUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/value/value.ts
/* @__NO_SIDE_EFFECTS__ */
function value(requirement, message$1) {
	return {
		kind: "validation",
		type: "value",
		reference: value,
		async: false,
		expects: requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !/* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/values/values.ts
/* @__NO_SIDE_EFFECTS__ */
function values(requirement, message$1) {
	return {
		kind: "validation",
		type: "values",
		reference: values,
		async: false,
		expects: `${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/words/words.ts
/* @__NO_SIDE_EFFECTS__ */
function words(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "words",
		reference: words,
		async: false,
		expects: `${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count !== this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/const.ts
const ABORT_EARLY_CONFIG = { abortEarly: true };

//#endregion
//#region src/methods/assert/assert.ts
/**
* Checks if the input matches the schema. As this is an assertion function, it
* can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*/
function assert(schema, input) {
	const issues = schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
	if (issues) throw new ValiError(issues);
}

//#endregion
//#region src/methods/cache/_LruCache.ts
/**
* Efficient LRU cache using Map iteration order.
*/
var _LruCache = class {
	constructor(config$1) {
		this.refCount = 0;
		this.maxSize = config$1?.maxSize ?? 1e3;
		this.maxAge = config$1?.maxAge ?? Infinity;
		this.hasMaxAge = isFinite(this.maxAge);
	}
	/**
	* Stringifies an unknown input to a cache key component.
	*
	* @param input The unknown input.
	*
	* @returns A cache key component.
	*/
	stringify(input) {
		const type = typeof input;
		if (type === "string") return `"${input}"`;
		if (type === "number" || type === "boolean") return `${input}`;
		if (type === "bigint") return `${input}n`;
		if (type === "object" || type === "function") {
			if (input) {
				this.refIds ?? (this.refIds = /* @__PURE__ */ new WeakMap());
				let id = this.refIds.get(input);
				if (!id) {
					id = ++this.refCount;
					this.refIds.set(input, id);
				}
				return `#${id}`;
			}
			return "null";
		}
		return type;
	}
	/**
	* Creates a cache key from input and config.
	*
	* @param input The input value.
	* @param config The parse configuration.
	*
	* @returns The cache key.
	*/
	key(input, config$1 = {}) {
		return `${this.stringify(input)}|${this.stringify(config$1.lang)}|${this.stringify(config$1.message)}|${this.stringify(config$1.abortEarly)}|${this.stringify(config$1.abortPipeEarly)}`;
	}
	/**
	* Gets a value from the cache by key.
	*
	* @param key The cache key.
	*
	* @returns The cached value.
	*/
	get(key) {
		if (!this.store) return void 0;
		const entry = this.store.get(key);
		if (!entry) return void 0;
		if (this.hasMaxAge && Date.now() - entry[1] > this.maxAge) {
			this.store.delete(key);
			return;
		}
		this.store.delete(key);
		this.store.set(key, entry);
		return entry[0];
	}
	/**
	* Sets a value in the cache by key.
	*
	* @param key The cache key.
	* @param value The cached value.
	*/
	set(key, value$1) {
		this.store ?? (this.store = /* @__PURE__ */ new Map());
		this.store.delete(key);
		const timestamp = this.hasMaxAge ? Date.now() : 0;
		this.store.set(key, [value$1, timestamp]);
		if (this.store.size > this.maxSize) this.store.delete(this.store.keys().next().value);
	}
	/**
	* Clears all entries from the cache.
	*/
	clear() {
		this.store?.clear();
	}
};

//#endregion
//#region src/methods/cache/cache.ts
/* @__NO_SIDE_EFFECTS__ */
function cache(schema, config$1) {
	return _standardSchema({
		...schema,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		"~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			let outputDataset = this.cache.get(key);
			if (!outputDataset) this.cache.set(key, outputDataset = schema["~run"](dataset, runConfig));
			return /* @__PURE__ */ _cloneDataset(outputDataset);
		}
	});
}

//#endregion
//#region src/methods/cache/cacheAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function cacheAsync(schema, config$1) {
	let activeRuns;
	return _standardSchema({
		...schema,
		async: true,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		async "~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			const cached = this.cache.get(key);
			if (cached) return /* @__PURE__ */ _cloneDataset(cached);
			let promise$1 = activeRuns?.get(key);
			if (!promise$1) {
				activeRuns ?? (activeRuns = /* @__PURE__ */ new Map());
				promise$1 = Promise.resolve(schema["~run"](dataset, runConfig));
				activeRuns.set(key, promise$1);
			}
			try {
				const outputDataset = await promise$1;
				this.cache.set(key, outputDataset);
				return /* @__PURE__ */ _cloneDataset(outputDataset);
			} finally {
				activeRuns?.delete(key);
			}
		}
	});
}

//#endregion
//#region src/methods/config/config.ts
/**
* Changes the local configuration of a schema.
*
* @param schema The schema to configure.
* @param config The parse configuration.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function config(schema, config$1) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config_) {
			return schema["~run"](dataset, {
				...config_,
				...config$1
			});
		}
	});
}

//#endregion
//#region src/methods/getFallback/getFallback.ts
/**
* Returns the fallback value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The output dataset if available.
* @param config The config if available.
*
* @returns The fallback value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallback(schema, dataset, config$1) {
	return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}

//#endregion
//#region src/methods/fallback/fallback.ts
/**
* Returns a fallback value as output if the input does not match the schema.
*
* @param schema The schema to catch.
* @param fallback The fallback value.
*
* @returns The passed schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function fallback(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		"~run"(dataset, config$1) {
			const outputDataset = schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/fallback/fallbackAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function fallbackAsync(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		async: true,
		async "~run"(dataset, config$1) {
			const outputDataset = await schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: await /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/flatten/flatten.ts
/* @__NO_SIDE_EFFECTS__ */
function flatten(issues) {
	const flatErrors = {};
	for (const issue of issues) if (issue.path) {
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) {
			if (!flatErrors.nested) flatErrors.nested = {};
			if (Object.prototype.hasOwnProperty.call(flatErrors.nested, dotPath)) flatErrors.nested[dotPath].push(issue.message);
			else flatErrors.nested[dotPath] = [issue.message];
		} else if (flatErrors.other) flatErrors.other.push(issue.message);
		else flatErrors.other = [issue.message];
	} else if (flatErrors.root) flatErrors.root.push(issue.message);
	else flatErrors.root = [issue.message];
	return flatErrors;
}

//#endregion
//#region src/methods/forward/forward.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forward(action, path) {
	return {
		...action,
		"~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/forward/forwardAsync.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forwardAsync(action, path) {
	return {
		...action,
		async: true,
		async "~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = await action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/getDefault/getDefault.ts
/**
* Returns the default value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The input dataset if available.
* @param config The config if available.
*
* @returns The default value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefault(schema, dataset, config$1) {
	return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}

//#endregion
//#region src/methods/getDefaults/getDefaults.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefaults(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getDefaults(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getDefaults);
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDefaults/getDefaultsAsync.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getDefaultsAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getDefaultsAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getDefaultsAsync));
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDescription/getDescription.ts
/**
* Returns the description of the schema.
*
* If multiple descriptions are defined, the last one of the highest level is
* returned. If no description is defined, `undefined` is returned.
*
* @param schema The schema to get the description from.
*
* @returns The description, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getDescription(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "description");
}

//#endregion
//#region src/methods/getExamples/getExamples.ts
/**
* Returns the examples of a schema.
*
* If multiple examples are defined, it concatenates them using depth-first
* search. If no examples are defined, an empty array is returned.
*
* @param schema The schema to get the examples from.
*
* @returns The examples, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getExamples(schema) {
	const examples$1 = [];
	function depthFirstCollect(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstCollect(item);
			else if (item.kind === "metadata" && item.type === "examples") for (const example of item.examples) examples$1.push(example);
		}
	}
	depthFirstCollect(schema);
	return examples$1;
}

//#endregion
//#region src/methods/getFallbacks/getFallbacks.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallbacks(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getFallbacks(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getFallbacks);
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getFallbacks/getFallbacksAsync.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getFallbacksAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getFallbacksAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getFallbacksAsync));
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getMetadata/getMetadata.ts
/**
* Returns the metadata of a schema.
*
* If multiple metadata are defined, it shallowly merges them using depth-first
* search. If no metadata is defined, an empty object is returned.
*
* @param schema Schema to get the metadata from.
*
* @returns The metadata, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getMetadata(schema) {
	const result = {};
	function depthFirstMerge(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstMerge(item);
			else if (item.kind === "metadata" && item.type === "metadata") Object.assign(result, item.metadata);
		}
	}
	depthFirstMerge(schema);
	return result;
}

//#endregion
//#region src/methods/getTitle/getTitle.ts
/**
* Returns the title of the schema.
*
* If multiple titles are defined, the last one of the highest level is
* returned. If no title is defined, `undefined` is returned.
*
* @param schema The schema to get the title from.
*
* @returns The title, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getTitle(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "title");
}

//#endregion
//#region src/methods/is/is.ts
/**
* Checks if the input matches the schema. By using a type predicate, this
* function can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*
* @returns Whether the input matches the schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function is(schema, input) {
	return !schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
}

//#endregion
//#region src/schemas/any/any.ts
/**
* Creates an any schema.
*
* Hint: This schema function exists only for completeness and is not
* recommended in practice. Instead, `unknown` should be used to accept
* unknown data.
*
* @returns An any schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function any() {
	return _standardSchema({
		kind: "schema",
		type: "any",
		reference: any,
		expects: "any",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/array.ts
/* @__NO_SIDE_EFFECTS__ */
function array(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: array,
		expects: "Array",
		async: false,
		item,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/arrayAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function arrayAsync(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: arrayAsync,
		expects: "Array",
		async: true,
		item,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(input.map((value$1) => this.item["~run"]({ value: value$1 }, config$1)));
				for (let key = 0; key < itemDatasets.length; key++) {
					const itemDataset = itemDatasets[key];
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: input[key]
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/bigint/bigint.ts
/* @__NO_SIDE_EFFECTS__ */
function bigint(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "bigint",
		reference: bigint,
		expects: "bigint",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "bigint") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/blob/blob.ts
/* @__NO_SIDE_EFFECTS__ */
function blob(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "blob",
		reference: blob,
		expects: "Blob",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Blob) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/boolean/boolean.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_boolean(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "boolean",
		reference: dist_boolean,
		expects: "boolean",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "boolean") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/custom.ts
/* @__NO_SIDE_EFFECTS__ */
function custom(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: custom,
		expects: "unknown",
		async: false,
		check: check$1,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/customAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function customAsync(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: customAsync,
		expects: "unknown",
		async: true,
		check: check$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (await this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/date/date.ts
/* @__NO_SIDE_EFFECTS__ */
function date(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "date",
		reference: date,
		expects: "Date",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Date) if (!isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1, { received: "\"Invalid Date\"" });
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/enum/enum.ts
/* @__NO_SIDE_EFFECTS__ */
function enum_(enum__, message$1) {
	const options = [];
	for (const key in enum__) if (`${+key}` !== key || typeof enum__[key] !== "string" || !Object.is(enum__[enum__[key]], +key)) options.push(enum__[key]);
	return _standardSchema({
		kind: "schema",
		type: "enum",
		reference: enum_,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		enum: enum__,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptional,
		expects: wrapped.expects,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptionalAsync,
		expects: wrapped.expects,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/file/file.ts
/* @__NO_SIDE_EFFECTS__ */
function file(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "file",
		reference: file,
		expects: "File",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof File) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/function/function.ts
/* @__NO_SIDE_EFFECTS__ */
function function_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "function",
		reference: function_,
		expects: "Function",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "function") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/instance/instance.ts
/* @__NO_SIDE_EFFECTS__ */
function instance(class_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "instance",
		reference: instance,
		expects: class_.name,
		async: false,
		class: class_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof this.class) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/utils/_merge/_merge.ts
/**
* Merges two values into one single output.
*
* @param value1 First value.
* @param value2 Second value.
*
* @returns The merge dataset.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _merge(value1, value2) {
	if (typeof value1 === typeof value2) {
		if (/* @__PURE__ */ _isSameValueZero(value1, value2) || value1 instanceof Date && value2 instanceof Date && /* @__PURE__ */ _isSameValueZero(+value1, +value2)) return { value: value1 };
		if (value1 && value2 && value1.constructor === Object && value2.constructor === Object) {
			const nextValue = {
				...value1,
				...value2
			};
			for (const key in value2) if (Object.prototype.hasOwnProperty.call(value1, key) && Object.prototype.hasOwnProperty.call(value2, key)) {
				const dataset = /* @__PURE__ */ _merge(value1[key], value2[key]);
				if (dataset.issue) return dataset;
				nextValue[key] = dataset.value;
			}
			return { value: nextValue };
		}
		if (Array.isArray(value1) && Array.isArray(value2)) {
			if (value1.length === value2.length) {
				const nextValue = [...value1];
				for (let index = 0; index < value1.length; index++) {
					const dataset = /* @__PURE__ */ _merge(value1[index], value2[index]);
					if (dataset.issue) return dataset;
					nextValue[index] = dataset.value;
				}
				return { value: nextValue };
			}
		}
	}
	return { issue: true };
}

//#endregion
//#region src/schemas/intersect/intersect.ts
/* @__NO_SIDE_EFFECTS__ */
function intersect(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersect,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				for (const schema of this.options) {
					const optionDataset = schema["~run"]({ value: input }, config$1);
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/intersectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function intersectAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersectAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				const optionDatasets = await Promise.all(this.options.map((schema) => schema["~run"]({ value: input }, config$1)));
				for (const optionDataset of optionDatasets) {
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazy.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazy(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazy,
		expects: "unknown",
		async: false,
		getter,
		"~run"(dataset, config$1) {
			return this.getter(dataset.value)["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazyAsync.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazyAsync(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazyAsync,
		expects: "unknown",
		async: true,
		getter,
		async "~run"(dataset, config$1) {
			return (await this.getter(dataset.value))["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/literal/literal.ts
/* @__NO_SIDE_EFFECTS__ */
function literal(literal_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "literal",
		reference: literal,
		expects: /* @__PURE__ */ _stringify(literal_),
		async: false,
		literal: literal_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObject.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/map.ts
/* @__NO_SIDE_EFFECTS__ */
function map(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: map,
		expects: "Map",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				for (const [inputKey, inputValue] of input) {
					const keyDataset = this.key["~run"]({ value: inputKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/mapAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function mapAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: mapAsync,
		expects: "Map",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				const datasets = await Promise.all([...input].map(([inputKey, inputValue]) => Promise.all([
					inputKey,
					inputValue,
					this.key["~run"]({ value: inputKey }, config$1),
					this.value["~run"]({ value: inputValue }, config$1)
				])));
				for (const [inputKey, inputValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nan/nan.ts
/* @__NO_SIDE_EFFECTS__ */
function nan(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "nan",
		reference: nan,
		expects: "NaN",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (Number.isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/never/never.ts
/* @__NO_SIDE_EFFECTS__ */
function never(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "never",
		reference: never,
		expects: "never",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			_addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullable(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullable,
		expects: "!null",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullableAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullableAsync,
		expects: "!null",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullish(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullish,
		expects: "(!null & !undefined)",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullishAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullishAsync,
		expects: "(!null & !undefined)",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptional(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptional,
		expects: "!undefined",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptionalAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptionalAsync,
		expects: "!undefined",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/null/null.ts
/* @__NO_SIDE_EFFECTS__ */
function null_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "null",
		reference: null_,
		expects: "null",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === null) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nullable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullable,
		expects: `(${wrapped.expects} | null)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullableAsync,
		expects: `(${wrapped.expects} | null)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nullish(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullish,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullishAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullishAsync,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/number/number.ts
/* @__NO_SIDE_EFFECTS__ */
function number(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "number",
		reference: number,
		expects: "number",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/object.ts
/* @__NO_SIDE_EFFECTS__ */
function object(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: object,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/objectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: objectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRest(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRest,
		expects: "Object",
		async: false,
		entries: entries$1,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) {
						const valueDataset = this.rest["~run"]({ value: input[key] }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: input[key]
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRestAsync(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRestAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				})), Promise.all(Object.entries(input).filter(([key]) => /* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)).map(async ([key, value$1]) => [
					key,
					value$1,
					await this.rest["~run"]({ value: value$1 }, config$1)
				]))]);
				for (const [key, value$1, valueSchema, valueDataset] of normalDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, valueDataset] of restDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/optional/optional.ts
/* @__NO_SIDE_EFFECTS__ */
function optional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optional,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/optional/optionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function optionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optionalAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/picklist/picklist.ts
/* @__NO_SIDE_EFFECTS__ */
function picklist(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "picklist",
		reference: picklist,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/promise/promise.ts
/* @__NO_SIDE_EFFECTS__ */
function promise(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "promise",
		reference: promise,
		expects: "Promise",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Promise) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/record.ts
/* @__NO_SIDE_EFFECTS__ */
function record(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: record,
		expects: "Object",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
					const entryValue = input[entryKey];
					const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/recordAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function recordAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: recordAsync,
		expects: "Object",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const datasets = await Promise.all(Object.entries(input).filter(([key$1]) => /* @__PURE__ */ _isValidObjectKey(input, key$1)).map(([entryKey, entryValue]) => Promise.all([
					entryKey,
					entryValue,
					this.key["~run"]({ value: entryKey }, config$1),
					this.value["~run"]({ value: entryValue }, config$1)
				])));
				for (const [entryKey, entryValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/set.ts
/* @__NO_SIDE_EFFECTS__ */
function set(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: set,
		expects: "Set",
		async: false,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				for (const inputValue of input) {
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/setAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function setAsync(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: setAsync,
		expects: "Set",
		async: true,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				const valueDatasets = await Promise.all([...input].map(async (inputValue) => [inputValue, await this.value["~run"]({ value: inputValue }, config$1)]));
				for (const [inputValue, valueDataset] of valueDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObject.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/string/string.ts
/* @__NO_SIDE_EFFECTS__ */
function string(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "string",
		reference: string,
		expects: "string",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "string") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/symbol/symbol.ts
/* @__NO_SIDE_EFFECTS__ */
function symbol(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "symbol",
		reference: symbol,
		expects: "symbol",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "symbol") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tuple.ts
/* @__NO_SIDE_EFFECTS__ */
function tuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRest(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRest,
		expects: "Array",
		async: false,
		items,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.rest["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRestAsync(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRestAsync,
		expects: "Array",
		async: true,
		items,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				})), Promise.all(input.slice(this.items.length).map(async (value$1, key) => {
					return [
						key + this.items.length,
						value$1,
						await this.rest["~run"]({ value: value$1 }, config$1)
					];
				}))]);
				for (const [key, value$1, itemDataset] of normalDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, itemDataset] of restDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefined/undefined.ts
/* @__NO_SIDE_EFFECTS__ */
function undefined_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "undefined",
		reference: undefined_,
		expects: "undefined",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedable.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedable,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedableAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/union/utils/_subIssues/_subIssues.ts
/**
* Returns the sub issues of the provided datasets for the union issue.
*
* @param datasets The datasets.
*
* @returns The sub issues.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _subIssues(datasets) {
	let issues;
	if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
	else issues = dataset.issues;
	return issues;
}

//#endregion
//#region src/schemas/union/union.ts
/* @__NO_SIDE_EFFECTS__ */
function union(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: union,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/union/unionAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function unionAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: unionAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = await schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/unknown/unknown.ts
/**
* Creates a unknown schema.
*
* @returns A unknown schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unknown() {
	return _standardSchema({
		kind: "schema",
		type: "unknown",
		reference: unknown,
		expects: "unknown",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variant.ts
/* @__NO_SIDE_EFFECTS__ */
function variant(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variant,
		expects: "Object",
		async: false,
		key,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variantAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function variantAsync(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variantAsync,
		expects: "Object",
		async: true,
		key,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = async (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") await parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? (await discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG)).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = await schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				await parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/void/void.ts
/* @__NO_SIDE_EFFECTS__ */
function void_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "void",
		reference: void_,
		expects: "void",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/keyof/keyof.ts
/* @__NO_SIDE_EFFECTS__ */
function keyof(schema, message$1) {
	return /* @__PURE__ */ picklist(Object.keys(schema.entries), message$1);
}

//#endregion
//#region src/methods/message/message.ts
/**
* Changes the local message configuration of a schema.
*
* @param schema The schema to configure.
* @param message_ The error message.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function message(schema, message_) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config$1) {
			return schema["~run"](dataset, {
				...config$1,
				message: message_
			});
		}
	});
}

//#endregion
//#region src/methods/omit/omit.ts
/**
* Creates a modified copy of an object schema that does not contain the
* selected entries.
*
* @param schema The schema to omit from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function omit(schema, keys) {
	const entries$1 = { ...schema.entries };
	for (const key of keys) delete entries$1[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/parse/parse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
function parse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parse/parseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
async function parseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parser/parser.ts
/* @__NO_SIDE_EFFECTS__ */
function parser(schema, config$1) {
	const func = (input) => parse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/parser/parserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function parserAsync(schema, config$1) {
	const func = (input) => parseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/partial/partial.ts
/* @__NO_SIDE_EFFECTS__ */
function partial(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optional(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/partial/partialAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialAsync(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optionalAsync(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pick/pick.ts
/**
* Creates a modified copy of an object schema that contains only the selected
* entries.
*
* @param schema The schema to pick from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function pick(schema, keys) {
	const entries$1 = {};
	for (const key of keys) entries$1[key] = schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pipe/pipe.ts
/* @__NO_SIDE_EFFECTS__ */
function pipe(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		"~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/pipe/pipeAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function pipeAsync(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		async: true,
		async "~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = await item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/required/required.ts
/* @__NO_SIDE_EFFECTS__ */
function required(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptional(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/required/requiredAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function requiredAsync(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptionalAsync(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/safeParse/safeParse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
function safeParse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParse/safeParseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
async function safeParseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParser/safeParser.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParser(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/safeParser/safeParserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParserAsync(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/summarize/summarize.ts
/**
* Summarize the error messages of issues in a pretty-printable multi-line string.
*
* @param issues The list of issues.
*
* @returns A summary of the issues.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function summarize(issues) {
	let summary = "";
	for (const issue of issues) {
		if (summary) summary += "\n";
		summary += `\u00d7 ${issue.message}`;
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) summary += `\n  \u2192 at ${dotPath}`;
	}
	return summary;
}

//#endregion
//#region src/methods/unwrap/unwrap.ts
/**
* Unwraps the wrapped schema.
*
* @param schema The schema to be unwrapped.
*
* @returns The unwrapped schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unwrap(schema) {
	return schema.wrapped;
}

//#endregion

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
const described = (schema, text) => pipe(schema, description(text));
const schema_nonEmpty = () => pipe(string(), minLength(1));
const schema_int = () => pipe(number(), integer());
const scalar = union([string(), number(), dist_boolean()], 'must be a string, a number or true/false');
const apiKey = union([literal('generate'), literal('none'), strictObject({ secret: described(schema_nonEmpty(), 'Secrets Manager secret name or ARN holding the key') })], 'must be `generate`, `none` or `{ secret: <name or ARN> }`');
const scaling = strictObject({
    min: optional(described(pipe(schema_int(), minValue(0)), 'Instances kept running (0 only for ecs and ec2)')),
    max: optional(described(pipe(schema_int(), minValue(1), maxValue(100)), 'Upper bound for autoscaling'))
});
const schedule = strictObject({
    up: described(string(), '5-field cron: when the deployment comes up'),
    down: described(string(), '5-field cron: when it is torn down'),
    timezone: optional(described(string(), 'IANA time zone of the cron expressions, e.g. Europe/Berlin'))
});
/** Every field an entry may carry; all optional so the same object describes `defaults:`. */
const entryFields = {
    revision: described(schema_nonEmpty(), 'Branch, tag or commit of the model repository (default main)'),
    engine: described(picklist(ENGINES), 'Serving engine (default vllm)'),
    engine_version: described(schema_nonEmpty(), 'Pin of the engine image version'),
    engine_args: described(record(string(), scalar), 'Extra engine flags, e.g. { max-model-len: 8192 }'),
    service: described(picklist(SERVICES), 'Where it runs (default sagemaker)'),
    instance: described(schema_nonEmpty(), 'Instance type, e.g. g5.2xlarge (ml. prefix optional for sagemaker)'),
    region: described(pipe(string(), regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1')), 'AWS region'),
    scaling,
    spot: described(dist_boolean(), 'Spot capacity (ecs and ec2 only)'),
    api_key: described(apiKey, 'generate | none | { secret: <name or ARN> }'),
    hf_token_secret: described(schema_nonEmpty(), 'Secrets Manager secret (name or ARN) with a Hugging Face token, for gated models'),
    https: described(strictObject({
        certificate_arn: pipe(string(), regex(ACM_CERTIFICATE_ARN, 'must be an ACM certificate ARN: arn:<partition>:acm:<region>:<12-digit account>:certificate/<uuid>')),
        domain: optional(described(pipe(string(), regex(DOMAIN_PATTERN, 'must be a DNS name such as llm.example.com (lowercase, no wildcard)')), 'DNS name the certificate covers; BaseUrl uses it (required on ecs and ec2)')),
        hosted_zone_id: optional(described(pipe(string(), regex(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ')), 'Route 53 public hosted zone of the domain: the alias record to the load balancer is created there'))
    }), 'Serve HTTPS with this ACM certificate under this domain (ecs and ec2)'),
    network: described(strictObject({
        vpc_id: pipe(string(), regex(/^vpc-[0-9a-f]+$/, 'must look like vpc-0123abcd')),
        subnet_ids: pipe(array(pipe(string(), regex(/^subnet-[0-9a-f]+$/, 'must look like subnet-0123abcd'))), minLength(1)),
        public: optional(dist_boolean())
    }), 'Existing VPC and subnets; a minimal VPC is created when omitted'),
    ttl: described(string(), 'Tear down this long after the last deploy, e.g. 8h, 2d'),
    schedule: described(schedule, 'Keep it up only inside a weekly window'),
    protect: described(dist_boolean(), 'Never deleted or torn down automatically'),
    allow_remote_code: described(dist_boolean(), 'Allow engine_args trust-remote-code: run Python code from the model repository (shown as a warning)'),
    params_b: described(pipe(number(), gtValue(0), maxValue(10000)), 'Parameter count in billions, where the catalog lacks the model'),
    tags: described(record(string(), string()), 'Extra tags on every resource')
};
const optionalFields = Object.fromEntries(Object.entries(entryFields).map(([k, s]) => [k, optional(s)]));
const entrySchema = strictObject({
    model: described(schema_nonEmpty(), 'Hugging Face repository id, e.g. Qwen/Qwen2.5-7B-Instruct'),
    ...optionalFields
});
const defaultsSchema = strictObject(optionalFields);
const manifestSchema = strictObject({
    $schema: optional(string()),
    version: described(literal(MANIFEST_VERSION, `must be ${MANIFEST_VERSION}`), 'Manifest format version'),
    defaults: optional(described(defaultsSchema, 'Merged under every entry (tags merge key by key)')),
    models: described(record(string(), entrySchema), 'Deployments keyed by name: lowercase letters, digits and -')
});
function parseManifestShape(raw) {
    const lists = [];
    misplacedLists(raw, manifestSchema, [], lists);
    const result = safeParse(manifestSchema, raw);
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
    const s = schema_unwrap(schema);
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
function schema_unwrap(schema) {
    let s = schema;
    while (s.type === 'optional' && s.wrapped)
        s = s.wrapped;
    return s;
}
/** The schema of the field at `path` (a record's key is any name), or undefined. */
function schemaAt(path) {
    let s = schema_unwrap(manifestSchema);
    for (const p of path) {
        if (s.type === 'record' && s.value)
            s = schema_unwrap(s.value);
        else if (s.entries?.[p])
            s = schema_unwrap(s.entries[p]);
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
    const { toJsonSchema } = await __nccwpck_require__.e(/* import() */ 667).then(__nccwpck_require__.bind(__nccwpck_require__, 7667));
    const schema = toJsonSchema(manifestSchema, { target: 'draft-2020-12', errorMode: 'ignore' });
    schema.title = 'emd-action models.yaml';
    const models = schema.properties.models;
    models.propertyNames = { pattern: NAME_PATTERN.source, maxLength: 50 };
    return schema;
}

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

// EXTERNAL MODULE: ./src/core/catalog/instances.ts + 1 modules
var instances = __nccwpck_require__(1978);
;// CONCATENATED MODULE: ./src/core/duration.ts
// Durations as written in the manifest (`ttl: 8h`). Whole numbers of minutes, hours, days and
// weeks only: seconds are too fine for a teardown sweep, and months/years have no fixed length.
const UNIT_SECONDS = { w: 604800, d: 86400, h: 3600, m: 60 };
const ORDER = ['w', 'd', 'h', 'm'];
/**
 * Seconds for `30m`, `8h`, `2d`, `1w` or a combination from largest to smallest unit (`1h30m`,
 * `1d12h`). Undefined for zero, signs, decimals, spaces inside, repeated or unknown units.
 */
function parseDuration(text) {
    if (typeof text !== 'string')
        return undefined;
    const s = text.trim();
    if (!/^(\d+[wdhm])+$/.test(s))
        return undefined;
    let total = 0;
    let lastRank = -1;
    for (const [, digits, unit] of s.matchAll(/(\d+)([wdhm])/g)) {
        const rank = ORDER.indexOf(unit);
        if (rank <= lastRank)
            return undefined;
        lastRank = rank;
        total += Number(digits) * UNIT_SECONDS[unit];
    }
    return total > 0 && Number.isSafeInteger(total) ? total : undefined;
}
/** Compact form that `parseDuration` reads back: 5400 \u2192 `1h30m`; leftover seconds as `45s`. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds <= 0)
        return '0m';
    let rest = Math.floor(seconds);
    let out = '';
    for (const unit of ORDER) {
        const n = Math.floor(rest / UNIT_SECONDS[unit]);
        if (n > 0)
            out += `${n}${unit}`;
        rest -= n * UNIT_SECONDS[unit];
    }
    if (rest > 0)
        out += `${rest}s`;
    return out;
}

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

;// CONCATENATED MODULE: ./node_modules/croner/dist/croner.js
function g(s,e,t,n=0,r=0,a=0,i=0){let o=s>=0&&s<100,u=Date.UTC(o?s+400:s,e,t,n,r,a,i);return o?u-126227808e5:u}function D(s){return g(s.y,s.m-1,s.d,s.h,s.i,s.s)}function w(s,e){return s.y===e.y&&s.m===e.m&&s.d===e.d&&s.h===e.h&&s.i===e.i&&s.s===e.s}function O(s){let e=s.substring(9);return e.includes("Z")||e.includes("+")||e.includes("-")}function Z(s,e){let t=new Date(Date.parse(s));if(isNaN(t))throw new Error("Invalid ISO8601 passed to timezone parser.");return O(s)?{tp:T(t.getUTCFullYear(),t.getUTCMonth()+1,t.getUTCDate(),t.getUTCHours(),t.getUTCMinutes(),t.getUTCSeconds(),"Etc/UTC"),ms:t.getUTCMilliseconds()}:{tp:T(t.getFullYear(),t.getMonth()+1,t.getDate(),t.getHours(),t.getMinutes(),t.getSeconds(),e),ms:t.getMilliseconds()}}function v(s,e,t){let{tp:n,ms:r}=Z(s,e);return new Date(N(n,t).getTime()+r)}function N(s,e){let t=_(s);if(t.kind==="single")return t.date;if(t.kind==="ambiguous")return t.earlier;if(e)throw new Error("Invalid date passed to fromTZ()");return t.after}function _(s){let e=D(s),t=i=>R(new Date(i),s.tz),n=e-t(e),r=y(new Date(n),s.tz);if(w(r,s)){let i=D(r)-n,o=n-(t(n-E)-i);if(o<n&&w(y(new Date(o),s.tz),s))return{kind:"ambiguous",earlier:new Date(o),later:new Date(n)};let u=n+(i-t(n+E));return u>n&&w(y(new Date(u),s.tz),s)?{kind:"ambiguous",earlier:new Date(n),later:new Date(u)}:{kind:"single",date:new Date(n)}}let a=e-(D(r)-n);return w(y(new Date(a),s.tz),s)?{kind:"single",date:new Date(a)}:{kind:"gap",before:new Date(Math.min(n,a)),after:new Date(Math.max(n,a))}}var E=3*36e5;function R(s,e){return D(y(s,e))-(s.getTime()-s.getUTCMilliseconds())}function k(s,e,t){let n=R(new Date(s),t);for(;e-s>1e3;){let r=s+Math.floor((e-s)/2e3)*1e3;R(new Date(r),t)===n?s=r:e=r}return e}function U(s,e){let t=_(y(new Date(s),e));if(t.kind==="ambiguous")return s<t.later.getTime()?"earlier":"later"}var H=g(1,0,1),S=864e5,W=new Map;function y(s,e){if(e===void 0)return T(s.getFullYear(),s.getMonth()+1,s.getDate(),s.getHours(),s.getMinutes(),s.getSeconds());let t=W.get(e),n;try{t||(t=new Intl.DateTimeFormat("en-US",{timeZone:e,year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric",hour12:!1}),W.set(e,t)),n=t.formatToParts(s)}catch(i){let o=i instanceof Error?i.message:String(i);throw new RangeError(`toTZ: Invalid timezone '${e}' or date. Please provide a valid IANA timezone (e.g., 'America/New_York', 'Europe/Stockholm'). Original error: ${o}`)}let r={year:0,month:0,day:0,hour:0,minute:0,second:0};for(let i of n)(i.type==="year"||i.type==="month"||i.type==="day"||i.type==="hour"||i.type==="minute"||i.type==="second")&&(r[i.type]=parseInt(i.value,10));if(isNaN(r.year)||isNaN(r.month)||isNaN(r.day)||isNaN(r.hour)||isNaN(r.minute)||isNaN(r.second))throw new Error(`toTZ: Failed to parse all date components from timezone '${e}'. This may indicate an invalid date or timezone configuration. Parsed components: ${JSON.stringify(r)}`);let a=s.getTime()-H;return(a<-S||a<S&&r.month===12)&&(r.year=1-r.year),r.hour===24&&(r.hour=0),{y:r.year,m:r.month,d:r.day,h:r.hour,i:r.minute,s:r.second,tz:e}}function T(s,e,t,n,r,a,i){return{y:s,m:e,d:t,h:n,i:r,s:a,tz:i}}var x=[1,2,4,8,16],C=class s{pattern;timezone;mode;alternativeWeekdays;sloppyRanges;fixedTimeRule;second;minute;hour;day;month;dayOfWeek;year;lastDayOfMonth;lastWeekday;nearestWeekdays;starDOM;starDOW;starYear;useAndLogic;isFixedTime;constructor(e,t,n){this.pattern=e,this.timezone=t,this.mode=n?.mode??"auto",this.alternativeWeekdays=n?.alternativeWeekdays??!1,this.sloppyRanges=n?.sloppyRanges??!1,this.fixedTimeRule=n?.fixedTimeRule??"single-value",this.second=Array(60).fill(0),this.minute=Array(60).fill(0),this.hour=Array(24).fill(0),this.day=Array(31).fill(0),this.month=Array(12).fill(0),this.dayOfWeek=Array(7).fill(0),this.year=[],this.lastDayOfMonth=!1,this.lastWeekday=!1,this.nearestWeekdays=Array(31).fill(0),this.starDOM=!1,this.starDOW=!1,this.starYear=!1,this.useAndLogic=!1,this.isFixedTime=!1,this.parse()}parse(){if(!(typeof this.pattern=="string"||this.pattern instanceof String))throw new TypeError("CronPattern: Pattern has to be of type string.");this.pattern.indexOf("@")>=0&&(this.pattern=this.handleNicknames(this.pattern).trim());let e=this.pattern.match(/\S+/g)||[""],t=e.length;if(e.length<5||e.length>7)throw new TypeError("CronPattern: invalid configuration format ('"+this.pattern+"'), exactly five, six, or seven space separated parts are required.");if(this.mode!=="auto"){let i;switch(this.mode){case"5-part":i=5;break;case"6-part":i=6;break;case"7-part":i=7;break;case"5-or-6-parts":i=[5,6];break;case"6-or-7-parts":i=[6,7];break;default:i=0}if(!(Array.isArray(i)?i.includes(t):t===i)){let u=Array.isArray(i)?i.join(" or "):i.toString();throw new TypeError(`CronPattern: mode '${this.mode}' requires exactly ${u} parts, but pattern '${this.pattern}' has ${t} parts.`)}}if(e.length===5&&e.unshift("0"),e.length===6&&e.push("*"),this.pattern.indexOf("?")>=0)for(let i=0;i<e.length;i++)e[i]=e[i].replace(/\?/g,"*");if(e[3].toUpperCase()==="LW")this.lastWeekday=!0,e[3]="";else if(e[3].toUpperCase().indexOf("L")>=0){let i=e[3].split(",");if(i.length>1&&i.some(o=>o.toUpperCase()==="LW"))throw new TypeError(`CronPattern: Syntax error, LW can not be in a list in day-of-month ('${e[3]}').`);if(i.some(o=>o===""||o.toUpperCase()!=="L"&&/l/i.test(o)))throw new TypeError("CronPattern: Syntax error, L has to be a value of its own in day-of-month ('"+e[3]+"').");e[3]=i.filter(o=>o.toUpperCase()!=="L").join(","),this.lastDayOfMonth=!0}if(e[3]=="*"&&(this.starDOM=!0),e[6]=="*"&&(this.starYear=!0),e[4].length>=3&&(e[4]=this.replaceAlpha(e[4],s.MONTH_NAMES)),e[5].length>=3&&(e[5]=this.alternativeWeekdays?this.replaceAlpha(e[5],s.DAY_NAMES_QUARTZ):this.replaceAlpha(e[5],s.DAY_NAMES)),e[5].startsWith("+")&&(this.useAndLogic=!0,e[5]=e[5].substring(1),e[5]===""))throw new TypeError("CronPattern: Day-of-week field cannot be empty after '+' modifier.");switch(e[5]=="*"&&(this.starDOW=!0),this.mode){case"5-part":e[0]="0",e[6]="*";break;case"6-part":e[6]="*";break;case"5-or-6-parts":e[6]="*";break;case"6-or-7-parts":break;case"7-part":case"auto":break}this.throwAtIllegalCharacters(e),this.partToArray("second",e[0],0,1),this.partToArray("minute",e[1],0,1),this.partToArray("hour",e[2],0,1),this.partToArray("day",e[3],-1,1),this.partToArray("month",e[4],-1,1);let n=this.alternativeWeekdays?-1:0;this.partToArray("dayOfWeek",e[5],n,63),e[6]==="*"?this.year=Array(1e4).fill(1):(this.year=Array(1e4).fill(0),this.partToArray("year",e[6],0,1)),!this.alternativeWeekdays&&this.dayOfWeek[7]&&(this.dayOfWeek[0]=this.dayOfWeek[7]);let r=this.fixedTimeRule==="single-value",a=(i,o)=>!i.includes("*")&&!i.includes("/")&&(!r||o.filter(u=>u).length===1);this.isFixedTime=a(e[0],this.second)&&a(e[1],this.minute)&&a(e[2],this.hour)}partToArray(e,t,n,r){let a=this[e];if(t===""&&!(e==="day"&&(this.lastDayOfMonth||this.lastWeekday)))throw new TypeError("CronPattern: configuration entry "+e+" ("+t+") is empty, check for trailing spaces.");if(t==="*")return a.fill(r);let i=t.split(",");if(i.length>1)for(let o of i)this.partToArray(e,o,n,r);else t.includes("-")&&t.includes("/")?this.handleRangeWithStepping(t,e,n,r):t.includes("-")?this.handleRange(t,e,n,r):t.includes("/")?this.handleStepping(t,e,n,r):t!==""&&this.handleNumber(t,e,n,r)}throwAtIllegalCharacters(e){for(let t=0;t<e.length;t++)if((t===3?/[^/*0-9,\-WwLl]+/:t===5?/[^/*0-9,\-#Ll]+/:/[^/*0-9,\-]+/).test(e[t]))throw new TypeError("CronPattern: configuration entry "+t+" ("+e[t]+") contains illegal characters.")}handleNumber(e,t,n,r){let a=this.extractNth(e,t),i=e.toUpperCase().includes("W");if(t!=="day"&&i)throw new TypeError("CronPattern: Nearest weekday modifier (W) only allowed in day-of-month.");i&&(t="nearestWeekdays");let o=i?a[0].replace(/W$/i,""):a[0],u=s.toNumber(o)+n;if(isNaN(u))throw new TypeError("CronPattern: "+t+" is not a number: '"+e+"'");this.setPart(t,u,a[1]||r)}setPart(e,t,n){if(!Object.prototype.hasOwnProperty.call(this,e))throw new TypeError("CronPattern: Invalid part specified: "+e);if(e==="dayOfWeek"){if(t===7&&(t=0),t<0||t>6)throw new RangeError("CronPattern: Invalid value for dayOfWeek: "+t);this.setNthWeekdayOfMonth(t,n);return}if(e==="second"||e==="minute"){if(t<0||t>=60)throw new RangeError("CronPattern: Invalid value for "+e+": "+t)}else if(e==="hour"){if(t<0||t>=24)throw new RangeError("CronPattern: Invalid value for "+e+": "+t)}else if(e==="day"||e==="nearestWeekdays"){if(t<0||t>=31)throw new RangeError("CronPattern: Invalid value for "+e+": "+t)}else if(e==="month"){if(t<0||t>=12)throw new RangeError("CronPattern: Invalid value for "+e+": "+t)}else if(e==="year"&&(t<1||t>=1e4))throw new RangeError("CronPattern: Invalid value for "+e+": "+t+" (supported range: 1-9999)");this[e][t]=n}static toNumber(e){return/^\d+$/.test(e)?parseInt(e,10):NaN}validateNotNaN(e,t){if(isNaN(e))throw new TypeError(t)}validateRange(e,t,n,r,a){if(e>t)throw new TypeError("CronPattern: From value is larger than to value: '"+a+"'");if(n!==void 0){if(n===0)throw new TypeError("CronPattern: Syntax error, illegal stepping: 0");if(n>this[r].length)throw new TypeError("CronPattern: Syntax error, steps cannot be greater than maximum value of part ("+this[r].length+")")}}handleRangeWithStepping(e,t,n,r){if(e.toUpperCase().includes("W"))throw new TypeError("CronPattern: Syntax error, W is not allowed in ranges with stepping.");let a=this.extractNth(e,t),i=a[0].match(/^(\d+)-(\d+)\/(\d+)$/);if(i===null)throw new TypeError("CronPattern: Syntax error, illegal range with stepping: '"+e+"'");let[,o,u,l]=i,h=parseInt(o,10)+n,m=parseInt(u,10)+n,d=parseInt(l,10);this.validateNotNaN(h,"CronPattern: Syntax error, illegal lower range (NaN)"),this.validateNotNaN(m,"CronPattern: Syntax error, illegal upper range (NaN)"),this.validateNotNaN(d,"CronPattern: Syntax error, illegal stepping: (NaN)"),this.validateRange(h,m,d,t,e);for(let p=h;p<=m;p+=d)this.setPart(t,p,a[1]||r)}extractNth(e,t){let n=e,r;if(n.includes("#")){if(t!=="dayOfWeek")throw new Error("CronPattern: nth (#) only allowed in day-of-week field");let a=n.split("#");if(a.length!==2||a[1]==="")throw new TypeError("CronPattern: Syntax error, illegal nth weekday: '"+e+"'");n=a[0],r=a[1]}else if(n.toUpperCase().endsWith("L")){if(t!=="dayOfWeek")throw new Error("CronPattern: L modifier only allowed in day-of-week field (use L alone for day-of-month)");r="L",n=n.slice(0,-1)}return[n,r]}handleRange(e,t,n,r){if(e.toUpperCase().includes("W"))throw new TypeError("CronPattern: Syntax error, W is not allowed in a range.");let a=this.extractNth(e,t),i=a[0].split("-");if(i.length!==2)throw new TypeError("CronPattern: Syntax error, illegal range: '"+e+"'");let o=s.toNumber(i[0])+n,u=s.toNumber(i[1])+n;this.validateNotNaN(o,"CronPattern: Syntax error, illegal lower range (NaN)"),this.validateNotNaN(u,"CronPattern: Syntax error, illegal upper range (NaN)"),this.validateRange(o,u,void 0,t,e);for(let l=o;l<=u;l++)this.setPart(t,l,a[1]||r)}handleStepping(e,t,n,r){if(e.toUpperCase().includes("W"))throw new TypeError("CronPattern: Syntax error, W is not allowed in parts with stepping.");let a=this.extractNth(e,t),i=a[0].split("/");if(i.length!==2)throw new TypeError("CronPattern: Syntax error, illegal stepping: '"+e+"'");if(this.sloppyRanges)i[0]===""&&(i[0]="*");else{if(i[0]==="")throw new TypeError("CronPattern: Syntax error, stepping with missing prefix ('"+e+"') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.");if(i[0]!=="*")throw new TypeError("CronPattern: Syntax error, stepping with numeric prefix ('"+e+"') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.")}let o=0;i[0]!=="*"&&(o=s.toNumber(i[0])+n,this.validateNotNaN(o,"CronPattern: Syntax error, illegal stepping start (NaN)"));let u=s.toNumber(i[1]);this.validateNotNaN(u,"CronPattern: Syntax error, illegal stepping: (NaN)"),this.validateRange(0,this[t].length-1,u,t,e);for(let l=o;l<this[t].length;l+=u)t==="year"&&l===0||this.setPart(t,l,a[1]||r)}replaceAlpha(e,t){let n=e;for(let[r,a]of Object.entries(t))n=n.replace(new RegExp(r,"gi"),(i,o,u)=>{let l=o+i.length-3,h=u.charAt(l-1),m=u.charAt(l+3);if(/[a-z\d/#]/i.test(h)||/[a-km-z\d]/i.test(m))throw new TypeError(`CronPattern: Syntax error, a month or day name has to stand alone ('${e}').`);return a});return n}static DAY_NAMES={"-sun":"-7",sun:"0",mon:"1",tue:"2",wed:"3",thu:"4",fri:"5",sat:"6"};static DAY_NAMES_QUARTZ={sun:"1",mon:"2",tue:"3",wed:"4",thu:"5",fri:"6",sat:"7"};static MONTH_NAMES={jan:"1",feb:"2",mar:"3",apr:"4",may:"5",jun:"6",jul:"7",aug:"8",sep:"9",oct:"10",nov:"11",dec:"12"};static NICKNAME_MAP={"@yearly":"0 0 1 1 *","@annually":"0 0 1 1 *","@monthly":"0 0 1 * *","@weekly":"0 0 * * SUN","@daily":"0 0 * * *","@midnight":"0 0 * * *","@hourly":"0 * * * *"};handleNicknames(e){let t=e.trim().toLowerCase();if(t==="@reboot")throw new TypeError("CronPattern: @reboot is not supported in this environment. This is an event-based trigger that requires system startup detection.");return s.NICKNAME_MAP[t]||e}setNthWeekdayOfMonth(e,t){if(typeof t!="number"&&t.toUpperCase()==="L")this.dayOfWeek[e]=this.dayOfWeek[e]|32;else if(t===63)this.dayOfWeek[e]=63;else if(t<6&&t>0)this.dayOfWeek[e]=this.dayOfWeek[e]|x[t-1];else throw new TypeError(`CronPattern: nth weekday out of range, should be 1-5 or L. Value: ${t}, Type: ${typeof t}`)}};var B=[31,28,31,30,31,30,31,31,30,31,30,31],f=[["month","year",0],["day","month",-1],["hour","day",0],["minute","hour",0],["second","minute",0]],c=class s{tz;instantMs;instantFields;ms;second;minute;hour;day;month;year;constructor(e,t){if(this.tz=t,e&&e instanceof Date)if(!isNaN(e))this.fromDate(e);else throw new TypeError("CronDate: Invalid date passed to CronDate constructor");else if(e==null)this.fromDate(new Date);else if(e&&typeof e=="string")this.fromString(e);else if(e instanceof s)this.fromCronDate(e);else throw new TypeError("CronDate: Invalid type ("+typeof e+") passed to CronDate constructor")}getLastDayOfMonth(e,t){return t!==1?B[t]:new Date(g(e,t+1,0)).getUTCDate()}getLastWeekday(e,t){let n=this.getLastDayOfMonth(e,t),a=new Date(g(e,t,n)).getUTCDay();return a===0?n-2:a===6?n-1:n}getNearestWeekday(e,t,n){let r=this.getLastDayOfMonth(e,t);if(n>r)return-1;let i=new Date(g(e,t,n)).getUTCDay();return i===0?n===r?n-2:n+1:i===6?n===1?n+2:n-1:n}isNthWeekdayOfMonth(e,t,n,r){let i=new Date(g(e,t,n)).getUTCDay(),o=0;for(let u=1;u<=n;u++)new Date(g(e,t,u)).getUTCDay()===i&&o++;if(r&63&&x[o-1]&r)return!0;if(r&32){let u=this.getLastDayOfMonth(e,t);for(let l=n+1;l<=u;l++)if(new Date(g(e,t,l)).getUTCDay()===i)return!1;return!0}return!1}fromDate(e){if(this.tz!==void 0)if(typeof this.tz=="number")this.ms=e.getUTCMilliseconds(),this.second=e.getUTCSeconds(),this.minute=e.getUTCMinutes()+this.tz,this.hour=e.getUTCHours(),this.day=e.getUTCDate(),this.month=e.getUTCMonth(),this.year=e.getUTCFullYear(),this.apply();else try{let t=y(e,this.tz);this.ms=e.getMilliseconds(),this.second=t.s,this.minute=t.i,this.hour=t.h,this.day=t.d,this.month=t.m-1,this.year=t.y,this.cacheInstant(e.getTime()-this.ms)}catch(t){let n=t instanceof Error?t.message:String(t);throw new TypeError(`CronDate: Failed to convert date to timezone '${this.tz}'. This may happen with invalid timezone names or dates. Original error: ${n}`)}else this.ms=e.getMilliseconds(),this.second=e.getSeconds(),this.minute=e.getMinutes(),this.hour=e.getHours(),this.day=e.getDate(),this.month=e.getMonth(),this.year=e.getFullYear(),this.cacheInstant(e.getTime()-this.ms)}cacheInstant(e){this.instantMs=e;let{year:t,month:n,day:r,hour:a,minute:i,second:o}=this;this.instantFields=[t,n,r,a,i,o,this.tz]}cachedInstant(){let e=this.instantFields;if(!(e===void 0||e[6]!==this.tz)&&!(e[5]!==this.second||e[4]!==this.minute||e[3]!==this.hour)&&!(e[2]!==this.day||e[1]!==this.month||e[0]!==this.year))return this.instantMs}fromCronDate(e){this.tz=e.tz,this.year=e.year,this.month=e.month,this.day=e.day,this.hour=e.hour,this.minute=e.minute,this.second=e.second,this.ms=e.ms,this.instantMs=e.instantMs,this.instantFields=e.instantFields}apply(){if(this.month>11||this.month<0||this.day>this.getLastDayOfMonth(this.year,this.month)||this.day<1||this.hour>23||this.minute>59||this.second>59||this.hour<0||this.minute<0||this.second<0){let e=new Date(0);return e.setUTCFullYear(this.year,this.month,this.day),e.setUTCHours(this.hour,this.minute,this.second,this.ms),this.ms=e.getUTCMilliseconds(),this.second=e.getUTCSeconds(),this.minute=e.getUTCMinutes(),this.hour=e.getUTCHours(),this.day=e.getUTCDate(),this.month=e.getUTCMonth(),this.year=e.getUTCFullYear(),!0}else return!1}fromString(e){if(typeof this.tz=="number"){if(O(e))return this.fromDate(v(e));let t=v(e,"Etc/UTC");this.ms=t.getUTCMilliseconds(),this.second=t.getUTCSeconds(),this.minute=t.getUTCMinutes(),this.hour=t.getUTCHours(),this.day=t.getUTCDate(),this.month=t.getUTCMonth(),this.year=t.getUTCFullYear(),this.apply()}else return this.fromDate(v(e,this.tz))}findNext(e,t,n,r){return this._findMatch(e,t,n,r,1)}_matchDayValue(e,t,n,r){let a=e;if(!a){for(let i=0;i<n.nearestWeekdays.length;i++)if(n.nearestWeekdays[i]){let o=this.getNearestWeekday(this.year,this.month,i+1);if(o!==-1&&o===t){a=1;break}}}if(n.lastWeekday){let i=this.getLastWeekday(this.year,this.month);t===i&&(a=1)}if(n.lastDayOfMonth){let i=this.getLastDayOfMonth(this.year,this.month);t===i&&(a=1)}if(!n.starDOW){let i=new Date(g(this.year,this.month,1,0,0,0,0)).getUTCDay(),o=n.dayOfWeek[(i+(t-1))%7];o&&o&63&&(o=this.isNthWeekdayOfMonth(this.year,this.month,t,o)?1:0),n.useAndLogic?a=a&&o:!r.domAndDow&&!n.starDOM?a=a||o:a=a&&o}return a}_findMatch(e,t,n,r,a){let i=this[t],o=t==="day"?this.getLastDayOfMonth(this.year,this.month):0,u=this[t]+r,l=a===1?h=>h<n[t].length:h=>h>=0;for(let h=u;l(h);h+=a){let m=n[t][h];if(t==="day"){if(h-r>o)continue;m=this._matchDayValue(m,h-r,n,e)}if(m)return this[t]=h-r,i!==this[t]?2:1}return 3}recurse(e,t,n){let r=this.year,a=n;for(;typeof a=="number";){if(e.starYear&&Math.abs(this.year-r)>400)return null;a=this.recurseStep(e,t,a)}return a}recurseStep(e,t,n){if(n===0&&!e.starYear){if(this.year>=0&&this.year<e.year.length&&e.year[this.year]===0){let a=-1;for(let i=this.year+1;i<e.year.length&&i<1e4;i++)if(e.year[i]===1){a=i;break}if(a===-1)return null;this.year=a,this.month=0,this.day=1,this.hour=0,this.minute=0,this.second=0,this.ms=0}if(this.year>=1e4)return null}let r=this.findNext(t,f[n][0],e,f[n][2]);if(r>1){let a=n+1;for(;a<f.length;)this[f[a][0]]=-f[a][2],a++;if(r===3){if(this[f[n][1]]++,this[f[n][0]]=-f[n][2],this.apply(),n===0&&!e.starYear){for(;this.year>=0&&this.year<e.year.length&&e.year[this.year]===0&&this.year<1e4;)this.year++;if(this.year>=1e4||this.year>=e.year.length)return null}return 0}else if(this.apply())return n-1}return n+=1,n>=f.length?this:(e.starYear?this.year>=3e3:this.year>=1e4)?null:n}increment(e,t,n){return this.instantMs=void 0,this.instantFields=void 0,this.second+=t.interval!==void 0&&t.interval>1&&n?t.interval:1,this.ms=0,this.apply(),this.recurse(e,t,0)}decrement(e,t,n=!0){this.instantMs=void 0,this.instantFields=void 0;let r=t.interval!==void 0&&t.interval>=1;return(this.ms===0||r)&&(this.second-=r&&n?t.interval:1),this.ms=0,this.apply(),this.year<1?null:this.recurseBackward(e,t,0)}recurseBackward(e,t,n){let r=this.year,a=n;for(;typeof a=="number";){if(e.starYear&&Math.abs(this.year-r)>400)return null;a=this.recurseBackwardStep(e,t,a)}return a}recurseBackwardStep(e,t,n){if(n===0&&!e.starYear){if(this.year>=0&&this.year<e.year.length&&e.year[this.year]===0){let a=-1;for(let i=this.year-1;i>=0;i--)if(e.year[i]===1){a=i;break}if(a===-1)return null;this.year=a,this.month=11,this.day=31,this.hour=23,this.minute=59,this.second=59,this.ms=0}if(this.year<1)return null}let r=this.findPrevious(t,f[n][0],e,f[n][2]);if(r>1){let a=n+1;for(;a<f.length;){let i=f[a][0],o=f[a][2],u=this.getMaxPatternValue(i,e,o);this[i]=u,a++}if(r===3){if(this[f[n][1]]--,n===0){let u=this.getLastDayOfMonth(this.year,this.month);this.day>u&&(this.day=u)}if(n===1)if(this.day<=0)this.day=1;else{let u=this.year,l=this.month;for(;l<0;)l+=12,u--;for(;l>11;)l-=12,u++;let h=this.getLastDayOfMonth(u,l);this.day>h&&(this.day=h)}this.apply();let i=f[n][0],o=f[n][2];if(this[i]=this.getMaxPatternValue(i,e,o),this.apply(),n===0){let u=f[1][2],l=this.getMaxPatternValue("day",e,u);l!==this.day&&(this.day=l,this.hour=this.getMaxPatternValue("hour",e,f[2][2]),this.minute=this.getMaxPatternValue("minute",e,f[3][2]),this.second=this.getMaxPatternValue("second",e,f[4][2]))}if(n===0&&!e.starYear){for(;this.year>=0&&this.year<e.year.length&&e.year[this.year]===0;)this.year--;if(this.year<1)return null}return 0}else if(this.apply())return n-1}return n+=1,n>=f.length?this:this.year<1?null:n}getMaxPatternValue(e,t,n){let r=t[e].length-1-n;for(let a=t[e].length-1;a>=0;a--)if(t[e][a]){r=a-n;break}if(e==="day"){let a=this.getLastDayOfMonth(this.year,this.month);return t.lastWeekday||t.nearestWeekdays.some(i=>i)||t.lastDayOfMonth||!t.starDOW?a:Math.min(r,a)}return r}findPrevious(e,t,n,r){return this._findMatch(e,t,n,r,-1)}getDate(e){if(!e&&typeof this.tz!="number"){let t=this.cachedInstant();if(t!==void 0)return new Date(t+(this.tz===void 0?this.ms:0))}if(e||this.tz===void 0){if(this.year>=0&&this.year<100){let t=new Date(0);return t.setFullYear(this.year,this.month,this.day),t.setHours(this.hour,this.minute,this.second,this.ms),t}return new Date(this.year,this.month,this.day,this.hour,this.minute,this.second,this.ms)}else return typeof this.tz=="number"?new Date(g(this.year,this.month,this.day,this.hour,this.minute-this.tz,this.second,this.ms)):N(T(this.year,this.month+1,this.day,this.hour,this.minute,this.second,this.tz),!1)}getTime(){return this.getDate(!1).getTime()}match(e,t){if(!e.starYear&&(this.year<0||this.year>=e.year.length||e.year[this.year]===0))return!1;for(let n=0;n<f.length;n++){let r=f[n][0],a=f[n][2],i=this[r];if(i+a<0||i+a>=e[r].length)return!1;let o=e[r][i+a];if(r==="day"&&(o=this._matchDayValue(o,i,e,t)),!o)return!1}return!0}};function F(s){s===void 0&&(s={}),delete s.name,s.legacyMode!==void 0&&s.domAndDow===void 0?s.domAndDow=!s.legacyMode:s.domAndDow===void 0&&(s.domAndDow=!1),s.legacyMode=!s.domAndDow;let e=(n,r)=>n===void 0?r:n;if(s.paused=e(s.paused,!1),s.maxRuns=e(s.maxRuns,1/0),s.catch=e(s.catch,!1),s.unref=e(s.unref,!1),s.mode=e(s.mode,"auto"),s.alternativeWeekdays=e(s.alternativeWeekdays,!1),s.sloppyRanges=e(s.sloppyRanges,!1),s.fixedTimeRule=e(s.fixedTimeRule,"single-value"),s.allowPast=e(s.allowPast,!1),s.interval=s.interval===void 0?0:parseInt(s.interval.toString(),10),s.utcOffset=s.utcOffset===void 0?void 0:parseInt(s.utcOffset.toString(),10),s.dayOffset=s.dayOffset===void 0?0:parseInt(s.dayOffset.toString(),10),!["auto","5-part","6-part","7-part","5-or-6-parts","6-or-7-parts"].includes(s.mode))throw new Error("CronOptions: mode must be one of 'auto', '5-part', '6-part', '7-part', '5-or-6-parts', or '6-or-7-parts'.");if(!["single-value","no-wildcard"].includes(s.fixedTimeRule))throw new Error("CronOptions: fixedTimeRule must be one of 'single-value' or 'no-wildcard'.");s.timezone===""&&(s.timezone=void 0);let t=s.timezone??s.utcOffset;if(s.startAt&&(s.startAt=I(new c(s.startAt,t))),s.stopAt&&(s.stopAt=I(new c(s.stopAt,t))),s.interval!==null){if(isNaN(s.interval))throw new Error("CronOptions: Supplied value for interval is not a number");if(s.interval<0)throw new Error("CronOptions: Supplied value for interval can not be negative")}if(s.utcOffset!==void 0){if(isNaN(s.utcOffset))throw new Error("CronOptions: Invalid value passed for utcOffset, should be number representing minutes offset from UTC.");if(s.utcOffset<-870||s.utcOffset>870)throw new Error("CronOptions: utcOffset out of bounds.");if(s.utcOffset!==void 0&&s.timezone)throw new Error("CronOptions: Combining 'utcOffset' with 'timezone' is not allowed.")}if(s.unref!==!0&&s.unref!==!1)throw new Error("CronOptions: Unref should be either true, false or undefined(false).");if(s.dayOffset!==void 0&&s.dayOffset!==0&&isNaN(s.dayOffset))throw new Error("CronOptions: Invalid value passed for dayOffset, should be a number representing days to offset.");return s}function I(s){return s.ms?(s.ms=0,new c(new Date(s.getTime()+1e3),s.tz)):s}function b(s){return typeof s=="function"}function L(s){return b(s)}function Y(s){typeof Deno<"u"&&typeof Deno.unrefTimer<"u"?Deno.unrefTimer(s):s&&typeof s.unref<"u"&&s.unref()}var P=1440*60*1e3,$=30*1e3,M=[],j=class{name;options;_states;fn;_startAtRoundingMs=0;getTz(){return this.options.timezone??this.options.utcOffset}applyDayOffset(e){let t=this._offsetMs();return t?new Date(e.getTime()+t):e}_offsetMs(){return(this.options.dayOffset??0)*P}get _startAt(){return this.options.startAt}get _stopAt(){return this.options.stopAt}_nextTarget(e,t){let n=this._offsetMs(),r=this._next(this._shift(e),new Date(t.getTime()-n),{startAt:this._shift(this._startAt),stopAt:this._shift(this._stopAt)});return r?this.applyDayOffset(r.getDate(!1)):null}_previousTarget(e,t){let n=this._toMs(e??t)-this._offsetMs(),r=this._previous(new Date(n),{startAt:this._shift(this._startAt),stopAt:this._shift(this._stopAt)});return r?this.applyDayOffset(r.getDate(!1)):null}_shift(e){if(e!=null)return new c(new Date(this._toMs(e)-this._offsetMs()),this.getTz())}constructor(e,t,n){let r,a;if(b(t))a=t;else if(typeof t=="object")r=t;else if(t!==void 0)throw new Error("Cron: Invalid argument passed for optionsIn. Should be one of function, or object (options).");if(b(n))a=n;else if(typeof n=="object")r=n;else if(n!==void 0)throw new Error("Cron: Invalid argument passed for funcIn. Should be one of function, or object (options).");this.name=r?.name;let i=r?.startAt;this.options=F(r),i&&this._startAt&&(this._startAtRoundingMs=this._startAt.getTime()-new c(i,this.getTz()).getTime());let o=!!e&&(e instanceof Date||typeof e=="string"&&e.indexOf(":")>0);if(this._states={kill:!1,blocking:!1,previousRun:void 0,currentRun:void 0,once:void 0,currentTimeout:void 0,maxRuns:r?r.maxRuns:void 0,paused:r?r.paused:!1,pattern:o?new C("* * * * *",void 0,{mode:"auto"}):new C(e,this.options.timezone,{mode:this.options.mode,alternativeWeekdays:this.options.alternativeWeekdays,sloppyRanges:this.options.sloppyRanges,fixedTimeRule:this.options.fixedTimeRule})},o&&(this._states.once=new c(e,this.getTz())),this.name){if(M.find(l=>l.name===this.name))throw new Error("Cron: Tried to initialize new named job '"+this.name+"', but name already taken.");M.push(this)}return a!==void 0&&L(a)&&(this.fn=a,this.schedule()),this}nextRun(e){return this._nextTarget(e,new Date)}nextRuns(e,t){this._states.maxRuns!==void 0&&e>this._states.maxRuns&&(e=this._states.maxRuns);let n=t||this._states.currentRun||void 0;return this._enumerateRuns(e,n,"next")}previousRuns(e,t){return this._enumerateRuns(e,t||void 0,"previous")}enumerate(e){return new A(this,e)}_enumerateRuns(e,t,n){let r=[],a=new Date,i=t;for(;e-- >0;){let o=n==="next"?this._nextTarget(i,a):this._previousTarget(i,a);if(!o)break;r.push(o),i=o}return r}match(e){if(this._states.once){let n=new c(e,this.getTz());n.ms=0;let r=new c(this._states.once,this.getTz());return r.ms=0,n.getTime()===r.getTime()}let t=new c(e,this.getTz());return t.ms=0,t.match(this._states.pattern,this.options)}getPattern(){if(!this._states.once)return this._states.pattern?this._states.pattern.pattern:void 0}getOnce(){return this._states.once?this._states.once.getDate():null}isRunning(){return!this._states.paused&&!this._states.kill&&this.fn!==void 0&&this._nextTarget(this._states.currentRun,new Date)!==null}isStopped(){return this._states.kill}isBusy(){return this._states.blocking}currentRun(){return this._states.currentRun?this._states.currentRun.getDate():null}previousRun(){return this._states.previousRun?this._states.previousRun.getDate():null}msToNext(e){let t=new Date,n=this._nextTarget(e,t);return n?n.getTime()-this._toMs(e??t):null}stop(){this._states.kill=!0,this._states.currentTimeout&&clearTimeout(this._states.currentTimeout);let e=M.indexOf(this);e>=0&&M.splice(e,1)}pause(){return this._states.paused=!0,!this._states.kill}resume(){return this._states.paused=!1,!this._states.kill}schedule(e){return this._schedule(e)}_schedule(e,t){if(e&&this.fn)throw new Error("Cron: It is not allowed to schedule two functions using the same Croner instance.");e&&(this.fn=e);let n=t??new Date,r=this._nextTarget(void 0,n),a=r?r.getTime()-n.getTime():null,i=this._states.currentRun;i&&i.getTime()>n.getTime()&&(i=void 0);let o=this._nextTarget(i,n);return a===null||isNaN(a)||o===null?this:(a>$&&(a=$),a<0&&(a=this._states.paused?1e3:0),this._states.currentTimeout=setTimeout(()=>this._checkTrigger(o),a),this._states.currentTimeout&&this.options.unref&&Y(this._states.currentTimeout),this)}async _trigger(e=new Date){this._states.blocking=!0,this._states.currentRun=new c(e,this.getTz());try{if(this.options.catch)try{this.fn!==void 0&&await this.fn(this,this.options.context)}catch(t){if(b(this.options.catch))try{Promise.resolve(this.options.catch(t,this)).catch(()=>{})}catch{}}else this.fn!==void 0&&await this.fn(this,this.options.context)}finally{this._states.previousRun=new c(e,this.getTz()),this._states.blocking=!1}}async trigger(){await this._trigger()}runsLeft(){return this._states.maxRuns}_checkTrigger(e){let t=new Date,n=!this._states.paused&&t.getTime()>=e.getTime(),r=this._states.blocking&&this.options.protect;n&&!r?(this._states.maxRuns!==void 0&&this._states.maxRuns--,this._trigger(t)):n&&r&&b(this.options.protect)&&setTimeout(()=>this.options.protect(this),0),this._schedule(void 0,n?void 0:t)}_next(e,t,n){let r=n?n.startAt:this._startAt,a=n?n.stopAt:this._stopAt,i=!!e,o=!!(e||this._states.currentRun),u=!1;!e&&r&&this.options.interval&&(e=this._calculatePreviousRun(r,t),e&&(o=!0),u=!e);let l=e??t??new Date,h=this._toMs(l);e=new c(l,this.getTz()),r&&h<r.getTime()&&(e=u?r:new c(new Date(r.getTime()-1e3),this.getTz()),h=e.getTime());let m=this._states.once||new c(e,this.getTz());if(!u&&m!==this._states.once&&(m=this._findOccurrence(e,h,1,o)),this._states.once){let d=this._states.once.getTime(),p=h-d;if(r&&d<r.getTime()-this._startAtRoundingMs||this._states.currentRun&&this.applyDayOffset(this._states.once.getDate()).getTime()<=this._states.currentRun.getTime()||(i?p>=0:p>1e3&&!this.options.allowPast))return null}return m===null||this._states.maxRuns!==void 0&&this._states.maxRuns<=0||this._states.kill||a&&m.getTime()>=a.getTime()?null:m}_previous(e,t){let n=this._toMs(e??new Date);if(t.stopAt&&n>t.stopAt.getTime()&&(n=t.stopAt.getTime()),this._states.once)return this._states.once.getTime()<n?this._states.once:null;let r=this._findOccurrence(new c(new Date(n),this.getTz()),n,-1);return r===null||t.startAt&&r.getTime()<t.startAt.getTime()?null:r}_toMs(e){if(e instanceof Date)return e.getTime();let t=new c(e,this.getTz());return t.getTime()+(typeof t.tz=="string"?t.ms:0)}_findOccurrence(e,t,n,r=!1){let a=this.options.interval??0;if(a>1&&(n===-1||r)){t+=(a-1)*1e3*n;let m=new Date(t);if(isNaN(m.getTime())||(e=new c(m,this.getTz()),!(e.year>=1&&e.year<=9999)))return null;r=!1}let i=this._walk(e,t,n,r),o=this.getTz();if(this._states.pattern.isFixedTime&&n===1||typeof o=="number"||U(t,o)!==(n===1?"earlier":"later"))return i;let u=Math.floor(t/1e3)*1e3,l=n===1?k(u,u+P,o):k(u-P,u,o)-1e3;if(i&&(l-i.getTime())*n>0)return i;let h=this._walk(new c(new Date(l),o),l-n,n,!1,!0);return!i||!h?i??h:(i.getTime()-h.getTime())*n>0?h:i}_walk(e,t,n,r,a=!1){let i=this._states.pattern,o=(l,h)=>n===1?l.increment(i,this.options,h):l.decrement(i,this.options,h),u=new c(e,this.getTz());for((!a||!u.match(i,this.options))&&(u=o(u,r));u;){let l=this._runAt(u,t,n);if(l)return new c(l,this.getTz());u=o(u,!1)}return null}_runAt(e,t,n){let r=d=>(d.getTime()-t)*n>0,a=e.tz;if(typeof a=="number"){let d=e.getDate();return r(d)?d:null}let i=T(e.year,e.month+1,e.day,e.hour,e.minute,e.second,a),o=_(i),u=this._states.pattern.isFixedTime;if(o.kind==="single")return r(o.date)?o.date:null;if(o.kind==="ambiguous"){let{earlier:d,later:p}=o;return(u?[d]:n===1?[d,p]:[p,d]).find(r)??null}if(!u)return null;let l=new Date(k(o.before.getTime(),o.after.getTime(),a)),h=y(l,a);return h.y===i.y&&h.m===i.m&&h.d===i.d&&r(l)?l:null}_calculatePreviousRun(e,t){let n=new c(t,this.getTz()).getTime();if(e.getTime()>n)return;let r=this.options.interval*1e3,a=e;for(;a.getTime()+r<=n;){let i=this._findOccurrence(a,a.getTime(),1,!0);if(i===null)break;a=i}return a}},A=class{cron;cursor;now;done;initialMaxRuns;remainingRuns;constructor(e,t){this.cron=e,this.initialMaxRuns=e.runsLeft()??1/0,this.reset(t)}next(){if(this.done||this.remainingRuns<=0)return this.done=!0,{value:void 0,done:!0};let e=this.cron._nextTarget(this.cursor,this.now);return e===null?(this.done=!0,{value:void 0,done:!0}):(this.cursor=e,this.remainingRuns--,{value:e,done:!1})}peek(){return this.done||this.remainingRuns<=0?null:this.cron._nextTarget(this.cursor,this.now)}reset(e){this.cursor=e instanceof Date?new Date(e.getTime()):e??void 0,this.now=new Date,this.done=!1,this.remainingRuns=this.initialMaxRuns}[Symbol.iterator](){return this}};

;// CONCATENATED MODULE: ./src/core/schedule.ts
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
    return new j(expr.trim(), { mode: '5-part', timezone, paused: true });
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

;// CONCATENATED MODULE: ./src/core/manifest/secrets.ts
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

;// CONCATENATED MODULE: ./src/core/catalog/models.ts
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
    const kind = findModel(model)?.kind;
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
    if (e.ttl !== undefined && parseDuration(e.ttl) === undefined) {
        fail('ttl', `"${e.ttl}" is not a duration; use a number and a unit: 30m, 8h, 2d, 1w (or combined, 1h30m)`);
    }
    let schedule;
    if (e.schedule) {
        const timezone = e.schedule.timezone ?? 'UTC';
        for (const key of ['up', 'down']) {
            const problem = validateCron(e.schedule[key]);
            if (problem)
                fail('schedule', `"${e.schedule[key]}" ${problem}`, [key]);
        }
        if (!isValidTimezone(timezone))
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
    if (!NAME_PATTERN.test(name)) {
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
    if (looksLikeKeyMaterial(value.secret)) {
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
    let parsed = parseManifestShape(raw);
    let setAside = new Set();
    if (!parsed.ok) {
        for (const issue of parsed.issues)
            reportIssue(issue, raw, where, out);
        // Every problem in one run: the fields that failed their shape are set aside and the rest
        // of each entry still goes through the rules (and, for the action, the fit check).
        setAside = new Set(parsed.issues.map((i) => String(i.path[i.path[0] === 'models' ? 2 : 1] ?? '')));
        parsed = parseManifestShape(withoutFailedFields(raw, parsed.issues));
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
        const spec = checkEntry(name, merged, { stackPrefix: options.stackPrefix, defaultRegion: options.defaultRegion, setAside }, report);
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
        const kind = findSecretLikeValue(value);
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
        const allowed = allowedKeysAt(path).filter((k) => k !== '$schema');
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
    const allowed = new Set(allowedKeysAt(path));
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
    if (typeof value === 'string' && (findSecretLikeValue(value) || looksLikeKeyMaterial(value)))
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

// EXTERNAL MODULE: ./src/core/live.ts
var core_live = __nccwpck_require__(8045);
;// CONCATENATED MODULE: ./src/core/launch.ts
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
    const instance = (0,instances/* findInstance */.XD)(spec.instance);
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

// EXTERNAL MODULE: ./src/core/price-book.ts
var price_book = __nccwpck_require__(4930);
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

;// CONCATENATED MODULE: ./src/core/fit.ts
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
    return findModel(id) ?? findModel(id.replace(/-(awq|gptq-int4|gptq-int8|fp8|fp8-dynamic|gguf|bnb-4bit)$/i, ''));
}
function memoryFraction(spec, args) {
    if (spec.engine === 'vllm') {
        const f = argNumber(args, 'gpu-memory-utilization');
        return { fraction: f !== undefined && f <= 1 ? f : 0.9, label: 'gpu-memory-utilization' };
    }
    if (spec.engine === 'tgi') {
        const f = argNumber(args, 'cuda-memory-fraction');
        return { fraction: f !== undefined && f <= 1 ? f : 1, label: 'cuda-memory-fraction' };
    }
    return { fraction: 1, label: 'all device memory' };
}
function contextTokens(spec, args, model) {
    const explicit = argNumber(args, 'max-model-len', 'max-total-tokens', 'ctx-size', 'c');
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
    const instance = (0,instances/* findInstance */.XD)(spec.instance);
    if (!instance)
        return { status: 'not-applicable', message: `not checked: unknown instance type ${spec.instance}` };
    const model = catalogModel(spec.model);
    const args = normalizeArgs(spec.engine_args);
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
    const devices = onCpu ? 1 : planLaunch(spec).devices;
    if (!onCpu && devices > instance.gpus) {
        return { status: 'no-fit', paramsSource, message: `engine_args ask for ${devices} devices but ${instance.type} has ${(0,instances/* describeAccelerators */.qs)(instance)}` };
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
        where = `${instance.type} has ${(0,instances/* describeAccelerators */.qs)(instance)}${used} with ${gib(available)} GiB usable (${reported}, ${label} ${fraction})`;
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
    for (const type of (0,instances/* knownInstanceTypes */.kJ)(spec.service)) {
        const instance = (0,instances/* findInstance */.XD)(type);
        if (instance.accelerator === 'neuron')
            continue;
        if (instance.accelerator === 'cpu' && spec.engine !== 'llama.cpp')
            continue;
        const result = fit({ ...spec, instance: type, engine_args: args }, false);
        if (result.status !== 'fits')
            continue;
        const price = instanceHourlyPrice(spec.service, type, spec.region).usd;
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

;// CONCATENATED MODULE: ./src/core/cost.ts
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
        hours = upHoursPerMonth(spec.schedule);
        notes.push(`schedule: up ${cost_round1(hours)} h of 730 h (${spec.schedule.timezone})`);
    }
    const ttlSeconds = spec.ttl ? parseDuration(spec.ttl) : undefined;
    if (ttlSeconds !== undefined && ttlSeconds / 3600 < hours) {
        hours = ttlSeconds / 3600;
        notes.push(`ttl ${spec.ttl}: torn down after ${cost_round1(hours)} h, so the month shows its whole lifetime`);
    }
    return { hours, ...(notes.length ? { note: notes.join('; ') } : {}) };
}
/** Hours the stack itself exists in the month: a ttl ends it, a schedule does not. */
function stackHours(spec) {
    const ttlSeconds = !spec.protect && spec.ttl ? parseDuration(spec.ttl) : undefined;
    return ttlSeconds !== undefined ? Math.min(HOURS_PER_MONTH, ttlSeconds / 3600) : HOURS_PER_MONTH;
}
function missing(what, region, kind) {
    const known = extraPriceRegions(kind);
    return `no ${what} price for ${region} in the bundled data (known for ${known.join(', ') || 'no region'}); left out of the total`;
}
function cost_estimateCost(spec, options = {}) {
    const lines = [];
    const unknown = [];
    const { min, max } = spec.scaling;
    const { hours, note: hoursNote } = instanceHours(spec);
    const lifetime = stackHours(spec);
    const book = options.prices;
    const price = instanceHourlyPrice(spec.service, spec.instance, spec.region, { spot: spec.spot, prices: book, subnetIds: spec.network?.subnet_ids });
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
        const alb = albHourlyPrice(spec.region, book);
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
        const ebs = ebsGp3MonthlyPricePerGB(spec.region, book);
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
        const secret = secretMonthlyPrice(spec.region);
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
function cost_round1(n) {
    return Math.round(n * 10) / 10;
}
function round2(n) {
    return (n === null ? null : Math.round(n * 100) / 100);
}
function round4(n) {
    return (n === null ? null : Math.round(n * 10000) / 10000);
}

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
    const a = plan_diff_flatten(before);
    const b = plan_diff_flatten(after);
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
function plan_diff_flatten(value, prefix = '', out = {}) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        // An empty map is the same as an absent one: `tags: {}` is not a change.
        for (const [k, v] of Object.entries(value))
            plan_diff_flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (value !== undefined) {
        out[prefix] = value;
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/spec-hash.ts
var spec_hash = __nccwpck_require__(2829);
;// CONCATENATED MODULE: ./src/core/plan-lifecycle.ts






/** Automation leaves a deployment alone when either the manifest or what runs says `protect`. */
function isProtected(spec, deployed) {
    return Boolean(spec?.protect || deployed?.protect);
}
/** When the ttl of the manifest entry runs out for this stack; undefined without a usable ttl. */
function ttlExpiry(spec, stack) {
    const seconds = spec.ttl ? parseDuration(spec.ttl) : undefined;
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
    if (!spec.schedule || isUp(spec.schedule, now))
        return { down: false };
    const next = nextChange(spec.schedule, now);
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
function applyLifecycle(entry, spec, stack, tombstones, now, diagnostics, costOf = cost_estimateCost) {
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
    const recovered = deployedSpec(stack);
    return {
        name: stack.tags[TAG.deployment] ?? stack.stackName,
        stackName: stack.stackName,
        region: stack.region,
        action: 'delete',
        ...(recovered.ok ? { deployed: recovered.spec } : {}),
        live: { stackName: stack.stackName, region: stack.region, status: stack.status, stackId: stack.stackId },
        changes: [],
        notes: [note],
        ...(recovered.ok && !holdsNothing(stack.status) ? { liveCost: estimateCost(recovered.spec) } : {})
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
        monthlyDelta: monthlyAfter !== null && monthlyBefore !== null ? plan_totals_round2(monthlyAfter - monthlyBefore) : null,
        monthlyDeltaMax: monthlyAfterMax !== null && monthlyBeforeMax !== null ? plan_totals_round2(monthlyAfterMax - monthlyBeforeMax) : null
    };
}
function plan_totals_round2(n) {
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
    const costOf = (s) => cost_estimateCost(s, { prices: options.prices });
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
function decorate(entry, spec, diagnostics, costOf = cost_estimateCost) {
    entry.fit = checkFit(spec);
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
    const known = findModel(spec.model);
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

;// CONCATENATED MODULE: ./src/modes/plan.ts
// The plan path shared by the action and the CLI: manifest \u2192 live state \u2192 plan \u2192 budget checks.
// Rendering and posting are left to the caller, which knows where the report goes.





async function runPlan(request) {
    const priceNote = priceDataSummary();
    const manifest = loadManifest(request.content, {
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
    const extraModule = request.clients ? __nccwpck_require__.e(/* import() */ 727).then(__nccwpck_require__.bind(__nccwpck_require__, 2727)) : undefined;
    const pricing = extraModule?.then((m) => m.startLivePrices(request.clients, manifest.specs, request.defaultRegion));
    pricing?.catch(() => undefined);
    // Loaded only when live state is read: an offline plan (the CLI without AWS) loads no SDK code.
    const live = request.clients
        ? await (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(307), __nccwpck_require__.e(363)]).then(__nccwpck_require__.bind(__nccwpck_require__, 363))).listStacks(request.clients, regions, {
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
    const plan = buildPlan(manifest.specs, live, {
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
    const failures = checkBudget({
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
    const base = loadManifest(content, { path: request.manifestPath, stackPrefix: request.stackPrefix, defaultRegion: request.defaultRegion });
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
        const fit = checkFit(spec);
        if (fit.status !== 'no-fit')
            continue;
        const pos = manifest.entryPositions[spec.name];
        manifest.diagnostics.push({ severity: 'error', message: `${spec.name}: ${fit.message}`, file: manifest.path, deployment: spec.name, field: `models.${spec.name}`, ...pos });
    }
    manifest.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

;// CONCATENATED MODULE: ./src/core/render/attention.ts
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
function attention_attentionItems(plan, failures = []) {
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

;// CONCATENATED MODULE: ./src/core/render/money.ts
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
function money_money(n, period = 'mo', options = {}) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return 'unknown';
    const unit = options.unit === false ? '' : `/${period}`;
    return `${n < 0 && amount(n, period) !== '$0' ? '\u2212' : ''}${amount(n, period)}${unit}`;
}
/** `$1,383\u2013$5,483/mo`; one figure when both ends are equal (or max is unknown and min is not). */
function money_moneyRange(min, max, period = 'mo', options = {}) {
    if (min === null || min === undefined)
        return money_money(min, period, options);
    if (max === null || max === undefined || Math.abs(max - min) < EPSILON || amount(min, period) === amount(max, period))
        return money_money(min, period, options);
    const unit = options.unit === false ? '' : `/${period}`;
    return `${money_money(min, period, { unit: false })}\u2013${money_money(max, period, { unit: false })}${unit}`;
}
/** `+$1,383/mo`, `\u2212$95/mo`, `$0/mo`; undefined (not comparable) is `\u2013`. */
function money_moneyDelta(n, period = 'mo', options = {}) {
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

;// CONCATENATED MODULE: ./src/core/render/format.ts


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
function format_actionLabel(entry) {
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
function format_costCompared(plan) {
    return plan.live.known || plan.baseline !== undefined;
}
/** The one line that says live stacks were not read and what the plan was compared with instead. */
function format_baselineLine(plan) {
    if (plan.live.known || !plan.baseline)
        return undefined;
    return `Live stacks not read (${plan.live.reason}); compared with the base branch's manifest (${plan.baseline.source}) instead: this shows what the pull request changes, not what runs now.`;
}
/** In the changes table: everything apply would act on, plus what it holds back and what is not known. */
function format_isShownAsChange(entry) {
    return entry.action !== 'unchanged' || entry.blocked !== undefined;
}
/** Order of the changes table: what can hurt first, then what is held, then additions. */
function format_changeRank(entry) {
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
function format_spec(entry) {
    return entry.desired ?? entry.deployed;
}
/** `ml.g5.2xlarge \u00d71\u20132` (SageMaker), `ecs g6.2xlarge spot \u00d70\u20132`; the region only when asked. */
function format_runsOn(entry, withRegion = false) {
    const s = format_spec(entry);
    if (!s)
        return withRegion ? entry.region : '\u2013';
    // `ml.` says SageMaker; ecs and ec2 name their service.
    const instance = s.service === 'sagemaker' ? `ml.${s.instance}` : `${s.service} ${s.instance}`;
    const { min, max } = s.scaling;
    const scale = min === max ? `\u00d7${min}` : `\u00d7${min}\u2013${max}`;
    return `${instance}${s.spot && s.service !== 'sagemaker' ? ' spot' : ''} ${scale}${withRegion ? ` \u00b7 ${s.region}` : ''}`;
}
function format_modelLabel(entry) {
    return format_spec(entry)?.model ?? '';
}
/** Monthly cost this entry has after the plan: nothing for a delete that goes through, or an expired one. */
function afterCost(entry) {
    if (entry.action === 'delete' && !entry.blocked)
        return undefined;
    return entry.cost;
}
/** What runs now costs a month (`\u2013` when nothing runs, `unknown` when its spec cannot be read). */
function format_beforeCell(entry) {
    if (entry.liveCost)
        return money_moneyRange(entry.liveCost.monthlyMin, entry.liveCost.monthlyMax, 'mo', { unit: false });
    return entry.live && !entry.deployed && entry.live.status !== 'ROLLBACK_COMPLETE' ? 'unknown' : '\u2013';
}
/** `$1,106 \u2192 $1,106\u2013$2,212`, `\u2013 \u2192 $1,106`, `$1,106 \u2192 \u2013`: before and after, ranges min\u2013max scale. */
function beforeAfterCell(entry, liveKnown) {
    const a = format_monthlyCell(entry);
    return liveKnown ? `${format_beforeCell(entry)} \u2192 ${a}` : a;
}
function format_monthlyCell(entry) {
    const after = afterCost(entry);
    return after ? money_moneyRange(after.monthlyMin, after.monthlyMax, 'mo', { unit: false }) : '\u2013';
}
function hourlyCell(entry) {
    const after = afterCost(entry);
    return after ? moneyRange(after.hourlyMin, after.hourlyMax, 'h', { unit: false }) : '\u2013';
}
/** Monthly change this entry brings, at minimum scale. */
function format_entryDelta(entry, liveKnown) {
    if (!liveKnown)
        return undefined;
    const after = afterCost(entry) ? entry.cost.monthlyMin : 0;
    const before = entry.liveCost ? entry.liveCost.monthlyMin : entry.live && entry.live.status !== 'ROLLBACK_COMPLETE' && !entry.deployed ? null : 0;
    if (after === null || before === null)
        return null;
    return after - before;
}
/** `1 to create \u00b7 2 to update \u00b7 1 held back \u00b7 5 unchanged \u00b7 1 stack needs a fix`: each deployment counted once, plus stacks that need a person. */
function format_countsLine(plan) {
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
function format_costHeadline(plan) {
    const { monthlyAfter, monthlyAfterMax, monthlyBefore, monthlyDelta, monthlyDeltaMax } = plan.totals;
    if (!format_costCompared(plan)) {
        return monthlyAfter === null ? 'monthly estimate unknown' : `${money_moneyRange(monthlyAfter, monthlyAfterMax)} for everything in the manifest`;
    }
    if (monthlyDelta === null || monthlyAfter === null || monthlyBefore === null)
        return 'monthly change unknown: a price is missing';
    const against = plan.live.known ? '' : ' against the base branch';
    const atMax = monthlyDeltaMax !== null && monthlyDeltaMax !== undefined && Math.abs(monthlyDeltaMax - monthlyDelta) >= 0.5 ? `; ${money_moneyDelta(monthlyDeltaMax, 'mo', { unit: false })} at maximum scale` : '';
    if (Math.abs(monthlyDelta) < 0.005 && !atMax)
        return `${money_money(monthlyAfter)}, no change${against}`;
    const pct = monthlyBefore > 0 && Math.abs(monthlyDelta) >= 0.005 ? `, ${monthlyDelta > 0 ? '+' : '\u2212'}${Math.max(1, Math.round((Math.abs(monthlyDelta) / monthlyBefore) * 100))}%` : '';
    return `${money_money(monthlyBefore, 'mo', { unit: false })} \u2192 ${money_money(monthlyAfter)} (${money_moneyDelta(monthlyDelta, 'mo', { unit: false })}${pct}${atMax})${against}`;
}
function format_position(d) {
    if (!d.file)
        return '';
    return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}
function format_formatValue(value) {
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
function format_text(value) {
    const oneLine = value.replace(/\s*[\r\n]+\s*/g, ' ');
    return escapeMarkdownLinks(escapeControl(oneLine)).replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@(?=\w)/g, '@\u200b');
}
/** `text()` for a table cell, where a pipe ends the cell. */
function format_cell(value) {
    return format_text(value).replace(/\|/g, '\\|');
}
/** Inline code that survives backticks in the value; in a table cell a pipe must be escaped even there. */
function format_code(value, inCell = false) {
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
const escapeInline = (/* unused pure expression or super */ null && (format_text));
const escapeCell = (/* unused pure expression or super */ null && (format_cell));

;// CONCATENATED MODULE: ./src/core/render/markdown.ts




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
    const known = costCompared(plan);
    return {
        shared,
        sharedSet,
        changed: plan.entries.filter(isShownAsChange).sort((a, b) => changeRank(a) - changeRank(b)),
        unchanged: plan.entries.filter((e) => !isShownAsChange(e)),
        changeRow: memo((e) => {
            const costs = known ? `${beforeCell(e)} | ${monthlyCell(e)} | ${moneyDelta(entryDelta(e, known), 'mo', { unit: false })}` : monthlyCell(e);
            return `| ${code(e.name, true)} | ${cell(actionLabel(e))} | ${cell(runsOn(e, multiRegion))} | ${costs} |`;
        }),
        unchangedRow: memo((e) => `| ${code(e.name, true)} | ${cell(stateLabel(e))} | ${cell(runsOn(e, multiRegion))} | ${monthlyCell(e)} |`),
        details: { full: memo((e) => details(e, 'full', sharedSet)), compact: memo((e) => details(e, 'compact', sharedSet)) }
    };
}
function optionParts(plan, options) {
    const top = [`### emd-action plan for ${code(plan.manifest)}`, ''];
    const counts = countsLine(plan);
    const head = counts.startsWith('No changes') ? `**No changes**${counts.slice('No changes'.length)}` : `**${counts}**`;
    top.push(`${head} \u00b7 ${costHeadline(plan)}`);
    top.push(...alerts(attentionItems(plan, options.failures), options.alertLines ?? ALERT_LINES));
    const baseline = baselineLine(plan);
    if (baseline)
        top.push('', `> [!NOTE]\n> ${text(baseline)}`);
    return { top, footer: footer(plan, options), howEstimated: howEstimated(plan, options.priceNote) };
}
/** The body in one shape, or undefined as soon as it is over `limit` (the next shape is smaller). */
function compose(plan, options, shape, parts, limit) {
    const { shared, changed, unchanged } = parts;
    const out = new TextUpTo(limit, '\n');
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
        const sections = new TextUpTo(out.room, '\n\n');
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
            out.add(`**Note** (${s.names.length === plan.entries.length ? (plan.entries.length === 2 ? 'both deployments' : `all ${plan.entries.length} deployments`) : s.names.map((n) => code(n)).join(', ')}): ${text(s.note)}`);
    }
    if (options.quotas?.length && shape.detail !== 'none') {
        out.add('', `<details><summary>Quotas checked (${options.quotas.length})</summary>`, '', ...options.quotas.map((q) => `- ${text(q)}`), '', '</details>');
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
            out.push(`> - **${i.topic}**${i.deployment ? ` ${code(i.deployment)}` : ''}: ${text(i.message)}`);
        }
        if (mine.length > max)
            out.push(`> - \u2026and ${mine.length - max} more: see the table and the job summary.`);
    }
    return out;
}
// ---- tables ----------------------------------------------------------------------------------------
function changesTable(plan, entries, parts) {
    const known = costCompared(plan);
    const lines = known
        ? ['| Deployment | Change | Runs on | $/mo before | $/mo after | \u0394 $/mo |', '|---|---|---|--:|--:|--:|']
        : ['| Deployment | Change | Runs on | $/mo |', '|---|---|---|--:|'];
    for (const e of entries)
        lines.push(parts.changeRow(e));
    const t = plan.totals;
    const after = moneyRange(t.monthlyAfter, t.monthlyAfterMax, 'mo', { unit: false });
    const totals = known ? `**${money(t.monthlyBefore, 'mo', { unit: false })}** | **${after}** | **${moneyDelta(t.monthlyDelta, 'mo', { unit: false })}**` : `**${after}**`;
    lines.push(`| **Total** | all ${plan.entries.length} | | ${totals} |`);
    return lines.join('\n');
}
function stateLabel(e) {
    if (e.lifecycle)
        return actionLabel(e);
    return e.live ? 'running' : 'unchanged';
}
function unchangedSection(entries, shape, parts) {
    const monthly = entries.reduce((sum, e) => (sum === null || !e.cost || e.cost.monthlyMin === null ? (e.cost ? null : sum) : sum + e.cost.monthlyMin), 0);
    const summary = `${entries.length} unchanged deployment${entries.length === 1 ? '' : 's'} \u00b7 ${money(monthly)}`;
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
                return notes.length ? [`- ${code(e.name)}: ${notes.map(text).join('; ')}`] : [];
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
        const hunk = [`@@ ${fence(e.name)}: ${actionLabel(e)} @@`];
        for (const c of e.changes) {
            if (c.old !== undefined)
                hunk.push(`- ${c.field}: ${fence(formatValue(c.old))}`);
            if (c.new !== undefined)
                hunk.push(`+ ${c.field}: ${fence(formatValue(c.new))}`);
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
    const s = spec(entry);
    const body = [];
    if (s) {
        const hourly = entry.cost && !(entry.action === 'delete' && !entry.blocked) ? ` \u00b7 ${moneyRange(entry.cost.hourlyMin, entry.cost.hourlyMax, 'h')} while up` : '';
        body.push(`- ${code(modelLabel(entry))} on ${text(runsOn(entry))} in ${text(s.region)}${hourly}`);
    }
    // Fields with the same effect are named together.
    const byImpact = new Map();
    for (const c of entry.changes.filter((c) => c.impact))
        byImpact.set(c.impact, [...(byImpact.get(c.impact) ?? []), c.field]);
    for (const [impact, fields] of byImpact)
        body.push(`- ${fields.map((f) => code(f)).join(', ')}: ${text(impact)}`);
    if (entry.downtime)
        body.push(`- **Downtime:** ${text(entry.downtime)}`);
    if (entry.blocked) {
        body.push(`- **${entry.blocked.kind === 'busy' ? 'Waits' : 'Blocked'}:** ${text(entry.blocked.reason)}${entry.blocked.fix ? `. Fix: ${code(entry.blocked.fix)}` : ''}`);
    }
    if (entry.fit && entry.fit.status !== 'not-applicable' && entry.fit.status !== 'fits')
        body.push(`- **GPU fit, ${entry.fit.status}:** ${text(entry.fit.message)}`);
    for (const note of entry.notes.filter((n) => !sharedSet.has(n)))
        body.push(`- ${text(note)}`);
    if (detail === 'full' && entry.cost && !(entry.action === 'delete' && !entry.blocked)) {
        for (const line of entry.cost.lines)
            body.push(`- ${text(costLine(line))}`);
    }
    if (body.length === 0)
        return undefined;
    return `**${text(entry.name)}** \u00b7 ${text(actionLabel(entry))}\n\n${body.join('\n')}`;
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
    const monthly = money_moneyRange(line.monthlyMin, line.monthlyMax);
    if (line.period === 'monthly') {
        const single = line.quantity.min === 1 && line.quantity.max === 1;
        return single ? `${line.label}: ${monthly}${source(line)}` : `${line.label}: ${money_money(line.usd)} each = ${monthly}${source(line)}`;
    }
    return `${line.label}: ${money_money(line.usd, 'h')}${line.hours !== undefined ? ` \u00d7 ${markdown_round1(line.hours)} h` : ''} = ${monthly}${source(line)}`;
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
    return [`<details><summary>How the estimate is made</summary>`, '', ...lines, ...[...notes].slice(0, 20).map((n) => `- ${text(n)}`), `- Prices: ${text(priceNote)}`, '', '</details>'].join('\n');
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
    const head = [`### emd-action plan for ${code(manifest)}`, '', `> [!CAUTION]\n> **The manifest is invalid** (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was planned.`, ''];
    const tail = options.runUrl ? ['', `<sub>[workflow run](${options.runUrl})</sub>`] : [];
    const findings = diagnostics.map((d) => {
        const message = text(d.message);
        const shown = message.length > MAX_FINDING_CHARS ? `${message.slice(0, MAX_FINDING_CHARS).replace(/\\$/, '')}\u2026` : message;
        return `- ${d.severity === 'error' ? '\u274c' : '\u26a0\ufe0f'} ${position(d) ? `${code(position(d))} ` : ''}${shown}`;
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
function markdown_round1(n) {
    return Math.round(n * 10) / 10;
}

;// CONCATENATED MODULE: ./src/core/render/escape.ts
// Small escapes for text that came from a manifest (or AWS) on its way to a reader: markdown in PR
// comments and the job summary, and a terminal or the runner's log. Kept apart from the renderers
// so each renderer can call them wherever foreign text is printed.
/**
 * Control characters (C0, DEL, C1) and the Unicode bidirectional overrides, written out as `\uXXXX`.
 * A value like "\e]8;;https://evil\e\\" would otherwise reach a terminal or the log as an escape
 * sequence (hyperlinks, cleared screens, rewritten lines); bidi overrides reorder what is shown.
 */
function escape_escapeControl(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Markdown that foreign text could start: links and images (`[text](url)`, `![alt](src)`,
 * `[ref]: url`) lose their brackets' meaning, and bare URLs (which GitHub links by itself) get a
 * zero-width space after the scheme or `www.` so they stay text.
 */
function escape_escapeMarkdownLinks(text) {
    return text
        .replace(/[\\[\]]/g, (c) => `\\${c}`)
        .replace(/\b([a-z][a-z0-9+.-]*:)\/\//gi, '$1//\u200b')
        .replace(/\bwww\./gi, 'www.\u200b');
}
/** escapeControl line by line, for multi-line text whose line breaks are its own. */
function escapeControlLines(text) {
    return text.split('\n').map(escape_escapeControl).join('\n');
}

;// CONCATENATED MODULE: ./src/core/render/text.ts





const TEXT_WIDTH = 120;
function renderDiagnosticsText(diagnostics) {
    return diagnostics.map((d) => wrap(`${format_position(d) ? `${format_position(d)}: ` : ''}${d.severity}: ${escape_escapeControl(d.message)}`, '    ')).join('\n');
}
function renderPlanText(plan, priceNote, failures = []) {
    const out = [];
    out.push(`emd-action plan for ${plan.manifest}`);
    out.push(`${format_countsLine(plan)} \u00b7 ${format_costHeadline(plan)}`);
    const baseline = format_baselineLine(plan);
    if (baseline)
        out.push(wrap(baseline, ''));
    const items = attention_attentionItems(plan, failures);
    if (items.length) {
        out.push('', 'Needs attention:');
        const nameWidth = Math.max(0, ...items.map((i) => (i.deployment ?? '').length));
        for (const i of items) {
            const head = `  ${i.level === 'caution' ? 'CAUTION' : 'warning'}  ${(i.deployment ?? '').padEnd(nameWidth)}  `;
            out.push(wrap(`${head}${i.topic}: ${i.full ?? i.message}`, ' '.repeat(head.length)));
        }
    }
    out.push('', ...table(plan));
    const sharedNotes = shared(plan);
    const details = [];
    const ordered = [...plan.entries].sort((a, b) => Number(!format_isShownAsChange(a)) - Number(!format_isShownAsChange(b)) || format_changeRank(a) - format_changeRank(b));
    for (const e of ordered) {
        const lines = entryLines(e, sharedNotes);
        if (lines.length)
            details.push('', `${e.name}: ${format_actionLabel(e)}`, ...lines);
    }
    if (details.length)
        out.push('', 'Details:', ...details.slice(1).map((l) => (l ? `  ${l}` : l)));
    for (const [note, names] of sharedNotes) {
        out.push('', wrap(`Note, ${names.length === plan.entries.length ? `all ${plan.entries.length} deployments` : names.join(', ')}: ${note}`, '  '));
    }
    out.push('', wrap(`Estimates at minimum scale, min\u2013max where scaling goes higher; 730 h a month; a schedule counts its up hours, a ttl one lifetime a month. Prices ${priceDates(plan)}: ${priceNote}`, ''));
    return out.join('\n');
}
function table(plan) {
    const known = format_costCompared(plan);
    const header = ['DEPLOYMENT', 'CHANGE', 'RUNS ON', known ? '$/MO BEFORE \u2192 AFTER' : '$/MO', '\u0394 $/MO'];
    const multiRegion = new Set(plan.entries.map((e) => e.region)).size > 1;
    const ordered = [...plan.entries].sort((a, b) => Number(!format_isShownAsChange(a)) - Number(!format_isShownAsChange(b)) || format_changeRank(a) - format_changeRank(b));
    const rows = ordered.map((e) => [e.name, format_actionLabel(e), format_runsOn(e, multiRegion), beforeAfterCell(e, known), money_moneyDelta(format_entryDelta(e, known), 'mo', { unit: false })]);
    const t = plan.totals;
    const total = known ? `${money_moneyRange(t.monthlyBefore, t.monthlyBefore, 'mo', { unit: false })} \u2192 ${money_moneyRange(t.monthlyAfter, t.monthlyAfterMax, 'mo', { unit: false })}` : money_moneyRange(t.monthlyAfter, t.monthlyAfterMax, 'mo', { unit: false });
    rows.push(['TOTAL', '', '', total, money_moneyDelta(known ? t.monthlyDelta : undefined, 'mo', { unit: false })]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    // Over 120 columns, the change and runs-on columns give way (they are repeated under Details).
    let excess = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) - TEXT_WIDTH;
    for (const i of [2, 1, 0]) {
        if (excess <= 0)
            break;
        const cut = Math.min(excess, widths[i] - header[i].length);
        widths[i] -= cut;
        excess -= cut;
    }
    const fit = (c, w) => (c.length > w ? `${c.slice(0, Math.max(0, w - 1))}\u2026` : c);
    const right = new Set([3, 4]);
    const line = (cells) => cells
        .map((c, i) => (right.has(i) ? fit(c, widths[i]).padStart(widths[i]) : fit(c, widths[i]).padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)];
}
function shared(plan) {
    const by = new Map();
    for (const e of plan.entries)
        for (const n of new Set(e.notes))
            by.set(n, [...(by.get(n) ?? []), e.name]);
    return new Map([...by].filter(([, names]) => names.length > 1));
}
function entryLines(e, sharedNotes) {
    const lines = [];
    const s = format_spec(e);
    const add = (t) => lines.push(wrap(`  ${t}`, '    '));
    if (s && format_isShownAsChange(e)) {
        const hourly = e.cost && !(e.action === 'delete' && !e.blocked) ? ` \u00b7 ${money_moneyRange(e.cost.hourlyMin, e.cost.hourlyMax, 'h')} while up` : '';
        add(`${format_modelLabel(e)} on ${format_runsOn(e)} in ${s.region}${hourly}`);
    }
    for (const c of e.changes)
        add(`${c.field}: ${format_formatValue(c.old)} \u2192 ${format_formatValue(c.new)}${c.impact ? `; ${c.impact}` : ''}`);
    if (e.downtime)
        add(`downtime: ${e.downtime}`);
    for (const n of e.notes.filter((n) => !sharedNotes.has(n)))
        add(n);
    if (e.cost && format_isShownAsChange(e) && !(e.action === 'delete' && !e.blocked))
        for (const l of e.cost.lines)
            add(costLine(l));
    return lines;
}
/** Wraps at spaces to TEXT_WIDTH; continuation lines start with `indent`. */
function wrap(line, indent) {
    if (line.length <= TEXT_WIDTH)
        return line;
    const out = [];
    let rest = line;
    while (rest.length > TEXT_WIDTH) {
        const cut = rest.lastIndexOf(' ', TEXT_WIDTH);
        if (cut <= indent.length)
            break;
        out.push(rest.slice(0, cut));
        rest = indent + rest.slice(cut + 1).trimStart();
    }
    out.push(rest);
    return out.join('\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/runner/read-manifest.ts
// Reading models.yaml safely, for the action and the CLI alike. A fork controls the file: it may be
// a symbolic link to any file of the runner (whose first characters would then appear in
// annotations and the comment), to /dev/zero (endless), or a FIFO (blocks the read forever).
// So: a path that is lexically inside `root` must really be inside it once links are resolved; only
// a regular file is read; and at most MAX_MANIFEST_BYTES of it.



/** 1 MiB: a manifest of thousands of deployments is a few hundred KiB. */
const read_manifest_MAX_MANIFEST_BYTES = 1024 * 1024;
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
        if (stat.size > read_manifest_MAX_MANIFEST_BYTES)
            throw new ManifestFileError(`${shown} is larger than 1 MiB (${stat.size} bytes); split the fleet into several manifests`);
        // Read one byte more than allowed, in case the file grew since stat.
        const buffer = Buffer.alloc(read_manifest_MAX_MANIFEST_BYTES + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > read_manifest_MAX_MANIFEST_BYTES)
                throw new ManifestFileError(`${shown} is larger than 1 MiB; split the fleet into several manifests`);
        }
        return buffer.subarray(0, length);
    }
    finally {
        await handle.close();
    }
}

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

;// CONCATENATED MODULE: ./src/core/render/yaml-hint.ts
/** Fields of a deployment entry (manifest version 1). */
const yaml_hint_FIELDS = new Set([
    'model', 'revision', 'engine', 'engine_version', 'engine_args', 'service', 'instance', 'region', 'scaling', 'spot',
    'api_key', 'hf_token_secret', 'https', 'network', 'ttl', 'schedule', 'protect', 'params_b', 'tags'
]);
function lines(source) {
    return source.split(/\r?\n/).map((text, i) => {
        const m = /^(\s*)([A-Za-z_][\w-]*)\s*:/.exec(text);
        return { n: i + 1, indent: m ? m[1].length : text.length - text.trimStart().length, key: m?.[2] };
    });
}
/** One hint per misplaced field near an error, e.g. "is `instance` indented under its deployment? \u2026". */
function indentationHints(source, diagnostics) {
    const all = lines(source);
    const hints = new Set();
    for (const d of diagnostics.filter((d) => d.severity === 'error' && d.line)) {
        for (const l of all.slice(Math.max(0, d.line - 1), d.line + 1)) {
            if (!l.key || !yaml_hint_FIELDS.has(l.key))
                continue;
            // The field above it that belongs to a deployment, and the deployment's own line.
            const sibling = [...all.slice(0, l.n - 1)].reverse().find((p) => p.key && yaml_hint_FIELDS.has(p.key));
            if (!sibling || sibling.indent === l.indent)
                continue;
            const owner = [...all.slice(0, sibling.n - 1)].reverse().find((p) => p.key && p.indent < sibling.indent);
            const under = owner?.key ? ` \`${owner.key}\`` : ' its deployment';
            hints.add(`is \`${l.key}\` (line ${l.n}) indented under${under}? It starts at column ${l.indent + 1}; the fields of${under} start at column ${sibling.indent + 1}`);
        }
    }
    return [...hints];
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/aws/credentials.ts
// Whether this process has any way to get AWS credentials, checked without a network call, so a
// plan on a laptop with no AWS account does not wait on the instance-metadata probe.



function hasCredentialSource(env = process.env) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return true;
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE || env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)
        return true;
    if (env.AWS_PROFILE)
        return true;
    const home = (0,external_node_os_.homedir)();
    const files = [env.AWS_SHARED_CREDENTIALS_FILE ?? external_node_path_default().join(home, '.aws', 'credentials'), env.AWS_CONFIG_FILE ?? external_node_path_default().join(home, '.aws', 'config')];
    return files.some((f) => (0,external_node_fs_.existsSync)(f));
}

;// CONCATENATED MODULE: ./src/cli-profile.ts
// AWS_PROFILE names a profile that is in neither AWS file: the CLI says so, instead of the SDK's
// generic "could not load credentials" (which in a workflow would mean a fork or a missing role).



function awsProfileProblem(env = process.env) {
    const profile = env.AWS_PROFILE;
    if (!profile)
        return undefined;
    const config = env.AWS_CONFIG_FILE ?? external_node_path_default().join((0,external_node_os_.homedir)(), '.aws', 'config');
    const credentials = env.AWS_SHARED_CREDENTIALS_FILE ?? external_node_path_default().join((0,external_node_os_.homedir)(), '.aws', 'credentials');
    const sections = (file) => {
        try {
            return [...(0,external_node_fs_.readFileSync)(file, 'utf8').matchAll(/^\s*\[\s*([^\]]+?)\s*\]/gm)].map((m) => m[1]);
        }
        catch {
            return [];
        }
    };
    const names = new Set([...sections(config).map((s) => s.replace(/^profile\s+/, '')), ...sections(credentials)]);
    if (names.has(profile))
        return undefined;
    const known = [...names].filter((n) => !n.startsWith('sso-session') && !n.startsWith('services'));
    return `AWS profile "${profile}" (AWS_PROFILE) is not in ${config} or ${credentials}${known.length ? `; profiles there: ${known.slice(0, 6).join(', ')}` : ''}`;
}

;// CONCATENATED MODULE: ./src/version.ts
// The version `emd-action --version` prints; test/cli.test.ts keeps it equal to package.json's.
const VERSION = '0.1.0';

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/cli-manifest.ts
// Where the CLI's manifest sits in its repository, and its copy on another branch. The identity
// stacks record (emd:manifest) is the repository-relative path, so `plan /abs/path/models.yaml`,
// `plan ./models.yaml` and `plan models.yaml` from the root are the same manifest.






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The nearest directory holding `.git` (a directory, or a file in worktrees), else undefined. */
function repositoryRoot(from) {
    let dir = external_node_path_default().resolve(from);
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git')))
            return dir;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** The manifest's repository-relative path (relative to the working directory outside a repository). */
function manifestIdentity(file, cwd = process.cwd()) {
    const absolute = external_node_path_default().resolve(cwd, file);
    const root = repositoryRoot(external_node_path_default().dirname(absolute)) ?? cwd;
    const relative = external_node_path_default().relative(root, absolute);
    const identity = relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? external_node_path_default().basename(absolute) : relative;
    return { root, identity: (0,core_live/* canonicalManifestPath */.tz)(identity.split((external_node_path_default()).sep).join('/')) };
}
/** `--base <file>`: the file's content. */
async function baseFromFile(file) {
    return { content: await (0,promises_.readFile)(file, 'utf8'), source: `--base ${file}` };
}
/** `--base-ref <ref>`: the manifest as it is at that git ref; content undefined when it did not exist there. */
async function baseFromRef(root, ref, identity) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/@{}^~-]*$/.test(ref))
        throw new Error(`--base-ref "${ref}" is not a git ref`);
    const source = `${ref}`;
    try {
        await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
    }
    catch {
        throw new Error(`--base-ref ${ref}: no such commit in ${root}`);
    }
    try {
        const { stdout } = await run('git', ['show', `${ref}:${identity}`], { cwd: root, maxBuffer: 4 * 1024 * 1024 });
        return { content: stdout, source };
    }
    catch {
        return { content: undefined, source };
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
// `emd-action <command>`: the plan of the PR comment, in a terminal. Exit 0 when valid, 1 for an
// invalid manifest, failed fit or exceeded budget, 2 for bad usage. Every usage error is one line
// that says the fix. AWS code is loaded only when live state is read, so an offline plan starts fast.














const PLAN_OPTIONS = {
    json: { type: 'boolean' },
    offline: { type: 'boolean' },
    base: { type: 'string' },
    'base-ref': { type: 'string' },
    'stack-prefix': { type: 'string' },
    region: { type: 'string' },
    'allow-destroy': { type: 'boolean' },
    'max-monthly-increase': { type: 'string' },
    'max-monthly-total': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
const COMMANDS = {
    plan: {
        options: PLAN_OPTIONS,
        help: `Usage: emd-action plan [manifest] [options]

Validate the manifest, diff it against live stacks, check GPU fit and estimate cost: the plan of
the pull request comment. manifest defaults to models.yaml.

Options:
  --offline                     Do not read live stacks from AWS (also without credentials)
  --json                        Print the plan as JSON (money rounded to cents)
  --base <file>                 Without live stacks, compare with this manifest (e.g. the base branch's)
  --base-ref <git ref>          Without live stacks, compare with the manifest at this ref (e.g. origin/main)
  --region <region>             Region for entries that name none (default AWS_REGION)
  --stack-prefix <prefix>       Prefix of managed stacks (default emd)
  --allow-destroy               Plan deletes of stacks no longer in the manifest
  --max-monthly-increase <usd>  Fail (exit 1) when the monthly estimate grows by more
  --max-monthly-total <usd>     Fail (exit 1) when the monthly estimate exceeds this
  -h, --help                    Show this help

AWS credentials come from the usual places (AWS_PROFILE, environment, ~/.aws); without any, the
plan is offline. Exit status: 0 valid, 1 invalid manifest / no GPU fit / over budget, 2 bad usage.`
    },
    schema: {
        options: { help: { type: 'boolean', short: 'h' } },
        help: `Usage: emd-action schema

Print the JSON Schema of models.yaml (for editors: yaml-language-server, VS Code).`
    }
};
const USAGE = `Usage: emd-action <command> [options]

Commands:
  plan [manifest]   Validate, diff against live stacks, check GPU fit, estimate cost
  schema            Print the JSON Schema of models.yaml
  help [command]    Show help for a command

Options:
  -h, --help        Show help (after a command: that command's help)
  --version         Print the version

Runs on Node.js 20 or later. Example: emd-action plan examples/models.yaml --offline`;
async function main(argv, out = process.stdout, err = process.stderr) {
    const usageError = (line) => {
        err.write(`emd-action: ${line}\n`);
        return 2;
    };
    const [first, ...rest] = argv;
    if (first === undefined)
        return usageError('missing command; try `emd-action plan models.yaml` or `emd-action --help`');
    if (first === '--version' || first === '-v' || first === 'version') {
        out.write(`${VERSION}\n`);
        return 0;
    }
    if (first === 'help' || first === '--help' || first === '-h') {
        const topic = rest[0];
        if (topic === undefined) {
            out.write(`${USAGE}\n`);
            return 0;
        }
        if (!isCommand(topic))
            return usageError(`no help for "${topic}": ${cli_suggest(topic, Object.keys(COMMANDS), 'commands are')}`);
        out.write(`${COMMANDS[topic].help}\n`);
        return 0;
    }
    if (!isCommand(first)) {
        if (first.startsWith('-'))
            return usageError(`options go after the command, e.g. \`emd-action plan ${first}\`; see \`emd-action --help\``);
        return usageError(`unknown command "${first}"; ${cli_suggest(first, Object.keys(COMMANDS), 'commands are')}`);
    }
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: rest, allowPositionals: true, strict: true, options: COMMANDS[first].options });
    }
    catch (error) {
        return usageError(`${first}: ${parseProblem(error, first)}`);
    }
    const values = parsed.values;
    if (values.help) {
        out.write(`${COMMANDS[first].help}\n`);
        return 0;
    }
    if (first === 'schema') {
        if (parsed.positionals.length)
            return usageError(`schema takes no arguments (got ${parsed.positionals.join(' ')})`);
        out.write(`${JSON.stringify(await manifestJsonSchema(), null, 2)}\n`);
        return 0;
    }
    return plan(parsed.positionals, values, out, err, usageError);
}
async function plan(positionals, values, out, err, usageError) {
    if (positionals.length > 1)
        return usageError(`plan takes one manifest, got ${positionals.length} (${positionals.join(' ')}); quote a path with spaces`);
    const budget = (name) => {
        const v = values[name];
        if (v === undefined)
            return undefined;
        const n = Number(String(v).replace(/^\$/, '').replace(/,/g, ''));
        return Number.isFinite(n) && n >= 0 ? n : 'bad';
    };
    const maxIncrease = budget('max-monthly-increase');
    const maxTotal = budget('max-monthly-total');
    if (maxIncrease === 'bad')
        return usageError(`plan: --max-monthly-increase takes an amount in USD, e.g. --max-monthly-increase 500 (got "${values['max-monthly-increase']}")`);
    if (maxTotal === 'bad')
        return usageError(`plan: --max-monthly-total takes an amount in USD, e.g. --max-monthly-total 5000 (got "${values['max-monthly-total']}")`);
    const stackPrefix = values['stack-prefix'] ?? 'emd';
    if (!/^[a-z][a-z0-9]{0,9}$/.test(stackPrefix))
        return usageError(`plan: --stack-prefix must be 1\u201310 lowercase letters and digits, starting with a letter (got "${stackPrefix}")`);
    const manifestPath = positionals[0] ?? 'models.yaml';
    // Missing files and directories get the CLI's own hint; the shared reader then applies the limits
    // every manifest read has (regular file, at most 1 MiB).
    try {
        if ((0,external_node_fs_.statSync)(manifestPath).isDirectory())
            return usageError(readProblem(manifestPath, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), false));
    }
    catch (error) {
        return usageError(escape_escapeControl(readProblem(manifestPath, error, positionals.length === 0)));
    }
    let content;
    try {
        content = await readManifestFile(process.cwd(), manifestPath, { allowOutside: true });
    }
    catch (error) {
        if (!(error instanceof ManifestFileError))
            return usageError(escape_escapeControl(readProblem(manifestPath, error, positionals.length === 0)));
        return usageError(escape_escapeControl(error.message));
    }
    // A named profile that does not exist is a local mistake, said as such (not as missing credentials).
    const profileProblem = values.offline ? undefined : awsProfileProblem();
    const online = !values.offline && !profileProblem && hasCredentialSource();
    const clients = online ? new (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(307), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 201))).AwsClients() : undefined;
    const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    const { root, identity } = manifestIdentity(manifestPath);
    const baseFile = values.base;
    const baseRef = values['base-ref'];
    const outcome = await runPlan({
        manifestPath: identity,
        base: baseFile !== undefined ? () => baseFromFile(baseFile) : baseRef !== undefined ? () => baseFromRef(root, baseRef, identity) : undefined,
        content,
        stackPrefix,
        allowDestroy: values['allow-destroy'] === true,
        defaultRegion: region,
        clients,
        offlineReason: values.offline
            ? '--offline was given, so deployed stacks were not read'
            : profileProblem
                ? `${profileProblem}, so deployed stacks were not read`
                : 'no AWS credentials found (set AWS_PROFILE, or run `aws configure`), so deployed stacks were not read',
        maxMonthlyIncrease: maxIncrease,
        maxMonthlyTotal: maxTotal
    });
    // Shared messages name action inputs; say them as this CLI's options (before any line wrapping).
    for (const d of outcome.manifest.diagnostics)
        d.message = cliWords(d.message);
    if (outcome.plan) {
        if (!outcome.plan.live.known)
            outcome.plan.live.reason = cliWords(outcome.plan.live.reason);
        for (const d of outcome.plan.diagnostics)
            d.message = cliWords(d.message);
        for (const e of outcome.plan.entries)
            if (e.blocked)
                e.blocked.reason = cliWords(e.blocked.reason);
    }
    if (values.json) {
        const payload = outcome.plan
            ? { valid: true, ok: outcome.ok, failures: outcome.failures, ...planJson(outcome.plan), manifestDiagnostics: outcome.manifest.diagnostics }
            : { valid: false, ok: false, diagnostics: outcome.manifest.diagnostics };
        out.write(`${JSON.stringify(payload, null, 2)}\n`);
    }
    else if (outcome.plan) {
        const notes = outcome.manifest.diagnostics.length ? `${renderDiagnosticsText(outcome.manifest.diagnostics)}\n\n` : '';
        out.write(`${notes}${escapeControlLines(renderPlanText(outcome.plan, outcome.priceNote, outcome.failures))}\n`);
    }
    else {
        const hints = indentationHints(Buffer.from(content).toString('utf8'), outcome.manifest.diagnostics).map(escape_escapeControl);
        const text = renderDiagnosticsText(outcome.manifest.diagnostics);
        err.write(`${text}\n${hints.map((h) => `hint: ${h}\n`).join('')}\n${manifestPath} is invalid; nothing was planned.\n`);
    }
    return outcome.ok ? 0 : 1;
}
function isCommand(name) {
    return Object.hasOwn(COMMANDS, name);
}
/** Action inputs named in shared messages, in the words of this CLI. */
function cliWords(text) {
    return text
        .replace(/\b(?:pass |set )?the aws-region input(?: \(or AWS_REGION\))?/g, 'pass --region (or set AWS_REGION)')
        .replace(/\ballow-destroy is not set\b/g, '--allow-destroy is not given')
        .replace(/\bthe (stack-prefix|max-monthly-increase|max-monthly-total) input\b/g, '--$1');
}
function parseProblem(error, command) {
    const known = Object.keys(COMMANDS[command].options).map((o) => `--${o}`);
    const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? '';
    switch (error.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option ${option}; ${cli_suggest(option.split('=')[0], known, 'options are')}`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /argument missing/.test(error.message)
                ? `${option.split(' ')[0]} needs a value, e.g. ${option.split(' ')[0]} ${option.includes('region') ? 'us-east-1' : option.includes('prefix') ? 'emd' : '500'}`
                : `${option} takes no value; write ${option.split('=')[0]} alone`;
        default:
            return `${error.message.split('\n')[0]}; see \`emd-action ${command} --help\``;
    }
}
function readProblem(file, error, defaulted) {
    if (error.code === 'ENOENT') {
        const dir = external_node_path_default().dirname(file);
        let near = [];
        try {
            near = (0,external_node_fs_.readdirSync)(dir).filter((f) => /\.ya?ml$/.test(f));
        }
        catch {
            return `${file}: no such file, and its directory ${dir} does not exist`;
        }
        const close = closest(external_node_path_default().basename(file), near);
        if (close)
            return `${file}: no such file; did you mean ${external_node_path_default().join(dir, close)}?`;
        return defaulted
            ? `no models.yaml here; pass the manifest's path, e.g. \`emd-action plan examples/models.yaml\``
            : `${file}: no such file${near.length ? ` (YAML files in ${dir}: ${near.slice(0, 5).join(', ')})` : ''}`;
    }
    if (error.code === 'EISDIR')
        return `${file} is a directory; pass the manifest file in it, e.g. ${external_node_path_default().join(file, 'models.yaml')}`;
    if (error.code === 'EACCES')
        return `${file}: permission denied`;
    return `cannot read ${file}: ${error.code ?? error.message}`;
}
function cli_suggest(word, choices, label) {
    const close = closest(word, choices);
    return close ? `did you mean ${close}?` : `${label} ${choices.join(', ')}`;
}
/** The choice within two edits (or sharing a prefix of four), if any. */
function closest(word, choices) {
    let best;
    for (const choice of choices) {
        const d = distance(word.toLowerCase(), choice.toLowerCase());
        if (!best || d < best.d)
            best = { choice, d };
    }
    if (!best)
        return undefined;
    const prefix = word.length >= 4 && best.choice.startsWith(word.slice(0, 4));
    return best.d <= Math.max(2, Math.floor(word.length / 4)) || prefix ? best.choice : undefined;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/cli-entry.ts

main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`emd-action: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
});

module.exports = __webpack_exports__;
/******/ })()
;