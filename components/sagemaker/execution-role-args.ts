import type * as pulumi from "@pulumi/pulumi";

/** The execution role: one the component creates with these grants, or the caller's. */
export interface ExecutionRoleArgs {
  /**
   * An existing execution role, instead of the one the component creates. Its trust and grants
   * are then the caller's, and the grant arguments below are not allowed.
   * @default a new AiWorkloadRole trusted by SageMaker for this account only
   */
  readonly executionRoleArn?: pulumi.Input<string>;
  /**
   * Buckets whose objects the role reads (training data, model artifacts), by name.
   * @default []
   */
  readonly readBuckets?: pulumi.Input<string>[];
  /**
   * Buckets the role writes objects to, by name.
   * @default []
   */
  readonly writeBuckets?: pulumi.Input<string>[];
  /**
   * KMS key ARNs the role encrypts and decrypts with, such as the keys of those buckets when they
   * name their users. The key the component creates needs no entry: its policy already lets the
   * account use it through SageMaker.
   * @default []
   */
  readonly useKeys?: pulumi.Input<string>[];
}

/** The key: one the component creates, or the caller's. */
export interface SageMakerKeyArgs {
  /**
   * ARN of an existing customer-managed key. Its policy must let the principals that create the
   * resource, and the execution role, use it and create grants through SageMaker.
   * @default a new ScopedKey named `<name>-key`, usable by this account through SageMaker only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the component creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}
