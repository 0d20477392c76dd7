/** The HTML report's stylesheet, inlined in the page (no network, no external file). */
export const HTML_STYLE = `
:root { --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; --panel: #ffffff; --bg: #f1f5f9;
  --fail: #b91c1c; --pass: #15803d; --warn: #b45309; --accent: #0d9488; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { background: #0f172a; color: #f8fafc; padding: 20px 32px; display: flex; align-items: center; gap: 20px; }
header h1 { margin: 0; font-size: 20px; font-weight: 600; letter-spacing: .2px; }
header .meta { color: #cbd5e1; font-size: 13px; margin-top: 2px; }
header .meta b { color: #f8fafc; font-weight: 600; }
.verdict { margin-left: auto; font-weight: 700; font-size: 15px; padding: 6px 16px; border-radius: 999px; letter-spacing: .5px; }
.verdict.fail { background: #fee2e2; color: var(--fail); }
.verdict.pass { background: #dcfce7; color: var(--pass); }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; }
.cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 12px; margin-bottom: 20px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.card .n { font-size: 26px; font-weight: 700; line-height: 1.1; }
.card .l { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .6px; }
.card.mandatory .n { color: var(--fail); } .card.advisory .n { color: var(--warn); }
.card.zero .n { color: var(--ink); }
td.tag { white-space: nowrap; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin-bottom: 20px; }
section h2 { margin: 0 0 12px; font-size: 16px; font-weight: 650; }
section h2 small { color: var(--muted); font-weight: 400; font-size: 13px; margin-left: 6px; }
.row { display: grid; grid-template-columns: 520px 1fr; gap: 24px; align-items: start; }
.details { margin-top: 16px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th { text-align: left; color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .4px;
  border-bottom: 1px solid var(--line); padding: 6px 8px; }
td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 11px; font-weight: 600; white-space: nowrap; }
.pill.mandatory, .pill.remediate { background: #fee2e2; color: var(--fail); }
.pill.advisory { background: #fef3c7; color: var(--warn); }
.pill.disabled { background: #e2e8f0; color: var(--muted); }
.sev { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; }
details.policy { border-top: 1px solid var(--line); padding: 6px 0; }
details.policy > summary { cursor: pointer; list-style: none; display: flex; gap: 10px; align-items: center; }
details.policy > summary::-webkit-details-marker { display: none; }
details.policy > summary::before { content: "▸"; color: var(--muted); width: 10px; }
details.policy[open] > summary::before { content: "▾"; }
details.policy .count { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; }
details.policy .desc { color: var(--muted); margin: 6px 0 6px 20px; }
details.policy table { margin-left: 20px; width: calc(100% - 20px); }
a { color: #0f766e; text-decoration: none; } a:hover { text-decoration: underline; }
.loc { color: var(--muted); }
ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 18px; }
ul.tree { padding-left: 0; max-height: 520px; overflow: auto; }
ul.tree li { position: relative; padding: 1px 0; white-space: nowrap; }
ul.tree ul li::before { content: ""; position: absolute; left: -12px; top: 0; height: 12px; width: 9px;
  border-left: 1px solid #cbd5e1; border-bottom: 1px solid #cbd5e1; }
ul.tree .type { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
ul.tree .flag { margin-left: 6px; }
.muted { color: var(--muted); }
svg text.axis { font: 12px system-ui, sans-serif; fill: #334155; }
svg text.axis.declared { font-weight: 700; fill: #0f172a; }
svg text.value { font: 600 12px system-ui, sans-serif; fill: #0f172a; }
svg text.cell { font: 700 15px system-ui, sans-serif; }
svg text.cell-sub { font: 11px system-ui, sans-serif; }
.legend { color: var(--muted); font-size: 12px; margin-top: 8px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 0; vertical-align: -1px; }
.legend i ~ i { margin-left: 14px; }
footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 8px; }
@media (max-width: 1000px) { .cards { grid-template-columns: repeat(3, 1fr); } .row { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } section, .card { break-inside: avoid; } }
`;
