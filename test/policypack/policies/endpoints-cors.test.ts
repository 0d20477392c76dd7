import * as assert from "node:assert/strict";
import { apiCorsNoWildcardOrigin as cors } from "../../../policypack/policies/endpoints/api-cors-no-wildcard-origin";
import { contextAt, resource, UNKNOWN } from "../support";

const HTTP_API = "aws:apigatewayv2/api:Api";
const FUNCTION_URL = "aws:lambda/functionUrl:FunctionUrl";
const INTEGRATION_RESPONSE = "aws:apigateway/integrationResponse:IntegrationResponse";
const GATEWAY_RESPONSE = "aws:apigateway/response:Response";
const ctx = contextAt(3);
const ORIGIN = "https://chat.example.com";

describe("api-cors-no-wildcard-origin", () => {
  it("passes named origins, and APIs without CORS", () => {
    assert.deepEqual(
      cors.check(
        resource(HTTP_API, { protocolType: "HTTP", corsConfiguration: { allowOrigins: [ORIGIN] } }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(cors.check(resource(FUNCTION_URL, { authorizationType: "AWS_IAM" }), ctx), []);
    assert.deepEqual(
      cors.check(
        resource(INTEGRATION_RESPONSE, {
          statusCode: "200",
          responseParameters: { "method.response.header.Access-Control-Allow-Origin": `'${ORIGIN}'` },
        }),
        ctx,
      ),
      [],
    );
  });

  it("fails an HTTP API that allows every origin, with the exact message", () => {
    const api = resource(HTTP_API, {
      protocolType: "HTTP",
      corsConfiguration: { allowOrigins: ["*"], allowMethods: ["POST"] },
    });
    assert.deepEqual(cors.check(api, ctx), [
      'CORS allows every origin (corsConfiguration.allowOrigins is "*"): list the web origins of your own front ends (for example "https://chat.example.com").',
    ]);
  });

  it("fails a function URL, a REST integration response and a gateway response with '*'", () => {
    assert.match(
      cors.check(resource(FUNCTION_URL, { cors: { allowOrigins: ["*"] } }), ctx)[0],
      /cors\.allowOrigins is "\*"/,
    );
    const header = { "method.response.header.Access-Control-Allow-Origin": "'*'" };
    assert.equal(cors.check(resource(INTEGRATION_RESPONSE, { responseParameters: header }), ctx).length, 1);
    const gateway = { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" };
    assert.equal(
      cors.check(
        resource(GATEWAY_RESPONSE, { responseType: "DEFAULT_4XX", responseParameters: gateway }),
        ctx,
      ).length,
      1,
    );
  });

  it("decides from a literal '*' next to an unknown origin, and lets the SDK report an unknown list", () => {
    assert.equal(
      cors.check(resource(HTTP_API, { corsConfiguration: { allowOrigins: [UNKNOWN, "*"] } }), ctx).length,
      1,
    );
    assert.throws(
      () => cors.check(resource(HTTP_API, { corsConfiguration: { allowOrigins: UNKNOWN } }), ctx),
      /can't be known during preview/,
    );
  });
});
