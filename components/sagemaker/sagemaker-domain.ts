import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import type { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import { executionRoleFor, sagemakerKeyFor, sagemakerLabels } from "./execution-role";
import { sagemakerDomainArgsError } from "./sagemaker-validation";
import { workloadSecurityGroupFor, workloadSecurityGroupIds } from "./workload";
import type { SageMakerDomainArgs } from "./sagemaker-domain-args";

/**
 * Studio apps of one user (JupyterServer and KernelGateway apps) talk to each other on these
 * ports, as AWS documents for VpcOnly domains; the group admits them from its own members only.
 */
export const STUDIO_APP_PORTS = { fromPort: 8192, toPort: 65535 } as const;

/**
 * A SageMaker Studio domain that reaches the network only through the VPC (`VpcOnly`): its apps
 * have no SageMaker-managed internet access, so AWS APIs are reached through the VPC's endpoints
 * (SageMaker API and runtime, S3, ECR, STS, CloudWatch Logs) and seen by its flow logs. The home
 * directories (EFS) and app volumes are encrypted with a customer-managed key, users cannot
 * share notebook output cells to S3, and the execution role reaches only the named buckets and keys.
 *
 * Users are added with `aws.sagemaker.UserProfile` (`domainId`); the execution role grants data
 * access only, so grant the Studio app actions the team uses on `executionRole.roleName`.
 */
export class SageMakerDomain extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:sagemaker:SageMakerDomain";

  /** The Studio domain. */
  public readonly domain: aws.sagemaker.Domain;
  /** The security group of Studio apps, unless `securityGroupIds` was given. */
  public readonly securityGroup?: aws.ec2.SecurityGroup;
  /** The execution role, unless `executionRoleArn` was given. */
  public readonly executionRole?: AiWorkloadRole;
  /** The key, unless `kmsKeyArn` was given. */
  public readonly key?: ScopedKey;
  /** The domain's id. */
  public readonly domainId: pulumi.Output<string>;
  /** The domain's ARN. */
  public readonly domainArn: pulumi.Output<string>;
  /** The default execution role's ARN. */
  public readonly executionRoleArn: pulumi.Output<string>;
  /** The ARN of the key that encrypts home directories and app volumes. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; the default domain name, and the prefix of its children.
   * @param args See {@link SageMakerDomainArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: SageMakerDomainArgs, opts?: pulumi.ComponentResourceOptions) {
    super(SageMakerDomain.typeToken, name, {}, opts);

    const problem = sagemakerDomainArgsError(name, args ?? ({} as SageMakerDomainArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("SageMakerDomain", name, problem), this);
    }

    const labels = sagemakerLabels(args);
    const tags = aiTags(labels);
    const domainName = args.domainName ?? name;
    const what = `the Studio domain ${domainName}`;

    // Home directories live on EFS, which encrypts through its own endpoint.
    const key = sagemakerKeyFor(name, args, what, this, ["elasticfilesystem"]);
    this.key = key.key;
    this.keyArn = key.keyArn;

    const role = executionRoleFor(name, args, what, this);
    this.executionRole = role.role;
    this.executionRoleArn = role.roleArn;

    this.securityGroup = workloadSecurityGroupFor(
      `${name}-apps`,
      args,
      {
        description: `scopeguard: Studio apps of ${domainName}, no ingress but between them`,
        intraGroup: {
          protocol: "tcp",
          ...STUDIO_APP_PORTS,
          description: "Studio apps of a user talk to each other",
        },
        tags,
      },
      this,
    );
    const securityGroups = workloadSecurityGroupIds(this.securityGroup, args);

    this.domain = new aws.sagemaker.Domain(
      name,
      {
        domainName,
        authMode: args.authMode ?? "IAM",
        vpcId: args.vpcId,
        subnetIds: args.subnetIds,
        // No SageMaker-managed internet access: every app's traffic goes through the VPC.
        appNetworkAccessType: "VpcOnly",
        kmsKeyId: this.keyArn,
        defaultUserSettings: {
          executionRole: this.executionRoleArn,
          securityGroups,
          // Output cells hold data samples; sharing them copies that data to S3 outside the domain.
          sharingSettings: { notebookOutputOption: "Disabled" },
        },
        // Deleting the domain keeps its home directories: users' work outlives a mistaken destroy.
        retentionPolicy: { homeEfsFileSystem: "Retain" },
        tagPropagation: "ENABLED",
        tags,
      },
      // The role must carry its policies before Studio validates it.
      { parent: this, dependsOn: this.executionRole === undefined ? [] : [this.executionRole] },
    );

    this.domainId = this.domain.id;
    this.domainArn = this.domain.arn;
    this.registerOutputs({
      domainId: this.domainId,
      domainArn: this.domainArn,
      executionRoleArn: this.executionRoleArn,
      keyArn: this.keyArn,
    });
  }
}
