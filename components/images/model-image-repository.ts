import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import { createServiceKey } from "../compute/service-key";
import type { ScopedKey } from "../kms";
import { buildLifecyclePolicy, buildRepositoryPolicy } from "./repository-policy";
import {
  DEFAULT_UNTAGGED_EXPIRY_DAYS,
  IMAGE_REPOSITORY_DEFAULT_SCOPE,
  modelImageRepositoryArgsError,
  repositoryNameFor,
} from "./repository-validation";
import type { ModelImageRepositoryArgs } from "./model-image-repository-args";

/**
 * An ECR repository for training and serving images: every image scanned on push, tags
 * immutable (a tag always names the image that was reviewed), encrypted with a customer-managed
 * key, untagged images expired, and a repository policy that admits only this account's
 * principals (and the AWS services named to pull for it).
 */
export class ModelImageRepository extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:images:ModelImageRepository";

  /** The repository. */
  public readonly repository: aws.ecr.Repository;
  /** The key the repository created, when no `kmsKeyArn` was given. */
  public readonly key?: ScopedKey;
  /** The repository's name. */
  public readonly repositoryName: string;
  /**
   * The repository's URL, `<account>.dkr.ecr.<region>.<dns suffix>/<name>`, built from the
   * account, region and name, all known during preview: images referenced through it keep the
   * grants and checks that depend on them decidable before deployment.
   */
  public readonly repositoryUrl: pulumi.Output<string>;
  /** The repository's ARN, built the same way. */
  public readonly repositoryArn: pulumi.Output<string>;
  /** The ARN of the key that encrypts the images. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; the default repository name.
   * @param args See {@link ModelImageRepositoryArgs}; every field is optional.
   * @param opts Component resource options.
   */
  constructor(name: string, args: ModelImageRepositoryArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(ModelImageRepository.typeToken, name, {}, opts);

    const problem = modelImageRepositoryArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("ModelImageRepository", name, problem), this);
    }

    const parent = { parent: this };
    const labels = {
      scope: args.scope ?? IMAGE_REPOSITORY_DEFAULT_SCOPE,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
    };
    this.repositoryName = repositoryNameFor(name, args);

    if (args.kmsKeyArn === undefined) {
      this.key = createServiceKey(
        `${name}-key`,
        {
          services: ["ecr"],
          description: `scopeguard: key of the image repository ${this.repositoryName}`,
          admins: args.keyAdmins,
          ...labels,
        },
        this,
      );
    }
    this.keyArn = this.key?.keyArn ?? pulumi.output(args.kmsKeyArn as pulumi.Input<string>);

    this.repository = new aws.ecr.Repository(
      name,
      {
        name: this.repositoryName,
        imageTagMutability: "IMMUTABLE",
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: this.keyArn }],
        forceDelete: args.forceDelete ?? false,
        tags: aiTags(labels),
      },
      parent,
    );
    // The name as an output of the repository: known during preview, and it carries the dependency.
    const repository = this.repository.name;

    const partition = aws.getPartitionOutput({}, parent);
    const region = aws.getRegionOutput({}, parent).region;
    const accountId = aws.getCallerIdentityOutput({}, parent).accountId;

    new aws.ecr.LifecyclePolicy(
      name,
      {
        repository,
        policy: JSON.stringify(
          buildLifecyclePolicy(args.untaggedImageExpiryDays ?? DEFAULT_UNTAGGED_EXPIRY_DAYS),
        ),
      },
      parent,
    );
    new aws.ecr.RepositoryPolicy(
      name,
      {
        repository,
        policy: pulumi
          .all([accountId, pulumi.output(args.pushPrincipals ?? [])])
          .apply(([account, pushPrincipals]) =>
            JSON.stringify(
              buildRepositoryPolicy({
                accountId: account,
                pushPrincipals,
                pullServices: args.pullServices ?? [],
              }),
            ),
          ),
      },
      parent,
    );

    this.repositoryUrl = pulumi.interpolate`${accountId}.dkr.ecr.${region}.${partition.dnsSuffix}/${repository}`;
    this.repositoryArn = pulumi.interpolate`arn:${partition.partition}:ecr:${region}:${accountId}:repository/${repository}`;
    this.registerOutputs({
      repositoryName: this.repositoryName,
      repositoryUrl: this.repositoryUrl,
      repositoryArn: this.repositoryArn,
      keyArn: this.keyArn,
    });
  }

  /**
   * The URI of the image tagged `tag` (`<repositoryUrl>:<tag>`), or of a digest (`sha256:...`,
   * giving `<repositoryUrl>@sha256:...`).
   */
  public imageUri(tag: string): pulumi.Output<string> {
    return tag.startsWith("sha256:")
      ? pulumi.interpolate`${this.repositoryUrl}@${tag}`
      : pulumi.interpolate`${this.repositoryUrl}:${tag}`;
  }
}
