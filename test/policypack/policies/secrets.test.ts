import * as assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { ec2UserDataNoPlaintextKeys as userData } from "../../../policypack/policies/secrets/ec2-user-data-no-plaintext-keys";
import { ecsTaskDefinitionNoPlaintextKeys as ecs } from "../../../policypack/policies/secrets/ecs-task-definition-no-plaintext-keys";
import { Secret } from "@pulumi/policy";
import {
  findKey,
  findKeysInText,
  findSecretsInTree,
  isPulumiSecret,
  isReference,
  mask,
  namesAiProvider,
} from "../../../policypack/framework/secret-values";
import { lambdaEnvironmentNoPlaintextKeys as lambdaEnv } from "../../../policypack/policies/secrets/lambda-environment-no-plaintext-keys";
import { secretsmanagerAiKeyRotation as rotation } from "../../../policypack/policies/secrets/secretsmanager-ai-key-rotation";
import { secretsmanagerSecretUsesCmk as secretCmk } from "../../../policypack/policies/secrets/secretsmanager-secret-uses-cmk";
import { ssmParameterKeysAreSecureStrings as ssm } from "../../../policypack/policies/secrets/ssm-parameter-keys-are-secure-strings";
import { sagemakerModelEnvironmentNoPlaintextKeys as sagemakerModelEnv } from "../../../policypack/policies/secrets/sagemaker-model-environment-no-plaintext-keys";
import { stackOutputsNoPlaintextSecrets as stackOutputs } from "../../../policypack/policies/secrets/stack-outputs-no-plaintext-secrets";
import { SECRETS_POLICIES } from "../../../policypack/policies/secrets";
import type { StackResource } from "../../../policypack/framework/types";
import { asSeenByPolicy, contextAt, resource, stackResource, UNKNOWN, urnOf } from "../support";

const FUNCTION = "aws:lambda/function:Function";
const TASK = "aws:ecs/taskDefinition:TaskDefinition";
const DAEMON_TASK = "aws:ecs/daemonTaskDefinition:DaemonTaskDefinition";
const INSTANCE = "aws:ec2/instance:Instance";
const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const PARAMETER = "aws:ssm/parameter:Parameter";
const SECRET = "aws:secretsmanager/secret:Secret";
const ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";
const ctx = contextAt(1);

// Fake keys in each provider's format, assembled at run time so no scanner mistakes them for real ones.
const fake = (prefix: string, length: number, alphabet = "Ab3") =>
  prefix + alphabet.repeat(Math.ceil(length / alphabet.length)).slice(0, length);
const OPENAI = fake("sk-proj-", 48);
const ANTHROPIC = fake("sk-ant-api03-", 90);
const AWS_KEY_ID = fake("AKIA", 16, "Q7Z");
const AWS_SECRET = fake("", 40, "wJalrXUtnFEMI/K7MDENG+bPxRfiCY");
const HF = fake("hf_", 34);
const GOOGLE = fake("AIza", 35);
const GROQ = fake("gsk_", 52);
const GITHUB = fake("ghp_", 36);
const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:openai-key-AbCdEf";

describe("secrets policies", () => {
  it("all carry complete metadata", () => {
    for (const p of SECRETS_POLICIES) {
      assert.ok(
        p.description && p.rationale && p.remediationSteps && p.mappings.seedItems.length > 0,
        p.name,
      );
    }
  });
});

