import { strict as assert } from "assert";
import { AiWorkloadRole } from "../../../components/iam";
import {
  roleArnFromName,
  VectorCollection,
  type VectorCollectionArgs,
} from "../../../components/vectorstore";
import { isUnknown, only, resourceErrorMessage, run, valueOf, type Registered } from "../support";
import { statementsOf } from "../policy-json";
import { at } from "../../readers";

const KB_ROLE = "arn:aws:iam::123456789012:role/knowledge-base";
const APP_ROLE = "arn:aws:iam::123456789012:role/chat-app";
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const ENDPOINT = {
  vpcId: "vpc-0abc",
  subnetIds: ["subnet-0a", "subnet-0b"],
  securityGroupIds: ["sg-0clients"],
};
const T = {
  component: "scopeguard:vectorstore:VectorCollection",
  collection: "aws:opensearch/serverlessCollection:ServerlessCollection",
  security: "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy",
  access: "aws:opensearch/serverlessAccessPolicy:ServerlessAccessPolicy",
  endpoint: "aws:opensearch/serverlessVpcEndpoint:ServerlessVpcEndpoint",
  key: "aws:kms/key:Key",
};
const BASE: VectorCollectionArgs = { principals: [KB_ROLE], vpcEndpoint: ENDPOINT };

async function collectionOf(
  args: VectorCollectionArgs = BASE,
  mode: "preview" | "update" = "update",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new VectorCollection("docs", args));
  assert.equal(error, undefined);
  return resources;
}

