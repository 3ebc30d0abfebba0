exports.id = 924;
exports.ids = [924];
exports.modules = {

/***/ 2924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException: ServiceException$1, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsJson1_1Protocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultServiceQuotasHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "servicequotas",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultServiceQuotasHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "servicequotas",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1137.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://servicequotas-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://servicequotas.{Region}.amazonaws.com", i],
        ["https://servicequotas-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://servicequotas.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://servicequotas.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class ServiceQuotasServiceException extends ServiceException$1 {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ServiceQuotasServiceException.prototype);
    }
}

class AccessDeniedException extends ServiceQuotasServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class AWSServiceAccessNotEnabledException extends ServiceQuotasServiceException {
    name = "AWSServiceAccessNotEnabledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AWSServiceAccessNotEnabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AWSServiceAccessNotEnabledException.prototype);
        this.Message = opts.Message;
    }
}
class DependencyAccessDeniedException extends ServiceQuotasServiceException {
    name = "DependencyAccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DependencyAccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DependencyAccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class NoAvailableOrganizationException extends ServiceQuotasServiceException {
    name = "NoAvailableOrganizationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NoAvailableOrganizationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NoAvailableOrganizationException.prototype);
        this.Message = opts.Message;
    }
}
class OrganizationNotInAllFeaturesModeException extends ServiceQuotasServiceException {
    name = "OrganizationNotInAllFeaturesModeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OrganizationNotInAllFeaturesModeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OrganizationNotInAllFeaturesModeException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceException extends ServiceQuotasServiceException {
    name = "ServiceException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "ServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceException.prototype);
        this.Message = opts.Message;
    }
}
class TemplatesNotAvailableInRegionException extends ServiceQuotasServiceException {
    name = "TemplatesNotAvailableInRegionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TemplatesNotAvailableInRegionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TemplatesNotAvailableInRegionException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyRequestsException extends ServiceQuotasServiceException {
    name = "TooManyRequestsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyRequestsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
        this.Message = opts.Message;
    }
}
class IllegalArgumentException extends ServiceQuotasServiceException {
    name = "IllegalArgumentException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IllegalArgumentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IllegalArgumentException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidResourceStateException extends ServiceQuotasServiceException {
    name = "InvalidResourceStateException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidResourceStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidResourceStateException.prototype);
        this.Message = opts.Message;
    }
}
class NoSuchResourceException extends ServiceQuotasServiceException {
    name = "NoSuchResourceException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NoSuchResourceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NoSuchResourceException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceAlreadyExistsException extends ServiceQuotasServiceException {
    name = "ResourceAlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceAlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceQuotaTemplateNotInUseException extends ServiceQuotasServiceException {
    name = "ServiceQuotaTemplateNotInUseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ServiceQuotaTemplateNotInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaTemplateNotInUseException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidPaginationTokenException extends ServiceQuotasServiceException {
    name = "InvalidPaginationTokenException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidPaginationTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidPaginationTokenException.prototype);
        this.Message = opts.Message;
    }
}
class QuotaExceededException extends ServiceQuotasServiceException {
    name = "QuotaExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "QuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, QuotaExceededException.prototype);
        this.Message = opts.Message;
    }
}
class TagPolicyViolationException extends ServiceQuotasServiceException {
    name = "TagPolicyViolationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TagPolicyViolationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagPolicyViolationException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyTagsException extends ServiceQuotasServiceException {
    name = "TooManyTagsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyTagsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTagsException.prototype);
        this.Message = opts.Message;
    }
}

