/** The report page's style sheet: readable on a phone (tables stack into cards) and printable. */
export const REPORT_CSS = `
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#dadce0;--soft:#f5f6f7;--accent:#0b57d0;--hl:#ffeb99;
--agreed-bg:#e6f4ea;--agreed-fg:#135c2c;--conflicting-bg:#fce8e6;--conflicting-fg:#a50e0e;
--single-bg:#fef7e0;--single-fg:#7a4f01;--superseded-bg:#eceff1;--superseded-fg:#455a64;--claim-bg:#f3e8fd;--claim-fg:#5b2a86}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;padding:1.5rem 1rem 4rem;color:var(--fg);background:#fff;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
.page{max-width:64rem;margin:0 auto}
p,li,dd,.meta{max-width:70ch}
h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.9rem;margin-top:.2em}
.story-title{font-size:1.9rem;margin:.2em 0 .3em}
.sec{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.25em;margin-top:1.8em}
.sub{font-size:.9rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:1.2em 0 .4em}
a{color:var(--accent)}
.kicker{margin:0;color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.06em}
.meta{color:var(--muted);margin:.2em 0 .6em}
nav.sections{font-size:.85rem;color:var(--muted);line-height:1.9}
nav.sections a{color:var(--muted);text-decoration:none;white-space:nowrap}
nav.sections a:hover{color:var(--accent);text-decoration:underline}
nav.toc{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;margin:1rem 0 2rem;background:var(--soft)}
nav.toc h2{font-size:1rem;margin:.3em 0}
nav.toc ol{margin:.3em 0;padding-left:1.4em}
nav.toc .meta{font-size:.85rem;margin:0}
.story+.story{border-top:3px double var(--line);margin-top:3rem;padding-top:1rem}
.cites{white-space:nowrap}
a.cite{font-size:.8em;vertical-align:super;line-height:0;text-decoration:none;margin-left:.1em}
a.cite:hover{text-decoration:underline}
.cite.broken{font-size:.8em;vertical-align:super;line-height:0;color:#a50e0e;font-weight:600;cursor:help}
.empty,.note{color:var(--muted);font-style:italic}
.note{font-size:.9rem}
.see{font-size:.9rem;color:var(--muted)}
.table-wrap{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.93rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--line)}
thead th{border-bottom:2px solid var(--fg);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);white-space:nowrap}
tbody th{font-weight:600}
tbody tr:target{background:var(--hl)}
table.coverage td{white-space:nowrap}
td.silent,span.silent{color:#9aa0a6}
a.row-link{color:inherit;text-decoration:none}
a.row-link:hover{color:var(--accent);text-decoration:underline}
.nowrap{white-space:nowrap}
.claimant{font-size:.85rem;color:var(--claim-fg);margin-top:.2em}
table.entities{width:auto;min-width:60%}
ul.values{list-style:none;margin:0;padding:0}
ul.values li+li{margin-top:.2em}
.by{color:var(--muted)}
.event,.reason{color:var(--muted);font-size:.85rem;font-weight:400;margin-top:.2em}
.status{display:inline-block;padding:.05em .5em;border-radius:999px;font-size:.8rem;font-weight:600;white-space:nowrap}
.status-agreed{background:var(--agreed-bg);color:var(--agreed-fg)}
.status-conflicting{background:var(--conflicting-bg);color:var(--conflicting-fg)}
.status-single-source{background:var(--single-bg);color:var(--single-fg)}
.status-superseded{background:var(--superseded-bg);color:var(--superseded-fg)}
.status-claim{background:var(--claim-bg);color:var(--claim-fg)}
dl.legend{font-size:.85rem;color:var(--muted);margin:.6rem 0}
dl.legend div{display:flex;gap:.6rem;align-items:baseline;margin:.15em 0}
dl.legend dt{flex:0 0 auto;min-width:7.5rem}
dl.legend dd{margin:0}
ol.timeline{list-style:none;padding:0;margin:0;border-left:2px solid var(--line)}
ol.timeline li{position:relative;padding:.1rem 0 .7rem 1rem;max-width:none}
ol.timeline li::before{content:"";position:absolute;left:-6px;top:.55em;width:10px;height:10px;border-radius:50%;background:var(--accent)}
ol.timeline time{display:block;font-weight:600;font-size:.9rem;font-variant-numeric:tabular-nums}
ol.timeline .entry{display:block;max-width:70ch}
.party{margin:.4rem 0 .8rem}
.party-name{font-weight:600;margin:.2em 0}
.removed-group{margin:.3rem 0 1rem}
.removed-group .party-name{font-weight:400}
.removed-group .party-name a{font-weight:600}
.party ul,.removed-group ul,ul.disputes,ul.caveats{margin:.2em 0;padding-left:1.3em}
.party li,.removed-group li,ul.disputes li,ul.caveats li{margin:.25em 0}
.how{color:var(--muted)}
article.source{margin:1rem 0 1.4rem;padding-left:.9rem;border-left:3px solid var(--line)}
.source-head{margin:0}
.source-num{display:inline-block;min-width:1.6em;color:var(--muted);font-variant-numeric:tabular-nums}
.source-meta{margin:.1em 0 .5em;color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
.source-meta cite{color:var(--fg)}
.date.inferred{font-style:italic}
.url.unsafe{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
p.text{margin:.3em 0}p.headline{font-weight:600}p.headline::before{content:'Headline · ';font-weight:normal;color:#5f6368;font-size:.85em}
.sent{scroll-margin-top:4rem;border-radius:3px}
.sent:target{background:var(--hl);box-shadow:0 0 0 2px var(--hl);outline:1px solid #e0b400}
sup.num{font-size:.72em;color:var(--muted);margin-left:.15em;line-height:0}
.removed-group .why{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 .35em;margin-right:.3em}
.removed-text{color:var(--fg)}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@media (max-width:40rem){body{font-size:15px;padding:1rem .75rem 3rem}h1,.story-title{font-size:1.5rem}
dl.legend div{display:block}dl.legend dt{min-width:0}
table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;width:auto}
table.stack thead{display:none}
table.stack tr{border-bottom:1px solid var(--line);padding:.4rem 0}
table.stack th,table.stack td{border:0;padding:.15rem 0}
table.stack td[data-label]::before{content:attr(data-label);display:block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}}
@media print{body{padding:0;font-size:10.5pt;color:#000}.page{max-width:none}nav.toc,nav.sections{display:none}
a{color:#000;text-decoration:none}a.cite{color:#000}
.sent.cited,.sent:target{background:none;box-shadow:none;outline:none}
.table-wrap{overflow:visible}tr,li{break-inside:avoid}h1,h2,h3,h4{break-after:avoid}
.story+.story{break-before:page;border:0}}
`;
