import { AwsType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { KEY_ARN, UNKNOWN } from "./values";

/** A notebook with every control satisfied, as a preview sees it (subnet and key not yet created). */
const HARDENED_NOTEBOOK = {
  instanceType: "ml.t3.medium",
  roleArn: UNKNOWN,
  directInternetAccess: "Disabled",
  rootAccess: "Disabled",
  subnetId: UNKNOWN,
  securityGroups: [UNKNOWN],
  kmsKeyId: UNKNOWN,
  instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
};
const NOTEBOOK = { instanceType: "ml.t3.medium", roleArn: UNKNOWN };
const DOMAIN = { domainName: "studio", vpcId: UNKNOWN, subnetIds: [UNKNOWN] };
const VPC = { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] };
const VARIANT = {
  variantName: "primary",
  modelName: UNKNOWN,
  instanceType: "ml.m5.xlarge",
  initialInstanceCount: 1,
};
const CAPTURE = {
  enableCapture: true,
  initialSamplingPercentage: 100,
  destinationS3Uri: "s3://prompt-logs/capture/",
  kmsKeyId: UNKNOWN,
  captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
};
const JOB = { roleArn: UNKNOWN, trainingJobName: "finetune" };
const bucket = (name: string, tags: Record<string, string>) =>
  r(AwsType.s3.Bucket, name, { bucket: `${name}-1a2b3c4`, id: UNKNOWN, arn: UNKNOWN, tags });
const trainingJob = r(AwsType.sagemaker.TrainingJob, "finetune", {
  outputDataConfig: { s3OutputPath: "s3://scratch-1a2b3c4/out/" },
});

/** Props no SageMaker policy may choke on, on top of the shared ones. */
const SAGEMAKER_ODD_PROPS = [
  {
    instanceMetadataServiceConfiguration: "x",
    directInternetAccess: 1,
    rootAccess: null,
    subnetId: 7,
    kmsKeyId: "",
  },
  {
    vpcConfig: { subnets: "x" },
    enableNetworkIsolation: "true",
    resourceConfig: [null],
    outputDataConfig: 5,
  },
  { productionVariants: [null, 3, { instanceType: 9 }], dataCaptureConfig: "x", asyncInferenceConfig: [] },
  { onlineStoreConfig: { enableOnlineStore: true, securityConfig: "x" }, offlineStoreConfig: [null] },
  {
    inputDataConfigs: [null, { dataSource: "s3://x" }],
    artifactStoreUri: 4,
    resourceConfig: { instanceGroups: "x", instanceCount: "2" },
  },
  { productionVariants: [null, { serverlessConfig: 3 }], dataCaptureConfig: "x" },
];

