import assert from "node:assert/strict";
import { buildResourceTree, treeRows } from "../../../preview/report/tree";
import { awsProvider, bucket, key, resource, resources, stack, store } from "./fixtures";

const render = (rs: Parameters<typeof buildResourceTree>[0]) =>
  treeRows(buildResourceTree(rs)).map((r) => `${r.prefix}${r.type} ${r.name}`);

describe("report/tree", () => {
  it("nests children under their parents with Pulumi's box-drawing prefixes", () => {
    assert.deepEqual(render(resources), [
      "pulumi:pulumi:Stack chatbot-dev",
      "├─ scopeguard:storage:SecureBucket prompt-logs",
      "│  ├─ aws:s3:Bucket prompt-logs",
      "│  ├─ aws:s3:BucketVersioning prompt-logs",
      "│  └─ aws:s3:BucketPublicAccessBlock prompt-logs",
      "├─ aws:kms:Key data-key",
      "├─ aws:bedrock:Guardrail chat-guardrail",
      "├─ aws:bedrockmodel:InvocationLoggingConfiguration invocation-logging",
      "├─ aws:opensearch:ServerlessCollection kb",
      "└─ aws:iam:Role invoke-role",
      "pulumi:providers:aws default_7_48_0",
    ]);
  });

  it("draws a continuing line only for ancestors that have later siblings", () => {
    const outer = resource("scopeguard:ai:Bundle", "bundle", { parent: stack, custom: false });
    const inner = resource("scopeguard:storage:SecureBucket", "data", { parent: outer, custom: false });
    const leaf = resource("aws:s3/bucket:Bucket", "data", { parent: inner });
    const sibling = resource("aws:kms/key:Key", "k", { parent: outer });
    assert.deepEqual(render([stack, outer, inner, leaf, sibling]), [
      "pulumi:pulumi:Stack chatbot-dev",
      "└─ scopeguard:ai:Bundle bundle",
      "   ├─ scopeguard:storage:SecureBucket data",
      "   │  └─ aws:s3:Bucket data",
      "   └─ aws:kms:Key k",
    ]);
  });

  it("lists default providers after the Stack's tree, whatever their registration order", () => {
    const rows = render([stack, awsProvider, key]);
    assert.deepEqual(rows, [
      "pulumi:pulumi:Stack chatbot-dev",
      "└─ aws:kms:Key data-key",
      "pulumi:providers:aws default_7_48_0",
    ]);
  });

  it("lists a resource whose parent was not recorded after the tree instead of dropping it", () => {
    const rows = render([stack, bucket]);
    assert.deepEqual(rows, ["pulumi:pulumi:Stack chatbot-dev", "aws:s3:Bucket prompt-logs"]);
    assert.equal(store.urn, bucket.parent);
  });

  it("lists resources in a parent cycle after the tree instead of looping", () => {
    const a = { ...resource("aws:s3/bucket:Bucket", "a"), parent: "urn:b" };
    const b = { ...resource("aws:s3/bucket:Bucket", "b"), urn: "urn:b", parent: a.urn };
    assert.deepEqual(render([stack, a, b]), [
      "pulumi:pulumi:Stack chatbot-dev",
      "aws:s3:Bucket a",
      "aws:s3:Bucket b",
    ]);
  });

  it("renders a run without a Stack as a flat list", () => {
    assert.deepEqual(render([key, awsProvider]), [
      "aws:kms:Key data-key",
      "pulumi:providers:aws default_7_48_0",
    ]);
  });
});
