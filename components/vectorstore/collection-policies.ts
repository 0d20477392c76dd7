import { unique } from "../common";

/**
 * The three OpenSearch Serverless policies of a {@link VectorCollection}, built as typed documents
 * from plain values (names, not ARNs of new resources, wherever AWS allows it), so they are tested
 * without a Pulumi runtime and known to the policy pack during preview whenever their inputs are.
 */

/** Permissions of principals that ingest and query: no deletion of indexes or collection items. */
export const READ_WRITE_COLLECTION_PERMISSIONS: readonly string[] = [
  "aoss:DescribeCollectionItems",
  "aoss:CreateCollectionItems",
  "aoss:UpdateCollectionItems",
];
export const READ_WRITE_INDEX_PERMISSIONS: readonly string[] = [
  "aoss:DescribeIndex",
  "aoss:ReadDocument",
  "aoss:WriteDocument",
  "aoss:CreateIndex",
  "aoss:UpdateIndex",
];

/** Permissions of principals that only query. */
export const READ_ONLY_COLLECTION_PERMISSIONS: readonly string[] = ["aoss:DescribeCollectionItems"];
export const READ_ONLY_INDEX_PERMISSIONS: readonly string[] = ["aoss:DescribeIndex", "aoss:ReadDocument"];

/** The service principal a network policy names to let Bedrock knowledge bases reach the collection. */
export const BEDROCK_SOURCE_SERVICE = "bedrock.amazonaws.com";

/** One rule of a security or access policy. */
export interface CollectionRule {
  readonly ResourceType: "collection" | "index" | "dashboard";
  readonly Resource: string[];
  readonly Permission?: string[];
}

/** An encryption security policy. */
export interface EncryptionPolicyDocument {
  readonly Rules: CollectionRule[];
  readonly AWSOwnedKey: false;
  readonly KmsARN: string;
}

/** One rule set of a network security policy. */
export interface NetworkRuleSet {
  readonly Description: string;
  readonly Rules: CollectionRule[];
  readonly AllowFromPublic: false;
  readonly SourceVPCEs?: string[];
  readonly SourceServices?: string[];
}

/** One rule set of a data access policy. */
export interface AccessRuleSet {
  readonly Description: string;
  readonly Rules: CollectionRule[];
  readonly Principal: string[];
}

const collectionResource = (name: string): string => `collection/${name}`;

/** The encryption policy: this collection only, under the customer-managed key. */
export function buildEncryptionPolicy(collectionName: string, kmsKeyArn: string): EncryptionPolicyDocument {
  return {
    Rules: [{ ResourceType: "collection", Resource: [collectionResource(collectionName)] }],
    AWSOwnedKey: false,
    KmsARN: kmsKeyArn,
  };
}

/** What the network policy admits. */
export interface NetworkPolicyInput {
  readonly collectionName: string;
  /** OpenSearch Serverless VPC endpoint ids (`vpce-...`). */
  readonly vpcEndpointIds: readonly string[];
  /** Also admit Bedrock (knowledge bases) as a source service. */
  readonly allowBedrock: boolean;
}

/**
 * The network policy: the collection's API only (no dashboards rule, so OpenSearch Dashboards stay
 * unreachable), never from the public internet, only from the named VPC endpoints and, when asked,
 * from Bedrock.
 */
export function buildNetworkPolicy(input: NetworkPolicyInput): NetworkRuleSet[] {
  const endpoints = unique(input.vpcEndpointIds);
  return [
    {
      Description: `Private access to ${input.collectionName}`,
      Rules: [{ ResourceType: "collection", Resource: [collectionResource(input.collectionName)] }],
      AllowFromPublic: false,
      ...(endpoints.length > 0 ? { SourceVPCEs: endpoints } : {}),
      ...(input.allowBedrock ? { SourceServices: [BEDROCK_SOURCE_SERVICE] } : {}),
    },
  ];
}

/** Who may use the collection. */
export interface AccessPolicyInput {
  readonly collectionName: string;
  /** Principals that ingest and query. */
  readonly readWrite: readonly string[];
  /** Principals that only query. */
  readonly readOnly: readonly string[];
}

/** The data access policy: named principals only, on this collection and its indexes only. */
export function buildAccessPolicy(input: AccessPolicyInput): AccessRuleSet[] {
  const sets: AccessRuleSet[] = [];
  const rules = (collection: readonly string[], index: readonly string[]): CollectionRule[] => [
    {
      ResourceType: "collection",
      Resource: [collectionResource(input.collectionName)],
      Permission: [...collection],
    },
    // Every index of this collection: the indexes are created later, by the ingesting application.
    { ResourceType: "index", Resource: [`index/${input.collectionName}/*`], Permission: [...index] },
  ];
  const readWrite = unique(input.readWrite);
  if (readWrite.length > 0) {
    sets.push({
      Description: `Ingest into and query ${input.collectionName}`,
      Rules: rules(READ_WRITE_COLLECTION_PERMISSIONS, READ_WRITE_INDEX_PERMISSIONS),
      Principal: readWrite,
    });
  }
  const readOnly = unique(input.readOnly).filter((p) => !readWrite.includes(p));
  if (readOnly.length > 0) {
    sets.push({
      Description: `Query ${input.collectionName}`,
      Rules: rules(READ_ONLY_COLLECTION_PERMISSIONS, READ_ONLY_INDEX_PERMISSIONS),
      Principal: readOnly,
    });
  }
  return sets;
}

/**
 * The name of the collection's VPC endpoint: OpenSearch Serverless names are 3 to 32 characters,
 * so a long collection name is cut to leave room for the suffix.
 */
export function vpcEndpointNameFor(collectionName: string): string {
  return `${collectionName.slice(0, 27)}-vpce`;
}
