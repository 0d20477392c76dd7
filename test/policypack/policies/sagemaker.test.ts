import * as assert from "node:assert/strict";
import { SAGEMAKER_POLICIES } from "../../../policypack/policies/sagemaker";
import { sagemakerDataBucketsClassified as classified } from "../../../policypack/policies/sagemaker/sagemaker-data-buckets-classified";
import { sagemakerDomainEncryptedWithCmk as domainCmk } from "../../../policypack/policies/sagemaker/sagemaker-domain-encrypted-with-cmk";
import { sagemakerDomainVpcOnly as vpcOnly } from "../../../policypack/policies/sagemaker/sagemaker-domain-vpc-only";
import { sagemakerEndpointConfigEncryptedWithCmk as endpointCmk } from "../../../policypack/policies/sagemaker/sagemaker-endpoint-config-encrypted-with-cmk";
import { sagemakerFeatureGroupEncryptedWithCmk as featureCmk } from "../../../policypack/policies/sagemaker/sagemaker-feature-group-encrypted-with-cmk";
import { sagemakerModelNetworkIsolated as modelIsolated } from "../../../policypack/policies/sagemaker/sagemaker-model-network-isolated";
import { sagemakerNotebookEncryptedWithCmk as notebookCmk } from "../../../policypack/policies/sagemaker/sagemaker-notebook-encrypted-with-cmk";
import { sagemakerNotebookImdsv2Required as notebookImds } from "../../../policypack/policies/sagemaker/sagemaker-notebook-imdsv2-required";
import { sagemakerNotebookNoDirectInternet as noInternet } from "../../../policypack/policies/sagemaker/sagemaker-notebook-no-direct-internet";
import { sagemakerNotebookRootAccessDisabled as rootAccess } from "../../../policypack/policies/sagemaker/sagemaker-notebook-root-access-disabled";
import { sagemakerTrainingJobEncryptedWithCmk as jobCmk } from "../../../policypack/policies/sagemaker/sagemaker-training-job-encrypted-with-cmk";
import { sagemakerTrainingJobInterContainerEncryption as interContainer } from "../../../policypack/policies/sagemaker/sagemaker-training-job-inter-container-encryption";
import { sagemakerTrainingJobNetworkIsolated as jobIsolated } from "../../../policypack/policies/sagemaker/sagemaker-training-job-network-isolated";
import { contextAt, resource, stackResource, UNKNOWN } from "../support";
import { remediated, remediation } from "../fixtures/remediation";

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
const DOMAIN = "aws:sagemaker/domain:Domain";
const MODEL = "aws:sagemaker/model:Model";
const ENDPOINT_CONFIG = "aws:sagemaker/endpointConfiguration:EndpointConfiguration";
const TRAINING_JOB = "aws:sagemaker/trainingJob:TrainingJob";
const FEATURE_GROUP = "aws:sagemaker/featureGroup:FeatureGroup";
const BUCKET = "aws:s3/bucket:Bucket";
const ctx = contextAt(4);
const KEY = "arn:aws:kms:us-east-1:111122223333:key/k";

const notebook = (props: Record<string, unknown>, name = "research") => resource(NOTEBOOK, props, name);

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

describe("sagemaker policies", () => {
  it("are all listed in the domain index, prefixed by service, at scope 4", () => {
    assert.equal(SAGEMAKER_POLICIES.length, 14);
    assert.ok(SAGEMAKER_POLICIES.every((p) => p.name.startsWith("sagemaker-") && p.minScope === 4));
  });
});

