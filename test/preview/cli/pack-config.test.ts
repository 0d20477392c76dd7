import assert from "node:assert/strict";
import { declaredScope } from "../../../policypack/framework/scope-context";
import { parseSettings } from "../../../policypack/framework/settings";
import { UsageError } from "../../../preview/cli/errors";
import {
  declaredScopeOf,
  isIsoDate,
  packConfigProblems,
  parsePackConfigText,
  readPackConfigFile,
  withScope,
} from "../../../preview/cli/pack-config";

const NOW = new Date("2026-03-15T23:59:00Z");

const exemption = (overrides: Record<string, unknown> = {}) => ({
  policy: "s3-block-public-access",
  resource: "public-site-*",
  reason: "static website, reviewed by security (SEC-123)",
  expires: "2026-06-30",
  ...overrides,
});

const settings = (value: unknown) => ({ "scopeguard-settings": value });

function messagesOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof UsageError, `expected a UsageError, got ${String(e)}`);
    return e.messages;
  }
  assert.fail("expected a UsageError");
}

describe("cli/pack-config", () => {
  describe("reading the --config file", () => {
    it("parses a JSON object", () => {
      assert.deepEqual(parsePackConfigText('{"all": "advisory"}', "p.json"), { all: "advisory" });
    });

    it("names the file that is not valid JSON", () => {
      const [message] = messagesOf(() => parsePackConfigText("{ all: advisory }", "policy.json"));
      assert.match(
        message,
        /^--config file policy\.json is not valid JSON \(.+\); fix the file or pass another one$/,
      );
    });

    it("names the file that holds something other than an object", () => {
      assert.deepEqual(
        messagesOf(() => parsePackConfigText("[1]", "policy.json")),
        [
          "--config file policy.json must hold a JSON object keyed by policy name, as for pulumi --policy-pack-config (got an array)",
        ],
      );
    });

    it("names the file that cannot be read", () => {
      const missing = () => {
        throw Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), { code: "ENOENT" });
      };
      assert.deepEqual(
        messagesOf(() => readPackConfigFile("missing.json", missing)),
        ["cannot read --config file missing.json: no such file"],
      );
    });

    it("says when the path is a directory", () => {
      const dir = () => {
        throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
      };
      assert.deepEqual(
        messagesOf(() => readPackConfigFile("conf", dir)),
        ["cannot read --config file conf: it is a directory"],
      );
    });
  });

  describe("--scope", () => {
    it("sets scopeguard-settings.scope and keeps the other settings", () => {
      assert.deepEqual(withScope({ all: "advisory", ...settings({ exemptions: [] }) }, 3), {
        all: "advisory",
        "scopeguard-settings": { exemptions: [], scope: 3 },
      });
    });

    it("overrides a scope from the config file", () => {
      assert.deepEqual(withScope(settings({ scope: 5 }), 2), settings({ scope: 2 }));
    });

    it("keeps an enforcement level given as a string", () => {
      assert.deepEqual(
        withScope(settings("remediate"), 1),
        settings({ enforcementLevel: "remediate", scope: 1 }),
      );
    });

    it("does not change its input", () => {
      const config = settings({ scope: 5 });
      withScope(config, 2);
      assert.deepEqual(config, settings({ scope: 5 }));
    });
  });

  describe("scopeguard settings", () => {
    it("accepts a config without scopeguard settings", () => {
      assert.deepEqual(packConfigProblems({ all: "mandatory" }, NOW), []);
    });

    it("rejects a misspelt setting, naming the key and the setting meant", () => {
      assert.deepEqual(packConfigProblems(settings({ Scope: 5, exemption: [] }), NOW), [
        'pack config: scopeguard-settings has no setting "Scope"; did you mean "scope"? (its settings are scope, exemptions)',
        'pack config: scopeguard-settings has no setting "exemption"; did you mean "exemptions"? (its settings are scope, exemptions)',
      ]);
    });

    it("rejects an unknown key of an exemption, naming the index", () => {
      const entry = { ...exemption(), expiry: "2031-01-01" };
      assert.deepEqual(packConfigProblems(settings({ exemptions: [entry] }), NOW), [
        'pack config: scopeguard-settings.exemptions[0] has no key "expiry"; did you mean "expires"? (an exemption has policy, resource, reason, expires)',
      ]);
    });

    it("rejects disabling the settings, as a level string or in the object", () => {
      const message =
        'pack config: scopeguard-settings cannot be disabled: it carries the scope and exemptions, and without it the stack is checked at the scope the pack infers; remove its enforcementLevel "disabled"';
      assert.deepEqual(
        [
          packConfigProblems({ "scopeguard-settings": "disabled" }, NOW),
          packConfigProblems(settings({ enforcementLevel: "disabled", scope: 5 }), NOW),
        ],
        [[message], [message]],
      );
    });

    it('rejects "all": "disabled" unless the settings keep their own level', () => {
      assert.deepEqual(
        [
          packConfigProblems({ all: "disabled", ...settings({ scope: 5 }) }, NOW),
          packConfigProblems(
            { all: { enforcementLevel: "disabled" }, ...settings({ enforcementLevel: "remediate" }) },
            NOW,
          ),
        ],
        [
          [
            'pack config: "all": "disabled" would also disable scopeguard-settings, which carries the scope and exemptions; give scopeguard-settings its own level, e.g. "scopeguard-settings": { "enforcementLevel": "remediate", ... }',
          ],
          [],
        ],
      );
    });

    it("accepts valid exemptions", () => {
      assert.deepEqual(packConfigProblems(settings({ scope: 3, exemptions: [exemption()] }), NOW), []);
    });

    it("accepts an exemption that expires today (UTC)", () => {
      assert.deepEqual(
        packConfigProblems(settings({ exemptions: [exemption({ expires: "2026-03-15" })] }), NOW),
        [],
      );
    });

    it("rejects an exemption that expired yesterday, naming the index and key", () => {
      assert.deepEqual(
        packConfigProblems(
          settings({ exemptions: [exemption(), exemption({ expires: "2024-01-01" })] }),
          NOW,
        ),
        [
          "pack config: scopeguard-settings.exemptions[1].expires is 2024-01-01, which is in the past; renew or remove the exemption",
        ],
      );
    });

    it("judges the past in UTC, not local time", () => {
      // 2026-03-16T00:30 UTC is still the 15th in America; the 15th is nevertheless past.
      const problems = packConfigProblems(
        settings({ exemptions: [exemption({ expires: "2026-03-15" })] }),
        new Date("2026-03-16T00:30:00Z"),
      );
      assert.equal(problems.length, 1);
    });

    it("rejects an expires date not written YYYY-MM-DD", () => {
      assert.deepEqual(
        packConfigProblems(settings({ exemptions: [exemption({ expires: "30/06/2026" })] }), NOW),
        [
          "pack config: scopeguard-settings.exemptions[0].expires is 30/06/2026, which is not a date in YYYY-MM-DD form; give the last day the exemption holds, e.g. 2031-12-31",
        ],
      );
    });

    it("rejects an expires date that does not exist", () => {
      assert.deepEqual(
        packConfigProblems(settings({ exemptions: [exemption({ expires: "2026-02-30" })] }), NOW),
        [
          "pack config: scopeguard-settings.exemptions[0].expires is 2026-02-30, which is not a date in YYYY-MM-DD form; give the last day the exemption holds, e.g. 2031-12-31",
        ],
      );
    });

    it("rejects an expires date given as a number", () => {
      assert.deepEqual(
        packConfigProblems(settings({ exemptions: [exemption({ expires: 20260630 })] }), NOW),
        [
          "pack config: scopeguard-settings.exemptions[0].expires is 20260630, which is not a date in YYYY-MM-DD form; give the last day the exemption holds, e.g. 2031-12-31",
        ],
      );
    });

    it("rejects an exemption without expires", () => {
      assert.deepEqual(
        packConfigProblems(settings({ exemptions: [exemption({ expires: undefined })] }), NOW),
        [
          "pack config: scopeguard-settings.exemptions[0].expires is missing; give the last day the exemption holds as YYYY-MM-DD",
        ],
      );
    });

    it("rejects an exemption without a reason", () => {
      assert.deepEqual(
        packConfigProblems(settings({ exemptions: [exemption({ reason: undefined })] }), NOW),
        [
          "pack config: scopeguard-settings.exemptions[0].reason is missing; say why the exemption is acceptable",
        ],
      );
    });

    it("rejects an exemption whose reason is blank", () => {
      assert.deepEqual(packConfigProblems(settings({ exemptions: [exemption({ reason: "  " })] }), NOW), [
        "pack config: scopeguard-settings.exemptions[0].reason is empty; say why the exemption is acceptable",
      ]);
    });

    it("rejects an exemption whose reason is not text", () => {
      assert.deepEqual(packConfigProblems(settings({ exemptions: [exemption({ reason: true })] }), NOW), [
        "pack config: scopeguard-settings.exemptions[0].reason must be a string (got a boolean); say why the exemption is acceptable",
      ]);
    });

    it("rejects an exemption without a policy or a resource", () => {
      assert.deepEqual(
        packConfigProblems(settings({ exemptions: [exemption({ policy: undefined, resource: "" })] }), NOW),
        [
          "pack config: scopeguard-settings.exemptions[0].policy is missing; name the policy the exemption applies to",
          'pack config: scopeguard-settings.exemptions[0].resource is empty; give the resource URN or a name pattern such as "training-*"',
        ],
      );
    });

    it("rejects an exemption that is not an object", () => {
      assert.deepEqual(packConfigProblems(settings({ exemptions: ["s3-block-public-access"] }), NOW), [
        "pack config: scopeguard-settings.exemptions[0] must be an object with policy, resource, reason and expires (got a string)",
      ]);
    });

    it("rejects exemptions that are not a list", () => {
      assert.deepEqual(packConfigProblems(settings({ exemptions: exemption() }), NOW), [
        "pack config: scopeguard-settings.exemptions must be a list of exemptions (got an object)",
      ]);
    });

    it("rejects a scope outside 1 to 5", () => {
      assert.deepEqual(packConfigProblems(settings({ scope: 7 }), NOW), [
        "pack config: scopeguard-settings.scope must be an integer from 1 to 5 (got 7)",
      ]);
    });

    it("rejects a scope given as a string", () => {
      assert.deepEqual(packConfigProblems(settings({ scope: "3" }), NOW), [
        'pack config: scopeguard-settings.scope must be an integer from 1 to 5 (got "3")',
      ]);
    });

    it("rejects settings that are neither an object nor a level", () => {
      assert.deepEqual(packConfigProblems(settings(3), NOW), [
        "pack config: scopeguard-settings must be an object with scope and exemptions, or an enforcement level (got a number)",
      ]);
    });
  });

  describe("isIsoDate", () => {
    it("accepts a leap day in a leap year only", () => {
      assert.equal(isIsoDate("2028-02-29"), true);
      assert.equal(isIsoDate("2027-02-29"), false);
    });
  });

  describe("declaredScopeOf", () => {
    it("takes the pack config's scope over the ai-scope stack tag", () => {
      assert.deepEqual(declaredScopeOf(settings({ scope: 4 }), { "ai-scope": "2" }), {
        scope: 4,
        source: "pack-config",
      });
    });

    it("falls back to the ai-scope stack tag", () => {
      assert.deepEqual(declaredScopeOf({}, { "ai-scope": "2" }), { scope: 2, source: "stack-tag" });
    });

    it("is undefined when neither declares a scope", () => {
      assert.equal(declaredScopeOf({}, { team: "ml" }), undefined);
    });

    it("reads the scope as the pack's settings policy does, with the pack's own rule", () => {
      const config = settings({ scope: "4" });
      const tags = { "ai-scope": "2" };
      assert.deepEqual(
        declaredScopeOf(config, tags),
        declaredScope(parseSettings(config["scopeguard-settings"]), new Map(Object.entries(tags))),
      );
      assert.deepEqual(declaredScopeOf(config, tags), { scope: 4, source: "pack-config" });
    });
  });
});
