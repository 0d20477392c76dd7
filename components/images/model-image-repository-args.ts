import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";

/** Arguments of {@link ModelImageRepository}. Every field is optional. */
export interface ModelImageRepositoryArgs extends AiTagArgs {
  /**
   * The repository's name, which every image URI contains: fixed rather than autonamed, so image
   * references stay stable across stacks and rebuilds.
   * @default the component's name
   */
  readonly repositoryName?: string;
  /**
   * ARN of an existing customer-managed key. Its policy must let the principals that create the
   * repository create grants through ECR.
   * @default a new ScopedKey named `<name>-key`, usable by this account through ECR only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the repository creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Days after its push an untagged image expires, 1 to 3650. Tagged images never expire.
   * @default 14
   */
  readonly untaggedImageExpiryDays?: number;
  /**
   * Role or user ARNs that alone may push (the build pipeline's role): the repository policy
   * denies pushes by anyone else, whatever IAM allows them.
   * @default unset: pushing is left to IAM
   */
  readonly pushPrincipals?: pulumi.Input<string>[];
  /**
   * Service principals that pull images for this account through the repository policy, such as
   * `lambda.amazonaws.com` for container-image functions. Workloads that pull with a role
   * (SageMaker, EC2, ECS) need nothing here.
   * @default []
   */
  readonly pullServices?: string[];
  /**
   * Relaxation: let `pulumi destroy` delete the repository while it still holds images.
   * @default false, so model images are deleted only on purpose
   */
  readonly forceDelete?: boolean;
}