describe("key patterns", () => {
  it("recognise each provider's key format and mask all but four characters", () => {
    const cases: [string, string][] = [
      [OPENAI, "an OpenAI API key"],
      [ANTHROPIC, "an Anthropic API key"],
      [AWS_KEY_ID, "an AWS access key id"],
      [HF, "a Hugging Face token"],
      [GOOGLE, "a Google API key"],
      [GROQ, "a Groq API key"],
      [GITHUB, "a GitHub token"],
      [fake("sk-", 48), "an OpenAI-style API key"],
    ];
    for (const [key, kind] of cases) {
      assert.deepEqual(findKey("ANYTHING", key), { kind, masked: `${key.slice(0, 4)}****` }, kind);
    }
  });

  it("recognise an AWS secret access key only next to a name that says so", () => {
    assert.equal(findKey("AWS_SECRET_ACCESS_KEY", AWS_SECRET)?.kind, "an AWS secret access key");
    assert.equal(findKey("CHECKSUM", AWS_SECRET), undefined);
  });

  it("recognise key-like names holding literal values, but not references", () => {
    assert.equal(
      findKey("COHERE_API_KEY", "0123456789abcdefABCDEF0123456789abcdefAB")?.kind,
      "a literal key",
    );
    assert.equal(findKey("/prod/mistral/api-key", "0123456789abcdefABCDEF0123456789")?.kind, "a literal key");
    for (const value of [
      SECRET_ARN,
      "{{resolve:secretsmanager:openai}}",
      "/prod/openai/key",
      "${OPENAI_KEY}",
      "short",
      "https://api.openai.com/v1",
    ]) {
      assert.equal(findKey("OPENAI_API_KEY", value), undefined, value);
    }
    for (const name of ["OPENAI_API_KEY_SECRET_ARN", "MAX_TOKENS", "MODEL_ID", "TOKENIZER_PATH"]) {
      assert.equal(findKey(name, "0123456789abcdefABCDEF0123456789"), undefined, name);
    }
  });

  it("recognise placeholder defaults under a secret name only", () => {
    for (const value of [
      "CHANGEME",
      "change-me",
      "<your-hf-token>",
      "xxxxxxxx",
      "password123",
      "your_api_key_here",
    ]) {
      assert.deepEqual(
        findKey("HF_TOKEN", value),
        { kind: "a placeholder default", masked: mask(value) },
        value,
      );
    }
    assert.equal(findKey("ADMIN_PASSWORD", "CHANGEME")?.kind, "a placeholder default");
    assert.equal(findKey("GREETING", "CHANGEME"), undefined);
  });

  it("recognise literal passwords and shared secrets, not short values or references", () => {
    assert.deepEqual(findKey("DB_PASSWORD", "k9!vQ2#rTz"), { kind: "a literal password", masked: "****" });
    assert.equal(findKey("client_secret", "0123456789abcdefXYZ")?.kind, "a literal password");
    assert.equal(findKey("DB_PASSWORD", "k9!vQ2"), undefined);
    assert.equal(findKey("DB_PASSWORD", "{{resolve:secretsmanager:db}}"), undefined);
    assert.equal(findKey("PASSWORD_POLICY", "k9!vQ2#rTz"), undefined);
  });

  it("recognise private keys and signed tokens in any value", () => {
    const pem = [
      "-----BEGIN",
      "OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
    ].join(" ");
    const jwt = `eyJ${fake("", 20)}.eyJ${fake("", 30)}.${fake("", 43)}`;
    assert.equal(findKey("TLS", pem)?.kind, "a private key");
    assert.equal(findKey("SESSION", jwt)?.kind, "a signed token (JWT)");
    assert.equal(findKey("CERT", "-----BEGIN CERTIFICATE-----"), undefined);
  });

  it("stay linear on long adversarial values", () => {
    const long = `${"sk-".repeat(20000)}${"eyJ".repeat(20000)}${"x".repeat(100000)}`;
    const start = process.hrtime.bigint();
    findKeysInText(`TOKEN=${long}\n${long}`);
    findKey("HF_TOKEN", `your${"-".repeat(100000)}`);
    assert.ok(process.hrtime.bigint() - start < 2_000_000_000n, "the detector backtracked");
  });

  it("skip Pulumi secrets, unknowns and bounded depth in a tree of values", () => {
    const tree = asSeenByPolicy({
      env: [
        { name: "HF_TOKEN", value: HF },
        { name: "OPENAI_API_KEY", value: UNKNOWN },
      ],
      wrapped: new Secret(OPENAI),
      wire: { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: OPENAI },
      auth: { password: "CHANGEME" },
    });
    assert.deepEqual(findSecretsInTree(tree, "values"), [
      { kind: "a Hugging Face token", masked: "hf_A****", path: "values.env[0].value" },
      { kind: "a placeholder default", masked: "****", path: "values.auth.password" },
    ]);
    assert.ok(isPulumiSecret(new Secret("x")) && !isPulumiSecret("x"));
    let deep: unknown = HF;
    for (let i = 0; i < 40; i++) {
      deep = { HF_TOKEN: deep };
    }
    assert.deepEqual(findSecretsInTree(deep), []);
  });

  it("find keys in scripts, JSON and credentials files", () => {
    const text = `#!/bin/bash\nexport OPENAI_API_KEY="${OPENAI}"\n{"HF_TOKEN": "${HF}"}\n[default]\naws_secret_access_key = ${AWS_SECRET}\ncurl -H "x-goog-api-key: ${GOOGLE}"`;
    assert.deepEqual(
      findKeysInText(text).map((f) => f.kind),
      ["an OpenAI API key", "a Hugging Face token", "an AWS secret access key", "a Google API key"],
    );
  });

  it("treat ARNs, dynamic references and substitutions as references", () => {
    assert.ok(
      isReference(SECRET_ARN) &&
        isReference("$(aws secretsmanager get-secret-value)") &&
        !isReference(OPENAI),
    );
  });

  it("mask short values completely", () => {
    assert.equal(mask("abcdefgh"), "****");
  });

  it("recognise AI provider names", () => {
    assert.ok(
      namesAiProvider("prod/openai-api-key") &&
        namesAiProvider("Anthropic-Key") &&
        namesAiProvider("hf_token"),
    );
    assert.ok(!namesAiProvider("db-password") && !namesAiProvider("thf-secret"));
  });
});

