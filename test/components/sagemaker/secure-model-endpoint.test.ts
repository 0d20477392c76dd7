import { strict as assert } from "assert";
import { ModelImageRepository } from "../../../components/images";
import { SecureModelEndpoint, type SecureModelEndpointArgs } from "../../../components/sagemaker";
import { isUnknown, only, run } from "../support";
import { deployed, itRejectsEach, policies, rejectionOf, type Create } from "./component-runs";
import { statementsOf, withSid } from "../policy-json";

const T = {
  component: "scopeguard:sagemaker:SecureModelEndpoint",
  model: "aws:sagemaker/model:Model",
  config: "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
  endpoint: "aws:sagemaker/endpoint:Endpoint",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  key: "aws:kms/key:Key",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
};
const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/llm-serving:v1";
const BASE: SecureModelEndpointArgs = {
  image: IMAGE,
  modelDataUrl: "s3://model-artifacts/llm/model.tar.gz",
  vpcId: "vpc-0abc",
  subnetIds: ["subnet-0a", "subnet-0b"],
};
const CAPTURE = { destinationS3Uri: "s3://prompt-logs/captured/" };

const create: Create<SecureModelEndpointArgs> = (name, args) => new SecureModelEndpoint(name, args);
const endpoint = (args: Partial<SecureModelEndpointArgs> = {}, mode: "preview" | "update" = "update") =>
  deployed(create, "llm", { ...BASE, ...args }, mode);
const rejection = rejectionOf(T.component, create, "llm");