describe("sagemaker-notebook-no-direct-internet", () => {
  it("passes a notebook in a subnet with direct internet access disabled", () => {
    assert.deepEqual(noInternet.check(notebook(HARDENED_NOTEBOOK), ctx), []);
  });

  it("fails a notebook that leaves both settings at AWS's defaults", () => {
    assert.deepEqual(noInternet.check(notebook({ instanceType: "ml.t3.medium" }), ctx), [
      'The notebook has direct internet access (directInternetAccess is not set (AWS\'s default is "Enabled")): set directInternetAccess to "Disabled" and give it egress through your VPC only where needed.',
      "The notebook is not attached to your VPC: set subnetId and securityGroups (a subnet is required once direct internet access is disabled).",
    ]);
  });

  it("fails a notebook in a subnet that keeps direct internet access", () => {
    assert.deepEqual(
      noInternet.check(notebook({ ...HARDENED_NOTEBOOK, directInternetAccess: "Enabled" }), ctx).length,
      1,
    );
  });

  it("decides from what is known: an unknown setting does not hide a missing subnet", () => {
    assert.equal(noInternet.check(notebook({ directInternetAccess: UNKNOWN }), ctx).length, 1);
    assert.throws(
      () => noInternet.check(notebook({ directInternetAccess: UNKNOWN, subnetId: UNKNOWN }), ctx),
      /can't be known/,
    );
  });

  it("offers a remediation, opt-in, only when a subnet is given", () => {
    assert.equal(noInternet.enforcementLevel, "mandatory");
    const fixed = remediated(
      noInternet,
      notebook({ subnetId: UNKNOWN, directInternetAccess: "Enabled" }),
      ctx,
    );
    assert.deepEqual({ ...fixed }, { subnetId: UNKNOWN, directInternetAccess: "Disabled" });
    assert.equal(remediated(noInternet, notebook({}), ctx), undefined);
    assert.equal(remediated(noInternet, notebook(HARDENED_NOTEBOOK), ctx), undefined);
  });
});

describe("sagemaker-notebook-root-access-disabled", () => {
  it("passes root access disabled", () => {
    assert.deepEqual(rootAccess.check(notebook(HARDENED_NOTEBOOK), ctx), []);
  });

  it("fails root access left at AWS's default or enabled", () => {
    assert.deepEqual(rootAccess.check(notebook({}), ctx), [
      'Notebook users have root access (rootAccess is not set (AWS\'s default is "Enabled")): set rootAccess to "Disabled".',
    ]);
    assert.match(rootAccess.check(notebook({ rootAccess: "Enabled" }), ctx)[0], /rootAccess is "Enabled"/);
  });

  it("lets an unknown setting reach the SDK, in the check and in the remediation", () => {
    assert.throws(() => rootAccess.check(notebook({ rootAccess: UNKNOWN }), ctx), /can't be known/);
    assert.equal(remediation(rootAccess, notebook({ rootAccess: UNKNOWN }), ctx).kind, "unknown");
  });

  it("remediates by disabling root and keeping the other inputs", () => {
    const fixed = remediated(rootAccess, notebook({ kmsKeyId: UNKNOWN, rootAccess: "Enabled" }), ctx);
    assert.deepEqual({ ...fixed }, { kmsKeyId: UNKNOWN, rootAccess: "Disabled" });
    assert.equal(remediated(rootAccess, notebook(HARDENED_NOTEBOOK), ctx), undefined);
  });
});

describe("sagemaker-notebook-imdsv2-required", () => {
  it("passes a minimum IMDS version of 2", () => {
    assert.deepEqual(notebookImds.check(notebook(HARDENED_NOTEBOOK), ctx), []);
  });

  it("fails the default (1) and an explicit 1", () => {
    assert.deepEqual(notebookImds.check(notebook({}), ctx), [
      'The notebook still answers IMDSv1 (minimumInstanceMetadataServiceVersion is not set (AWS\'s default is "1")): set instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion to "2".',
    ]);
    assert.equal(
      notebookImds.check(
        notebook({ instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "1" } }),
        ctx,
      ).length,
      1,
    );
  });

  it("lets an unknown version reach the SDK", () => {
    const props = {
      instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: UNKNOWN },
    };
    assert.throws(() => notebookImds.check(notebook(props), ctx), /can't be known/);
  });

  it("remediates by setting version 2 and keeping the rest", () => {
    const fixed = remediated(notebookImds, notebook({ subnetId: UNKNOWN }), ctx);
    assert.deepEqual(
      { ...fixed },
      {
        subnetId: UNKNOWN,
        instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
      },
    );
  });
});

describe("sagemaker-notebook-encrypted-with-cmk", () => {
  it("passes a key whose ARN is unknown during preview", () => {
    assert.deepEqual(notebookCmk.check(notebook({ kmsKeyId: UNKNOWN }), ctx), []);
  });

  it("fails a notebook without a key, or with an empty one", () => {
    assert.deepEqual(notebookCmk.check(notebook({}), ctx), [
      "The notebook's storage volume is encrypted with an AWS-managed key: set kmsKeyId to a customer-managed KMS key.",
    ]);
    assert.equal(notebookCmk.check(notebook({ kmsKeyId: "" }), ctx).length, 1);
  });
});

