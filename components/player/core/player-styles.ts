// Scoped under .kfp so the same sheet works in light DOM (React) and in the web component's shadow root.
export const playerStyles = `
.kfp{--kfp-accent:#6366f1;position:relative;display:block;width:100%;height:100%;background:#000;color:#fff;font:13px/1.2 system-ui,-apple-system,"Segoe UI",sans-serif;overflow:hidden;user-select:none;outline:none}
.kfp:focus-visible{box-shadow:inset 0 0 0 2px var(--kfp-accent)}
.kfp video{display:block;width:100%;height:100%;object-fit:contain;background:#000}
.kfp button,.kfp select,.kfp input{font:inherit;color:inherit}
.kfp button{display:inline-flex;align-items:center;justify-content:center;min-width:32px;height:32px;padding:0 6px;border:0;border-radius:6px;background:transparent;cursor:pointer}
.kfp button:hover{background:rgba(255,255,255,.15)}
.kfp :focus-visible{outline:2px solid var(--kfp-accent);outline-offset:1px}
.kfp [hidden]{display:none!important}
.kfp-big{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:64px;height:64px;border-radius:50%!important;background:var(--kfp-accent)!important;opacity:.92}
.kfp-big svg{width:28px;height:28px}
.kfp-message{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:24px;text-align:center;background:rgba(0,0,0,.78);font-size:14px}
.kfp-spinner{position:absolute;left:50%;top:50%;width:40px;height:40px;margin:-20px;border:3px solid rgba(255,255,255,.25);border-top-color:#fff;border-radius:50%;animation:kfp-spin .8s linear infinite;pointer-events:none}
@keyframes kfp-spin{to{transform:rotate(360deg)}}
.kfp-controls{position:absolute;left:0;right:0;bottom:0;padding:24px 10px 6px;background:linear-gradient(transparent,rgba(0,0,0,.75));transition:opacity .2s}
.kfp[data-idle] .kfp-controls{opacity:0}
.kfp[data-idle]{cursor:none}
.kfp:focus-within .kfp-controls{opacity:1}
.kfp-bar{display:flex;align-items:center;gap:2px}
.kfp-time{padding:0 8px;font-variant-numeric:tabular-nums;white-space:nowrap}
.kfp-spacer{flex:1}
.kfp-volume{width:72px;accent-color:var(--kfp-accent)}
.kfp-scrub{position:relative;height:16px;margin:0 4px 2px;cursor:pointer;touch-action:none}
.kfp-track{position:absolute;left:0;right:0;top:6px;height:4px;border-radius:2px;background:rgba(255,255,255,.3)}
.kfp-buffered,.kfp-played{position:absolute;left:0;top:0;bottom:0;border-radius:2px;width:0}
.kfp-buffered{background:rgba(255,255,255,.45)}
.kfp-played{background:var(--kfp-accent)}
.kfp-knob{position:absolute;top:-4px;width:12px;height:12px;margin-left:-6px;border-radius:50%;background:#fff;left:0}
.kfp-preview{position:absolute;bottom:22px;transform:translateX(-50%);display:flex;flex-direction:column;align-items:center;gap:4px;pointer-events:none}
.kfp-preview-img{border:2px solid #fff;border-radius:4px;background-repeat:no-repeat;background-color:#000}
.kfp-preview-time{padding:2px 6px;border-radius:4px;background:rgba(0,0,0,.8);font-variant-numeric:tabular-nums}
.kfp-live{gap:6px;font-weight:600;letter-spacing:.04em}
.kfp-live::before{content:"";width:8px;height:8px;border-radius:50%;background:#888}
.kfp-live[data-at-edge]::before{background:#ef4444}
.kfp-latency{padding:0 6px;font-size:12px;opacity:.75;font-variant-numeric:tabular-nums;white-space:nowrap}
@media (max-width:420px){.kfp-volume,.kfp-latency{display:none}}
.kfp-cc[aria-pressed="true"]{color:var(--kfp-accent)}
.kfp-menu{position:absolute;right:10px;bottom:54px;display:grid;grid-template-columns:auto auto;gap:8px 12px;align-items:center;padding:12px;border-radius:8px;background:rgba(20,20,22,.95);box-shadow:0 8px 24px rgba(0,0,0,.5)}
.kfp-menu select{height:28px;border:1px solid rgba(255,255,255,.25);border-radius:6px;background:#18181b;padding:0 6px}
`;
