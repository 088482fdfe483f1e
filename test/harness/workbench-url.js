// Builds the workbench URL. Paths in the payload must be vscode-remote://<host:port><abs path> URIs so the
// server's Node extension host loads them; file:// URIs are silently ignored.
'use strict';

// `workspace` (an absolute .code-workspace path) opens a multi-root workspace instead of `folder`;
// `extensionDevelopmentKind: 'web'` runs the development extension in the web worker extension host
// (VS Code's web environment service reads it from the payload as one kind: ui, workspace or web).
function workbenchUrl(server, { folder, workspace, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind } = {}) {
  const remote = (p) => `vscode-remote://${server.authority}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  const params = [];
  if (workspace) params.push(`workspace=${encodeURIComponent(workspace)}`);
  else if (folder) params.push(`folder=${encodeURIComponent(folder)}`);
  if (payload.length) {
    payload.push(['skipWelcome', 'true']);
    params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `${server.origin}/${params.length ? `?${params.join('&')}` : ''}`;
}

module.exports = { workbenchUrl };