describe("sagemaker-domain-vpc-only", () => {
  const domain = (props: Record<string, unknown>, name = "studio") =>
    resource(DOMAIN, { domainName: name, vpcId: UNKNOWN, subnetIds: [UNKNOWN], ...props }, name);

  it("passes VpcOnly", () => {
    assert.deepEqual(vpcOnly.check(domain({ appNetworkAccessType: "VpcOnly" }), ctx), []);
  });

  it("fails the default (PublicInternetOnly) and an explicit PublicInternetOnly", () => {
    assert.deepEqual(vpcOnly.check(domain({}), ctx), [
      'Studio apps reach the internet through SageMaker\'s network (appNetworkAccessType is not set (AWS\'s default is "PublicInternetOnly")): set appNetworkAccessType to "VpcOnly".',
    ]);
    assert.match(
      vpcOnly.check(domain({ appNetworkAccessType: "PublicInternetOnly" }), ctx)[0],
      /is "PublicInternetOnly"/,
    );
  });

  it("lets an unknown setting reach the SDK; other unknown inputs do not matter", () => {
    assert.throws(() => vpcOnly.check(domain({ appNetworkAccessType: UNKNOWN }), ctx), /can't be known/);
  });
});

describe("sagemaker-domain-encrypted-with-cmk", () => {
  it("passes a key reference, known or not", () => {
    assert.deepEqual(domainCmk.check(resource(DOMAIN, { kmsKeyId: KEY }), ctx), []);
    assert.deepEqual(domainCmk.check(resource(DOMAIN, { kmsKeyId: UNKNOWN }), ctx), []);
  });

  it("fails a domain without a key", () => {
    assert.deepEqual(domainCmk.check(resource(DOMAIN, {}), ctx), [
      "The domain's home directories (EFS) and app volumes are encrypted with an AWS-managed key: set kmsKeyId to a customer-managed KMS key.",
    ]);
  });
});

describe("sagemaker-model-network-isolated", () => {
  const model = (props: Record<string, unknown>, name = "llm") =>
    resource(MODEL, { executionRoleArn: UNKNOWN, ...props }, name);
  const VPC = { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] };

  it("passes an isolated model in the VPC", () => {
    assert.deepEqual(modelIsolated.check(model({ enableNetworkIsolation: true, vpcConfig: VPC }), ctx), []);
  });

  it("fails each missing part, with the exact messages", () => {
    assert.deepEqual(modelIsolated.check(model({}), ctx), [
      "The model's containers can open network connections: set enableNetworkIsolation to true (AWS's default is false).",
      "The model is not hosted in your VPC: set vpcConfig with private subnets and securityGroupIds.",
    ]);
    assert.equal(
      modelIsolated.check(model({ enableNetworkIsolation: true, vpcConfig: { subnets: [] } }), ctx).length,
      1,
    );
  });

  it("decides from what is known: subnets that are unknown are subnets; an unknown flag with a VPC reaches the SDK", () => {
    assert.deepEqual(
      modelIsolated.check(model({ enableNetworkIsolation: true, vpcConfig: UNKNOWN }), ctx),
      [],
    );
    assert.equal(modelIsolated.check(model({ enableNetworkIsolation: UNKNOWN }), ctx).length, 1);
    assert.throws(
      () => modelIsolated.check(model({ enableNetworkIsolation: UNKNOWN, vpcConfig: VPC }), ctx),
      /can't be known/,
    );
  });
});

