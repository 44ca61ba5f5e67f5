/** The page's only stylesheet, inline: the file must read the same offline, with no fetched fonts or assets. */
export const STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#5b6470;--bg:#fff;--line:#d8dde3;--lit:#ffe58a;--lit-edge:#e0a800;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#a2aab4;--bg:#15181c;--line:#333a42;--lit:#6b5300;--lit-edge:#d4a017;--accent:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:1rem 0 .3rem}
.meta,.note,.src,small{color:var(--muted)}
.note{font-size:.9em}
.lead{font-size:1.1rem}
.count{display:inline-block;min-width:5.5em;font-size:.8em;color:var(--muted)}
.about{font-weight:600}
li{margin:.25rem 0}
q{font-style:italic}
a{color:var(--accent)}
sup.cites{font-size:.72em;line-height:0;white-space:nowrap}
a.cite{text-decoration:none;padding:0 .1em}
a.cite:hover,a.cite:focus{text-decoration:underline}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
nav.stories ol{padding-left:1.2rem}
#panel{max-width:48rem;margin:0 auto;padding:0 1rem 3rem}
.doc .text{line-height:1.7}
.sn{font-size:.7em;color:var(--muted);font-weight:400;margin-right:.15em}
.s:target,.s.hl{background:var(--lit);outline:2px solid var(--lit-edge);border-radius:2px}
.panel-bar{display:flex;align-items:center;justify-content:space-between}
#panel-close{display:none}
.js #panel{position:fixed;top:0;right:0;bottom:0;width:min(36rem,100%);margin:0;overflow:auto;background:var(--bg);border-left:1px solid var(--line);box-shadow:-6px 0 18px rgba(0,0,0,.18);z-index:10}
.js #panel:not(.open){display:none}
.js .panel-bar{position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line)}
.js #panel-close{display:block;font-size:1.4rem;line-height:1;background:none;border:0;color:var(--fg);cursor:pointer;padding:.4rem .6rem}
@media print{.js #panel{display:none}}
`;
