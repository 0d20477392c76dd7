import { strict as assert } from "assert";
import { Guardrail, type GuardrailArgs } from "../../../components/bedrock";
import { isUnknown, only, resourceErrorMessage, run, valueOf, type Registered } from "../support";
import { at, illTyped } from "../../readers";
import { statementsOf } from "../policy-json";

const T = {
  component: "scopeguard:bedrock:Guardrail",
  guardrail: "aws:bedrock/guardrail:Guardrail",
  version: "aws:bedrock/guardrailVersion:GuardrailVersion",
  key: "aws:kms/key:Key",
};
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

async function guardrailOf(
  args: GuardrailArgs = {},
  mode: "preview" | "update" = "update",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new Guardrail("support-bot", args));
  assert.equal(error, undefined);
  return resources;
}

/** Runs with invalid args: asserts nothing but the component was registered, returns the message. */
async function rejection(args: GuardrailArgs, name = "support-bot"): Promise<string> {
  const { resources, error } = await run("preview", () => new Guardrail(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    [T.component],
  );
  return resourceErrorMessage(error);
}

const inputsOf = async (args: GuardrailArgs = {}) => only(await guardrailOf(args), T.guardrail).inputs;
const filterOf = (inputs: Registered["inputs"], type: string) =>
  inputs.contentPolicyConfig.filtersConfigs.find((f: unknown) => at(f, "type") === type);

describe("Guardrail", () => {
  it("filters prompt attacks on input at HIGH, with output NONE as AWS requires", async () => {
    assert.deepEqual(filterOf(await inputsOf(), "PROMPT_ATTACK"), {
      type: "PROMPT_ATTACK",
      inputStrength: "HIGH",
      outputStrength: "NONE",
    });
  });

  it("filters the five harmful-content categories, HIGH on prompts and MEDIUM on responses", async () => {
    const filters = (await inputsOf()).contentPolicyConfig.filtersConfigs.filter(
      (f: unknown) => at(f, "type") !== "PROMPT_ATTACK",
    );
    assert.deepEqual(filters, [
      { type: "HATE", inputStrength: "HIGH", outputStrength: "MEDIUM" },
      { type: "INSULTS", inputStrength: "HIGH", outputStrength: "MEDIUM" },
      { type: "SEXUAL", inputStrength: "HIGH", outputStrength: "MEDIUM" },
      { type: "VIOLENCE", inputStrength: "HIGH", outputStrength: "MEDIUM" },
      { type: "MISCONDUCT", inputStrength: "HIGH", outputStrength: "MEDIUM" },
    ]);
  });

  it("takes a stronger strength for one direction of one category and keeps the others", async () => {
    const inputs = await inputsOf({ contentFilters: { MISCONDUCT: { output: "HIGH" } } });
    assert.deepEqual(filterOf(inputs, "MISCONDUCT"), {
      type: "MISCONDUCT",
      inputStrength: "HIGH",
      outputStrength: "HIGH",
    });
    assert.equal(filterOf(inputs, "HATE").outputStrength, "MEDIUM");
  });

  it("blocks credentials and financial identifiers and anonymises contact details by default", async () => {
    assert.deepEqual((await inputsOf()).sensitiveInformationPolicyConfig.piiEntitiesConfigs, [
      { type: "AWS_ACCESS_KEY", action: "BLOCK" },
      { type: "AWS_SECRET_KEY", action: "BLOCK" },
      { type: "PASSWORD", action: "BLOCK" },
      { type: "PIN", action: "BLOCK" },
      { type: "CREDIT_DEBIT_CARD_NUMBER", action: "BLOCK" },
      { type: "CREDIT_DEBIT_CARD_CVV", action: "BLOCK" },
      { type: "US_BANK_ACCOUNT_NUMBER", action: "BLOCK" },
      { type: "INTERNATIONAL_BANK_ACCOUNT_NUMBER", action: "BLOCK" },
      { type: "US_SOCIAL_SECURITY_NUMBER", action: "BLOCK" },
      { type: "EMAIL", action: "ANONYMIZE" },
      { type: "PHONE", action: "ANONYMIZE" },
      { type: "NAME", action: "ANONYMIZE" },
      { type: "ADDRESS", action: "ANONYMIZE" },
    ]);
  });

  it("merges piiEntities over the defaults: replaces a default action and adds new entities", async () => {
    const entities = (await inputsOf({ piiEntities: { EMAIL: "BLOCK", IP_ADDRESS: "ANONYMIZE" } }))
      .sensitiveInformationPolicyConfig.piiEntitiesConfigs;
    assert.deepEqual(
      entities.filter((e: unknown) => ["EMAIL", "IP_ADDRESS"].includes(String(at(e, "type")))),
      [
        { type: "EMAIL", action: "BLOCK" },
        { type: "IP_ADDRESS", action: "ANONYMIZE" },
      ],
    );
    assert.equal(entities.length, 14);
  });

  it("denies the given topics", async () => {
    const inputs = await inputsOf({
      deniedTopics: [
        {
          name: "investment-advice",
          definition: " Recommendations about buying or selling securities. ",
          examples: ["Should I buy ACME stock?"],
        },
      ],
    });
    assert.deepEqual(inputs.topicPolicyConfig, {
      topicsConfigs: [
        {
          name: "investment-advice",
          definition: "Recommendations about buying or selling securities.",
          examples: ["Should I buy ACME stock?"],
          type: "DENY",
        },
      ],
    });
  });

  it("has no topic policy when no topic is denied", async () => {
    assert.equal((await inputsOf()).topicPolicyConfig, undefined);
  });

  it("filters profanity with the managed word list by default", async () => {
    assert.deepEqual((await inputsOf()).wordPolicyConfig, {
      managedWordListsConfigs: [{ type: "PROFANITY" }],
    });
  });

  it("blocks the given words alongside the profanity list", async () => {
    assert.deepEqual(
      (await inputsOf({ blockedWords: ["project-zebra", " internal only "] })).wordPolicyConfig,
      {
        managedWordListsConfigs: [{ type: "PROFANITY" }],
        wordsConfigs: [{ text: "project-zebra" }, { text: "internal only" }],
      },
    );
  });

  it("has no word policy when profanityFilter is false and no word is blocked", async () => {
    assert.equal((await inputsOf({ profanityFilter: false })).wordPolicyConfig, undefined);
  });

  it("answers blocked prompts and responses without naming the filter that fired", async () => {
    const inputs = await inputsOf();
    assert.equal(
      inputs.blockedInputMessaging,
      "Sorry, this request cannot be processed under the application's usage policy.",
    );
    assert.equal(
      inputs.blockedOutputsMessaging,
      "Sorry, the response was withheld under the application's usage policy.",
    );
  });

  it("encrypts the guardrail with the ScopedKey it creates", async () => {
    const resources = await guardrailOf();
    assert.equal(only(resources, T.guardrail).inputs.kmsKeyArn, only(resources, T.key).state.arn);
  });

  it("lets account principals use and grant the key through Bedrock only", async () => {
    const statements = statementsOf(only(await guardrailOf(), T.key).inputs.policy);
    const bySid = Object.fromEntries(statements.map((s) => [s.Sid, s]));
    assert.deepEqual(Object.keys(bySid), [
      "AccountRootKeyRecoveryOnly",
      "AccountUseThroughServices",
      "CreateGrantsForAwsResourcesThroughService",
    ]);
    assert.deepEqual(bySid.AccountUseThroughServices.Condition, {
      StringEquals: {
        "kms:CallerAccount": "123456789012",
        "kms:ViaService": ["bedrock.us-east-1.amazonaws.com"],
      },
    });
    assert.deepEqual(bySid.CreateGrantsForAwsResourcesThroughService.Action, ["kms:CreateGrant"]);
    assert.deepEqual(bySid.CreateGrantsForAwsResourcesThroughService.Condition, {
      StringEquals: {
        "kms:CallerAccount": "123456789012",
        "kms:ViaService": "bedrock.us-east-1.amazonaws.com",
      },
      Bool: { "kms:GrantIsForAWSResource": "true" },
    });
  });

  it("uses a given key and creates none", async () => {
    const resources = await guardrailOf({ kmsKeyArn: OWN_KEY });
    assert.equal(only(resources, T.guardrail).inputs.kmsKeyArn, OWN_KEY);
    assert.equal(
      resources.some((r) => r.type === T.key),
      false,
    );
  });

  it("publishes a version of the guardrail and keeps earlier versions", async () => {
    const resources = await guardrailOf();
    const version = only(resources, T.version).inputs;
    assert.equal(version.guardrailArn, only(resources, T.guardrail).state.guardrailArn);
    assert.equal(version.skipDestroy, true);
  });

  it("publishes a new version when the configuration changes", async () => {
    const first = only(await guardrailOf(), T.version).inputs.description;
    const changed = only(await guardrailOf({ blockedWords: ["zebra"] }), T.version).inputs.description;
    assert.match(first, /^scopeguard guardrail support-bot, configuration [0-9a-f]{12}$/);
    assert.notEqual(first, changed);
  });

  it("publishes no version with publishVersion: false, and reports DRAFT", async () => {
    let guardrail: Guardrail | undefined;
    const { resources } = await run(
      "update",
      () => (guardrail = new Guardrail("support-bot", { publishVersion: false })),
    );
    assert.equal(
      resources.some((r) => r.type === T.version),
      false,
    );
    assert.equal(await valueOf(guardrail!.version), "DRAFT");
  });

  it("labels the guardrail scope 3 by default", async () => {
    assert.equal((await inputsOf()).tags["ai-scope"], "3");
  });

  it("parents every direct child to the component", async () => {
    const resources = await guardrailOf();
    const component = only(resources, T.component);
    const children = resources.filter((r) => r.parent === component.urn).map((r) => r.type);
    assert.deepEqual(children.sort(), ["scopeguard:kms:Key", T.guardrail, T.version].sort());
  });

  it("is preview-safe: every filter and the key policy are known during preview", async () => {
    const resources = await guardrailOf({}, "preview");
    const guardrail = only(resources, T.guardrail).inputs;
    for (const block of ["contentPolicyConfig", "sensitiveInformationPolicyConfig", "wordPolicyConfig"]) {
      assert.equal(JSON.stringify(guardrail[block]).includes("__pulumiUnknown"), false, block);
    }
    assert.equal(isUnknown(guardrail.kmsKeyArn), true, "a new key's ARN is unknown, as in a real preview");
    assert.equal(isUnknown(only(resources, T.key).inputs.policy), false);
  });

  it("accepts a weaker prompt-attack filter with allowWeakerPromptAttackFilter", async () => {
    const inputs = await inputsOf({ promptAttackStrength: "MEDIUM", allowWeakerPromptAttackFilter: true });
    assert.equal(filterOf(inputs, "PROMPT_ATTACK").inputStrength, "MEDIUM");
  });

  it("accepts a LOW prompt-attack filter at scope 2", async () => {
    assert.equal(
      filterOf(await inputsOf({ scope: 2, promptAttackStrength: "LOW" }), "PROMPT_ATTACK").inputStrength,
      "LOW",
    );
  });

  it("rejects a prompt-attack filter below HIGH at scope 3", async () => {
    assert.equal(
      await rejection({ promptAttackStrength: "MEDIUM" }),
      'Guardrail "support-bot": promptAttackStrength "MEDIUM" is below HIGH, the minimum at scope 3 (pre-trained model); raise it to HIGH or above, or set allowWeakerPromptAttackFilter: true to accept a weaker filter.',
    );
  });

  it("rejects a prompt-attack filter of NONE at scope 2", async () => {
    assert.equal(
      await rejection({ scope: 2, promptAttackStrength: "NONE" }),
      'Guardrail "support-bot": promptAttackStrength "NONE" is below LOW, the minimum at scope 2 (enterprise app); raise it to LOW or above, or set allowWeakerPromptAttackFilter: true to accept a weaker filter.',
    );
  });

  it("rejects a content filter below MEDIUM at scope 4", async () => {
    assert.equal(
      await rejection({ scope: 4, contentFilters: { HATE: { output: "LOW" } } }),
      'Guardrail "support-bot": contentFilters.HATE.output "LOW" is below MEDIUM, the minimum at scope 4 (fine-tuned model); raise it to MEDIUM or above, or set allowWeakerContentFilters: true to accept a weaker filter.',
    );
  });

  it("rejects a value that is not a strength, even with the relaxation", async () => {
    assert.equal(
      await rejection({ promptAttackStrength: illTyped("STRONG"), allowWeakerPromptAttackFilter: true }),
      'Guardrail "support-bot": promptAttackStrength "STRONG" is not a filter strength; use one of NONE, LOW, MEDIUM, HIGH.',
    );
  });

  it("rejects PROMPT_ATTACK in contentFilters and points to promptAttackStrength", async () => {
    assert.equal(
      await rejection({ contentFilters: illTyped({ PROMPT_ATTACK: { input: "HIGH" } }) }),
      'Guardrail "support-bot": contentFilters has "PROMPT_ATTACK", which is not a harmful-content category; use HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT (the prompt-attack filter is set with promptAttackStrength).',
    );
  });

  it("rejects an unknown PII entity name", async () => {
    assert.equal(
      await rejection({ piiEntities: illTyped({ SSN: "BLOCK" }) }),
      'Guardrail "support-bot": piiEntities has "SSN", which is not a Bedrock PII entity type; use one of ADDRESS, AGE, AWS_ACCESS_KEY, AWS_SECRET_KEY, CA_HEALTH_NUMBER, CA_SOCIAL_INSURANCE_NUMBER, CREDIT_DEBIT_CARD_CVV, CREDIT_DEBIT_CARD_EXPIRY, CREDIT_DEBIT_CARD_NUMBER, DRIVER_ID, EMAIL, INTERNATIONAL_BANK_ACCOUNT_NUMBER, IP_ADDRESS, LICENSE_PLATE, MAC_ADDRESS, NAME, PASSWORD, PHONE, PIN, SWIFT_CODE, UK_NATIONAL_HEALTH_SERVICE_NUMBER, UK_NATIONAL_INSURANCE_NUMBER, UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER, URL, USERNAME, US_BANK_ACCOUNT_NUMBER, US_BANK_ROUTING_NUMBER, US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER, US_PASSPORT_NUMBER, US_SOCIAL_SECURITY_NUMBER, VEHICLE_IDENTIFICATION_NUMBER.',
    );
  });

  it("rejects a PII action Bedrock does not know", async () => {
    assert.equal(
      await rejection({ piiEntities: { EMAIL: illTyped("MASK") } }),
      'Guardrail "support-bot": piiEntities.EMAIL is "MASK"; set it to BLOCK, ANONYMIZE, NONE (NONE only reports the entity).',
    );
  });

  it("rejects a denied topic with an empty definition", async () => {
    assert.equal(
      await rejection({ deniedTopics: [{ name: "investment-advice", definition: "  " }] }),
      'Guardrail "support-bot": deniedTopics[0] ("investment-advice") has an empty definition; describe in a sentence what the topic covers, which is what the guardrail matches prompts against.',
    );
  });

  it("rejects a denied topic whose name Bedrock does not accept", async () => {
    assert.equal(
      await rejection({ deniedTopics: [{ name: "advice/investing", definition: "Investment advice." }] }),
      'Guardrail "support-bot": deniedTopics[0] has the name "advice/investing"; name it with 1 to 100 letters, digits, spaces or "-_!?.".',
    );
  });

  it("rejects two denied topics with the same name", async () => {
    const topic = { name: "legal", definition: "Legal advice." };
    assert.equal(
      await rejection({ deniedTopics: [topic, topic] }),
      'Guardrail "support-bot": deniedTopics names "legal" twice; give each topic a distinct name.',
    );
  });

  it("rejects an empty blocked word", async () => {
    assert.equal(
      await rejection({ blockedWords: ["zebra", " "] }),
      'Guardrail "support-bot": blockedWords[1] is empty; remove it or give the word or phrase to block.',
    );
  });

  it("rejects keyAdmins together with kmsKeyArn", async () => {
    assert.equal(
      await rejection({ kmsKeyArn: OWN_KEY, keyAdmins: ["arn:aws:iam::123456789012:role/admin"] }),
      'Guardrail "support-bot": keyAdmins configures the key the guardrail creates, but kmsKeyArn brings your own; remove one or the other.',
    );
  });

  it("rejects a component name that cannot prefix a guardrail name", async () => {
    assert.equal(
      await rejection({}, "support.bot"),
      'Guardrail "support.bot": the name "support.bot" prefixes the guardrail name, so it must be 1 to 42 letters, digits, "-" or "_"; rename the component.',
    );
  });
});