/** Runs with invalid args: asserts nothing but the component was registered, returns the message. */
async function rejection(args: VectorCollectionArgs, name = "docs"): Promise<string> {
  const { resources, error } = await run("preview", () => new VectorCollection(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    [T.component],
  );
  return resourceErrorMessage(error);
}

const securityPolicy = (resources: Registered[], type: "encryption" | "network") =>
  resources.find((r) => r.type === T.security && r.inputs.type === type)!.inputs;
const documentOf = (resources: Registered[], type: "encryption" | "network") =>
  JSON.parse(securityPolicy(resources, type).policy);
const accessDocument = (resources: Registered[]) => JSON.parse(only(resources, T.access).inputs.policy);

describe("VectorCollection", () => {
  it("creates a VECTORSEARCH collection named after the component, with standby replicas", async () => {
    const collection = only(await collectionOf(), T.collection).inputs;
    assert.deepEqual(
      [collection.type, collection.name, collection.standbyReplicas],
      ["VECTORSEARCH", "docs", "ENABLED"],
    );
  });

  it("labels the collection knowledge-base at scope 3", async () => {
    const tags = only(await collectionOf(), T.collection).inputs.tags;
    assert.deepEqual([tags["data-class"], tags["ai-scope"]], ["knowledge-base", "3"]);
  });

  it("takes a collection name, and drops standby replicas only when asked", async () => {
    const collection = only(
      await collectionOf({ ...BASE, collectionName: "support-kb", standbyReplicas: false }),
      T.collection,
    ).inputs;
    assert.deepEqual([collection.name, collection.standbyReplicas], ["support-kb", "DISABLED"]);
  });

  it("encrypts this collection only, with the customer-managed key it creates", async () => {
    const resources = await collectionOf();
    assert.equal(securityPolicy(resources, "encryption").name, "docs");
    assert.deepEqual(documentOf(resources, "encryption"), {
      Rules: [{ ResourceType: "collection", Resource: ["collection/docs"] }],
      AWSOwnedKey: false,
      KmsARN: only(resources, T.key).state.arn,
    });
  });

  it("lets account principals use and grant the key through OpenSearch Serverless only", async () => {
    const statements = statementsOf(only(await collectionOf(), T.key).inputs.policy);
    const bySid = Object.fromEntries(statements.map((s) => [s.Sid, s]));
    assert.deepEqual(bySid.AccountUseThroughServices.Condition.StringEquals["kms:ViaService"], [
      "aoss.us-east-1.amazonaws.com",
    ]);
    assert.deepEqual(bySid.CreateGrantsForAwsResourcesThroughService.Condition, {
      StringEquals: { "kms:CallerAccount": "123456789012", "kms:ViaService": "aoss.us-east-1.amazonaws.com" },
      Bool: { "kms:GrantIsForAWSResource": "true" },
    });
  });

  it("uses a given key, creates none, and its encryption policy is known during preview", async () => {
    const resources = await collectionOf({ ...BASE, kmsKeyArn: OWN_KEY }, "preview");
    assert.equal(
      resources.some((r) => r.type === T.key),
      false,
    );
    const document = documentOf(resources, "encryption");
    assert.deepEqual([document.AWSOwnedKey, document.KmsARN], [false, OWN_KEY]);
  });

  it("creates a VPC endpoint in the given subnets and security groups", async () => {
    const endpoint = only(await collectionOf(), T.endpoint).inputs;
    assert.deepEqual(
      [endpoint.name, endpoint.vpcId, endpoint.subnetIds, endpoint.securityGroupIds],
      ["docs-vpce", "vpc-0abc", ["subnet-0a", "subnet-0b"], ["sg-0clients"]],
    );
  });

  it("admits only its VPC endpoint, never the public internet, and not the dashboards", async () => {
    let component: VectorCollection | undefined;
    const { resources } = await run("update", () => (component = new VectorCollection("docs", BASE)));
    assert.deepEqual(documentOf(resources, "network"), [
      {
        Description: "Private access to docs",
        Rules: [{ ResourceType: "collection", Resource: ["collection/docs"] }],
        AllowFromPublic: false,
        SourceVPCEs: [await valueOf(component!.vpcEndpoint!.id)],
      },
    ]);
  });

  it("admits given endpoint ids and Bedrock, with a network policy known during preview", async () => {
    const resources = await collectionOf(
      { principals: [KB_ROLE], vpcEndpointIds: ["vpce-0123456789abcdef0"], allowBedrock: true },
      "preview",
    );
    assert.equal(
      resources.some((r) => r.type === T.endpoint),
      false,
    );
    assert.deepEqual(documentOf(resources, "network"), [
      {
        Description: "Private access to docs",
        Rules: [{ ResourceType: "collection", Resource: ["collection/docs"] }],
        AllowFromPublic: false,
        SourceVPCEs: ["vpce-0123456789abcdef0"],
        SourceServices: ["bedrock.amazonaws.com"],
      },
    ]);
  });

  it("grants the named principals ingest and query on this collection and its indexes, never deletion", async () => {
    assert.deepEqual(accessDocument(await collectionOf()), [
      {
        Description: "Ingest into and query docs",
        Rules: [
          {
            ResourceType: "collection",
            Resource: ["collection/docs"],
            Permission: [
              "aoss:DescribeCollectionItems",
              "aoss:CreateCollectionItems",
              "aoss:UpdateCollectionItems",
            ],
          },
          {
            ResourceType: "index",
            Resource: ["index/docs/*"],
            Permission: [
              "aoss:DescribeIndex",
              "aoss:ReadDocument",
              "aoss:WriteDocument",
              "aoss:CreateIndex",
              "aoss:UpdateIndex",
            ],
          },
        ],
        Principal: [KB_ROLE],
      },
    ]);
  });

  it("grants read-only principals query permissions in a rule set of their own", async () => {
    const [readWrite, readOnly] = accessDocument(
      await collectionOf({ ...BASE, readOnlyPrincipals: [APP_ROLE, KB_ROLE] }),
    );
    assert.deepEqual(readWrite.Principal, [KB_ROLE]);
    assert.deepEqual(readOnly.Principal, [APP_ROLE], "a read-write principal is not listed again");
    assert.deepEqual(
      readOnly.Rules.map((r: unknown) => at(r, "Permission")),
      [["aoss:DescribeCollectionItems"], ["aoss:DescribeIndex", "aoss:ReadDocument"]],
    );
  });

  it("keeps the access policy known during preview when principals are built from role names", async () => {
    const { resources, error } = await run("preview", () => {
      const role = new AiWorkloadRole("kb", { trustedService: "bedrock.amazonaws.com" });
      new VectorCollection("docs", { principals: [roleArnFromName(role.roleName)], allowBedrock: true });
    });
    assert.equal(error, undefined);
    const access = only(resources, T.access).inputs.policy;
    assert.equal(isUnknown(access), false);
    const roleName = only(resources, "aws:iam/role:Role").state.name;
    assert.deepEqual(JSON.parse(access)[0].Principal, [`arn:aws:iam::123456789012:role/${roleName}`]);
  });

  it("exports the collection's name and ARN", async () => {
    let collection: VectorCollection | undefined;
    await run("update", () => (collection = new VectorCollection("docs", BASE)));
    assert.match(
      await valueOf(collection!.collectionArn),
      /^arn:aws:aoss:us-east-1:123456789012:collection\//,
    );
    assert.equal(collection!.collectionName, "docs");
  });

  it("parents every direct child to the component", async () => {
    const resources = await collectionOf();
    const component = only(resources, T.component);
    assert.deepEqual(
      resources
        .filter((r) => r.parent === component.urn)
        .map((r) => r.type)
        .sort(),
      ["scopeguard:kms:Key", T.endpoint, T.security, T.security, T.access, T.collection].sort(),
    );
  });

  it("rejects a collection nobody may use", async () => {
    assert.equal(
      await rejection({ vpcEndpoint: ENDPOINT }),
      'VectorCollection "docs": no principal may use the collection, and a collection nobody can read or write is a mistake; pass principals (role ARNs that ingest and query, such as the Bedrock knowledge-base role) or readOnlyPrincipals (roles that only query).',
    );
  });

  it("rejects a wildcard principal", async () => {
    assert.equal(
      await rejection({ ...BASE, principals: ["*"] }),
      'VectorCollection "docs": principals contains "*"; name each principal by its ARN, a wildcard would let any identity that reaches the collection read it.',
    );
  });

  it("rejects the account root as a principal", async () => {
    assert.equal(
      await rejection({ ...BASE, readOnlyPrincipals: ["arn:aws:iam::123456789012:root"] }),
      'VectorCollection "docs": readOnlyPrincipals contains the account root "arn:aws:iam::123456789012:root", which grants every principal of the account; name the roles that need the collection.',
    );
  });

  it("rejects a principal that is not an IAM ARN", async () => {
    assert.equal(
      await rejection({ ...BASE, principals: ["knowledge-base"] }),
      'VectorCollection "docs": principals contains "knowledge-base", which is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name>) or a SAML principal.',
    );
  });

  it("rejects a component name that is not a collection name", async () => {
    assert.equal(
      await rejection(BASE, "Docs"),
      'VectorCollection "Docs": the name "Docs" becomes the collection name, which must be 3 to 32 lowercase letters, digits or hyphens, starting with a letter; rename the component or set collectionName.',
    );
  });

  it("rejects a collection name longer than 32 characters", async () => {
    assert.equal(
      await rejection({ ...BASE, collectionName: "a".repeat(33) }),
      `VectorCollection "docs": collectionName "${"a".repeat(33)}" must be 3 to 32 lowercase letters, digits or hyphens, starting with a letter.`,
    );
  });

  it("rejects a collection name that starts with a digit", async () => {
    assert.equal(
      await rejection({ ...BASE, collectionName: "1docs" }),
      'VectorCollection "docs": collectionName "1docs" must be 3 to 32 lowercase letters, digits or hyphens, starting with a letter.',
    );
  });

  it("rejects a collection nothing may reach", async () => {
    assert.equal(
      await rejection({ principals: [KB_ROLE] }),
      'VectorCollection "docs": nothing may reach the collection: public access is never allowed, so pass vpcEndpoint (a VPC and subnets, for an endpoint the component creates), vpcEndpointIds (existing OpenSearch Serverless VPC endpoints), or allowBedrock: true (Bedrock knowledge bases only).',
    );
  });

  it("rejects a VPC endpoint without subnets", async () => {
    assert.equal(
      await rejection({ ...BASE, vpcEndpoint: { vpcId: "vpc-0abc", subnetIds: [] } }),
      'VectorCollection "docs": vpcEndpoint.subnetIds must list 1 to 6 subnets (got 0); give the private subnets the clients run in.',
    );
  });

  it("rejects an endpoint id that is not an OpenSearch Serverless VPC endpoint", async () => {
    assert.equal(
      await rejection({ principals: [KB_ROLE], vpcEndpointIds: ["docs-endpoint"] }),
      'VectorCollection "docs": vpcEndpointIds contains "docs-endpoint", which is not an OpenSearch Serverless VPC endpoint id (vpce-...).',
    );
  });

  it("rejects keyAdmins together with kmsKeyArn", async () => {
    assert.equal(
      await rejection({ ...BASE, kmsKeyArn: OWN_KEY, keyAdmins: ["arn:aws:iam::123456789012:role/admin"] }),
      'VectorCollection "docs": keyAdmins configures the key the collection creates, but kmsKeyArn brings your own; remove one or the other.',
    );
  });
});
