// Builds the workbench URL. Paths in the payload must be vscode-remote://<host:port><abs path> URIs so the
// server's Node extension host loads them; file:// URIs are silently ignored.
'use strict';

function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://${server.authority}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const params = [];
  if (folder) params.push(`folder=${encodeURIComponent(folder)}`);
  if (payload.length) {
    payload.push(['skipWelcome', 'true']);
    params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `${server.origin}/${params.length ? `?${params.join('&')}` : ''}`;
}

module.exports = { workbenchUrl };
