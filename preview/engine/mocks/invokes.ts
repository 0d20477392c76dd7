/**
 * Answers to provider functions (invokes) that programs commonly call before creating
 * resources. Values are realistic for account 123456789012 in the configured region; an invoke
 * not in this table is answered `{}` and counted by the caller, never silently.
 */
import { renderPolicyDocument } from "./policy-document";
import { AWS_MANAGED_KEY_ID_PREFIX, isAwsManagedKey } from "../../../policypack/vocabulary/kms-keys";
import { alnumId, awsId, uuidFrom } from "./ids";
import { AwsFunction } from "../../../policypack/vocabulary";

/**
 * The key id behind an alias. An `alias/aws/*` alias stands for an AWS-managed key: its id gets the
 * reserved prefix the pack recognises, so a program that reads it from a data source is judged as
 * using an AWS-managed key (a real preview sees a random id and cannot tell).
 */
function keyIdBehind(alias: string): string {
  const id = uuidFrom(alias);
  return isAwsManagedKey(alias) ? `${AWS_MANAGED_KEY_ID_PREFIX}${id.slice(-12)}` : id;
}

/** What an invoke answer sees. */
export interface InvokeContext {
  readonly region: string;
  readonly account: string;
}

type Answer = (inputs: Record<string, unknown>, c: InvokeContext) => Record<string, unknown>;

/** Zone ids look like `use1-az1`: region initials plus the AZ number. */
function zoneId(region: string, i: number): string {
  const [geo, dir, num] = region.split("-");
  return `${geo}${(dir ?? "x")[0]}${num ?? "1"}-az${i + 1}`;
}

const AMI_ID = "ami-0abcdef1234567890";

const ANSWERS: Record<string, Answer> = {
  [AwsFunction.index.getCallerIdentity]: (_i, c) => ({
    accountId: c.account,
    arn: `arn:aws:iam::${c.account}:user/scopeguard-preview`,
    userId: "AIDA" + alnumId("caller", 17, true),
    id: c.account,
  }),
  [AwsFunction.index.getRegion]: (i, c) => {
    const region = i.region ?? i.name ?? c.region;
    return { id: region, name: region, region, endpoint: `ec2.${region}.amazonaws.com`, description: region };
  },
  [AwsFunction.index.getPartition]: () => ({
    id: "aws",
    partition: "aws",
    dnsSuffix: "amazonaws.com",
    reverseDnsPrefix: "com.amazonaws",
  }),
  [AwsFunction.index.getAvailabilityZones]: (_i, c) => {
    const names = ["a", "b", "c"].map((l) => c.region + l);
    return {
      id: c.region,
      names,
      zoneIds: names.map((_, i) => zoneId(c.region, i)),
      groupNames: [c.region],
      state: _i.state,
    };
  },
  [AwsFunction.ec2.getAmi]: (i, c) => ({
    ...i,
    id: AMI_ID,
    imageId: AMI_ID,
    arn: `arn:aws:ec2:${c.region}::image/${AMI_ID}`,
    architecture: "x86_64",
    name: "al2023-ami-2023.6.20250101.0-kernel-6.1-x86_64",
    ownerId: "137112412989",
    imageOwnerAlias: "amazon",
    rootDeviceName: "/dev/xvda",
    rootDeviceType: "ebs",
    virtualizationType: "hvm",
    state: "available",
    public: true,
  }),
  [AwsFunction.ssm.getParameter]: (i, c) => {
    const name = typeof i.name === "string" ? i.name : "";
    // Public AMI parameters (/aws/service/ami-amazon-linux-latest/..., /aws/service/ecs/...) resolve to an AMI id.
    const value =
      name.startsWith("/aws/service/") && /ami|ecs|eks|deeplearning/.test(name) ? AMI_ID : `value-of-${name}`;
    return {
      id: name,
      name,
      arn: `arn:aws:ssm:${c.region}:${c.account}:parameter${name.startsWith("/") ? "" : "/"}${name}`,
      type: "String",
      value,
      insecureValue: value,
      version: 1,
      withDecryption: i.withDecryption ?? true,
    };
  },
  [AwsFunction.iam.getPolicyDocument]: (i) => renderPolicyDocument(i),
  [AwsFunction.kms.getKey]: (i, c) => {
    const keyId = typeof i.keyId === "string" ? i.keyId : uuidFrom("key");
    const alias = keyId.includes("alias/") ? keyId.slice(keyId.indexOf("alias/")) : undefined;
    const id =
      alias !== undefined ? keyIdBehind(alias) : keyId.startsWith("arn:") ? keyId.split("/").pop()! : keyId;
    return {
      id,
      arn: `arn:aws:kms:${c.region}:${c.account}:key/${id}`,
      keyId: i.keyId,
      awsAccountId: c.account,
      enabled: true,
      keyManager: isAwsManagedKey(id) ? "AWS" : "CUSTOMER",
      keyState: "Enabled",
      keySpec: "SYMMETRIC_DEFAULT",
      keyUsage: "ENCRYPT_DECRYPT",
      origin: "AWS_KMS",
      multiRegion: false,
    };
  },
  [AwsFunction.kms.getAlias]: (i, c) => {
    const name = typeof i.name === "string" ? i.name : "alias/unknown";
    const target = keyIdBehind(name);
    return {
      id: `arn:aws:kms:${c.region}:${c.account}:${name}`,
      arn: `arn:aws:kms:${c.region}:${c.account}:${name}`,
      name,
      targetKeyId: target,
      targetKeyArn: `arn:aws:kms:${c.region}:${c.account}:key/${target}`,
    };
  },
  [AwsFunction.ec2.getVpc]: (i, c) => {
    const id = i.id ?? awsId("vpc", "default");
    return {
      ...i,
      id,
      arn: `arn:aws:ec2:${c.region}:${c.account}:vpc/${id}`,
      cidrBlock: "172.31.0.0/16",
      default: i.default ?? false,
      ownerId: c.account,
    };
  },
};

/** The answer for `token`, or undefined when the table has none. */
export function answerInvoke(
  token: string,
  inputs: Record<string, unknown>,
  c: InvokeContext,
): Record<string, unknown> | undefined {
  const answer = ANSWERS[token];
  return answer ? answer(inputs ?? {}, c) : undefined;
}
