import { AwsType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { KEY_ARN, UNKNOWN } from "./values";

const HARDENED_TEMPLATE = {
  metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
  blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: KEY_ARN } }],
};
const template = (props: Record<string, unknown>) =>
  r(AwsType.ec2.LaunchTemplate, "gpu-lt", { id: "lt-1", ...props });
const privateSubnet = r(AwsType.ec2.Subnet, "private-a", { mapPublicIpOnLaunch: false });
const nodeGroup = r(
  AwsType.eks.NodeGroup,
  "gpu",
  { instanceTypes: ["p5.48xlarge"], launchTemplate: { id: UNKNOWN, version: "1" }, subnetIds: [UNKNOWN] },
  { dependsOn: { launchTemplate: ["gpu-lt"], subnetIds: ["private-a"] } },
);

/** Props no EKS policy may choke on, on top of the shared ones. */
const EKS_ODD_PROPS = [
  { vpcConfig: "x" },
  { vpcConfig: [null] },
  { encryptionConfig: "x" },
  { encryptionConfig: { provider: 3 } },
  { instanceTypes: ["p5.48xlarge"], scalingConfig: "x" },
  { gpu: true, maxSize: "lots" },
  { instanceTypes: [null, 3], instanceType: 7, gpu: "yes" },
];

/** Samples of the EKS policies: the cluster's endpoint, secrets and logs, and its GPU node groups. */
export const EKS_SAMPLES: DomainSamples = withOddProps(
  {
    "eks-cluster-endpoint-not-public": resourceSample(
      AwsType.eks.Cluster,
      { roleArn: UNKNOWN, vpcConfig: { subnetIds: [UNKNOWN] } },
      {
        roleArn: UNKNOWN,
        vpcConfig: { subnetIds: [UNKNOWN], endpointPublicAccess: false, endpointPrivateAccess: true },
      },
      `Cluster "subject" exposes its Kubernetes API endpoint to 0.0.0.0/0 (the default): set endpointPublicAccess to false, or list only your networks' CIDRs in publicAccessCidrs.`,
    ),
    "eks-cluster-secrets-encrypted-with-cmk": resourceSample(
      AwsType.eks.Cluster,
      { roleArn: UNKNOWN },
      { roleArn: UNKNOWN, encryptionConfig: { provider: { keyArn: KEY_ARN }, resources: ["secrets"] } },
      `Cluster "subject" does not envelope-encrypt Kubernetes Secrets: set encryptionConfig: { provider: { keyArn: key.arn }, resources: ["secrets"] } with a customer-managed KMS key.`,
    ),
    "eks-cluster-audit-logging": resourceSample(
      AwsType.eks.Cluster,
      { roleArn: UNKNOWN },
      { roleArn: UNKNOWN, enabledClusterLogTypes: ["api", "audit", "authenticator"] },
      `Cluster "subject" does not log "audit" and "authenticator" from its control plane: add audit, authenticator to enabledClusterLogTypes.`,
    ),
    "eks-gpu-node-group-hardened": resourceSample(
      AwsType.eks.NodeGroup,
      { instanceTypes: ["p4d.24xlarge"] },
      { instanceTypes: ["p4d.24xlarge"], launchTemplate: { id: UNKNOWN, version: "1" } },
      'GPU node group "subject" (p4d.24xlarge) runs on EKS\'s default launch template: give it a launch template with httpTokens "required", httpPutResponseHopLimit 1 and encrypted EBS volumes (the GpuNodeGroup component builds one).',
    ),
    "eks-gpu-node-group-launch-template-hardened": stackSample({
      failing: [
        template({ metadataOptions: { httpTokens: "optional", httpPutResponseHopLimit: 2 } }),
        privateSubnet,
        nodeGroup,
      ],
      passing: [template(HARDENED_TEMPLATE), privateSubnet, nodeGroup],
      subject: "gpu",
      message:
        'GPU node group "gpu" (p5.48xlarge) launches from launch template "gpu-lt", which misses the GPU node baseline: IMDSv2 is not required: set metadataOptions.httpTokens to "required" (left out, the host still answers IMDSv1 requests unless its AMI says otherwise). The metadata response hop limit is 2: set metadataOptions.httpPutResponseHopLimit to 1 so containers on the host cannot reach the host role\'s credentials. The launch template declares no EBS volume, so the root volume\'s encryption is left to the AMI snapshot and the account\'s EBS default: add a blockDeviceMappings entry for the root device with ebs.encrypted "true".',
    }),
    "eks-gpu-node-group-size-capped": resourceSample(
      AwsType.eks.NodeGroup,
      { instanceTypes: ["p5.48xlarge"], scalingConfig: { minSize: 0, desiredSize: 1, maxSize: 50 } },
      { instanceTypes: ["p5.48xlarge"], scalingConfig: { minSize: 0, desiredSize: 1, maxSize: 4 } },
      `GPU node group "subject" (p5.48xlarge) can scale to 50 nodes: lower scalingConfig.maxSize to at most 8, and add another group deliberately when more capacity is approved.`,
    ),
  },
  EKS_ODD_PROPS,
);
