/**
 * The Pulumi type tokens the pack, the components and the offline engine name, one spelling each.
 * AWS tokens are grouped as `@pulumi/aws` groups its classes (`AwsType.s3.Bucket` is the token of
 * `aws.s3.Bucket`); a test holds every entry equal to the SDK class's own `__pulumiType`.
 */
export const AwsType = {
  alb: {
    Listener: "aws:alb/listener:Listener",
  },
  apigateway: {
    IntegrationResponse: "aws:apigateway/integrationResponse:IntegrationResponse",
    Method: "aws:apigateway/method:Method",
    MethodSettings: "aws:apigateway/methodSettings:MethodSettings",
    Response: "aws:apigateway/response:Response",
    RestApi: "aws:apigateway/restApi:RestApi",
    Stage: "aws:apigateway/stage:Stage",
    UsagePlan: "aws:apigateway/usagePlan:UsagePlan",
  },
  apigatewayv2: {
    Api: "aws:apigatewayv2/api:Api",
    Route: "aws:apigatewayv2/route:Route",
    Stage: "aws:apigatewayv2/stage:Stage",
  },
  autoscaling: {
    Group: "aws:autoscaling/group:Group",
  },
  bedrock: {
    AgentAgent: "aws:bedrock/agentAgent:AgentAgent",
    AgentAgentAlias: "aws:bedrock/agentAgentAlias:AgentAgentAlias",
    AgentDataSource: "aws:bedrock/agentDataSource:AgentDataSource",
    AgentKnowledgeBase: "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
    AgentcoreAgentRuntime: "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime",
    AgentcoreBrowser: "aws:bedrock/agentcoreBrowser:AgentcoreBrowser",
    AgentcoreCodeInterpreter: "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter",
    AgentcoreGateway: "aws:bedrock/agentcoreGateway:AgentcoreGateway",
    AgentcoreMemory: "aws:bedrock/agentcoreMemory:AgentcoreMemory",
    AgentcoreTokenVaultCmk: "aws:bedrock/agentcoreTokenVaultCmk:AgentcoreTokenVaultCmk",
    CustomModel: "aws:bedrock/customModel:CustomModel",
    Guardrail: "aws:bedrock/guardrail:Guardrail",
    GuardrailVersion: "aws:bedrock/guardrailVersion:GuardrailVersion",
    InferenceProfile: "aws:bedrock/inferenceProfile:InferenceProfile",
    ProvisionedModelThroughput: "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
  },
  bedrockmodel: {
    InvocationLoggingConfiguration:
      "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration",
  },
  budgets: {
    Budget: "aws:budgets/budget:Budget",
  },
  cloudtrail: {
    EventDataStore: "aws:cloudtrail/eventDataStore:EventDataStore",
    Trail: "aws:cloudtrail/trail:Trail",
  },
  cloudwatch: {
    LogGroup: "aws:cloudwatch/logGroup:LogGroup",
    MetricAlarm: "aws:cloudwatch/metricAlarm:MetricAlarm",
  },
  ec2: {
    DefaultRouteTable: "aws:ec2/defaultRouteTable:DefaultRouteTable",
    DefaultSecurityGroup: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
    DefaultVpc: "aws:ec2/defaultVpc:DefaultVpc",
    EgressOnlyInternetGateway: "aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway",
    Eip: "aws:ec2/eip:Eip",
    Fleet: "aws:ec2/fleet:Fleet",
    FlowLog: "aws:ec2/flowLog:FlowLog",
    Instance: "aws:ec2/instance:Instance",
    InternetGateway: "aws:ec2/internetGateway:InternetGateway",
    LaunchTemplate: "aws:ec2/launchTemplate:LaunchTemplate",
    MainRouteTableAssociation: "aws:ec2/mainRouteTableAssociation:MainRouteTableAssociation",
    NatGateway: "aws:ec2/natGateway:NatGateway",
    NetworkAcl: "aws:ec2/networkAcl:NetworkAcl",
    Route: "aws:ec2/route:Route",
    RouteTable: "aws:ec2/routeTable:RouteTable",
    RouteTableAssociation: "aws:ec2/routeTableAssociation:RouteTableAssociation",
    SecurityGroup: "aws:ec2/securityGroup:SecurityGroup",
    SecurityGroupRule: "aws:ec2/securityGroupRule:SecurityGroupRule",
    SpotFleetRequest: "aws:ec2/spotFleetRequest:SpotFleetRequest",
    SpotInstanceRequest: "aws:ec2/spotInstanceRequest:SpotInstanceRequest",
    Subnet: "aws:ec2/subnet:Subnet",
    Vpc: "aws:ec2/vpc:Vpc",
    VpcEndpoint: "aws:ec2/vpcEndpoint:VpcEndpoint",
    VpcEndpointPolicy: "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy",
  },
  ecr: {
    Repository: "aws:ecr/repository:Repository",
  },
  ecs: {
    DaemonTaskDefinition: "aws:ecs/daemonTaskDefinition:DaemonTaskDefinition",
    Service: "aws:ecs/service:Service",
    TaskDefinition: "aws:ecs/taskDefinition:TaskDefinition",
    TaskSet: "aws:ecs/taskSet:TaskSet",
  },
  eks: {
    Cluster: "aws:eks/cluster:Cluster",
    NodeGroup: "aws:eks/nodeGroup:NodeGroup",
  },
  elasticsearch: {
    Domain: "aws:elasticsearch/domain:Domain",
    DomainPolicy: "aws:elasticsearch/domainPolicy:DomainPolicy",
  },
  elb: {
    LoadBalancer: "aws:elb/loadBalancer:LoadBalancer",
  },
  iam: {
    AccessKey: "aws:iam/accessKey:AccessKey",
    GroupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    GroupPolicyAttachment: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
    GroupPolicyAttachmentsExclusive:
      "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
    Policy: "aws:iam/policy:Policy",
    PolicyAttachment: "aws:iam/policyAttachment:PolicyAttachment",
    Role: "aws:iam/role:Role",
    RolePolicy: "aws:iam/rolePolicy:RolePolicy",
    RolePolicyAttachment: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    RolePolicyAttachmentsExclusive: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
    UserPolicy: "aws:iam/userPolicy:UserPolicy",
    UserPolicyAttachment: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    UserPolicyAttachmentsExclusive: "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive",
  },
  kms: {
    Alias: "aws:kms/alias:Alias",
    ExternalKey: "aws:kms/externalKey:ExternalKey",
    Key: "aws:kms/key:Key",
    KeyPolicy: "aws:kms/keyPolicy:KeyPolicy",
    ReplicaKey: "aws:kms/replicaKey:ReplicaKey",
  },
  lambda: {
    Function: "aws:lambda/function:Function",
    FunctionUrl: "aws:lambda/functionUrl:FunctionUrl",
  },
  lb: {
    Listener: "aws:lb/listener:Listener",
  },
  opensearch: {
    Domain: "aws:opensearch/domain:Domain",
    DomainPolicy: "aws:opensearch/domainPolicy:DomainPolicy",
    ServerlessAccessPolicy: "aws:opensearch/serverlessAccessPolicy:ServerlessAccessPolicy",
    ServerlessCollection: "aws:opensearch/serverlessCollection:ServerlessCollection",
    ServerlessSecurityPolicy: "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy",
  },
  rds: {
    Cluster: "aws:rds/cluster:Cluster",
    ClusterInstance: "aws:rds/clusterInstance:ClusterInstance",
    Instance: "aws:rds/instance:Instance",
  },
  s3: {
    AccountPublicAccessBlock: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    Bucket: "aws:s3/bucket:Bucket",
    BucketLogging: "aws:s3/bucketLogging:BucketLogging",
    BucketLoggingV2: "aws:s3/bucketLoggingV2:BucketLoggingV2",
    BucketObjectLockConfiguration: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
    BucketObjectLockConfigurationV2: "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2",
    BucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
    BucketPublicAccessBlock: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    BucketServerSideEncryptionConfiguration:
      "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    BucketServerSideEncryptionConfigurationV2:
      "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    BucketV2: "aws:s3/bucketV2:BucketV2",
    BucketVersioning: "aws:s3/bucketVersioning:BucketVersioning",
    BucketVersioningV2: "aws:s3/bucketVersioningV2:BucketVersioningV2",
    VectorsIndex: "aws:s3/vectorsIndex:VectorsIndex",
    VectorsVectorBucket: "aws:s3/vectorsVectorBucket:VectorsVectorBucket",
  },
  sagemaker: {
    Domain: "aws:sagemaker/domain:Domain",
    Endpoint: "aws:sagemaker/endpoint:Endpoint",
    EndpointConfiguration: "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
    FeatureGroup: "aws:sagemaker/featureGroup:FeatureGroup",
    ImageVersion: "aws:sagemaker/imageVersion:ImageVersion",
    MlflowApp: "aws:sagemaker/mlflowApp:MlflowApp",
    MlflowTrackingServer: "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer",
    Model: "aws:sagemaker/model:Model",
    ModelPackageGroup: "aws:sagemaker/modelPackageGroup:ModelPackageGroup",
    NotebookInstance: "aws:sagemaker/notebookInstance:NotebookInstance",
    Space: "aws:sagemaker/space:Space",
    TrainingJob: "aws:sagemaker/trainingJob:TrainingJob",
    UserProfile: "aws:sagemaker/userProfile:UserProfile",
  },
  secretsmanager: {
    Secret: "aws:secretsmanager/secret:Secret",
    SecretRotation: "aws:secretsmanager/secretRotation:SecretRotation",
  },
  sns: {
    Topic: "aws:sns/topic:Topic",
  },
  sqs: {
    Queue: "aws:sqs/queue:Queue",
  },
  ssm: {
    Parameter: "aws:ssm/parameter:Parameter",
  },
  vpc: {
    SecurityGroupIngressRule: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
  },
  wafv2: {
    WebAcl: "aws:wafv2/webAcl:WebAcl",
    WebAclAssociation: "aws:wafv2/webAclAssociation:WebAclAssociation",
    WebAclRule: "aws:wafv2/webAclRule:WebAclRule",
  },
} as const;

