import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { childOf, setChild, aiTags, argumentErrorMessage } from "../common";
import { serviceGrantStatement } from "../bedrock/key-grants";
import { ScopedKey } from "../kms";
import {
  buildAccessPolicy,
  buildEncryptionPolicy,
  buildNetworkPolicy,
  vpcEndpointNameFor,
} from "./collection-policies";
import {
  collectionNameFor,
  VECTOR_COLLECTION_DEFAULT_SCOPE,
  vectorCollectionArgsError,
} from "./collection-validation";
import type { VectorCollectionArgs } from "./vector-collection-args";

/**
 * An OpenSearch Serverless vector collection for retrieval, private by construction (contrast
 * generative-ai-cdk-constructs' VectorCollection, which hard-codes a public network policy and an
 * AWS-owned key): an encryption policy with a customer-managed key, a network policy that admits
 * only the given VPC endpoints (and, when asked, Bedrock), never the public internet, and a data
 * access policy that names its principals and covers this collection only.
 */
export class VectorCollection extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:vectorstore:VectorCollection";

  /** The collection. */
  public readonly collection: aws.opensearch.ServerlessCollection;
  /** The encryption security policy. */
  public readonly encryptionPolicy: aws.opensearch.ServerlessSecurityPolicy;
  /** The network security policy. */
  public readonly networkPolicy: aws.opensearch.ServerlessSecurityPolicy;
  /** The data access policy. */
  public readonly accessPolicy: aws.opensearch.ServerlessAccessPolicy;
  /** The VPC endpoint, when `vpcEndpoint` was given. */
  public readonly vpcEndpoint?: aws.opensearch.ServerlessVpcEndpoint;
  /** The key the collection created, when no `kmsKeyArn` was given. */
  public get key(): ScopedKey | undefined {
    return childOf(this, "key");
  }
  private set key(value: ScopedKey | undefined) {
    setChild(this, "key", value);
  }
  /** The collection's name (fixed, known during preview). */
  public readonly collectionName: string;
  /** The collection's ARN, for IAM grants of `aoss:APIAccessAll`. */
  public readonly collectionArn: pulumi.Output<string>;
  /** The collection's endpoint URL. */
  public readonly collectionEndpoint: pulumi.Output<string>;
  /** The ARN of the key that encrypts the collection. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; the default collection name.
   * @param args See {@link VectorCollectionArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: VectorCollectionArgs, opts?: pulumi.ComponentResourceOptions) {
    super(VectorCollection.typeToken, name, {}, opts);

    const problem = vectorCollectionArgsError(name, args ?? {});
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("VectorCollection", name, problem), this);
    }

    const parent = { parent: this };
    const labels = {
      scope: args.scope ?? VECTOR_COLLECTION_DEFAULT_SCOPE,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
    };
    const collectionName = collectionNameFor(name, args);
    this.collectionName = collectionName;

    if (args.kmsKeyArn === undefined) {
      const partition = aws.getPartitionOutput({}, parent);
      const region = aws.getRegionOutput({}, parent);
      const identity = aws.getCallerIdentityOutput({}, parent);
      const aossEndpoint = pulumi.interpolate`aoss.${region.region}.${partition.dnsSuffix}`;
      this.key = new ScopedKey(
        `${name}-key`,
        {
          description: `scopeguard: key of the vector collection ${collectionName}`,
          admins: args.keyAdmins,
          // Principals of the account use the key through OpenSearch Serverless only; the data
          // access policy then decides who reads the vectors.
          accountViaServices: [aossEndpoint],
          dataClass: "knowledge-base",
          ...labels,
          // The service creates a grant for the resource it encrypts, with the caller's rights.
          additionalKeyPolicyStatements: [serviceGrantStatement(identity.accountId, [aossEndpoint])],
        },
        parent,
      );
    }
    this.keyArn = this.key?.keyArn ?? pulumi.output(args.kmsKeyArn as pulumi.Input<string>);

    this.encryptionPolicy = new aws.opensearch.ServerlessSecurityPolicy(
      `${name}-encryption`,
      {
        name: collectionName,
        type: "encryption",
        description: `scopeguard: ${collectionName} is encrypted with a customer-managed key`,
        policy: this.keyArn.apply((arn) => JSON.stringify(buildEncryptionPolicy(collectionName, arn))),
      },
      parent,
    );

    if (args.vpcEndpoint !== undefined) {
      this.vpcEndpoint = new aws.opensearch.ServerlessVpcEndpoint(
        name,
        {
          name: vpcEndpointNameFor(collectionName),
          vpcId: args.vpcEndpoint.vpcId,
          subnetIds: args.vpcEndpoint.subnetIds,
          securityGroupIds: args.vpcEndpoint.securityGroupIds,
        },
        parent,
      );
    }
    const endpointIds = pulumi
      .all([pulumi.output(args.vpcEndpointIds ?? []), this.vpcEndpoint?.id])
      .apply(([given, created]) => (created === undefined ? given : [...given, created]));
    this.networkPolicy = new aws.opensearch.ServerlessSecurityPolicy(
      `${name}-network`,
      {
        name: collectionName,
        type: "network",
        description: `scopeguard: ${collectionName} is reachable only privately`,
        policy: endpointIds.apply((ids) =>
          JSON.stringify(
            buildNetworkPolicy({
              collectionName,
              vpcEndpointIds: ids,
              allowBedrock: args.allowBedrock === true,
            }),
          ),
        ),
      },
      parent,
    );

    this.accessPolicy = new aws.opensearch.ServerlessAccessPolicy(
      `${name}-access`,
      {
        name: collectionName,
        type: "data",
        description: `scopeguard: the named principals of ${collectionName}`,
        policy: pulumi
          .all([pulumi.output(args.principals ?? []), pulumi.output(args.readOnlyPrincipals ?? [])])
          .apply(([readWrite, readOnly]) =>
            JSON.stringify(buildAccessPolicy({ collectionName, readWrite, readOnly })),
          ),
      },
      parent,
    );

    this.collection = new aws.opensearch.ServerlessCollection(
      name,
      {
        name: collectionName,
        type: "VECTORSEARCH",
        description: args.description ?? `scopeguard vector collection ${name}`,
        standbyReplicas: args.standbyReplicas === false ? "DISABLED" : "ENABLED",
        tags: aiTags(labels, "knowledge-base"),
      },
      // OpenSearch Serverless refuses to create a collection that no encryption policy covers; the
      // network and access policies are in place before the first request can arrive.
      { parent: this, dependsOn: [this.encryptionPolicy, this.networkPolicy, this.accessPolicy] },
    );

    this.collectionArn = this.collection.arn;
    this.collectionEndpoint = this.collection.collectionEndpoint;
    this.registerOutputs({
      collectionName: this.collectionName,
      collectionArn: this.collectionArn,
      collectionEndpoint: this.collectionEndpoint,
      keyArn: this.keyArn,
    });
  }
}

/**
 * The ARN of a role of this account from its name, e.g. `AiWorkloadRole.roleName`. A new role's
 * name is known during preview and its ARN is not, so an access policy built from names stays
 * checkable by the policy pack before deployment. For roles without a path only.
 */
export function roleArnFromName(
  roleName: pulumi.Input<string>,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<string> {
  const partition = aws.getPartitionOutput({}, opts);
  const identity = aws.getCallerIdentityOutput({}, opts);
  return pulumi.interpolate`arn:${partition.partition}:iam::${identity.accountId}:role/${roleName}`;
}
