import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

// Each numbered resource breaks one scopeguard compute control and is otherwise compliant (IMDSv2
// with a hop limit of 1, volumes encrypted with a customer-managed key, private subnet, no public IP,
// no SSH key), so the expected violations (README.md) map onto resources. The stack declares scope 5
// (training its own model), where every control below applies.

const key = new aws.kms.Key("gpu-key", { description: "EBS and ECR encryption", enableKeyRotation: true });
// An existing private training subnet, security group, AMI and instance profile, by id.
const SUBNET = "subnet-0a1b2c3d4e5f60718";
const SECURITY_GROUP = "sg-0a1b2c3d4e5f60718";
const AMI = "ami-0a1b2c3d4e5f60718";
const PROFILE = "gpu-training-host";

const hardened = {
  ami: AMI,
  instanceType: "p5.48xlarge",
  subnetId: SUBNET,
  vpcSecurityGroupIds: [SECURITY_GROUP],
  iamInstanceProfile: PROFILE,
  metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
  rootBlockDevice: { encrypted: true, kmsKeyId: key.arn, volumeSize: 500 },
};

// 1. ec2-accelerated-host-no-public-ip: a training host with a public address.
new aws.ec2.Instance("public-ip-host", { ...hardened, associatePublicIpAddress: true });

// 2. ec2-accelerated-host-volumes-encrypted: the root volume is not encrypted.
new aws.ec2.Instance("unencrypted-volume-host", {
  ...hardened,
  rootBlockDevice: { encrypted: false, volumeSize: 500 },
});

// 3. ec2-accelerated-host-no-ssh-key: launched with an SSH key pair.
new aws.ec2.Instance("ssh-key-host", { ...hardened, keyName: "ops-keypair" });

// 4. ec2-accelerated-host-imds-hop-limit: containers on the hosts can reach the host role (hop limit 2),
// 5. autoscaling-accelerated-fleet-hardened: and a fleet launches hosts from that template.
const template = new aws.ec2.LaunchTemplate("hop-limit-2-template", {
  imageId: AMI,
  instanceType: "p5.48xlarge",
  iamInstanceProfile: { name: PROFILE },
  vpcSecurityGroupIds: [SECURITY_GROUP],
  metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 2 },
  blockDeviceMappings: [
    { deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: key.arn, volumeSize: 500 } },
  ],
});
new aws.autoscaling.Group("gpu-fleet", {
  vpcZoneIdentifiers: [SUBNET],
  minSize: 0,
  maxSize: 4,
  launchTemplate: { id: template.id, version: "$Latest" },
});

const repository = (name: string, args: Partial<aws.ecr.RepositoryArgs>) =>
  new aws.ecr.Repository(name, {
    imageTagMutability: "IMMUTABLE",
    imageScanningConfiguration: { scanOnPush: true },
    encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: key.arn }],
    ...args,
  });

// 6. ecr-repository-tags-immutable: a pushed tag can be replaced by another image.
const mutable = repository("mutable-repo", { imageTagMutability: "MUTABLE" });

// 7. ecr-repository-encrypted-with-cmk: images under an AWS-owned key.
repository("aws-key-repo", { encryptionConfigurations: [{ encryptionType: "AES256" }] });

// 8. ecr-image-consumers-use-hardened-repositories: a function runs `:latest` from the mutable repository.
const account = aws.getCallerIdentityOutput().accountId;
const region = aws.getRegionOutput().region;
new aws.lambda.Function("latest-tag-function", {
  packageType: "Image",
  imageUri: pulumi.interpolate`${account}.dkr.ecr.${region}.amazonaws.com/${mutable.name}:latest`,
  role: "arn:aws:iam::123456789012:role/batch-inference",
  timeout: 60,
});