/**
 * Data-source (invoke) tokens, grouped as `@pulumi/aws` groups its functions (`AwsFunction.kms.getAlias`
 * is the token `aws.kms.getAlias` invokes; `index` holds the top-level `aws.getRegion` and the
 * like). The offline engine answers these invokes; a test holds every entry equal to the token the
 * SDK function sends.
 */
export const AwsFunction = {
  ec2: {
    getAmi: "aws:ec2/getAmi:getAmi",
    getVpc: "aws:ec2/getVpc:getVpc",
  },
  iam: {
    getPolicyDocument: "aws:iam/getPolicyDocument:getPolicyDocument",
  },
  index: {
    getAvailabilityZones: "aws:index/getAvailabilityZones:getAvailabilityZones",
    getCallerIdentity: "aws:index/getCallerIdentity:getCallerIdentity",
    getPartition: "aws:index/getPartition:getPartition",
    getRegion: "aws:index/getRegion:getRegion",
  },
  kms: {
    getAlias: "aws:kms/getAlias:getAlias",
    getKey: "aws:kms/getKey:getKey",
  },
  ssm: {
    getParameter: "aws:ssm/getParameter:getParameter",
  },
} as const;

/** Kubernetes resources the pack reads, as `@pulumi/kubernetes` and CRD programs register them. */
export const KubernetesType = {
  CronJob: "kubernetes:batch/v1:CronJob",
  DaemonSet: "kubernetes:apps/v1:DaemonSet",
  Deployment: "kubernetes:apps/v1:Deployment",
  Ec2NodeClass: "kubernetes:karpenter.k8s.aws/v1:EC2NodeClass",
  Ec2NodeClassV1beta1: "kubernetes:karpenter.k8s.aws/v1beta1:EC2NodeClass",
  HelmChart: "kubernetes:helm.sh/v4:Chart",
  HelmRelease: "kubernetes:helm.sh/v3:Release",
  Job: "kubernetes:batch/v1:Job",
  NodePool: "kubernetes:karpenter.sh/v1:NodePool",
  NodePoolV1beta1: "kubernetes:karpenter.sh/v1beta1:NodePool",
  Pod: "kubernetes:core/v1:Pod",
  ReplicaSet: "kubernetes:apps/v1:ReplicaSet",
  Secret: "kubernetes:core/v1:Secret",
  Service: "kubernetes:core/v1:Service",
  StatefulSet: "kubernetes:apps/v1:StatefulSet",
} as const;

