// Our review of cloudformation/handler-permissions.json (generated from the registry schemas):
// where the stack role does not grant a declared action, and how it spells out a declared
// wildcard (our rule: no `*` in an action). Each exclusion names the property whose use makes the
// handler call the action; handler-permissions.test.ts checks that no model template sets it, so
// a template that starts using the feature fails until the role grants the action.

export interface Exclusion {
  actions: string[];
  type: string;
  /** The handler calls the actions only when one of these properties is set (checked). */
  unlessSet?: string[];
  /** ... or when this property's value mentions the text (checked). */
  unlessContains?: { property: string; text: string };
  /** The stack role must explicitly deny the actions (checked). */
  denied?: boolean;
  /** The actions are no IAM action at all: cfn-lint's IAM reference does not list them (checked). */
  notAnAction?: boolean;
  why: string;
}

export const EXCLUSIONS: Exclusion[] = [
  { type: 'AWS::Lambda::Function', actions: ['kms:CreateGrant', 'kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], unlessSet: ['KmsKeyArn'], why: 'customer-managed key of the function; ours use the AWS key' },
  { type: 'AWS::Lambda::Function', actions: ['lambda:GetCodeSigningConfig', 'lambda:PutFunctionCodeSigningConfig', 'lambda:DeleteFunctionCodeSigningConfig'], unlessSet: ['CodeSigningConfigArn'], why: 'code signing of a zip from S3; ours is inline' },
  { type: 'AWS::Lambda::Function', actions: ['lambda:PutFunctionScalingConfig'], unlessSet: ['FunctionScalingConfig'], why: 'capacity-provider scaling, not used' },
  { type: 'AWS::Lambda::Function', actions: ['lambda:PassCapacityProvider'], unlessSet: ['CapacityProviderConfig'], why: 'Lambda managed instances, not used' },
  { type: 'AWS::Lambda::Function', actions: ['lambda:GetLayerVersion'], unlessSet: ['Layers'], why: 'layers, not used' },
  { type: 'AWS::Lambda::Function', actions: ['lambda:PublishVersion'], unlessSet: ['PublishToLatestPublished', 'SnapStart'], why: 'published versions, not used' },
  { type: 'AWS::Lambda::Function', actions: ['s3:GetObject', 's3:GetObjectVersion'], unlessSet: ['Code.S3Bucket', 'Code.S3Key'], why: 'code from S3; ours is Code.ZipFile' },
  { type: 'AWS::Lambda::Function', actions: ['elasticfilesystem:DescribeMountTargets', 's3files:ListMountTargets'], unlessSet: ['FileSystemConfigs'], why: 'mounted file systems, not used' },
  { type: 'AWS::ECS::Cluster', actions: ['kms:DescribeKey'], unlessSet: ['Configuration'], why: 'managed storage / execute-command keys, not configured' },
  {
    type: 'AWS::ECS::Cluster',
    actions: ['ecs:PutAccountSetting', 'ecs:PutAccountSettingDefault'],
    unlessSet: ['ClusterSettings'],
    why: 'account-wide ECS settings, outside any stack: a model stack never changes the account'
  },
  { type: 'AWS::Logs::LogGroup', actions: ['logs:AssociateKmsKey', 'logs:DisassociateKmsKey'], unlessSet: ['KmsKeyId'], why: 'customer-managed key, not used' },
  { type: 'AWS::Logs::LogGroup', actions: ['logs:PutDataProtectionPolicy'], unlessSet: ['DataProtectionPolicy'], why: 'data protection policy, not used' },
  {
    type: 'AWS::Logs::LogGroup',
    actions: ['logs:PutResourcePolicy', 'logs:CreateLogDelivery', 'firehose:TagDeliveryStream'],
    unlessSet: ['ResourcePolicyDocument', 'DeliveryDestinations'],
    why: 'account-level log resource policies and deliveries to Firehose/S3: our log groups deliver nowhere'
  },
  { type: 'AWS::Logs::LogGroup', actions: ['s3:REST.PUT.OBJECT'], notAnAction: true, why: 'declared by the schema but no IAM action (a REST operation name)' },
  { type: 'AWS::SecretsManager::Secret', actions: ['secretsmanager:ReplicateSecretToRegions', 'secretsmanager:RemoveRegionsFromReplication'], unlessSet: ['ReplicaRegions'], why: 'replicas in other regions, not used' },
  { type: 'AWS::EC2::VPC', actions: ['ec2:ModifyVpcTenancy'], unlessSet: ['InstanceTenancy'], why: 'dedicated tenancy, not used' },
  { type: 'AWS::EC2::VPC', actions: ['ec2:CreateVpcEncryptionControl'], unlessSet: ['VpcEncryptionControl'], why: 'VPC encryption control, not used' },
  { type: 'AWS::EC2::Subnet', actions: ['ec2:AssociateSubnetCidrBlock', 'ec2:DisassociateSubnetCidrBlock'], unlessSet: ['Ipv6CidrBlock', 'Ipv6CidrBlocks', 'Ipv6Native'], why: 'IPv6 blocks, not used' },
  { type: 'AWS::EC2::VPCGatewayAttachment', actions: ['ec2:AttachVpnGateway', 'ec2:DetachVpnGateway'], unlessSet: ['VpnGatewayId'], why: 'VPN gateways, not used' },
  { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', actions: ['elasticloadbalancing:ModifyCapacityReservation'], unlessSet: ['MinimumLoadBalancerCapacity'], why: 'reserved load balancer capacity, not used' },
  { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', actions: ['elasticloadbalancing:ModifyIpPools'], unlessSet: ['Ipv4IpamPoolId'], why: 'IPAM pools, not used' },
  { type: 'AWS::ElasticLoadBalancingV2::Listener', actions: ['cognito-idp:DescribeUserPoolClient'], unlessContains: { property: 'DefaultActions', text: 'authenticate-cognito' }, why: 'Cognito authentication actions, not used' },
  {
    type: 'AWS::AutoScaling::AutoScalingGroup',
    actions: ['vpc-lattice:DeregisterTargets', 'vpc-lattice:GetTargetGroup', 'vpc-lattice:ListTargets', 'vpc-lattice:RegisterTargets'],
    unlessSet: ['TrafficSources'],
    why: 'VPC Lattice traffic sources, not used'
  },
  {
    type: 'AWS::ApplicationAutoScaling::ScalableTarget',
    actions: ['lambda:DeleteProvisionedConcurrencyConfig', 'lambda:GetProvisionedConcurrencyConfig', 'lambda:PutProvisionedConcurrencyConfig'],
    unlessContains: { property: 'ServiceNamespace', text: 'lambda' },
    why: 'Lambda provisioned concurrency targets; ours scale ECS services and SageMaker variants'
  },
  {
    type: 'AWS::IAM::Role',
    actions: ['iam:DeleteRolePermissionsBoundary'],
    denied: true,
    why: 'removing the permissions boundary is the escalation the stack role must never have (issue 13, item 7)'
  }
];

/**
 * Wildcards the registry handlers declare, spelled out. `all`: every action of the family that
 * cfn-lint's IAM reference lists is granted (checked). `some`: a reviewed subset, with why.
 * `unspellable`: the service is not in the IAM reference, so no name can be granted (checked).
 */
export const FAMILIES: Record<string, { all: true } | { some: string[]; why: string } | { unspellable: string }> = {
  'autoscaling:Describe*': { all: true },
  'elasticloadbalancing:Describe*': {
    some: [
      'elasticloadbalancing:DescribeCapacityReservation', 'elasticloadbalancing:DescribeListenerAttributes', 'elasticloadbalancing:DescribeListenerCertificates',
      'elasticloadbalancing:DescribeListeners', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancers',
      'elasticloadbalancing:DescribeRules', 'elasticloadbalancing:DescribeTags', 'elasticloadbalancing:DescribeTargetGroupAttributes',
      'elasticloadbalancing:DescribeTargetGroups', 'elasticloadbalancing:DescribeTargetHealth'
    ],
    why: 'what the Auto Scaling group reads of its Application Load Balancer target groups (not Classic ELB, trust stores or WAF)'
  },
  'ec2:Describe*': {
    some: [
      'ec2:DescribeAccountAttributes', 'ec2:DescribeAvailabilityZones', 'ec2:DescribeCapacityReservations', 'ec2:DescribeImages',
      'ec2:DescribeInstanceAttribute', 'ec2:DescribeInstanceStatus', 'ec2:DescribeInstanceTypeOfferings', 'ec2:DescribeInstanceTypes',
      'ec2:DescribeInstances', 'ec2:DescribeKeyPairs', 'ec2:DescribeLaunchTemplateVersions', 'ec2:DescribeLaunchTemplates',
      'ec2:DescribePlacementGroups', 'ec2:DescribeRegions', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSpotPriceHistory',
      'ec2:DescribeSubnets', 'ec2:DescribeVpcs'
    ],
    why: 'what an Auto Scaling group validates of its launch template, network, instance types and capacity (the family has ~190 actions)'
  },
  'ec2:Get*': {
    some: [
      'ec2:GetCapacityReservationUsage', 'ec2:GetDefaultCreditSpecification', 'ec2:GetEbsDefaultKmsKeyId', 'ec2:GetEbsEncryptionByDefault',
      'ec2:GetInstanceMetadataDefaults', 'ec2:GetInstanceTypesFromInstanceRequirements', 'ec2:GetLaunchTemplateData'
    ],
    why: 'launch template data and the account defaults an instance launch resolves (the family has ~70 actions)'
  },
  'ssm:Get*': { some: ['ssm:GetParameter', 'ssm:GetParameters'], why: 'resolving an AMI given as an SSM parameter; no other Parameter Store or Systems Manager read' },
  'managed-fleets:Get*': {
    unspellable: 'managed-fleets is not in the IAM service reference (cfn-lint lists no action of it): no name can be spelled out, and "*" stays forbidden'
  }
};
