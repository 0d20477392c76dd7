import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";
import type { ExecutionRoleArgs, SageMakerKeyArgs } from "./execution-role-args";
import type { WorkloadSecurityGroupArgs } from "./workload";

/** Scripts SageMaker runs as root when the notebook is created or started. */
export interface NotebookLifecycleScripts {
  /**
   * Runs once, when the notebook is created (plain text; the component encodes it).
   * @default none
   */
  readonly onCreate?: pulumi.Input<string>;
  /**
   * Runs at every start, such as installing the packages users would otherwise need root for.
   * @default none
   */
  readonly onStart?: pulumi.Input<string>;
}

/** Arguments of {@link SecureNotebook}. `subnetId` is required: the notebook has no direct internet access. */
export interface SecureNotebookArgs
  extends AiTagArgs, WorkloadSecurityGroupArgs, ExecutionRoleArgs, SageMakerKeyArgs {
  /**
   * The private subnet the notebook runs in; for an AiNetwork, one of its `privateSubnetIds`.
   * @default none: required, the notebook has no direct internet access
   */
  readonly subnetId: pulumi.Input<string>;
  /**
   * The ML instance type.
   * @default "ml.t3.medium"
   */
  readonly instanceType?: string;
  /**
   * Size of the ML storage volume in GiB, 5 to 16384.
   * @default 5 (SageMaker's default)
   */
  readonly volumeSizeInGb?: number;
  /**
   * Setup scripts, as a lifecycle configuration the component creates. They run as root even with
   * root access disabled, which is how system packages get installed.
   * @default none
   */
  readonly lifecycleScripts?: NotebookLifecycleScripts;
  /**
   * Relaxation: give notebook users root on the instance.
   * @default false
   */
  readonly allowRootAccess?: boolean;
}
