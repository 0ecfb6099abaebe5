/**
 * The view's styles. Adopted as a constructable stylesheet inside the closed shadow root, so neither the
 * page's CSS nor a strict page CSP (style-src) can break or block them. Sizes are in px and em, never
 * rem: the page owns the root font size.
 */
export const VIEW_CSS = `
:host { all: initial !important; display: contents !important; }

dialog {
  --bg: #fbfaf7; --fg: #1c1b1a; --muted: #5c5954; --rule: #e3dfd8; --link: #0b57d0; --accent: #8a3b12;
  --focus: #0b57d0; --chrome-bg: rgba(251, 250, 247, 0.92);
  --accent-strong: #17324d; --on-accent: #ffffff; --code-bg: #f1eee8; --error: #b3261e;
  --serif: Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Iowan Old Style', 'Noto Serif', 'DejaVu Serif', Georgia, serif;
  --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif;
  position: fixed; inset: 0; box-sizing: border-box;
  width: 100%; height: 100%; max-width: none; max-height: none; margin: 0; padding: 0; border: 0;
  overflow: auto; overscroll-behavior: contain; scrollbar-gutter: stable;
  background: var(--bg); color: var(--fg);
  font: 400 20px/1.65 var(--serif); text-align: start;
  color-scheme: light;
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
dialog:focus { outline: none; }
dialog::backdrop { background: var(--bg, #fbfaf7); }
@media (prefers-color-scheme: dark) {
  dialog {
    --bg: #1b1a19; --fg: #e9e6e1; --muted: #aaa59d; --rule: #3a3835; --link: #8ab4f8; --accent: #f0a875;
    --focus: #8ab4f8; --chrome-bg: rgba(27, 26, 25, 0.92);
    --accent-strong: #8ab4f8; --on-accent: #111111; --code-bg: #262523; --error: #f2b8b5;
    color-scheme: dark;
  }
  dialog::backdrop { background: #1b1a19; }
}

*, *::before, *::after { box-sizing: border-box; }

.rc-toolbar {
  position: sticky; top: 0; z-index: 1; display: flex; justify-content: space-between; align-items: center; gap: 8px;
  padding: 8px 12px; background: var(--chrome-bg); backdrop-filter: blur(6px);
  font: 500 14px/1.2 var(--sans);
}
.rc-button {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--rule); border-radius: 999px;
  padding: 6px 14px; min-height: 32px; cursor: pointer;
}
.rc-button:hover { background: var(--rule); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

.rc-article { max-width: 34em; margin: 0 auto; padding: 8px 24px 96px; overflow-wrap: break-word; }

.rc-site {
  margin: 16px 0 8px; font: 700 13px/1.3 var(--sans); letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent);
}
.rc-title { margin: 0 0 12px; font: 700 2em/1.15 var(--serif); letter-spacing: -0.01em; text-wrap: balance; }
.rc-standfirst { margin: 0 0 16px; font-size: 1.15em; line-height: 1.45; color: var(--muted); }
.rc-meta { margin: 0 0 28px; font: 400 15px/1.5 var(--sans); color: var(--muted); }
.rc-byline { color: var(--fg); font-weight: 600; }
.rc-meta-sep { margin: 0 0.5em; }

.rc-cite { margin: 0 0 28px; padding: 12px 14px; border: 1px solid var(--rule); border-radius: 8px; font: 400 14px/1.45 var(--sans); }
.rc-licence { margin: 0 0 10px; color: var(--muted); }
.rc-cite-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.rc-style { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--rule); border-radius: 6px; padding: 5px 8px; min-height: 32px; max-width: 100%; }
.rc-primary { background: var(--accent-strong); border-color: var(--accent-strong); color: var(--on-accent); font-weight: 600; }
.rc-primary:hover { background: var(--accent-strong); filter: brightness(1.1); }
.rc-preview { margin: 10px 0 0; padding: 8px 10px; max-height: 9.5em; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.45 ui-monospace, 'DejaVu Sans Mono', monospace; background: var(--code-bg); border-radius: 6px; }
.rc-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; min-width: 0; }
.rc-status { margin: 0; font-weight: 400; color: var(--muted); }
.rc-cite-row label { color: var(--muted); }
.rc-close { margin-inline-start: auto; }
.rc-status[data-state="error"] { color: var(--error); }
.rc-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.rc-lead { margin: 0 0 32px; }
figure { margin: 1.6em 0; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; border-radius: 2px; }
figcaption, .rc-lead figcaption { margin-top: 8px; font: 400 14px/1.45 var(--sans); color: var(--muted); }
.rc-credit { display: block; margin-top: 2px; font-size: 12px; letter-spacing: 0.04em; text-transform: uppercase; }

.rc-body p, .rc-body ul, .rc-body ol, .rc-body blockquote, .rc-body table, .rc-body pre { margin: 0 0 1.1em; }
.rc-body h2, .rc-body h3, .rc-body h4, .rc-body h5, .rc-body h6 { font-family: var(--serif); line-height: 1.25; margin: 1.6em 0 0.5em; }
.rc-body h2 { font-size: 1.4em; } .rc-body h3 { font-size: 1.2em; } .rc-body h4, .rc-body h5, .rc-body h6 { font-size: 1em; }
.rc-body blockquote { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule); color: var(--muted); }
.rc-body pre, .rc-body code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.85em; }
.rc-body pre { overflow-x: auto; padding: 12px; background: var(--rule); border-radius: 4px; }
.rc-body table { display: block; overflow-x: auto; border-collapse: collapse; font: 15px/1.4 var(--sans); }
.rc-body th, .rc-body td { border: 1px solid var(--rule); padding: 4px 8px; }
.rc-body hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 2px; }

.rc-message { max-width: 30em; margin: 20vh auto 0; padding: 0 24px; font: 400 18px/1.5 var(--sans); }
.rc-message h1 { font: 700 24px/1.3 var(--sans); margin: 0 0 8px; }
.rc-message p { margin: 0 0 20px; color: var(--muted); }

@media (max-width: 480px) {
  dialog { font-size: 18px; }
  .rc-article { padding: 4px 16px 64px; }
  .rc-title { font-size: 1.6em; }
}
@media (prefers-reduced-motion: no-preference) {
  dialog[open] { animation: rc-in 120ms ease-out; }
  @keyframes rc-in { from { opacity: 0; } to { opacity: 1; } }
}
`;

/** A constructable stylesheet where the browser has one, else a <style> element in the shadow root. */
export function applyStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