/** Samples of the SageMaker policies: notebooks, Studio domains, models, endpoints, training jobs and their data. */
export const SAGEMAKER_SAMPLES: DomainSamples = withOddProps(
  {
    "sagemaker-notebook-no-direct-internet": resourceSample(
      AwsType.sagemaker.NotebookInstance,
      { ...NOTEBOOK, subnetId: UNKNOWN, securityGroups: [UNKNOWN], directInternetAccess: "Enabled" },
      HARDENED_NOTEBOOK,
      'The notebook has direct internet access (directInternetAccess is "Enabled"): set directInternetAccess to "Disabled" and give it egress through your VPC only where needed.',
    ),
    "sagemaker-notebook-root-access-disabled": resourceSample(
      AwsType.sagemaker.NotebookInstance,
      NOTEBOOK,
      HARDENED_NOTEBOOK,
      'Notebook users have root access (rootAccess is not set (AWS\'s default is "Enabled")): set rootAccess to "Disabled".',
    ),
    "sagemaker-notebook-imdsv2-required": resourceSample(
      AwsType.sagemaker.NotebookInstance,
      NOTEBOOK,
      HARDENED_NOTEBOOK,
      'The notebook still answers IMDSv1 (minimumInstanceMetadataServiceVersion is not set (AWS\'s default is "1")): set instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion to "2".',
    ),
    "sagemaker-notebook-encrypted-with-cmk": resourceSample(
      AwsType.sagemaker.NotebookInstance,
      NOTEBOOK,
      HARDENED_NOTEBOOK,
      "The notebook's storage volume is encrypted with an AWS-managed key: set kmsKeyId to a customer-managed KMS key.",
    ),
    "sagemaker-domain-vpc-only": resourceSample(
      AwsType.sagemaker.Domain,
      DOMAIN,
      { ...DOMAIN, appNetworkAccessType: "VpcOnly", kmsKeyId: UNKNOWN },
      'Studio apps reach the internet through SageMaker\'s network (appNetworkAccessType is not set (AWS\'s default is "PublicInternetOnly")): set appNetworkAccessType to "VpcOnly".',
    ),
    "sagemaker-domain-encrypted-with-cmk": resourceSample(
      AwsType.sagemaker.Domain,
      DOMAIN,
      { ...DOMAIN, appNetworkAccessType: "VpcOnly", kmsKeyId: KEY_ARN },
      "The domain's home directories (EFS) and app volumes are encrypted with an AWS-managed key: set kmsKeyId to a customer-managed KMS key.",
    ),
    "sagemaker-model-network-isolated": resourceSample(
      AwsType.sagemaker.Model,
      { executionRoleArn: UNKNOWN },
      { executionRoleArn: UNKNOWN, enableNetworkIsolation: true, vpcConfig: VPC },
      "The model's containers can open network connections: set enableNetworkIsolation to true (AWS's default is false).",
    ),
    "sagemaker-endpoint-config-encrypted-with-cmk": resourceSample(
      AwsType.sagemaker.EndpointConfiguration,
      { productionVariants: [VARIANT] },
      { productionVariants: [VARIANT], kmsKeyArn: UNKNOWN, dataCaptureConfig: CAPTURE },
      "The endpoint's storage volumes are encrypted with an AWS-managed key: set kmsKeyArn to a customer-managed KMS key (instance types with local NVMe storage, such as ml.g5, are encrypted by their hardware and need none).",
    ),
    "sagemaker-endpoint-data-capture-enabled": resourceSample(
      AwsType.sagemaker.EndpointConfiguration,
      { productionVariants: [VARIANT], kmsKeyArn: UNKNOWN },
      { productionVariants: [VARIANT], kmsKeyArn: UNKNOWN, dataCaptureConfig: CAPTURE },
      "The real-time endpoint records no requests or responses: add dataCaptureConfig with enableCapture true, a destinationS3Uri in the prompt-logs bucket, a kmsKeyId and captureOptions for Input and Output.",
    ),
    "sagemaker-training-job-network-isolated": resourceSample(
      AwsType.sagemaker.TrainingJob,
      JOB,
      { ...JOB, enableNetworkIsolation: true, vpcConfig: VPC },
      "The training job does not run in your VPC: set vpcConfig with private subnets and securityGroupIds.",
    ),
    "sagemaker-training-job-encrypted-with-cmk": resourceSample(
      AwsType.sagemaker.TrainingJob,
      {
        ...JOB,
        resourceConfig: { instanceType: "ml.m5.xlarge" },
        outputDataConfig: { s3OutputPath: "s3://models/out/" },
      },
      {
        ...JOB,
        resourceConfig: { instanceType: "ml.m5.xlarge", instanceCount: 1, volumeKmsKeyId: UNKNOWN },
        outputDataConfig: { s3OutputPath: "s3://models/out/", kmsKeyId: UNKNOWN },
      },
      "The training volumes are encrypted with an AWS-managed key: set resourceConfig.volumeKmsKeyId to a customer-managed KMS key (instance types with local NVMe storage, such as ml.p4d, are encrypted by their hardware and need none).",
    ),
    "sagemaker-training-job-inter-container-encryption": resourceSample(
      AwsType.sagemaker.TrainingJob,
      { ...JOB, resourceConfig: { instanceCount: 4 } },
      { ...JOB, resourceConfig: { instanceCount: 4 }, enableInterContainerTrafficEncryption: true },
      "Traffic between the training instances is not encrypted: set enableInterContainerTrafficEncryption to true (AWS's default is false).",
    ),
    "sagemaker-feature-group-encrypted-with-cmk": resourceSample(
      AwsType.sagemaker.FeatureGroup,
      {
        featureGroupName: "customers",
        onlineStoreConfig: { enableOnlineStore: true },
        offlineStoreConfig: { s3StorageConfig: { s3Uri: "s3://features/" } },
      },
      {
        featureGroupName: "customers",
        onlineStoreConfig: { enableOnlineStore: true, securityConfig: { kmsKeyId: UNKNOWN } },
        offlineStoreConfig: { s3StorageConfig: { s3Uri: "s3://features/", kmsKeyId: KEY_ARN } },
      },
      "The online store is encrypted with an AWS-owned key: set onlineStoreConfig.securityConfig.kmsKeyId to a customer-managed KMS key.",
    ),
    "sagemaker-data-buckets-classified": stackSample({
      failing: [bucket("scratch", {}), trainingJob],
      passing: [bucket("scratch", { "data-class": "model-artifacts" }), trainingJob],
      subject: "scratch",
      // Every kind of resource whose data the check follows into a bucket.
      oddResources: [
        AwsType.sagemaker.TrainingJob,
        AwsType.sagemaker.Model,
        AwsType.sagemaker.EndpointConfiguration,
        AwsType.sagemaker.FeatureGroup,
        AwsType.sagemaker.MlflowApp,
      ].map((type, i) =>
        r(
          type,
          `odd-${i}`,
          {},
          { dependsOn: { outputDataConfig: ["scratch"], primaryContainer: ["scratch"] } },
        ),
      ),
      message:
        'Bucket "scratch" holds model artifacts of "finetune" but has no data-class tag: tag it data-class=training-data or model-artifacts so the versioning, access-logging, data-event and retention controls for that data apply to it.',
    }),
  },
  SAGEMAKER_ODD_PROPS,
);
