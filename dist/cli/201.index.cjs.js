"use strict";
exports.id = 201;
exports.ids = [201];
exports.modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AwsClients: () => (/* binding */ AwsClients)
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


/***/ })

};
;