describe("SecureModelEndpoint", () => {
  it("isolates the model's containers from the network and attaches them to the VPC", async () => {
    const model = only(await endpoint(), T.model).inputs;
    assert.equal(model.enableNetworkIsolation, true);
    assert.deepEqual(model.vpcConfig.subnets, ["subnet-0a", "subnet-0b"]);
    assert.equal(model.vpcConfig.securityGroupIds.length, 1);
  });

  it("gives the model a security group with no ingress and HTTPS egress to the VPC only", async () => {
    const group = only(await endpoint(), T.sg).inputs;
    assert.deepEqual(
      [group.ingress, group.egress.length, group.egress[0].cidrBlocks],
      [[], 1, ["172.31.0.0/16"]],
    );
  });

  it("runs the given image and artifacts as a single model", async () => {
    assert.deepEqual(only(await endpoint(), T.model).inputs.primaryContainer, {
      image: IMAGE,
      modelDataUrl: "s3://model-artifacts/llm/model.tar.gz",
      mode: "SingleModel",
    });
  });

  it("encrypts the instance volumes with the key it creates", async () => {
    const resources = await endpoint();
    assert.equal(only(resources, T.config).inputs.kmsKeyArn, only(resources, T.key).state.arn);
  });

  it("sets no volume key, and creates none, for an instance type with NVMe storage", async () => {
    const resources = await endpoint({ instanceType: "ml.g5.xlarge" });
    assert.equal(only(resources, T.config).inputs.kmsKeyArn, undefined);
    assert.equal(
      resources.some((r) => r.type === T.key),
      false,
    );
  });

  it("on NVMe storage, creates the key for captured data only", async () => {
    const resources = await endpoint({ instanceType: "ml.p4d.24xlarge", dataCapture: CAPTURE });
    const config = only(resources, T.config).inputs;
    assert.deepEqual(
      [config.kmsKeyArn, config.dataCaptureConfig.kmsKeyId],
      [undefined, only(resources, T.key).state.arn],
    );
  });

  it("captures every request and response, encrypted, to the given destination", async () => {
    const resources = await endpoint({ dataCapture: CAPTURE });
    assert.deepEqual(only(resources, T.config).inputs.dataCaptureConfig, {
      enableCapture: true,
      initialSamplingPercentage: 100,
      destinationS3Uri: "s3://prompt-logs/captured/",
      kmsKeyId: only(resources, T.key).state.arn,
      captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
    });
  });

  it("lets captured data be encrypted through S3 as well as SageMaker", async () => {
    const statements = statementsOf(only(await endpoint({ dataCapture: CAPTURE }), T.key).inputs.policy);
    const via = withSid(statements, "AccountUseThroughServices");
    assert.deepEqual(via.Condition.StringEquals["kms:ViaService"], [
      "sagemaker.us-east-1.amazonaws.com",
      "s3.us-east-1.amazonaws.com",
    ]);
  });

  it("serves one primary variant of the model on one ml.m5.large by default", async () => {
    const resources = await endpoint();
    assert.deepEqual(only(resources, T.config).inputs.productionVariants, [
      {
        variantName: "primary",
        modelName: only(resources, T.model).state.name,
        instanceType: "ml.m5.large",
        initialInstanceCount: 1,
      },
    ]);
    assert.equal(only(resources, T.endpoint).inputs.endpointConfigName, only(resources, T.config).state.name);
  });

  it("lets the execution role read the model's bucket and write the capture bucket only", async () => {
    const buckets = policies(await endpoint({ dataCapture: CAPTURE }))["llm-execution-buckets"];
    const bySid = Object.fromEntries(buckets.Statement.map((s) => [s.Sid, s.Resource]));
    assert.deepEqual(bySid, {
      ListNamedBuckets: ["arn:aws:s3:::model-artifacts", "arn:aws:s3:::prompt-logs"],
      ReadNamedBucketObjects: ["arn:aws:s3:::model-artifacts/*"],
      WriteNamedBucketObjects: ["arn:aws:s3:::prompt-logs/*"],
    });
  });

  it("lets the execution role attach to the VPC and write its endpoints' logs", async () => {
    const hosting = policies(await endpoint())["llm-hosting"];
    assert.deepEqual(
      hosting.Statement.map((s) => [s.Sid, s.Resource]),
      [
        ["AttachToTheVpc", ["*"]],
        [
          "WriteEndpointLogs",
          [
            "arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/Endpoints/*",
            "arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/Endpoints/*:*",
          ],
        ],
      ],
    );
  });

  it("lets the execution role pull from the image's repository only", async () => {
    assert.deepEqual(policies(await endpoint())["llm-images"].Statement, [
      { Sid: "LogInToEcr", Effect: "Allow", Action: ["ecr:GetAuthorizationToken"], Resource: ["*"] },
      {
        Sid: "PullNamedRepositories",
        Effect: "Allow",
        Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"],
        Resource: ["arn:aws:ecr:us-east-1:123456789012:repository/llm-serving"],
      },
    ]);
  });

  it("keeps every grant known during preview with an image from a ModelImageRepository", async () => {
    const { resources, error } = await run("preview", () => {
      const repo = new ModelImageRepository("llm-serving");
      new SecureModelEndpoint("llm", { ...BASE, image: repo.imageUri("v1") });
    });
    assert.equal(error, undefined);
    const grants = resources.filter((r) => r.type === T.rolePolicy);
    assert.deepEqual(
      grants.map((r) => [r.name, isUnknown(r.inputs.policy)]),
      [
        ["llm-execution-buckets", false],
        ["llm-hosting", false],
        ["llm-images", false],
      ],
    );
    assert.equal(only(resources, T.model).inputs.primaryContainer.image, `${IMAGE}`);
  });

  it("uses the given execution role and adds nothing to it", async () => {
    const role = "arn:aws:iam::123456789012:role/model-execution";
    const resources = await endpoint({ executionRoleArn: role });
    assert.equal(only(resources, T.model).inputs.executionRoleArn, role);
    assert.deepEqual(
      resources.filter((r) => r.type === T.role || r.type === T.rolePolicy),
      [],
    );
  });

  describe("rejects, before creating anything,", () => {
    const cases: [string, SecureModelEndpointArgs, string][] = [
      [
        "an endpoint without an image",
        { ...BASE, image: "" },
        "image is required: the URI of the inference container image (from a ModelImageRepository, or an AWS Deep Learning Container).",
      ],
      [
        "model artifacts outside S3",
        { ...BASE, modelDataUrl: "https://example.com/model.tar.gz" },
        'modelDataUrl "https://example.com/model.tar.gz" is not an S3 URI (s3://<bucket>/<key>).',
      ],
      [
        "an endpoint without subnets",
        { image: IMAGE, vpcId: "vpc-0abc" } as SecureModelEndpointArgs,
        "subnetIds is required: the private subnets (one per AZ) the model's containers attach to.",
      ],
      [
        "an instance type that is not an ML type",
        { ...BASE, instanceType: "g5.xlarge" },
        'instanceType "g5.xlarge" is not a SageMaker ML instance type such as "ml.g5.xlarge".',
      ],
      [
        "no instance",
        { ...BASE, initialInstanceCount: 0 },
        "initialInstanceCount must be a whole number of instances, 1 or more (got 0).",
      ],
      [
        "a volume size on NVMe storage",
        { ...BASE, instanceType: "ml.g5.xlarge", volumeSizeInGb: 100 },
        "volumeSizeInGb cannot be set for ml.g5.xlarge, whose storage is local NVMe sized by the instance type; remove volumeSizeInGb or choose an instance type with EBS storage.",
      ],
      [
        "a volume larger than SageMaker allows",
        { ...BASE, volumeSizeInGb: 1024 },
        "volumeSizeInGb must be a whole number of GiB from 1 to 512 (got 1024).",
      ],
      [
        "a capture destination outside S3",
        { ...BASE, dataCapture: { destinationS3Uri: "prompt-logs/captured" } },
        'dataCapture.destinationS3Uri "prompt-logs/captured" is not an S3 URI (s3://<bucket>/<key>).',
      ],
      [
        "a sampling percentage over 100",
        { ...BASE, dataCapture: { ...CAPTURE, samplingPercentage: 150 } },
        "dataCapture.samplingPercentage must be a whole percentage from 1 to 100 (got 150).",
      ],
      [
        "no VPC for the security group",
        { image: IMAGE, subnetIds: ["subnet-0a"] },
        "vpcId is required for the security group the component creates (no ingress, HTTPS egress to the VPC only); set vpcId, or pass securityGroupIds.",
      ],
    ];
    itRejectsEach(cases, rejection, `SecureModelEndpoint "llm": `);

    it("a component name that cannot prefix the model's name", async () => {
      assert.equal(
        await rejection(BASE, "llm_v2"),
        'SecureModelEndpoint "llm_v2": the name "llm_v2" prefixes the names of the model, endpoint configuration and endpoint, so it must be 1 to 55 letters, digits or hyphens, starting and ending with a letter or digit; rename the component.',
      );
    });
  });
});
