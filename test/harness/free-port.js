// Asks the OS for a free TCP port on 127.0.0.1: listen on port 0, read the port, close.
// Another process can take the port before code-server binds it, so callers retry on EADDRINUSE.
'use strict';
const net = require('net');

function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

module.exports = { freePort };
