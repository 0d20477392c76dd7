import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import type { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import { executionRoleFor, sagemakerKeyFor, sagemakerLabels } from "./execution-role";
import { secureNotebookArgsError } from "./sagemaker-validation";
import { workloadSecurityGroupFor, workloadSecurityGroupIds } from "./workload";
import type { SecureNotebookArgs } from "./secure-notebook-args";

/** The smallest general-purpose notebook type: a notebook edits and explores; jobs do the heavy work. */
export const DEFAULT_NOTEBOOK_INSTANCE_TYPE = "ml.t3.medium";

/**
 * A SageMaker notebook instance in a private subnet, without SageMaker's direct internet access
 * and without root for its users, answering only IMDSv2 metadata requests, with its ML storage
 * volume encrypted by a customer-managed key, a security group with no ingress, and an execution
 * role that reaches only the named buckets and keys.
 */
export class SecureNotebook extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:sagemaker:SecureNotebook";

  /** The notebook instance. */
  public readonly notebook: aws.sagemaker.NotebookInstance;
  /** The lifecycle configuration, when `lifecycleScripts` was given. */
  public readonly lifecycleConfiguration?: aws.sagemaker.NotebookInstanceLifecycleConfiguration;
  /** The security group, unless `securityGroupIds` was given. */
  public readonly securityGroup?: aws.ec2.SecurityGroup;
  /** The execution role, unless `executionRoleArn` was given. */
  public readonly executionRole?: AiWorkloadRole;
  /** The key, unless `kmsKeyArn` was given. */
  public readonly key?: ScopedKey;
  /** The notebook's name (autonamed, known during preview). */
  public readonly notebookName: pulumi.Output<string>;
  /** The notebook's ARN. */
  public readonly notebookArn: pulumi.Output<string>;
  /** The execution role's ARN. */
  public readonly executionRoleArn: pulumi.Output<string>;
  /** The ARN of the key that encrypts the volume. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the notebook and its children.
   * @param args See {@link SecureNotebookArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: SecureNotebookArgs, opts?: pulumi.ComponentResourceOptions) {
    super(SecureNotebook.typeToken, name, {}, opts);

    const problem = secureNotebookArgsError(name, args ?? ({} as SecureNotebookArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("SecureNotebook", name, problem), this);
    }

    const parent = { parent: this };
    const tags = aiTags(sagemakerLabels(args));
    const what = `the notebook ${name}`;

    const key = sagemakerKeyFor(name, args, what, this);
    this.key = key.key;
    this.keyArn = key.keyArn;

    const role = executionRoleFor(name, args, what, this);
    this.executionRole = role.role;
    this.executionRoleArn = role.roleArn;

    this.securityGroup = workloadSecurityGroupFor(
      `${name}-notebook`,
      args,
      { description: `scopeguard: notebook ${name}, no ingress, HTTPS to AWS endpoints only`, tags },
      this,
    );

    const scripts = args.lifecycleScripts;
    if (scripts !== undefined) {
      const encode = (script: pulumi.Input<string> | undefined) =>
        script === undefined
          ? undefined
          : pulumi.output(script).apply((text) => Buffer.from(text, "utf8").toString("base64"));
      this.lifecycleConfiguration = new aws.sagemaker.NotebookInstanceLifecycleConfiguration(
        name,
        { onCreate: encode(scripts.onCreate), onStart: encode(scripts.onStart), tags },
        parent,
      );
    }

    this.notebook = new aws.sagemaker.NotebookInstance(
      name,
      {
        instanceType: args.instanceType ?? DEFAULT_NOTEBOOK_INSTANCE_TYPE,
        roleArn: this.executionRoleArn,
        subnetId: args.subnetId,
        securityGroups: workloadSecurityGroupIds(this.securityGroup, args),
        // Without it, SageMaker gives the notebook its own internet access, outside the VPC.
        directInternetAccess: "Disabled",
        rootAccess: args.allowRootAccess === true ? "Enabled" : "Disabled",
        // Notebook code fetches URLs all day; IMDSv1 would hand the role to one forged request.
        instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
        kmsKeyId: this.keyArn,
        volumeSize: args.volumeSizeInGb,
        lifecycleConfigName: this.lifecycleConfiguration?.name,
        tags,
      },
      { parent: this, dependsOn: this.executionRole === undefined ? [] : [this.executionRole] },
    );

    this.notebookName = this.notebook.name;
    this.notebookArn = this.notebook.arn;
    this.registerOutputs({
      notebookName: this.notebookName,
      notebookArn: this.notebookArn,
      executionRoleArn: this.executionRoleArn,
      keyArn: this.keyArn,
    });
  }
}
