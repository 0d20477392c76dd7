import assert from "node:assert/strict";
import { policyDocsUrlFromRepository, repoRelative } from "../../../preview/report/locations";

describe("report/locations", () => {
  it("turns npm repository forms into the address of docs/policies.md", () => {
    const docs = "https://github.com/acme/scopeguard/blob/HEAD/docs/policies.md";
    assert.equal(policyDocsUrlFromRepository("git+https://github.com/acme/scopeguard.git"), docs);
    assert.equal(
      policyDocsUrlFromRepository({ type: "git", url: "https://github.com/acme/scopeguard" }),
      docs,
    );
    assert.equal(policyDocsUrlFromRepository("github:acme/scopeguard"), docs);
    assert.equal(policyDocsUrlFromRepository("acme/scopeguard"), docs);
  });

  it("gives no address for a missing or unusable repository", () => {
    assert.equal(policyDocsUrlFromRepository(undefined), undefined);
    assert.equal(policyDocsUrlFromRepository({ url: 7 }), undefined);
    assert.equal(policyDocsUrlFromRepository("file:../here"), undefined);
  });

  it("makes paths relative to the repository root with forward slashes, and refuses paths outside it", () => {
    assert.equal(repoRelative("/repo/examples/a/index.ts", "/repo"), "examples/a/index.ts");
    assert.equal(repoRelative("/elsewhere/index.ts", "/repo"), undefined);
  });
});
