import { strict as assert } from "assert";
import { PackServer } from "./pack-server";

const BUCKET: [string, string, Record<string, unknown>] = [
  "aws:s3/bucket:Bucket",
  "data",
  { bucket: "data" },
];

/** What the pack itself says about its settings, for `pulumi preview` users who bypass the CLI. */
describe("the pack checks its own settings (SDK server)", function () {
  this.timeout(180_000);

  it("reports a misspelt setting as a mandatory stack violation naming the key meant", async () => {
    const server = await PackServer.start({ "scopeguard-settings": { Scope: 5 } });
    try {
      const found = (await server.analyzeStack([BUCKET])).filter((d) => d.policy === "scopeguard-settings");
      assert.deepEqual(
        found.map((d) => [d.level, d.message.split("\n").pop()]),
        [
          [
            1,
            'pack config: scopeguard-settings has no setting "Scope"; did you mean "scope"? (its settings are scope, exemptions); fix the key, or the setting is ignored.',
          ],
        ],
      );
    } finally {
      await server.close();
    }
  });

  it("says so when the settings policy is disabled", async () => {
    const server = await PackServer.start({
      "scopeguard-settings": { enforcementLevel: "disabled", scope: 5 },
    });
    try {
      await server.analyze(...([BUCKET[0], BUCKET[2], BUCKET[1]] as const));
      const found = (await server.analyzeStack([BUCKET])).filter((d) => d.policy === "exemption-applied");
      assert.deepEqual(
        found.map((d) => d.message.split("\n").pop()),
        [
          'scopeguard-settings did not run, so its scope and exemptions are ignored and the stack is checked at the scope the pack infers: remove "enforcementLevel": "disabled" from scopeguard-settings (or give it its own level when "all" disables everything).',
        ],
      );
    } finally {
      await server.close();
    }
  });
});
