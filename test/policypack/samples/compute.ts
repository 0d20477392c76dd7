import { AwsType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { MALFORMED_PROPS } from "../support";
import { KEY_ARN, UNKNOWN } from "./values";

/** A hardened GPU instance: every host control satisfied, with CMK-encrypted volumes. */
const HARDENED_INSTANCE = {
  instanceType: "p5.48xlarge",
  metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
  rootBlockDevice: { encrypted: true, kmsKeyId: KEY_ARN },
  ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true, kmsKeyId: UNKNOWN }],
  subnetId: UNKNOWN,
};
/** A hardened launch template, as launch templates spell it (flags as strings). */
const HARDENED_TEMPLATE = {
  instanceType: "g5.12xlarge",
  metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
  networkInterfaces: [{ associatePublicIpAddress: "false", subnetId: UNKNOWN }],
  blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: UNKNOWN } }],
};
const IMDSV2 = { httpTokens: "required", httpPutResponseHopLimit: 1 };
const IMDS_MESSAGE =
  'IMDSv2 is not required: set metadataOptions.httpTokens to "required" (left out, the host still answers IMDSv1 requests unless its AMI says otherwise).';
const guardrail = r(AwsType.bedrock.Guardrail, "gr", { name: "gr" });
// The template's volume key and subnet are computed from resources of the stack.
const volumeKey = r(AwsType.kms.Key, "volume-key", { arn: UNKNOWN });
const privateSubnet = r(AwsType.ec2.Subnet, "private", { id: UNKNOWN });
const template = (props: Record<string, unknown>) =>
  r(
    AwsType.ec2.LaunchTemplate,
    "gpu-lt",
    { id: UNKNOWN, name: "gpu-lt-abc", ...props },
    { dependsOn: { blockDeviceMappings: ["volume-key"], networkInterfaces: ["private"] } },
  );
const fleet = r(
  AwsType.autoscaling.Group,
  "gpu-fleet",
  {
    maxSize: 4,
    minSize: 0,
    mixedInstancesPolicy: {
      launchTemplate: {
        launchTemplateSpecification: { launchTemplateId: UNKNOWN },
        overrides: [{ instanceType: "g5.2xlarge" }],
      },
    },
  },
  { dependsOn: { mixedInstancesPolicy: ["gpu-lt"] } },
);
const subnet = (mapPublicIpOnLaunch: boolean) =>
  r(AwsType.ec2.Subnet, "public-a", {
    vpcId: UNKNOWN,
    cidrBlock: "10.0.0.0/24",
    mapPublicIpOnLaunch,
    id: UNKNOWN,
  });
const gpuHost = r(
  AwsType.ec2.Instance,
  "llm-host",
  { instanceType: "g5.2xlarge", subnetId: UNKNOWN },
  { dependsOn: { subnetId: ["public-a"] } },
);
const ECR_URL = "111122223333.dkr.ecr.us-east-1.amazonaws.com/trainer";
const repository = (props: Record<string, unknown>) =>
  r(AwsType.ecr.Repository, "trainer", { name: "trainer", repositoryUrl: UNKNOWN, ...props });
const model = r(AwsType.sagemaker.Model, "llm", { primaryContainer: { image: `${ECR_URL}:v1` } });

/** Props no compute policy may choke on, on top of the shared ones (with a GPU type over the samples). */
const COMPUTE_ODD_PROPS = [
  {
    metadataOptions: "x",
    rootBlockDevice: 7,
    ebsBlockDevices: [null, "x", { encrypted: "yes" }],
    keyName: 5,
  },
  { metadataOptions: [null], networkInterfaces: "x", blockDeviceMappings: [null, 4, { ebs: "x" }] },
  { instanceRequirements: { acceleratorTypes: "gpu", allowedInstanceTypes: [null] }, launchTemplate: 3 },
  { imageScanningConfiguration: "x", encryptionConfigurations: [null], imageTagMutability: 1 },
  { mixedInstancesPolicy: { launchTemplate: { overrides: [null, { instanceRequirements: 5 }] } } },
  { metadataOptions: "x", instanceType: 5, launchTemplate: [null] },
  { subnetId: 5, vpcZoneIdentifiers: "x", networkInterfaces: [null, 3] },
];