const _A = "Adjustable";
const _AAL = "AdjustableAtLevel";
const _ADE = "AccessDeniedException";
const _AR = "AwsRegion";
const _ASQT = "AssociateServiceQuotaTemplate";
const _ASQTR = "AssociateServiceQuotaTemplateRequest";
const _ASQTRs = "AssociateServiceQuotaTemplateResponse";
const _AV = "AppliedValue";
const _AWSSANEE = "AWSServiceAccessNotEnabledException";
const _C = "Created";
const _CI = "ContextId";
const _CIa = "CaseId";
const _CS = "ContextScope";
const _CSC = "CreateSupportCase";
const _CSCR = "CreateSupportCaseRequest";
const _CSCRr = "CreateSupportCaseResponse";
const _CST = "ContextScopeType";
const _D = "Description";
const _DADE = "DependencyAccessDeniedException";
const _DSQIRFT = "DeleteServiceQuotaIncreaseRequestFromTemplate";
const _DSQIRFTR = "DeleteServiceQuotaIncreaseRequestFromTemplateRequest";
const _DSQIRFTRe = "DeleteServiceQuotaIncreaseRequestFromTemplateResponse";
const _DSQT = "DisassociateServiceQuotaTemplate";
const _DSQTR = "DisassociateServiceQuotaTemplateRequest";
const _DSQTRi = "DisassociateServiceQuotaTemplateResponse";
const _DV = "DesiredValue";
const _DVe = "DefaultValue";
const _EC = "ErrorCode";
const _EL = "ExclusionList";
const _EM = "ErrorMessage";
const _EQL = "ExclusionQuotaList";
const _ER = "ErrorReason";
const _GA = "GeneratedAt";
const _GAFSQT = "GetAssociationForServiceQuotaTemplate";
const _GAFSQTR = "GetAssociationForServiceQuotaTemplateRequest";
const _GAFSQTRe = "GetAssociationForServiceQuotaTemplateResponse";
const _GAMC = "GetAutoManagementConfiguration";
const _GAMCR = "GetAutoManagementConfigurationRequest";
const _GAMCRe = "GetAutoManagementConfigurationResponse";
const _GAWSDSQ = "GetAWSDefaultServiceQuota";
const _GAWSDSQR = "GetAWSDefaultServiceQuotaRequest";
const _GAWSDSQRe = "GetAWSDefaultServiceQuotaResponse";
const _GQ = "GlobalQuota";
const _GQUR = "GetQuotaUtilizationReport";
const _GQURR = "GetQuotaUtilizationReportRequest";
const _GQURRe = "GetQuotaUtilizationReportResponse";
const _GRSQC = "GetRequestedServiceQuotaChange";
const _GRSQCR = "GetRequestedServiceQuotaChangeRequest";
const _GRSQCRe = "GetRequestedServiceQuotaChangeResponse";
const _GSQ = "GetServiceQuota";
const _GSQIRFT = "GetServiceQuotaIncreaseRequestFromTemplate";
const _GSQIRFTR = "GetServiceQuotaIncreaseRequestFromTemplateRequest";
const _GSQIRFTRe = "GetServiceQuotaIncreaseRequestFromTemplateResponse";
const _GSQR = "GetServiceQuotaRequest";
const _GSQRe = "GetServiceQuotaResponse";
const _I = "Id";
const _IAE = "IllegalArgumentException";
const _IPTE = "InvalidPaginationTokenException";
const _IRSE = "InvalidResourceStateException";
const _IT = "InputTags";
const _K = "Key";
const _LAWSDSQ = "ListAWSDefaultServiceQuotas";
const _LAWSDSQR = "ListAWSDefaultServiceQuotasRequest";
const _LAWSDSQRi = "ListAWSDefaultServiceQuotasResponse";
const _LRSQCH = "ListRequestedServiceQuotaChangeHistory";
const _LRSQCHBQ = "ListRequestedServiceQuotaChangeHistoryByQuota";
const _LRSQCHBQR = "ListRequestedServiceQuotaChangeHistoryByQuotaRequest";
const _LRSQCHBQRi = "ListRequestedServiceQuotaChangeHistoryByQuotaResponse";
const _LRSQCHR = "ListRequestedServiceQuotaChangeHistoryRequest";
const _LRSQCHRi = "ListRequestedServiceQuotaChangeHistoryResponse";
const _LS = "ListServices";
const _LSQ = "ListServiceQuotas";
const _LSQIRIT = "ListServiceQuotaIncreaseRequestsInTemplate";
const _LSQIRITR = "ListServiceQuotaIncreaseRequestsInTemplateRequest";
const _LSQIRITRi = "ListServiceQuotaIncreaseRequestsInTemplateResponse";
const _LSQR = "ListServiceQuotasRequest";
const _LSQRi = "ListServiceQuotasResponse";
const _LSR = "ListServicesRequest";
const _LSRi = "ListServicesResponse";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LU = "LastUpdated";
const _M = "Message";
const _MD = "MetricDimensions";
const _MI = "MetricInfo";
const _MN = "MetricNamespace";
const _MNe = "MetricName";
const _MR = "MaxResults";
const _MSR = "MetricStatisticRecommendation";
const _N = "Namespace";
const _NA = "NotificationArn";
const _NAOE = "NoAvailableOrganizationException";
const _NSRE = "NoSuchResourceException";
const _NT = "NextToken";
const _OIL = "OptInLevel";
const _OIS = "OptInStatus";
const _OIT = "OptInType";
const _ONIAFME = "OrganizationNotInAllFeaturesModeException";
const _OT = "OutputTags";
const _P = "Period";
const _PSQIRIT = "PutServiceQuotaIncreaseRequestIntoTemplate";
const _PSQIRITR = "PutServiceQuotaIncreaseRequestIntoTemplateRequest";
const _PSQIRITRu = "PutServiceQuotaIncreaseRequestIntoTemplateResponse";
const _PU = "PeriodUnit";
const _PV = "PeriodValue";
const _Q = "Quota";
const _QA = "QuotaArn";
const _QAAL = "QuotaAppliedAtLevel";
const _QC = "QuotaCode";
const _QCI = "QuotaContextInfo";
const _QCu = "QuotaContext";
const _QEE = "QuotaExceededException";
const _QI = "QuotaInfo";
const _QIL = "QuotaInfoList";
const _QN = "QuotaName";
const _QP = "QuotaPeriod";
const _QRAL = "QuotaRequestedAtLevel";
const _QUI = "QuotaUtilizationInfo";
const _QUIL = "QuotaUtilizationInfoList";
const _Qu = "Quotas";
const _R = "Requester";
const _RAEE = "ResourceAlreadyExistsException";
const _RARN = "ResourceARN";
const _RI = "RequestId";
const _RIe = "ReportId";
const _RQ = "RequestedQuota";
const _RQe = "RequestedQuotas";
const _RSQC = "RequestedServiceQuotaChange";
const _RSQCHLD = "RequestedServiceQuotaChangeHistoryListDefinition";
const _RSQI = "RequestServiceQuotaIncrease";
const _RSQIR = "RequestServiceQuotaIncreaseRequest";
const _RSQIRe = "RequestServiceQuotaIncreaseResponse";
const _RT = "RequestType";
const _S = "Status";
const _SAM = "StartAutoManagement";
const _SAMR = "StartAutoManagementRequest";
const _SAMRt = "StartAutoManagementResponse";
const _SAMRto = "StopAutoManagementRequest";
const _SAMRtop = "StopAutoManagementResponse";
const _SAMt = "StopAutoManagement";
const _SC = "ServiceCode";
const _SCA = "SupportCaseAllowed";
const _SE = "ServiceException";
const _SI = "ServiceInfo";
const _SILD = "ServiceInfoListDefinition";
const _SN = "ServiceName";
const _SQ = "ServiceQuota";
const _SQIRIT = "ServiceQuotaIncreaseRequestInTemplate";
const _SQIRITL = "ServiceQuotaIncreaseRequestInTemplateList";
const _SQLD = "ServiceQuotaListDefinition";
const _SQTAS = "ServiceQuotaTemplateAssociationStatus";
const _SQTNIUE = "ServiceQuotaTemplateNotInUseException";
const _SQUR = "StartQuotaUtilizationReport";
const _SQURR = "StartQuotaUtilizationReportRequest";
const _SQURRt = "StartQuotaUtilizationReportResponse";
const _Se = "Services";
const _T = "Tags";
const _TC = "TotalCount";
const _TK = "TagKeys";
const _TMRE = "TooManyRequestsException";
const _TMTE = "TooManyTagsException";
const _TNAIRE = "TemplatesNotAvailableInRegionException";
const _TPVE = "TagPolicyViolationException";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _Ta = "Tag";
const _U = "Utilization";
const _UAM = "UpdateAutoManagement";
const _UAMR = "UpdateAutoManagementRequest";
const _UAMRp = "UpdateAutoManagementResponse";
const _UM = "UsageMetric";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _Un = "Unit";
const _V = "Value";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.servicequotas";
const _se = "server";
const n0 = "com.amazonaws.servicequotas";
const _s_registry = new TypeRegistry(_s);
var ServiceQuotasServiceException$ = [-3, _s, "ServiceQuotasServiceException", 0, [], []];
_s_registry.registerError(ServiceQuotasServiceException$, ServiceQuotasServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AWSServiceAccessNotEnabledException$ = [-3, n0, _AWSSANEE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AWSServiceAccessNotEnabledException$, AWSServiceAccessNotEnabledException);
var DependencyAccessDeniedException$ = [-3, n0, _DADE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(DependencyAccessDeniedException$, DependencyAccessDeniedException);
var IllegalArgumentException$ = [-3, n0, _IAE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(IllegalArgumentException$, IllegalArgumentException);
var InvalidPaginationTokenException$ = [-3, n0, _IPTE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidPaginationTokenException$, InvalidPaginationTokenException);
var InvalidResourceStateException$ = [-3, n0, _IRSE,
    { [_e]: _c, [_hE]: 405 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidResourceStateException$, InvalidResourceStateException);
var NoAvailableOrganizationException$ = [-3, n0, _NAOE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(NoAvailableOrganizationException$, NoAvailableOrganizationException);
var NoSuchResourceException$ = [-3, n0, _NSRE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(NoSuchResourceException$, NoSuchResourceException);
var OrganizationNotInAllFeaturesModeException$ = [-3, n0, _ONIAFME,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var QuotaExceededException$ = [-3, n0, _QEE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(QuotaExceededException$, QuotaExceededException);
var ResourceAlreadyExistsException$ = [-3, n0, _RAEE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
var ServiceException$ = [-3, n0, _SE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceException$, ServiceException);
var ServiceQuotaTemplateNotInUseException$ = [-3, n0, _SQTNIUE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceQuotaTemplateNotInUseException$, ServiceQuotaTemplateNotInUseException);
var TagPolicyViolationException$ = [-3, n0, _TPVE,
    { [_e]: _c, [_hE]: 401 },
    [_M],
    [0]
];
n0_registry.registerError(TagPolicyViolationException$, TagPolicyViolationException);
var TemplatesNotAvailableInRegionException$ = [-3, n0, _TNAIRE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(TemplatesNotAvailableInRegionException$, TemplatesNotAvailableInRegionException);
var TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var TooManyTagsException$ = [-3, n0, _TMTE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AssociateServiceQuotaTemplateRequest$ = [3, n0, _ASQTR,
    0,
    [],
    []
];
var AssociateServiceQuotaTemplateResponse$ = [3, n0, _ASQTRs,
    0,
    [],
    []
];
var CreateSupportCaseRequest$ = [3, n0, _CSCR,
    0,
    [_RI],
    [0], 1
];
var CreateSupportCaseResponse$ = [3, n0, _CSCRr,
    0,
    [],
    []
];
var DeleteServiceQuotaIncreaseRequestFromTemplateRequest$ = [3, n0, _DSQIRFTR,
    0,
    [_SC, _QC, _AR],
    [0, 0, 0], 3
];
var DeleteServiceQuotaIncreaseRequestFromTemplateResponse$ = [3, n0, _DSQIRFTRe,
    0,
    [],
    []
];
var DisassociateServiceQuotaTemplateRequest$ = [3, n0, _DSQTR,
    0,
    [],
    []
];
var DisassociateServiceQuotaTemplateResponse$ = [3, n0, _DSQTRi,
    0,
    [],
    []
];
var ErrorReason$ = [3, n0, _ER,
    0,
    [_EC, _EM],
    [0, 0]
];
var GetAssociationForServiceQuotaTemplateRequest$ = [3, n0, _GAFSQTR,
    0,
    [],
    []
];
var GetAssociationForServiceQuotaTemplateResponse$ = [3, n0, _GAFSQTRe,
    0,
    [_SQTAS],
    [0]
];
var GetAutoManagementConfigurationRequest$ = [3, n0, _GAMCR,
    0,
    [],
    []
];
var GetAutoManagementConfigurationResponse$ = [3, n0, _GAMCRe,
    0,
    [_OIL, _OIT, _NA, _OIS, _EL],
    [0, 0, 0, 0, () => ExclusionQuotaList]
];
var GetAWSDefaultServiceQuotaRequest$ = [3, n0, _GAWSDSQR,
    0,
    [_SC, _QC],
    [0, 0], 2
];
var GetAWSDefaultServiceQuotaResponse$ = [3, n0, _GAWSDSQRe,
    0,
    [_Q],
    [() => ServiceQuota$]
];
var GetQuotaUtilizationReportRequest$ = [3, n0, _GQURR,
    0,
    [_RIe, _NT, _MR],
    [0, 0, 1], 1
];
var GetQuotaUtilizationReportResponse$ = [3, n0, _GQURRe,
    0,
    [_RIe, _S, _GA, _TC, _Qu, _NT, _EC, _EM],
    [0, 0, 4, 1, () => QuotaUtilizationInfoList, 0, 0, 0]
];
var GetRequestedServiceQuotaChangeRequest$ = [3, n0, _GRSQCR,
    0,
    [_RI],
    [0], 1
];
var GetRequestedServiceQuotaChangeResponse$ = [3, n0, _GRSQCRe,
    0,
    [_RQ],
    [() => RequestedServiceQuotaChange$]
];
var GetServiceQuotaIncreaseRequestFromTemplateRequest$ = [3, n0, _GSQIRFTR,
    0,
    [_SC, _QC, _AR],
    [0, 0, 0], 3
];
var GetServiceQuotaIncreaseRequestFromTemplateResponse$ = [3, n0, _GSQIRFTRe,
    0,
    [_SQIRIT],
    [() => ServiceQuotaIncreaseRequestInTemplate$]
];
var GetServiceQuotaRequest$ = [3, n0, _GSQR,
    0,
    [_SC, _QC, _CI],
    [0, 0, 0], 2
];
var GetServiceQuotaResponse$ = [3, n0, _GSQRe,
    0,
    [_Q],
    [() => ServiceQuota$]
];
var ListAWSDefaultServiceQuotasRequest$ = [3, n0, _LAWSDSQR,
    0,
    [_SC, _NT, _MR],
    [0, 0, 1], 1
];
var ListAWSDefaultServiceQuotasResponse$ = [3, n0, _LAWSDSQRi,
    0,
    [_NT, _Qu],
    [0, () => ServiceQuotaListDefinition]
];
var ListRequestedServiceQuotaChangeHistoryByQuotaRequest$ = [3, n0, _LRSQCHBQR,
    0,
    [_SC, _QC, _S, _NT, _MR, _QRAL],
    [0, 0, 0, 0, 1, 0], 2
];
var ListRequestedServiceQuotaChangeHistoryByQuotaResponse$ = [3, n0, _LRSQCHBQRi,
    0,
    [_NT, _RQe],
    [0, () => RequestedServiceQuotaChangeHistoryListDefinition]
];
var ListRequestedServiceQuotaChangeHistoryRequest$ = [3, n0, _LRSQCHR,
    0,
    [_SC, _S, _NT, _MR, _QRAL],
    [0, 0, 0, 1, 0]
];
var ListRequestedServiceQuotaChangeHistoryResponse$ = [3, n0, _LRSQCHRi,
    0,
    [_NT, _RQe],
    [0, () => RequestedServiceQuotaChangeHistoryListDefinition]
];
var ListServiceQuotaIncreaseRequestsInTemplateRequest$ = [3, n0, _LSQIRITR,
    0,
    [_SC, _AR, _NT, _MR],
    [0, 0, 0, 1]
];
var ListServiceQuotaIncreaseRequestsInTemplateResponse$ = [3, n0, _LSQIRITRi,
    0,
    [_SQIRITL, _NT],
    [() => ServiceQuotaIncreaseRequestInTemplateList, 0]
];
var ListServiceQuotasRequest$ = [3, n0, _LSQR,
    0,
    [_SC, _NT, _MR, _QC, _QAAL],
    [0, 0, 1, 0, 0], 1
];
var ListServiceQuotasResponse$ = [3, n0, _LSQRi,
    0,
    [_NT, _Qu],
    [0, () => ServiceQuotaListDefinition]
];
var ListServicesRequest$ = [3, n0, _LSR,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListServicesResponse$ = [3, n0, _LSRi,
    0,
    [_NT, _Se],
    [0, () => ServiceInfoListDefinition]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RARN],
    [0], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_T],
    [() => OutputTags]
];
var MetricInfo$ = [3, n0, _MI,
    0,
    [_MN, _MNe, _MD, _MSR],
    [0, 0, 128 | 0, 0]
];
var PutServiceQuotaIncreaseRequestIntoTemplateRequest$ = [3, n0, _PSQIRITR,
    0,
    [_QC, _SC, _AR, _DV],
    [0, 0, 0, 1], 4
];
var PutServiceQuotaIncreaseRequestIntoTemplateResponse$ = [3, n0, _PSQIRITRu,
    0,
    [_SQIRIT],
    [() => ServiceQuotaIncreaseRequestInTemplate$]
];
var QuotaContextInfo$ = [3, n0, _QCI,
    0,
    [_CS, _CST, _CI, _AAL],
    [0, 0, 0, 0]
];
var QuotaInfo$ = [3, n0, _QI,
    0,
    [_QC, _QN],
    [0, 0]
];
var QuotaPeriod$ = [3, n0, _QP,
    0,
    [_PV, _PU],
    [1, 0]
];
var QuotaUtilizationInfo$ = [3, n0, _QUI,
    0,
    [_QC, _SC, _QN, _N, _U, _DVe, _AV, _SN, _A],
    [0, 0, 0, 0, 1, 1, 1, 0, 2]
];
var RequestedServiceQuotaChange$ = [3, n0, _RSQC,
    0,
    [_I, _RT, _CIa, _SC, _SN, _QC, _QN, _DV, _S, _C, _LU, _R, _QA, _GQ, _Un, _QRAL, _QCu],
    [0, 0, 0, 0, 0, 0, 0, 1, 0, 4, 4, 0, 0, 2, 0, 0, () => QuotaContextInfo$]
];
var RequestServiceQuotaIncreaseRequest$ = [3, n0, _RSQIR,
    0,
    [_SC, _QC, _DV, _CI, _SCA],
    [0, 0, 1, 0, 2], 3
];
var RequestServiceQuotaIncreaseResponse$ = [3, n0, _RSQIRe,
    0,
    [_RQ],
    [() => RequestedServiceQuotaChange$]
];
var ServiceInfo$ = [3, n0, _SI,
    0,
    [_SC, _SN],
    [0, 0]
];
var ServiceQuota$ = [3, n0, _SQ,
    0,
    [_SC, _SN, _QA, _QC, _QN, _V, _Un, _A, _GQ, _UM, _P, _ER, _QAAL, _QCu, _D],
    [0, 0, 0, 0, 0, 1, 0, 2, 2, () => MetricInfo$, () => QuotaPeriod$, () => ErrorReason$, 0, () => QuotaContextInfo$, 0]
];
var ServiceQuotaIncreaseRequestInTemplate$ = [3, n0, _SQIRIT,
    0,
    [_SC, _SN, _QC, _QN, _DV, _AR, _Un, _GQ],
    [0, 0, 0, 0, 1, 0, 0, 2]
];
var StartAutoManagementRequest$ = [3, n0, _SAMR,
    0,
    [_OIL, _OIT, _NA, _EL],
    [0, 0, 0, [2, n0, _EL, 0, 0, 64 | 0]], 2
];
var StartAutoManagementResponse$ = [3, n0, _SAMRt,
    0,
    [],
    []
];
var StartQuotaUtilizationReportRequest$ = [3, n0, _SQURR,
    0,
    [],
    []
];
var StartQuotaUtilizationReportResponse$ = [3, n0, _SQURRt,
    0,
    [_RIe, _S, _M],
    [0, 0, 0]
];
var StopAutoManagementRequest$ = [3, n0, _SAMRto,
    0,
    [],
    []
];
var StopAutoManagementResponse$ = [3, n0, _SAMRtop,
    0,
    [],
    []
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [0, 0], 2
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RARN, _T],
    [0, () => InputTags], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RARN, _TK],
    [0, 64 | 0], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateAutoManagementRequest$ = [3, n0, _UAMR,
    0,
    [_OIT, _NA, _EL],
    [0, 0, [2, n0, _EL, 0, 0, 64 | 0]]
];
var UpdateAutoManagementResponse$ = [3, n0, _UAMRp,
    0,
    [],
    []
];
var InputTags = [1, n0, _IT,
    0, () => Tag$
];
var OutputTags = [1, n0, _OT,
    0, () => Tag$
];
var QuotaInfoList = [1, n0, _QIL,
    0, () => QuotaInfo$
];
var QuotaUtilizationInfoList = [1, n0, _QUIL,
    0, () => QuotaUtilizationInfo$
];
var RequestedServiceQuotaChangeHistoryListDefinition = [1, n0, _RSQCHLD,
    0, () => RequestedServiceQuotaChange$
];
var ServiceInfoListDefinition = [1, n0, _SILD,
    0, () => ServiceInfo$
];
var ServiceQuotaIncreaseRequestInTemplateList = [1, n0, _SQIRITL,
    0, () => ServiceQuotaIncreaseRequestInTemplate$
];
var ServiceQuotaListDefinition = [1, n0, _SQLD,
    0, () => ServiceQuota$
];
var ExclusionQuotaList = [2, n0, _EQL,
    0, 0, () => QuotaInfoList
];
var AssociateServiceQuotaTemplate$ = [9, n0, _ASQT,
    0, () => AssociateServiceQuotaTemplateRequest$, () => AssociateServiceQuotaTemplateResponse$
];
var CreateSupportCase$ = [9, n0, _CSC,
    0, () => CreateSupportCaseRequest$, () => CreateSupportCaseResponse$
];
var DeleteServiceQuotaIncreaseRequestFromTemplate$ = [9, n0, _DSQIRFT,
    0, () => DeleteServiceQuotaIncreaseRequestFromTemplateRequest$, () => DeleteServiceQuotaIncreaseRequestFromTemplateResponse$
];
var DisassociateServiceQuotaTemplate$ = [9, n0, _DSQT,
    0, () => DisassociateServiceQuotaTemplateRequest$, () => DisassociateServiceQuotaTemplateResponse$
];
var GetAssociationForServiceQuotaTemplate$ = [9, n0, _GAFSQT,
    0, () => GetAssociationForServiceQuotaTemplateRequest$, () => GetAssociationForServiceQuotaTemplateResponse$
];
var GetAutoManagementConfiguration$ = [9, n0, _GAMC,
    0, () => GetAutoManagementConfigurationRequest$, () => GetAutoManagementConfigurationResponse$
];
var GetAWSDefaultServiceQuota$ = [9, n0, _GAWSDSQ,
    0, () => GetAWSDefaultServiceQuotaRequest$, () => GetAWSDefaultServiceQuotaResponse$
];
var GetQuotaUtilizationReport$ = [9, n0, _GQUR,
    0, () => GetQuotaUtilizationReportRequest$, () => GetQuotaUtilizationReportResponse$
];
var GetRequestedServiceQuotaChange$ = [9, n0, _GRSQC,
    0, () => GetRequestedServiceQuotaChangeRequest$, () => GetRequestedServiceQuotaChangeResponse$
];
var GetServiceQuota$ = [9, n0, _GSQ,
    0, () => GetServiceQuotaRequest$, () => GetServiceQuotaResponse$
];
var GetServiceQuotaIncreaseRequestFromTemplate$ = [9, n0, _GSQIRFT,
    0, () => GetServiceQuotaIncreaseRequestFromTemplateRequest$, () => GetServiceQuotaIncreaseRequestFromTemplateResponse$
];
var ListAWSDefaultServiceQuotas$ = [9, n0, _LAWSDSQ,
    0, () => ListAWSDefaultServiceQuotasRequest$, () => ListAWSDefaultServiceQuotasResponse$
];
var ListRequestedServiceQuotaChangeHistory$ = [9, n0, _LRSQCH,
    0, () => ListRequestedServiceQuotaChangeHistoryRequest$, () => ListRequestedServiceQuotaChangeHistoryResponse$
];
var ListRequestedServiceQuotaChangeHistoryByQuota$ = [9, n0, _LRSQCHBQ,
    0, () => ListRequestedServiceQuotaChangeHistoryByQuotaRequest$, () => ListRequestedServiceQuotaChangeHistoryByQuotaResponse$
];
var ListServiceQuotaIncreaseRequestsInTemplate$ = [9, n0, _LSQIRIT,
    0, () => ListServiceQuotaIncreaseRequestsInTemplateRequest$, () => ListServiceQuotaIncreaseRequestsInTemplateResponse$
];
var ListServiceQuotas$ = [9, n0, _LSQ,
    0, () => ListServiceQuotasRequest$, () => ListServiceQuotasResponse$
];
var ListServices$ = [9, n0, _LS,
    0, () => ListServicesRequest$, () => ListServicesResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var PutServiceQuotaIncreaseRequestIntoTemplate$ = [9, n0, _PSQIRIT,
    0, () => PutServiceQuotaIncreaseRequestIntoTemplateRequest$, () => PutServiceQuotaIncreaseRequestIntoTemplateResponse$
];
var RequestServiceQuotaIncrease$ = [9, n0, _RSQI,
    0, () => RequestServiceQuotaIncreaseRequest$, () => RequestServiceQuotaIncreaseResponse$
];
var StartAutoManagement$ = [9, n0, _SAM,
    0, () => StartAutoManagementRequest$, () => StartAutoManagementResponse$
];
var StartQuotaUtilizationReport$ = [9, n0, _SQUR,
    0, () => StartQuotaUtilizationReportRequest$, () => StartQuotaUtilizationReportResponse$
];
var StopAutoManagement$ = [9, n0, _SAMt,
    0, () => StopAutoManagementRequest$, () => StopAutoManagementResponse$
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateAutoManagement$ = [9, n0, _UAM,
    0, () => UpdateAutoManagementRequest$, () => UpdateAutoManagementResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2019-06-24",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultServiceQuotasHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.servicequotas",
            errorTypeRegistries,
            version: "2019-06-24",
            serviceTarget: "ServiceQuotasV20190624",
        },
        serviceId: config?.serviceId ?? "Service Quotas",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class ServiceQuotasClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultServiceQuotasHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "ServiceQuotasV20190624", "ServiceQuotasClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AssociateServiceQuotaTemplateCommand extends command(_ep0, _mw0, "AssociateServiceQuotaTemplate", AssociateServiceQuotaTemplate$) {
}

class CreateSupportCaseCommand extends command(_ep0, _mw0, "CreateSupportCase", CreateSupportCase$) {
}

class DeleteServiceQuotaIncreaseRequestFromTemplateCommand extends command(_ep0, _mw0, "DeleteServiceQuotaIncreaseRequestFromTemplate", DeleteServiceQuotaIncreaseRequestFromTemplate$) {
}

class DisassociateServiceQuotaTemplateCommand extends command(_ep0, _mw0, "DisassociateServiceQuotaTemplate", DisassociateServiceQuotaTemplate$) {
}

class GetAssociationForServiceQuotaTemplateCommand extends command(_ep0, _mw0, "GetAssociationForServiceQuotaTemplate", GetAssociationForServiceQuotaTemplate$) {
}

class GetAutoManagementConfigurationCommand extends command(_ep0, _mw0, "GetAutoManagementConfiguration", GetAutoManagementConfiguration$) {
}

class GetAWSDefaultServiceQuotaCommand extends command(_ep0, _mw0, "GetAWSDefaultServiceQuota", GetAWSDefaultServiceQuota$) {
}

class GetQuotaUtilizationReportCommand extends command(_ep0, _mw0, "GetQuotaUtilizationReport", GetQuotaUtilizationReport$) {
}

class GetRequestedServiceQuotaChangeCommand extends command(_ep0, _mw0, "GetRequestedServiceQuotaChange", GetRequestedServiceQuotaChange$) {
}

class GetServiceQuotaCommand extends command(_ep0, _mw0, "GetServiceQuota", GetServiceQuota$) {
}

class GetServiceQuotaIncreaseRequestFromTemplateCommand extends command(_ep0, _mw0, "GetServiceQuotaIncreaseRequestFromTemplate", GetServiceQuotaIncreaseRequestFromTemplate$) {
}

class ListAWSDefaultServiceQuotasCommand extends command(_ep0, _mw0, "ListAWSDefaultServiceQuotas", ListAWSDefaultServiceQuotas$) {
}

class ListRequestedServiceQuotaChangeHistoryByQuotaCommand extends command(_ep0, _mw0, "ListRequestedServiceQuotaChangeHistoryByQuota", ListRequestedServiceQuotaChangeHistoryByQuota$) {
}

class ListRequestedServiceQuotaChangeHistoryCommand extends command(_ep0, _mw0, "ListRequestedServiceQuotaChangeHistory", ListRequestedServiceQuotaChangeHistory$) {
}

class ListServiceQuotaIncreaseRequestsInTemplateCommand extends command(_ep0, _mw0, "ListServiceQuotaIncreaseRequestsInTemplate", ListServiceQuotaIncreaseRequestsInTemplate$) {
}

class ListServiceQuotasCommand extends command(_ep0, _mw0, "ListServiceQuotas", ListServiceQuotas$) {
}

class ListServicesCommand extends command(_ep0, _mw0, "ListServices", ListServices$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class PutServiceQuotaIncreaseRequestIntoTemplateCommand extends command(_ep0, _mw0, "PutServiceQuotaIncreaseRequestIntoTemplate", PutServiceQuotaIncreaseRequestIntoTemplate$) {
}

class RequestServiceQuotaIncreaseCommand extends command(_ep0, _mw0, "RequestServiceQuotaIncrease", RequestServiceQuotaIncrease$) {
}

class StartAutoManagementCommand extends command(_ep0, _mw0, "StartAutoManagement", StartAutoManagement$) {
}

class StartQuotaUtilizationReportCommand extends command(_ep0, _mw0, "StartQuotaUtilizationReport", StartQuotaUtilizationReport$) {
}

class StopAutoManagementCommand extends command(_ep0, _mw0, "StopAutoManagement", StopAutoManagement$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAutoManagementCommand extends command(_ep0, _mw0, "UpdateAutoManagement", UpdateAutoManagement$) {
}

const paginateListAWSDefaultServiceQuotas = createPaginator(ServiceQuotasClient, ListAWSDefaultServiceQuotasCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRequestedServiceQuotaChangeHistoryByQuota = createPaginator(ServiceQuotasClient, ListRequestedServiceQuotaChangeHistoryByQuotaCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRequestedServiceQuotaChangeHistory = createPaginator(ServiceQuotasClient, ListRequestedServiceQuotaChangeHistoryCommand, "NextToken", "NextToken", "MaxResults");

const paginateListServiceQuotaIncreaseRequestsInTemplate = createPaginator(ServiceQuotasClient, ListServiceQuotaIncreaseRequestsInTemplateCommand, "NextToken", "NextToken", "MaxResults");

const paginateListServiceQuotas = createPaginator(ServiceQuotasClient, ListServiceQuotasCommand, "NextToken", "NextToken", "MaxResults");

const paginateListServices = createPaginator(ServiceQuotasClient, ListServicesCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AssociateServiceQuotaTemplateCommand,
    CreateSupportCaseCommand,
    DeleteServiceQuotaIncreaseRequestFromTemplateCommand,
    DisassociateServiceQuotaTemplateCommand,
    GetAssociationForServiceQuotaTemplateCommand,
    GetAutoManagementConfigurationCommand,
    GetAWSDefaultServiceQuotaCommand,
    GetQuotaUtilizationReportCommand,
    GetRequestedServiceQuotaChangeCommand,
    GetServiceQuotaCommand,
    GetServiceQuotaIncreaseRequestFromTemplateCommand,
    ListAWSDefaultServiceQuotasCommand,
    ListRequestedServiceQuotaChangeHistoryCommand,
    ListRequestedServiceQuotaChangeHistoryByQuotaCommand,
    ListServiceQuotaIncreaseRequestsInTemplateCommand,
    ListServiceQuotasCommand,
    ListServicesCommand,
    ListTagsForResourceCommand,
    PutServiceQuotaIncreaseRequestIntoTemplateCommand,
    RequestServiceQuotaIncreaseCommand,
    StartAutoManagementCommand,
    StartQuotaUtilizationReportCommand,
    StopAutoManagementCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateAutoManagementCommand,
};
const paginators = {
    paginateListAWSDefaultServiceQuotas,
    paginateListRequestedServiceQuotaChangeHistory,
    paginateListRequestedServiceQuotaChangeHistoryByQuota,
    paginateListServiceQuotaIncreaseRequestsInTemplate,
    paginateListServiceQuotas,
    paginateListServices,
};
class ServiceQuotas extends ServiceQuotasClient {
}
createAggregatedClient(commands, ServiceQuotas, { paginators });

const AdjustableAtLevelEnum = {
    ACCOUNT: "ACCOUNT",
    ALL: "ALL",
    PER_RESOURCE: "PER_RESOURCE",
};
const AppliedLevelEnum = {
    ACCOUNT: "ACCOUNT",
    ALL: "ALL",
    RESOURCE: "RESOURCE",
};
const ErrorCode = {
    DEPENDENCY_ACCESS_DENIED_ERROR: "DEPENDENCY_ACCESS_DENIED_ERROR",
    DEPENDENCY_SERVICE_ERROR: "DEPENDENCY_SERVICE_ERROR",
    DEPENDENCY_THROTTLING_ERROR: "DEPENDENCY_THROTTLING_ERROR",
    SERVICE_QUOTA_NOT_AVAILABLE_ERROR: "SERVICE_QUOTA_NOT_AVAILABLE_ERROR",
};
const ServiceQuotaTemplateAssociationStatus = {
    ASSOCIATED: "ASSOCIATED",
    DISASSOCIATED: "DISASSOCIATED",
};
const OptInLevel = {
    ACCOUNT: "ACCOUNT",
};
const OptInStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const OptInType = {
    NotifyAndAdjust: "NotifyAndAdjust",
    NotifyOnly: "NotifyOnly",
};
const PeriodUnit = {
    DAY: "DAY",
    HOUR: "HOUR",
    MICROSECOND: "MICROSECOND",
    MILLISECOND: "MILLISECOND",
    MINUTE: "MINUTE",
    SECOND: "SECOND",
    WEEK: "WEEK",
};
const QuotaContextScope = {
    ACCOUNT: "ACCOUNT",
    RESOURCE: "RESOURCE",
};
const ReportStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    PENDING: "PENDING",
};
const RequestType = {
    AutomaticManagement: "AutomaticManagement",
};
const RequestStatus = {
    APPROVED: "APPROVED",
    CASE_CLOSED: "CASE_CLOSED",
    CASE_OPENED: "CASE_OPENED",
    DENIED: "DENIED",
    INVALID_REQUEST: "INVALID_REQUEST",
    NOT_APPROVED: "NOT_APPROVED",
    PENDING: "PENDING",
};

__webpack_unused_export__ = AWSServiceAccessNotEnabledException;
__webpack_unused_export__ = AWSServiceAccessNotEnabledException$;
__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = AdjustableAtLevelEnum;
__webpack_unused_export__ = AppliedLevelEnum;
__webpack_unused_export__ = AssociateServiceQuotaTemplate$;
__webpack_unused_export__ = AssociateServiceQuotaTemplateCommand;
__webpack_unused_export__ = AssociateServiceQuotaTemplateRequest$;
__webpack_unused_export__ = AssociateServiceQuotaTemplateResponse$;
__webpack_unused_export__ = CreateSupportCase$;
__webpack_unused_export__ = CreateSupportCaseCommand;
__webpack_unused_export__ = CreateSupportCaseRequest$;
__webpack_unused_export__ = CreateSupportCaseResponse$;
__webpack_unused_export__ = DeleteServiceQuotaIncreaseRequestFromTemplate$;
__webpack_unused_export__ = DeleteServiceQuotaIncreaseRequestFromTemplateCommand;
__webpack_unused_export__ = DeleteServiceQuotaIncreaseRequestFromTemplateRequest$;
__webpack_unused_export__ = DeleteServiceQuotaIncreaseRequestFromTemplateResponse$;
__webpack_unused_export__ = DependencyAccessDeniedException;
__webpack_unused_export__ = DependencyAccessDeniedException$;
__webpack_unused_export__ = DisassociateServiceQuotaTemplate$;
__webpack_unused_export__ = DisassociateServiceQuotaTemplateCommand;
__webpack_unused_export__ = DisassociateServiceQuotaTemplateRequest$;
__webpack_unused_export__ = DisassociateServiceQuotaTemplateResponse$;
__webpack_unused_export__ = ErrorCode;
__webpack_unused_export__ = ErrorReason$;
__webpack_unused_export__ = GetAWSDefaultServiceQuota$;
__webpack_unused_export__ = GetAWSDefaultServiceQuotaCommand;
__webpack_unused_export__ = GetAWSDefaultServiceQuotaRequest$;
__webpack_unused_export__ = GetAWSDefaultServiceQuotaResponse$;
__webpack_unused_export__ = GetAssociationForServiceQuotaTemplate$;
__webpack_unused_export__ = GetAssociationForServiceQuotaTemplateCommand;
__webpack_unused_export__ = GetAssociationForServiceQuotaTemplateRequest$;
__webpack_unused_export__ = GetAssociationForServiceQuotaTemplateResponse$;
__webpack_unused_export__ = GetAutoManagementConfiguration$;
__webpack_unused_export__ = GetAutoManagementConfigurationCommand;
__webpack_unused_export__ = GetAutoManagementConfigurationRequest$;
__webpack_unused_export__ = GetAutoManagementConfigurationResponse$;
__webpack_unused_export__ = GetQuotaUtilizationReport$;
__webpack_unused_export__ = GetQuotaUtilizationReportCommand;
__webpack_unused_export__ = GetQuotaUtilizationReportRequest$;
__webpack_unused_export__ = GetQuotaUtilizationReportResponse$;
__webpack_unused_export__ = GetRequestedServiceQuotaChange$;
__webpack_unused_export__ = GetRequestedServiceQuotaChangeCommand;
__webpack_unused_export__ = GetRequestedServiceQuotaChangeRequest$;
__webpack_unused_export__ = GetRequestedServiceQuotaChangeResponse$;
__webpack_unused_export__ = GetServiceQuota$;
exports.GetServiceQuotaCommand = GetServiceQuotaCommand;
__webpack_unused_export__ = GetServiceQuotaIncreaseRequestFromTemplate$;
__webpack_unused_export__ = GetServiceQuotaIncreaseRequestFromTemplateCommand;
__webpack_unused_export__ = GetServiceQuotaIncreaseRequestFromTemplateRequest$;
__webpack_unused_export__ = GetServiceQuotaIncreaseRequestFromTemplateResponse$;
__webpack_unused_export__ = GetServiceQuotaRequest$;
__webpack_unused_export__ = GetServiceQuotaResponse$;
__webpack_unused_export__ = IllegalArgumentException;
__webpack_unused_export__ = IllegalArgumentException$;
__webpack_unused_export__ = InvalidPaginationTokenException;
__webpack_unused_export__ = InvalidPaginationTokenException$;
__webpack_unused_export__ = InvalidResourceStateException;
__webpack_unused_export__ = InvalidResourceStateException$;
__webpack_unused_export__ = ListAWSDefaultServiceQuotas$;
exports.ListAWSDefaultServiceQuotasCommand = ListAWSDefaultServiceQuotasCommand;
__webpack_unused_export__ = ListAWSDefaultServiceQuotasRequest$;
__webpack_unused_export__ = ListAWSDefaultServiceQuotasResponse$;
__webpack_unused_export__ = ListRequestedServiceQuotaChangeHistory$;
__webpack_unused_export__ = ListRequestedServiceQuotaChangeHistoryByQuota$;
__webpack_unused_export__ = ListRequestedServiceQuotaChangeHistoryByQuotaCommand;
__webpack_unused_export__ = ListRequestedServiceQuotaChangeHistoryByQuotaRequest$;
__webpack_unused_export__ = ListRequestedServiceQuotaChangeHistoryByQuotaResponse$;
__webpack_unused_export__ = ListRequestedServiceQuotaChangeHistoryCommand;
__webpack_unused_export__ = ListRequestedServiceQuotaChangeHistoryRequest$;
__webpack_unused_export__ = ListRequestedServiceQuotaChangeHistoryResponse$;
__webpack_unused_export__ = ListServiceQuotaIncreaseRequestsInTemplate$;
__webpack_unused_export__ = ListServiceQuotaIncreaseRequestsInTemplateCommand;
__webpack_unused_export__ = ListServiceQuotaIncreaseRequestsInTemplateRequest$;
__webpack_unused_export__ = ListServiceQuotaIncreaseRequestsInTemplateResponse$;
__webpack_unused_export__ = ListServiceQuotas$;
__webpack_unused_export__ = ListServiceQuotasCommand;
__webpack_unused_export__ = ListServiceQuotasRequest$;
__webpack_unused_export__ = ListServiceQuotasResponse$;
__webpack_unused_export__ = ListServices$;
__webpack_unused_export__ = ListServicesCommand;
__webpack_unused_export__ = ListServicesRequest$;
__webpack_unused_export__ = ListServicesResponse$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceRequest$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = MetricInfo$;
__webpack_unused_export__ = NoAvailableOrganizationException;
__webpack_unused_export__ = NoAvailableOrganizationException$;
__webpack_unused_export__ = NoSuchResourceException;
__webpack_unused_export__ = NoSuchResourceException$;
__webpack_unused_export__ = OptInLevel;
__webpack_unused_export__ = OptInStatus;
__webpack_unused_export__ = OptInType;
__webpack_unused_export__ = OrganizationNotInAllFeaturesModeException;
__webpack_unused_export__ = OrganizationNotInAllFeaturesModeException$;
__webpack_unused_export__ = PeriodUnit;
__webpack_unused_export__ = PutServiceQuotaIncreaseRequestIntoTemplate$;
__webpack_unused_export__ = PutServiceQuotaIncreaseRequestIntoTemplateCommand;
__webpack_unused_export__ = PutServiceQuotaIncreaseRequestIntoTemplateRequest$;
__webpack_unused_export__ = PutServiceQuotaIncreaseRequestIntoTemplateResponse$;
__webpack_unused_export__ = QuotaContextInfo$;
__webpack_unused_export__ = QuotaContextScope;
__webpack_unused_export__ = QuotaExceededException;
__webpack_unused_export__ = QuotaExceededException$;
__webpack_unused_export__ = QuotaInfo$;
__webpack_unused_export__ = QuotaPeriod$;
__webpack_unused_export__ = QuotaUtilizationInfo$;
__webpack_unused_export__ = ReportStatus;
__webpack_unused_export__ = RequestServiceQuotaIncrease$;
__webpack_unused_export__ = RequestServiceQuotaIncreaseCommand;
__webpack_unused_export__ = RequestServiceQuotaIncreaseRequest$;
__webpack_unused_export__ = RequestServiceQuotaIncreaseResponse$;
__webpack_unused_export__ = RequestStatus;
__webpack_unused_export__ = RequestType;
__webpack_unused_export__ = RequestedServiceQuotaChange$;
__webpack_unused_export__ = ResourceAlreadyExistsException;
__webpack_unused_export__ = ResourceAlreadyExistsException$;
__webpack_unused_export__ = ServiceException;
__webpack_unused_export__ = ServiceException$;
__webpack_unused_export__ = ServiceInfo$;
__webpack_unused_export__ = ServiceQuota$;
__webpack_unused_export__ = ServiceQuotaIncreaseRequestInTemplate$;
__webpack_unused_export__ = ServiceQuotaTemplateAssociationStatus;
__webpack_unused_export__ = ServiceQuotaTemplateNotInUseException;
__webpack_unused_export__ = ServiceQuotaTemplateNotInUseException$;
__webpack_unused_export__ = ServiceQuotas;
exports.ServiceQuotasClient = ServiceQuotasClient;
__webpack_unused_export__ = ServiceQuotasServiceException;
__webpack_unused_export__ = ServiceQuotasServiceException$;
__webpack_unused_export__ = StartAutoManagement$;
__webpack_unused_export__ = StartAutoManagementCommand;
__webpack_unused_export__ = StartAutoManagementRequest$;
__webpack_unused_export__ = StartAutoManagementResponse$;
__webpack_unused_export__ = StartQuotaUtilizationReport$;
__webpack_unused_export__ = StartQuotaUtilizationReportCommand;
__webpack_unused_export__ = StartQuotaUtilizationReportRequest$;
__webpack_unused_export__ = StartQuotaUtilizationReportResponse$;
__webpack_unused_export__ = StopAutoManagement$;
__webpack_unused_export__ = StopAutoManagementCommand;
__webpack_unused_export__ = StopAutoManagementRequest$;
__webpack_unused_export__ = StopAutoManagementResponse$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagPolicyViolationException;
__webpack_unused_export__ = TagPolicyViolationException$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagResourceResponse$;
__webpack_unused_export__ = TemplatesNotAvailableInRegionException;
__webpack_unused_export__ = TemplatesNotAvailableInRegionException$;
__webpack_unused_export__ = TooManyRequestsException;
__webpack_unused_export__ = TooManyRequestsException$;
__webpack_unused_export__ = TooManyTagsException;
__webpack_unused_export__ = TooManyTagsException$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UntagResourceResponse$;
__webpack_unused_export__ = UpdateAutoManagement$;
__webpack_unused_export__ = UpdateAutoManagementCommand;
__webpack_unused_export__ = UpdateAutoManagementRequest$;
__webpack_unused_export__ = UpdateAutoManagementResponse$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateListAWSDefaultServiceQuotas;
__webpack_unused_export__ = paginateListRequestedServiceQuotaChangeHistory;
__webpack_unused_export__ = paginateListRequestedServiceQuotaChangeHistoryByQuota;
__webpack_unused_export__ = paginateListServiceQuotaIncreaseRequestsInTemplate;
__webpack_unused_export__ = paginateListServiceQuotas;
__webpack_unused_export__ = paginateListServices;


/***/ })

};
;