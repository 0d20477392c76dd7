import assert from "node:assert/strict";
import { notExpandedLines } from "../../../preview/report/not-expanded";
import { renderText } from "../../../preview/report/text";
import { passing } from "./fixtures";

describe("report: remote components not expanded", () => {
  it("names each one with what the verdict covers", () => {
    assert.deepEqual(
      notExpandedLines({
        notExpanded: [
          "urn:pulumi:dev::app::eks:index:Cluster::cluster",
          "urn:pulumi:dev::app::example:index:Stack$awsx:lb:ApplicationLoadBalancer::web",
        ],
      }),
      [
        "Remote components:",
        "    eks:index:Cluster cluster: not expanded: verdict covers their inputs only",
        "    awsx:lb:ApplicationLoadBalancer web: not expanded: verdict covers their inputs only",
      ],
    );
  });

  it("prints nothing when every remote component was expanded", () => {
    assert.doesNotMatch(renderText(passing), /Remote components:/);
  });

  it("appears in the text report before the summary line", () => {
    const text = renderText({
      ...passing,
      run: { ...passing.run, notExpanded: ["urn:pulumi:dev::chatbot::eks:index:Cluster::cluster"] },
    });
    assert.match(
      text,
      /Remote components:\n {4}eks:index:Cluster cluster: not expanded: verdict covers their inputs only\n\n.*PASS\n$/,
    );
  });
});