/** Samples of the compute policies: accelerated hosts and fleets, the subnets they use, and their image registry. */
export const COMPUTE_SAMPLES: DomainSamples = withOddProps(
  {
    "ec2-accelerated-host-imdsv2-required": resourceSample(
      AwsType.ec2.Instance,
      { instanceType: "p4d.24xlarge" },
      HARDENED_INSTANCE,
      IMDS_MESSAGE,
    ),
    "ec2-accelerated-host-imds-hop-limit": resourceSample(
      AwsType.ec2.Instance,
      {
        instanceType: "p5.48xlarge",
        metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 },
      },
      HARDENED_INSTANCE,
      "The metadata response hop limit is 2: set metadataOptions.httpPutResponseHopLimit to 1 so containers on the host cannot reach the host role's credentials.",
    ),
    "ec2-accelerated-host-no-public-ip": resourceSample(
      AwsType.ec2.Instance,
      { instanceType: "g5.xlarge", associatePublicIpAddress: true },
      { ...HARDENED_INSTANCE, associatePublicIpAddress: false },
      "The instance gets a public IP address: remove associatePublicIpAddress (or set it to false) and reach the host through SSM Session Manager or a private network.",
    ),
    "ec2-accelerated-host-volumes-encrypted": resourceSample(
      AwsType.ec2.Instance,
      { instanceType: "g5.xlarge" },
      HARDENED_INSTANCE,
      "The root volume's encryption is left to the AMI snapshot and the account's EBS default: declare rootBlockDevice with encrypted: true.",
    ),
    "ec2-accelerated-host-no-ssh-key": resourceSample(
      AwsType.ec2.LaunchTemplate,
      { ...HARDENED_TEMPLATE, keyName: "ops" },
      HARDENED_TEMPLATE,
      "The host is launched with an SSH key pair: remove keyName and use SSM Session Manager, which needs no open port and logs every session.",
    ),
    "autoscaling-accelerated-fleet-hardened": stackSample({
      failing: [
        volumeKey,
        privateSubnet,
        template({
          metadataOptions: { httpTokens: "optional" },
          blockDeviceMappings: HARDENED_TEMPLATE.blockDeviceMappings,
        }),
        fleet,
      ],
      passing: [volumeKey, privateSubnet, template(HARDENED_TEMPLATE), fleet],
      subject: "gpu-fleet",
      // A group that names its template inline, in every odd shape.
      oddProps: [...MALFORMED_PROPS, ...COMPUTE_ODD_PROPS].map((props) => ({ launchTemplate: props })),
      message: `Auto Scaling group "gpu-fleet" launches accelerated instances (g5.2xlarge) from launch template "gpu-lt", which misses the GPU host baseline: ${IMDS_MESSAGE}`,
    }),
    "ec2-ai-stack-imdsv2-required": stackSample({
      failing: [guardrail, r(AwsType.ec2.Instance, "worker", { instanceType: "m7i.large" })],
      passing: [
        guardrail,
        r(AwsType.ec2.Instance, "worker", { instanceType: "m7i.large", metadataOptions: IMDSV2 }),
      ],
      subject: "worker",
      oddResources: [r(AwsType.ec2.LaunchTemplate, "odd-template", {})],
      message: `"worker" runs in a stack with AI resources ("gr", aws:bedrock/guardrail:Guardrail): ${IMDS_MESSAGE}`,
    }),
    "ec2-host-subnet-no-public-ip": stackSample({
      failing: [subnet(true), gpuHost],
      passing: [subnet(false), gpuHost],
      subject: "llm-host",
      oddResources: [
        r(AwsType.ec2.LaunchTemplate, "odd-template", {}),
        r(AwsType.autoscaling.Group, "odd-group", {}, { dependsOn: { vpcZoneIdentifiers: ["public-a"] } }),
      ],
      message:
        '"llm-host" runs g5.2xlarge instances and launches into subnet "public-a", which gives every instance a public IP address (mapPublicIpOnLaunch: true): launch it into a private subnet, or refuse the address on the host (associatePublicIpAddress: false).',
    }),
    "ecr-repository-scan-on-push": resourceSample(
      AwsType.ecr.Repository,
      {},
      { imageScanningConfiguration: { scanOnPush: true } },
      "Images are not scanned on push: set imageScanningConfiguration.scanOnPush to true (AWS's default is off).",
    ),
    "ecr-repository-tags-immutable": resourceSample(
      AwsType.ecr.Repository,
      {},
      { imageTagMutability: "IMMUTABLE" },
      'Image tags can be overwritten (imageTagMutability is not set (AWS\'s default is "MUTABLE")): set imageTagMutability to "IMMUTABLE".',
    ),
    "ecr-repository-encrypted-with-cmk": resourceSample(
      AwsType.ecr.Repository,
      {},
      { encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: UNKNOWN }] },
      'Images are encrypted with an AWS-owned key (AES256, AWS\'s default): set encryptionConfigurations to [{ encryptionType: "KMS", kmsKey: key.arn }].',
    ),
    "ecr-image-consumers-use-hardened-repositories": stackSample({
      failing: [repository({}), model],
      passing: [
        repository({ imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE" }),
        model,
      ],
      subject: "llm",
      // Images read from container definitions and nested container lists, whatever their shape.
      oddProps: COMPUTE_ODD_PROPS.flatMap((props) => [
        { primaryContainer: props, containers: props.ebsBlockDevices },
        { containerDefinitions: props.instanceRequirements },
      ]),
      oddResources: [
        r(AwsType.ecs.TaskDefinition, "odd-task", {}),
        r(AwsType.sagemaker.Model, "odd-model", {}, { dependsOn: { primaryContainer: ["trainer"] } }),
      ],
      message:
        'SageMaker model "llm" runs an image from ECR repository "trainer", which does not scan images on push and lets tags be overwritten while the image is referenced by tag: turn on imageScanningConfiguration.scanOnPush, and set imageTagMutability to "IMMUTABLE" or pin the image by digest (@sha256:...).',
    }),
  },
  COMPUTE_ODD_PROPS,
);
