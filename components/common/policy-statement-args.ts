import type * as pulumi from "@pulumi/pulumi";

/**
 * Whether a statement allows or denies. Written as an object (not only a union type) so the
 * component provider's schema analysis publishes it as an enum for programs in other languages.
 */
export const PolicyEffect = {
  /** The statement grants the actions. */
  Allow: "Allow",
  /** The statement refuses the actions, whatever else grants them. */
  Deny: "Deny",
} as const;

/** Whether a statement allows or denies: "Allow" or "Deny". */
export type PolicyEffect = (typeof PolicyEffect)[keyof typeof PolicyEffect];

/**
 * One condition of a statement, as IAM writes it: `"<operator>": { "<key>": <values> }`. One value
 * is written as a string, several as a list (any of them matches).
 */
export interface PolicyConditionArgs {
  /**
   * The condition operator, such as `StringEquals`, `ArnLike` or `Bool`.
   * @default none: required
   */
  readonly operator: string;
  /**
   * The condition key, such as `aws:SourceAccount` or `kms:ViaService`.
   * @default none: required
   */
  readonly key: string;
  /**
   * The values the key is compared with; at least one.
   * @default none: required
   */
  readonly values: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * A statement that a component adds after the statements it writes itself to the resource policy of
 * a resource it creates (a key policy, a bucket policy), as aws-cdk's `addToResourcePolicy` does.
 * The component's own statements always come first and keep their ids; an added statement can
 * neither replace them nor grant to anyone (`*`) without a condition. Sid, effect, actions and the
 * condition operators and keys are plain values, so they are checked before anything is created.
 */
export interface ResourcePolicyStatementArgs {
  /**
   * The statement's id, unique in the policy; the ids of the component's own statements are taken.
   * @default none: required
   */
  readonly sid: string;
  /**
   * "Allow" or "Deny".
   * @default none: required
   */
  readonly effect: PolicyEffect;
  /**
   * AWS principals (role or account ARNs, or `*` with a condition), written as `Principal.AWS`.
   * At least one principal, of either kind, is required.
   * @default [] (only `servicePrincipals`)
   */
  readonly awsPrincipals?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Service principals, such as `cloudtrail.amazonaws.com`, written as `Principal.Service`.
   * @default [] (only `awsPrincipals`)
   */
  readonly servicePrincipals?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The actions, of the resource's service only (`kms:` in a key policy, `s3:` in a bucket policy).
   * @default none: required, at least one
   */
  readonly actions: string[];
  /**
   * Conditions, all of which must hold. An operator given twice collects its keys.
   * @default [] (no condition)
   */
  readonly conditions?: PolicyConditionArgs[];
}