describe("sagemaker-endpoint-config-encrypted-with-cmk", () => {
  const config = (props: Record<string, unknown>, name = "serving") => resource(ENDPOINT_CONFIG, props, name);
  const VARIANT = { modelName: UNKNOWN, instanceType: "ml.m5.xlarge", initialInstanceCount: 1 };
  const CAPTURE = {
    destinationS3Uri: "s3://capture/",
    initialSamplingPercentage: 100,
    captureOptions: [{ captureMode: "Input" }],
  };

  it("passes a volume key and a capture key", () => {
    assert.deepEqual(
      endpointCmk.check(
        config({
          productionVariants: [VARIANT],
          kmsKeyArn: UNKNOWN,
          dataCaptureConfig: { ...CAPTURE, kmsKeyId: UNKNOWN },
        }),
        ctx,
      ),
      [],
    );
  });

  it("fails an endpoint without a volume key", () => {
    assert.deepEqual(endpointCmk.check(config({ productionVariants: [VARIANT] }), ctx), [
      "The endpoint's storage volumes are encrypted with an AWS-managed key: set kmsKeyArn to a customer-managed KMS key (instance types with local NVMe storage, such as ml.g5, are encrypted by their hardware and need none).",
    ]);
  });

  it("does not ask for a volume key on local-NVMe instance types or serverless variants, where AWS rejects one", () => {
    assert.deepEqual(
      endpointCmk.check(
        config({
          productionVariants: [
            { ...VARIANT, instanceType: "ml.g5.2xlarge" },
            { ...VARIANT, instanceType: "ml.p4d.24xlarge" },
          ],
        }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(
      endpointCmk.check(
        config({
          productionVariants: [
            { modelName: UNKNOWN, serverlessConfig: { maxConcurrency: 1, memorySizeInMb: 2048 } },
          ],
        }),
        ctx,
      ),
      [],
    );
    assert.equal(
      endpointCmk.check(
        config({
          productionVariants: [{ ...VARIANT, instanceType: "ml.g5.2xlarge" }],
          shadowProductionVariants: [VARIANT],
        }),
        ctx,
      ).length,
      1,
    );
  });

  it("fails data capture and asynchronous output without a customer-managed key", () => {
    const props = {
      productionVariants: [VARIANT],
      kmsKeyArn: KEY,
      dataCaptureConfig: CAPTURE,
      asyncInferenceConfig: { outputConfig: { s3OutputPath: "s3://out/" } },
    };
    assert.deepEqual(endpointCmk.check(config(props), ctx), [
      "Captured requests and responses are written without a customer-managed key: set dataCaptureConfig.kmsKeyId.",
      "Asynchronous inference results are written without a customer-managed key: set asyncInferenceConfig.outputConfig.kmsKeyId.",
    ]);
    assert.deepEqual(
      endpointCmk.check(
        config({
          ...props,
          dataCaptureConfig: { ...CAPTURE, enableCapture: false },
          asyncInferenceConfig: undefined,
        }),
        ctx,
      ),
      [],
    );
  });

  it("decides from what is known: an unknown instance type is left to the SDK only when nothing else failed", () => {
    const unknownType = { productionVariants: [{ ...VARIANT, instanceType: UNKNOWN }] };
    assert.throws(() => endpointCmk.check(config(unknownType), ctx), /can't be known/);
    assert.equal(endpointCmk.check(config({ ...unknownType, dataCaptureConfig: CAPTURE }), ctx).length, 1);
    assert.deepEqual(endpointCmk.check(config({ ...unknownType, kmsKeyArn: UNKNOWN }), ctx), []);
  });
});

describe("sagemaker-training-job-network-isolated", () => {
  const job = (props: Record<string, unknown>, name = "finetune") =>
    resource(TRAINING_JOB, { roleArn: UNKNOWN, trainingJobName: name, ...props }, name);

  it("passes a job in the VPC with network isolation", () => {
    assert.deepEqual(
      jobIsolated.check(
        job({ enableNetworkIsolation: true, vpcConfig: { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] } }),
        ctx,
      ),
      [],
    );
  });

  it("fails a job with neither, with the exact messages", () => {
    assert.deepEqual(jobIsolated.check(job({}), ctx), [
      "The training job does not run in your VPC: set vpcConfig with private subnets and securityGroupIds.",
      "The training containers can open network connections: set enableNetworkIsolation to true (AWS's default is false).",
    ]);
  });

  it("decides from what is known", () => {
    assert.equal(jobIsolated.check(job({ enableNetworkIsolation: UNKNOWN }), ctx).length, 1);
    assert.throws(
      () => jobIsolated.check(job({ enableNetworkIsolation: UNKNOWN, vpcConfig: UNKNOWN }), ctx),
      /can't be known/,
    );
  });
});

describe("sagemaker-training-job-encrypted-with-cmk", () => {
  const job = (props: Record<string, unknown>, name = "finetune") =>
    resource(TRAINING_JOB, { roleArn: UNKNOWN, ...props }, name);
  const OUTPUT = { s3OutputPath: "s3://models/out/", kmsKeyId: UNKNOWN };

  it("passes volume and output keys", () => {
    const props = {
      resourceConfig: { instanceType: "ml.m5.xlarge", instanceCount: 1, volumeKmsKeyId: UNKNOWN },
      outputDataConfig: OUTPUT,
    };
    assert.deepEqual(jobCmk.check(job(props), ctx), []);
  });

  it("fails missing keys, with the exact output message", () => {
    const props = {
      resourceConfig: { instanceType: "ml.m5.xlarge" },
      outputDataConfig: { s3OutputPath: "s3://models/out/" },
    };
    const found = jobCmk.check(job(props), ctx);
    assert.equal(found.length, 2);
    assert.equal(
      found[1],
      "The model artifacts are written to S3 without a customer-managed key: set outputDataConfig.kmsKeyId.",
    );
  });

  it("does not ask for a volume key on local-NVMe instances (ml.p4d, ml.trn1) or instance groups of them", () => {
    assert.deepEqual(
      jobCmk.check(
        job({
          resourceConfig: { instanceType: "ml.p4d.24xlarge", instanceCount: 2 },
          outputDataConfig: OUTPUT,
        }),
        ctx,
      ),
      [],
    );
    const groups = {
      instanceGroups: [{ instanceType: "ml.trn1.32xlarge", instanceCount: 2, instanceGroupName: "a" }],
    };
    assert.deepEqual(jobCmk.check(job({ resourceConfig: groups, outputDataConfig: OUTPUT }), ctx), []);
  });

  it("decides from what is known", () => {
    assert.equal(jobCmk.check(job({ resourceConfig: { instanceType: UNKNOWN } }), ctx).length, 1);
    assert.throws(
      () => jobCmk.check(job({ resourceConfig: { instanceType: UNKNOWN }, outputDataConfig: OUTPUT }), ctx),
      /can't be known/,
    );
  });
});

describe("sagemaker-training-job-inter-container-encryption", () => {
  const job = (props: Record<string, unknown>, name = "distributed") => resource(TRAINING_JOB, props, name);

  it("passes an encrypted distributed job, and a single-instance job without the flag", () => {
    assert.deepEqual(
      interContainer.check(
        job({ resourceConfig: { instanceCount: 4 }, enableInterContainerTrafficEncryption: true }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(interContainer.check(job({ resourceConfig: { instanceCount: 1 } }), ctx), []);
    assert.deepEqual(
      interContainer.check(
        job({ resourceConfig: { instanceCount: 1 }, enableInterContainerTrafficEncryption: UNKNOWN }),
        ctx,
      ),
      [],
    );
  });

  it("fails a distributed job without encryption, or with instance groups", () => {
    assert.deepEqual(interContainer.check(job({ resourceConfig: { instanceCount: 8 } }), ctx), [
      "Traffic between the training instances is not encrypted: set enableInterContainerTrafficEncryption to true (AWS's default is false).",
    ]);
    assert.equal(
      interContainer.check(
        job({
          resourceConfig: { instanceGroups: [{ instanceCount: 2 }] },
          enableInterContainerTrafficEncryption: false,
        }),
        ctx,
      ).length,
      1,
    );
  });

  it("passes an encrypted job whose instance count is unknown, and lets the SDK decide an unencrypted one", () => {
    assert.deepEqual(
      interContainer.check(
        job({ resourceConfig: { instanceCount: UNKNOWN }, enableInterContainerTrafficEncryption: true }),
        ctx,
      ),
      [],
    );
    assert.throws(
      () => interContainer.check(job({ resourceConfig: { instanceCount: UNKNOWN } }), ctx),
      /can't be known/,
    );
  });
});

describe("sagemaker-feature-group-encrypted-with-cmk", () => {
  const group = (props: Record<string, unknown>, name = "customers") =>
    resource(FEATURE_GROUP, { featureGroupName: name, ...props }, name);
  const ONLINE = { enableOnlineStore: true, securityConfig: { kmsKeyId: UNKNOWN } };
  const OFFLINE = { s3StorageConfig: { s3Uri: "s3://features/", kmsKeyId: KEY } };

  it("passes both stores with keys, and a disabled online store without one", () => {
    assert.deepEqual(
      featureCmk.check(group({ onlineStoreConfig: ONLINE, offlineStoreConfig: OFFLINE }), ctx),
      [],
    );
    assert.deepEqual(
      featureCmk.check(
        group({ onlineStoreConfig: { enableOnlineStore: false }, offlineStoreConfig: OFFLINE }),
        ctx,
      ),
      [],
    );
  });

  it("fails each store without a key", () => {
    const props = {
      onlineStoreConfig: { enableOnlineStore: true },
      offlineStoreConfig: { s3StorageConfig: { s3Uri: "s3://features/" } },
    };
    assert.deepEqual(featureCmk.check(group(props), ctx), [
      "The online store is encrypted with an AWS-owned key: set onlineStoreConfig.securityConfig.kmsKeyId to a customer-managed KMS key.",
      "The offline store writes to S3 without a customer-managed key: set offlineStoreConfig.s3StorageConfig.kmsKeyId.",
    ]);
  });

  it("decides from what is known", () => {
    assert.deepEqual(
      featureCmk.check(
        group({ onlineStoreConfig: { enableOnlineStore: UNKNOWN, securityConfig: { kmsKeyId: UNKNOWN } } }),
        ctx,
      ),
      [],
    );
    assert.throws(
      () => featureCmk.check(group({ onlineStoreConfig: { enableOnlineStore: UNKNOWN } }), ctx),
      /can't be known/,
    );
  });
});

describe("sagemaker-data-buckets-classified", () => {
  const bucket = (name: string, dataClass?: string) =>
    stackResource(BUCKET, name, {
      bucket: `${name}-1a2b3c4`,
      id: UNKNOWN,
      arn: UNKNOWN,
      tags: dataClass ? { "data-class": dataClass } : {},
    });

  it("passes training buckets tagged training-data and model-artifacts, linked by property dependency", () => {
    const input = bucket("train", "training-data");
    const output = bucket("models", "model-artifacts");
    const job = stackResource(
      TRAINING_JOB,
      "finetune",
      {
        inputDataConfigs: [{ channelName: "train", dataSource: { s3DataSource: { s3Uri: UNKNOWN } } }],
        outputDataConfig: { s3OutputPath: UNKNOWN },
      },
      { inputDataConfigs: [input], outputDataConfig: [output] },
    );
    assert.deepEqual(classified.check([input, output, job], ctx), []);
  });

  it("fails an output bucket without a data-class tag, found from a literal s3:// URI", () => {
    const output = bucket("scratch");
    const job = stackResource(TRAINING_JOB, "finetune", {
      outputDataConfig: { s3OutputPath: "s3://scratch-1a2b3c4/out/" },
    });
    assert.deepEqual(classified.check([output, job], ctx), [
      {
        urn: output.urn,
        message:
          'Bucket "scratch" holds model artifacts of "finetune" but has no data-class tag: tag it data-class=training-data or model-artifacts so the versioning, access-logging, data-event and retention controls for that data apply to it.',
      },
    ]);
  });

  it("fails endpoint data capture into a bucket that is not tagged prompt-logs", () => {
    const b = bucket("capture", "model-artifacts");
    const config = stackResource(ENDPOINT_CONFIG, "serving", {
      dataCaptureConfig: { destinationS3Uri: "s3://capture-1a2b3c4/" },
    });
    assert.match(
      classified.check([b, config], ctx)[0].message,
      /holds captured inference data of "serving" but is tagged data-class=model-artifacts: tag it data-class=prompt-logs/,
    );
  });

  it("follows MLflow artifact stores, model data and offline feature stores", () => {
    const b = bucket("ml");
    const mlflow = stackResource("aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer", "mlflow", {
      artifactStoreUri: "s3://ml-1a2b3c4/mlflow",
    });
    const model = stackResource(
      MODEL,
      "llm",
      { primaryContainer: { modelDataUrl: UNKNOWN } },
      { primaryContainer: [b] },
    );
    const features = stackResource(FEATURE_GROUP, "fg", {
      offlineStoreConfig: { s3StorageConfig: { s3Uri: "s3://ml-1a2b3c4/fs" } },
    });
    const [violation] = classified.check([b, mlflow, model, features], ctx);
    assert.match(
      violation.message,
      /holds MLflow artifacts of "mlflow", model artifacts of "llm", offline feature store of "fg" but has no data-class tag/,
    );
  });

  it("ignores buckets outside the stack and URIs that are unknown without a dependency", () => {
    const job = stackResource(TRAINING_JOB, "j", {
      outputDataConfig: { s3OutputPath: "s3://elsewhere/out" },
      checkpointConfig: { s3Uri: UNKNOWN },
    });
    assert.deepEqual(classified.check([bucket("unrelated"), job], ctx), []);
  });
});
