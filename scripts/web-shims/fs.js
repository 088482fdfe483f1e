// `fs` in the web bundle: the note reader asks for Node's fs to read local files faster, and falls back
// to vscode.workspace.fs when it has no readFileSync, as here.
module.exports = {};
