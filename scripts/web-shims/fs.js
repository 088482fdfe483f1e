// `fs` in the web bundle: gray-matter requires it at load time but only uses it in matter.read(), which
// Rapport never calls (notes are read through vscode.workspace.fs).
module.exports = {};
