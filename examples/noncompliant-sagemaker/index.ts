import * as aws from "@pulumi/aws";

// Each numbered resource breaks one scopeguard SageMaker control and is otherwise compliant, so the
// expected violations (README.md) map one to one onto resources. The stack declares scope 4
// (fine-tuning), where the SageMaker controls apply.

const key = new aws.kms.Key("sagemaker-key", {
  description: "SageMaker encryption",
  enableKeyRotation: true,
});
// The VPC, subnets, security group, role and image of an existing ML platform, by id.
const VPC = "vpc-0a1b2c3d4e5f60718";
const SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5a60718"];
const SECURITY_GROUP = "sg-0a1b2c3d4e5f60718";
const ROLE = "arn:aws:iam::123456789012:role/sagemaker-execution";
const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/llm-finetune:1.4.2";

const domain = (name: string, args: Partial<aws.sagemaker.DomainArgs>) =>
  new aws.sagemaker.Domain(name, {
    domainName: name,
    authMode: "IAM",
    vpcId: VPC,
    subnetIds: SUBNETS,
    defaultUserSettings: { executionRole: ROLE, securityGroups: [SECURITY_GROUP] },
    appNetworkAccessType: "VpcOnly",
    kmsKeyId: key.arn,
    ...args,
  });

// 1. sagemaker-domain-vpc-only: Studio apps reach the internet through SageMaker's network.
domain("public-studio", { appNetworkAccessType: "PublicInternetOnly" });

// 2. sagemaker-domain-encrypted-with-cmk: home directories under an AWS-managed key.
domain("aws-key-studio", { kmsKeyId: undefined });

const notebook = (name: string, args: Partial<aws.sagemaker.NotebookInstanceArgs>) =>
  new aws.sagemaker.NotebookInstance(name, {
    instanceType: "ml.t3.medium",
    roleArn: ROLE,
    kmsKeyId: key.arn,
    subnetId: SUBNETS[0],
    securityGroups: [SECURITY_GROUP],
    directInternetAccess: "Disabled",
    rootAccess: "Disabled",
    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
    ...args,
  });

// 3. sagemaker-notebook-no-direct-internet: SageMaker's direct internet access left on.
notebook("internet-notebook", { directInternetAccess: "Enabled" });

// 4. sagemaker-notebook-encrypted-with-cmk: the ML storage volume under an AWS-managed key.
notebook("aws-key-notebook", { kmsKeyId: undefined });

// 5. sagemaker-model-network-isolated: the inference container may open connections.
new aws.sagemaker.Model("chatty-model", {
  executionRoleArn: ROLE,
  primaryContainer: { image: IMAGE, modelDataUrl: "s3://ml-model-artifacts/support-bot/model.tar.gz" },
  vpcConfig: { subnets: SUBNETS, securityGroupIds: [SECURITY_GROUP] },
  enableNetworkIsolation: false,
});

// 6. sagemaker-endpoint-config-encrypted-with-cmk: instance volumes under an AWS-managed key.
new aws.sagemaker.EndpointConfiguration("aws-key-endpoint-config", {
  productionVariants: [
    {
      variantName: "primary",
      modelName: "support-bot",
      instanceType: "ml.m5.xlarge",
      initialInstanceCount: 1,
    },
  ],
});

// 7. sagemaker-feature-group-encrypted-with-cmk: the online store under an AWS-owned key.
new aws.sagemaker.FeatureGroup("aws-key-features", {
  featureGroupName: "customer-features",
  recordIdentifierFeatureName: "customer_id",
  eventTimeFeatureName: "event_time",
  roleArn: ROLE,
  featureDefinitions: [
    { featureName: "customer_id", featureType: "String" },
    { featureName: "event_time", featureType: "String" },
  ],
  onlineStoreConfig: { enableOnlineStore: true },
});

const trainingJob = (name: string, args: Partial<aws.sagemaker.TrainingJobArgs>) =>
  new aws.sagemaker.TrainingJob(name, {
    trainingJobName: name,
    roleArn: ROLE,
    algorithmSpecification: { trainingImage: IMAGE, trainingInputMode: "File" },
    outputDataConfig: { s3OutputPath: "s3://ml-model-artifacts/jobs/", kmsKeyId: key.arn },
    resourceConfig: {
      instanceType: "ml.m5.xlarge",
      instanceCount: 2,
      volumeSizeInGb: 100,
      volumeKmsKeyId: key.arn,
    },
    stoppingCondition: { maxRuntimeInSeconds: 86400 },
    vpcConfig: { subnets: SUBNETS, securityGroupIds: [SECURITY_GROUP] },
    enableNetworkIsolation: true,
    enableInterContainerTrafficEncryption: true,
    ...args,
  });

// 8. sagemaker-training-job-network-isolated: the training container may call out.
trainingJob("open-training-job", { enableNetworkIsolation: false });

// 9. sagemaker-training-job-encrypted-with-cmk: artifacts written without a customer-managed key.
trainingJob("aws-key-training-job", { outputDataConfig: { s3OutputPath: "s3://ml-model-artifacts/jobs/" } });

// 10. sagemaker-training-job-inter-container-encryption: two instances talk in the clear.
trainingJob("cleartext-training-job", { enableInterContainerTrafficEncryption: false });