/** Components of `@pulumi/eks`. */
export const EksType = {
  Cluster: "eks:index:Cluster",
  ManagedNodeGroup: "eks:index:ManagedNodeGroup",
  NodeGroup: "eks:index:NodeGroup",
  NodeGroupV2: "eks:index:NodeGroupV2",
} as const;

/** Components of `@pulumi/awsx`. */
export const AwsxType = {
  DefaultVpc: "awsx:ec2:DefaultVpc",
  Vpc: "awsx:ec2:Vpc",
} as const;

/**
 * The prefix every token of an `@pulumi/aws` module shares: `aws:bedrock/` for `aws.bedrock`.
 * For rules that hold for a whole service, including resources the registry does not list.
 */
export function awsModulePrefix(module: string): string {
  return `aws:${module}/`;
}

/** The type of a package's provider resource: `pulumi:providers:aws` for `aws`. */
export function providerType(pkg: string): string {
  return `pulumi:providers:${pkg}`;
}

/** True for the type of a provider resource (`pulumi:providers:aws`), of any package. */
export function isProviderType(type: string): boolean {
  return type.startsWith(providerType(""));
}

/** Resources the Pulumi engine itself registers. */
export const PulumiType = {
  /** The root resource of every stack; stack outputs are its outputs. */
  Stack: "pulumi:pulumi:Stack",
  /** The default AWS provider resource. */
  AwsProvider: "pulumi:providers:aws",
} as const;
