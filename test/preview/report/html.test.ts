// The page is inspected inside the browser, so the test reads DOM types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import type { ReportContext } from "../../../preview/report/context";
import { renderHtml } from "../../../preview/report/html";
import { buildJsonReport } from "../../../preview/report/json";
import { diagnostic, failing, key, withInvokes } from "./fixtures";

const context: ReportContext = {
  declaredScope: { scope: 3, source: "pack-config" },
  policyDocsUrl: "https://example.com/docs/policies.md",
};

/** Where the review screenshot goes (git-ignored). */
const OUTPUT = path.resolve(__dirname, "../../../test-output");

/** Debian's chromium, or the browser CHROMIUM_PATH names. */
function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (p): p is string => p !== undefined && p !== "" && fs.existsSync(p),
  );
}

describe("report/html", () => {
  it("is one self-contained page: inline style and SVG, nothing loaded from elsewhere", () => {
    const html = renderHtml(withInvokes, context);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<style>/);
    assert.match(html, /<svg class="matrix"/);
    assert.doesNotMatch(html, /<script|<link|<img|@import|url\(/i);
    assert.match(html, /default-src 'none'/);
  });

  it("escapes what the program and the pack wrote", () => {
    const odd = {
      ...failing,
      diagnostics: [
        diagnostic("kms-key-rotation-enabled", key, { message: '<img src=x onerror="alert(1)">' }),
      ],
    };
    const html = renderHtml(odd, context);
    assert.ok(html.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"));
    assert.ok(!html.includes("<img src=x"));
  });

  describe("in headless Chromium", function () {
    this.timeout(120_000);
    let browser: Browser | undefined;
    const executablePath = chromiumPath();

    before(async function () {
      if (executablePath === undefined) {
        console.log(
          "      (skipped: no Chromium at /usr/bin/chromium; install Debian's chromium or set CHROMIUM_PATH)",
        );
        this.skip();
      }
      const { chromium } = await import("playwright-core");
      // Playwright gives every launch a fresh temporary profile (its own --user-data-dir).
      browser = await chromium.launch({
        executablePath,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      });
    });
    after(async () => {
      await browser?.close();
    });

    it("renders with the JSON report's numbers, fetches nothing, and leaves a screenshot for review", async () => {
      const html = renderHtml(withInvokes, context);
      const json = buildJsonReport(withInvokes, context);
      fs.mkdirSync(OUTPUT, { recursive: true });
      const file = path.join(OUTPUT, "html-report.html");
      fs.writeFileSync(file, html);
      const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
      const external: string[] = [];
      await page.route("**/*", (route) => {
        if (route.request().url().startsWith("file:")) return route.continue();
        external.push(route.request().url());
        return route.abort();
      });
      await page.goto(`file://${file}`);
      const data = await page.evaluate(() => {
        const num = (el: Element | null, attr?: string) =>
          Number(attr ? el?.getAttribute(attr) : el?.querySelector(".n")?.textContent);
        const cards = Object.fromEntries(
          [...document.querySelectorAll("[data-summary]")].map((c) => [
            c.getAttribute("data-summary"),
            num(c),
          ]),
        );
        const policies = [...document.querySelectorAll("details.policy")].map((d) => [
          d.getAttribute("data-policy"),
          num(d, "data-findings"),
        ]);
        const severities = [...document.querySelectorAll("svg.chart g[data-severity]")].reduce(
          (n, g) => n + num(g, "data-mandatory") + num(g, "data-advisory"),
          0,
        );
        const matrix = [...document.querySelectorAll('svg.matrix g[data-scope="3"]')].map((g) => [
          g.getAttribute("data-framework"),
          num(g, "data-policies"),
          num(g, "data-ids"),
        ]);
        const box = document.querySelector("svg.matrix")!.getBoundingClientRect();
        return {
          verdict: document.querySelector("[data-verdict]")!.textContent,
          cards,
          policies,
          severities,
          matrix,
          matrixDrawn: box.width > 300 && box.height > 150,
          assets: num(document.querySelector("#inventory"), "data-assets"),
          tree: document.querySelectorAll("ul.tree li").length,
          invokes: document.querySelectorAll("#invokes li").length,
        };
      });
      await page.screenshot({ path: path.join(OUTPUT, "html-report.png"), fullPage: true });
      await page.close();

      assert.deepEqual(external, []);
      assert.equal(data.verdict, json.summary.result.toUpperCase());
      assert.deepEqual(data.cards, {
        resources: json.summary.resources,
        mandatory: json.summary.mandatory,
        advisory: json.summary.advisory,
        remediated: json.summary.remediated,
        assets: json.inventory.reduce((n, g) => n + g.assets.length, 0),
        "in-force": json.coverage.policies.inForce,
      });
      const perPolicy = new Map<string, number>();
      for (const d of json.diagnostics) perPolicy.set(d.policyName, (perPolicy.get(d.policyName) ?? 0) + 1);
      assert.deepEqual(new Map(data.policies as [string, number][]), perPolicy);
      assert.equal(data.severities, json.summary.mandatory + json.summary.advisory);
      assert.deepEqual(
        data.matrix,
        json.coverage.frameworks.map((f) => [f.framework, f.policiesInForce, f.idsInForce.length]),
      );
      assert.ok(data.matrixDrawn, "the coverage matrix is drawn at a readable size");
      assert.equal(
        data.assets,
        json.inventory.reduce((n, g) => n + g.assets.length, 0),
      );
      assert.equal(data.tree, json.resources.length);
      assert.equal(data.invokes, json.unansweredInvokes.length);
      assert.ok(fs.statSync(path.join(OUTPUT, "html-report.png")).size > 10_000);
    });
  });
});