describe("lambda-environment-no-plaintext-keys", () => {
  const fn = (variables: unknown, name = "chat") =>
    resource(FUNCTION, { runtime: "nodejs20.x", role: UNKNOWN, environment: { variables } }, name);

  it("passes a secret ARN, computed values and ordinary settings", () => {
    assert.deepEqual(
      lambdaEnv.check(
        fn({
          OPENAI_API_KEY_SECRET_ARN: SECRET_ARN,
          TABLE: UNKNOWN,
          MODEL_ID: "anthropic.claude-3-haiku-20240307-v1:0",
        }),
        ctx,
      ),
      [],
    );
  });

  it("fails a provider key, names the variable and never echoes the key", () => {
    const messages = lambdaEnv.check(fn({ OPENAI_API_KEY: OPENAI }), ctx);
    assert.deepEqual(messages, [
      'Environment variable OPENAI_API_KEY holds an OpenAI API key ("sk-p****") as a literal value: store the key in Secrets Manager, pass the secret\'s ARN instead and read it at runtime (for example with the AWS Parameters and Secrets Lambda Extension).',
    ]);
    assert.ok(!messages[0].includes(OPENAI.slice(4)));
  });

  it("fails a key under an innocent name, and a literal value under a key name", () => {
    const messages = lambdaEnv.check(
      fn({ CONFIG: ANTHROPIC, COHERE_API_KEY: "0123456789abcdefABCDEF0123456789abcdefAB" }),
      ctx,
    );
    assert.equal(messages.length, 2);
    assert.match(messages[1], /COHERE_API_KEY holds a literal key \("0123\*\*\*\*"\)/);
  });

  it("fails AWS credentials", () => {
    assert.equal(
      lambdaEnv.check(fn({ KEY_ID: AWS_KEY_ID, MY_SECRET_ACCESS_KEY: AWS_SECRET }), ctx).length,
      2,
    );
  });

  it("passes a function without environment, and lets a wholly unknown variable map reach the SDK", () => {
    assert.deepEqual(lambdaEnv.check(resource(FUNCTION, { runtime: "python3.12" }), ctx), []);
    assert.throws(() => lambdaEnv.check(fn(UNKNOWN), ctx), /can't be known during preview/);
  });
});

describe("ecs-task-definition-no-plaintext-keys", () => {
  const task = (containers: object[]) =>
    resource(TASK, { family: "app", containerDefinitions: JSON.stringify(containers) });

  it("fails a literal database password in a container's environment", () => {
    const c = { name: "app", environment: [{ name: "POSTGRES_PASSWORD", value: "s3cret-Passw0rd!" }] };
    assert.deepEqual(
      ecs.check(task([c]), ctx).map((m) => m.split(":")[0]),
      [
        'Container "app" environment variable POSTGRES_PASSWORD holds a literal password ("****") as a literal value',
      ],
    );
  });

  it("passes keys passed through secrets", () => {
    const c = {
      name: "app",
      image: "app:1",
      secrets: [{ name: "OPENAI_API_KEY", valueFrom: SECRET_ARN }],
      environment: [{ name: "MODEL", value: "gpt-4o" }],
    };
    assert.deepEqual(ecs.check(task([c]), ctx), []);
  });

  it("fails a key in a container's environment and names container and variable", () => {
    const c = { name: "app", image: "app:1", environment: [{ name: "ANTHROPIC_API_KEY", value: ANTHROPIC }] };
    assert.deepEqual(ecs.check(task([c]), ctx), [
      'Container "app" environment variable ANTHROPIC_API_KEY holds an Anthropic API key ("sk-a****") as a literal value: move it to the container\'s secrets with valueFrom set to the Secrets Manager secret ARN.',
    ]);
  });

  it("fails a key on the command line", () => {
    const c = { name: "worker", image: "w:1", command: ["python", "serve.py", "--hf-token", HF] };
    assert.match(
      ecs.check(task([c]), ctx)[0],
      /^Container "worker" command holds a Hugging Face token \("hf_A\*\*\*\*"\)/,
    );
  });

  it("checks daemon task definitions, whose containers are objects with unknown leaves", () => {
    const r = resource(DAEMON_TASK, {
      containerDefinitions: [
        {
          name: "agent",
          image: UNKNOWN,
          environments: [
            { name: "A", value: UNKNOWN },
            { name: "GROQ_API_KEY", value: GROQ },
          ],
        },
      ],
    });
    assert.equal(ecs.check(r, ctx).length, 1);
  });

  it("lets an unknown container definition (JSON built from outputs) reach the SDK", () => {
    assert.throws(
      () => ecs.check(resource(TASK, { containerDefinitions: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("ec2-user-data-no-plaintext-keys", () => {
  const script = `#!/bin/bash\nexport HF_TOKEN=${HF}\nexport OPENAI_API_KEY=$(aws secretsmanager get-secret-value --secret-id openai --query SecretString --output text)\n`;

  it("fails a placeholder password and a private key written into a launch template's script", () => {
    const pem = ["-----BEGIN", "OPENSSH PRIVATE KEY-----"].join(" ");
    const text = `#!/bin/bash\nexport ADMIN_PASSWORD=CHANGEME\ncat > /root/.ssh/id_ed25519 <<EOF\n${pem}\nb3Blbg\nEOF\n`;
    const found = userData.check(
      resource(LAUNCH_TEMPLATE, { userData: Buffer.from(text).toString("base64") }),
      ctx,
    );
    assert.deepEqual(
      found.map((m) => m.split(":")[0]),
      [
        'User data entry ADMIN_PASSWORD holds a placeholder default ("****") as a literal value',
        'User data holds a private key ("----****") as a literal value',
      ],
    );
  });

  it("passes a script that fetches keys at boot", () => {
    assert.deepEqual(
      userData.check(
        resource(INSTANCE, {
          userData:
            "#!/bin/bash\nexport OPENAI_API_KEY=$(aws secretsmanager get-secret-value --secret-id x)\n",
        }),
        ctx,
      ),
      [],
    );
  });

  it("fails a plain-text script and names the variable", () => {
    assert.deepEqual(userData.check(resource(INSTANCE, { userData: script }), ctx), [
      'User data entry HF_TOKEN holds a Hugging Face token ("hf_A****") as a literal value: fetch the key at boot from Secrets Manager with the instance role (aws secretsmanager get-secret-value) instead of writing it into userData.',
    ]);
  });

  it("decodes base64 user data on instances and launch templates, gzip included", () => {
    const encoded = Buffer.from(`aws_access_key_id = ${AWS_KEY_ID}\n`).toString("base64");
    assert.equal(userData.check(resource(INSTANCE, { userDataBase64: encoded }), ctx).length, 1);
    const gzipped = gzipSync(
      Buffer.from(`#cloud-config\nruncmd:\n  - git clone https://x:${GITHUB}@github.com/org/models\n`),
    ).toString("base64");
    assert.match(
      userData.check(resource(LAUNCH_TEMPLATE, { userData: gzipped }), ctx)[0],
      /^User data holds a GitHub token \("ghp_\*\*\*\*"\)/,
    );
  });

  it("lets user data templated with unknown values reach the SDK, and passes none", () => {
    assert.throws(
      () => userData.check(resource(INSTANCE, { userData: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
    assert.deepEqual(userData.check(resource(LAUNCH_TEMPLATE, { imageId: UNKNOWN }), ctx), []);
  });
});

describe("ssm-parameter-keys-are-secure-strings", () => {
  it("passes a SecureString holding a key, and a String holding a model id", () => {
    assert.deepEqual(
      ssm.check(
        resource(PARAMETER, { name: "/prod/openai/api-key", type: "SecureString", value: OPENAI }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(
      ssm.check(
        resource(PARAMETER, {
          name: "/prod/model-id",
          type: "String",
          value: "anthropic.claude-3-haiku-20240307-v1:0",
        }),
        ctx,
      ),
      [],
    );
  });

  it("fails a String parameter holding a key", () => {
    assert.deepEqual(
      ssm.check(resource(PARAMETER, { name: "/prod/openai/api-key", type: "String", value: OPENAI }), ctx),
      [
        'Parameter "/prod/openai/api-key" stores an OpenAI API key ("sk-p****") as String, readable in clear by anyone with ssm:GetParameter: make it a SecureString encrypted with a customer-managed key, or move it to Secrets Manager.',
      ],
    );
  });

  it("fails a key-named StringList with a literal value, using the resource name when no name is given", () => {
    const r = resource(
      PARAMETER,
      { type: "StringList", insecureValue: "0123456789abcdefABCDEF0123456789" },
      "mistral-api-key",
    );
    assert.match(
      ssm.check(r, ctx)[0],
      /^Parameter "mistral-api-key" stores a literal key \("0123\*\*\*\*"\) as StringList/,
    );
  });

  it("passes a value computed in preview, and lets an unknown type reach the SDK when the value is a key", () => {
    assert.deepEqual(
      ssm.check(resource(PARAMETER, { name: "/x/api-key", type: "String", value: UNKNOWN }), ctx),
      [],
    );
    assert.throws(
      () => ssm.check(resource(PARAMETER, { name: "k", type: UNKNOWN, value: OPENAI }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("secretsmanager-secret-uses-cmk", () => {
  it("passes a key created in the stack (ARN unknown) and a literal key ARN", () => {
    assert.deepEqual(secretCmk.check(resource(SECRET, { kmsKeyId: UNKNOWN }), ctx), []);
    assert.deepEqual(
      secretCmk.check(
        resource(SECRET, {
          kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        }),
        ctx,
      ),
      [],
    );
  });

  it("fails a secret that omits kmsKeyId", () => {
    assert.deepEqual(secretCmk.check(resource(SECRET, { name: "openai" }), ctx), [
      "The secret is encrypted with the AWS managed key aws/secretsmanager, whose key policy cannot be restricted: set kmsKeyId to a customer-managed KMS key.",
    ]);
  });

  it("fails the AWS managed key named explicitly", () => {
    assert.equal(secretCmk.check(resource(SECRET, { kmsKeyId: "alias/aws/secretsmanager" }), ctx).length, 1);
  });
});

describe("secretsmanager-ai-key-rotation", () => {
  const secret = (name: string, props: Record<string, unknown> = {}) =>
    stackResource(SECRET, name, { arn: UNKNOWN, id: UNKNOWN, ...props });
  const rotates = (
    s: StackResource,
    props: Record<string, unknown> = {
      rotationLambdaArn: UNKNOWN,
      rotationRules: { automaticallyAfterDays: 30 },
    },
  ) => stackResource(ROTATION, `${s.name}-rotation`, { secretId: UNKNOWN, ...props }, { secretId: [s] });

  it("passes a provider key secret that rotates", () => {
    const s = secret("openai-key");
    assert.deepEqual(rotation.check([s, rotates(s)], ctx), []);
  });

  it("fails a secret tagged ai-provider with no rotation", () => {
    const s = secret("vendor-key", { tags: { "ai-provider": "anthropic" } });
    assert.deepEqual(rotation.check([s], ctx), [
      {
        urn: s.urn,
        message:
          'Secret "vendor-key" holds an AI provider API key but never rotates: add an aws.secretsmanager.SecretRotation whose Lambda creates a new key at the provider and revokes the old one, at least every 90 days.',
      },
    ]);
  });

  it("fails a rotation that is too slow or disabled", () => {
    const s = secret("llm", { name: "prod/cohere-api-key" });
    assert.match(
      rotation.check([s, rotates(s, { rotationRules: { automaticallyAfterDays: 365 } })], ctx)[0].message,
      /rotates only every 365 days/,
    );
    assert.match(
      rotation.check([s, rotates(s, { rotationRules: { scheduleExpression: "rate(180 days)" } })], ctx)[0]
        .message,
      /every 180 days/,
    );
    assert.match(
      rotation.check([s, rotates(s, { rotationEnabled: false })], ctx)[0].message,
      /never rotates/,
    );
  });

  it("links a rotation by the secret's literal name", () => {
    const s = secret("k", { name: "openai-admin" });
    const r = stackResource(ROTATION, "r", {
      secretId: "openai-admin",
      rotationLambdaArn: "arn:aws:lambda:us-east-1:1:function:rotate",
    });
    assert.deepEqual(rotation.check([s, r], ctx), []);
  });

  it("recognises the secret of an AiProviderSecret component and a provider named in the description", () => {
    const component = stackResource("scopeguard:secrets:AiProviderSecret", "llm", {});
    const owned = {
      ...secret("llm", { description: "AI provider API key (scopeguard llm)" }),
      parent: component,
    };
    assert.equal(rotation.check([component, owned], ctx).length, 1);
    assert.equal(rotation.check([secret("k1", { description: "Groq API key" })], ctx).length, 1);
  });

  it("ignores secrets that are not AI provider keys", () => {
    assert.deepEqual(rotation.check([secret("db-password", { name: "prod/db" })], ctx), []);
  });

  it("accepts a schedule unknown in preview", () => {
    const s = secret("hf-token");
    assert.deepEqual(
      rotation.check([s, rotates(s, { rotationRules: UNKNOWN, rotationLambdaArn: UNKNOWN })], ctx),
      [],
    );
  });
});

describe("sagemaker-model-environment-no-plaintext-keys", () => {
  const MODEL = "aws:sagemaker/model:Model";
  const model = (props: Record<string, unknown>) =>
    resource(MODEL, { executionRoleArn: UNKNOWN, ...props }, "llm");

  it("passes secret ARNs, computed values and ordinary settings", () => {
    const environment = {
      HF_TOKEN_SECRET_ARN: SECRET_ARN,
      HF_MODEL_ID: "meta-llama/Llama-3.1-8B",
      SM_NUM_GPUS: "4",
      HF_TOKEN: UNKNOWN,
    };
    assert.deepEqual(
      sagemakerModelEnv.check(model({ primaryContainer: { image: "img", environment } }), ctx),
      [],
    );
  });

  it("fails a token in the primary container's environment", () => {
    assert.deepEqual(
      sagemakerModelEnv.check(model({ primaryContainer: { environment: { HF_TOKEN: HF } } }), ctx),
      [
        `Primary container environment variable HF_TOKEN holds a Hugging Face token ("hf_A****") as a literal value: keep the key in Secrets Manager, pass the secret's ARN in the environment and read it from the container with the model's execution role.`,
      ],
    );
  });

  it("fails a placeholder password in a pipeline container", () => {
    const messages = sagemakerModelEnv.check(
      model({ containers: [{ environment: {} }, { environment: { DB_PASSWORD: "CHANGEME" } }] }),
      ctx,
    );
    assert.deepEqual(
      messages.map((m) => m.split(":")[0]),
      [
        'Container #2 environment variable DB_PASSWORD holds a placeholder default ("****") as a literal value',
      ],
    );
  });

  it("passes when the environment is unknown in preview", () => {
    assert.deepEqual(sagemakerModelEnv.check(model({ primaryContainer: { environment: UNKNOWN } }), ctx), []);
    assert.deepEqual(
      sagemakerModelEnv.check(model({ primaryContainer: UNKNOWN, containers: UNKNOWN }), ctx),
      [],
    );
  });
});

describe("stack-outputs-no-plaintext-secrets", () => {
  const STACK = "pulumi:pulumi:Stack";
  const stack = (outputs: Record<string, unknown>) => [stackResource(STACK, "proj-dev", outputs)];

  it("passes ordinary exports and unknown ones", () => {
    assert.deepEqual(
      stackOutputs.check(
        stack({ url: "https://api.example.com", bucket: UNKNOWN, secretArn: SECRET_ARN }),
        ctx,
      ),
      [],
    );
  });

  it("fails an exported private key and an exported password", () => {
    const pem = ["-----BEGIN", "RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----"].join(" ");
    const found = stackOutputs.check(stack({ sshKey: pem, admin: { password: "k9!vQ2#rTz" } }), ctx);
    assert.deepEqual(
      found.map((v) => v.message),
      [
        'Stack output sshKey holds a private key ("----****") as a literal value: stop exporting it; export the ARN of the Secrets Manager secret that holds it instead.',
        'Stack output admin.password holds a literal password ("****") as a literal value: stop exporting it; export the ARN of the Secrets Manager secret that holds it instead.',
      ],
    );
    assert.equal(found[0].urn, urnOf(STACK, "proj-dev"));
  });

  it("ignores other resources' outputs", () => {
    assert.deepEqual(
      stackOutputs.check([stackResource("aws:s3/bucket:Bucket", "b", { password: "CHANGEME" })], ctx),
      [],
    );
  });
});
